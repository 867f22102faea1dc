/**
 * The registry form's fields (出质人、质权人、财产描述、金额、期限) of a bank's pledges as a CSV file its
 * staff open in Excel and paste from: UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF
 * line ends, every field quoted. The column titles come from the message catalogue.
 */

/** One pledge's form, as the `pledgeRegistrationForms` query returns it. */
export interface FormRow {
  registerNumber: string;
  pledgor: { name: string; uscc: string };
  pledgee: { name: string; uscc: string };
  description: string;
  amount: { amount: string; currency: string };
  termMonths: number;
  registrationNumber?: string | null;
}

/** The columns in order; `title` is given by the caller (translated). */
export const FORM_COLUMNS = [
  'registerNumber',
  'pledgorName',
  'pledgorUscc',
  'pledgeeName',
  'pledgeeUscc',
  'description',
  'amount',
  'currency',
  'termMonths',
  'registrationNumber',
] as const;
export type FormColumn = (typeof FORM_COLUMNS)[number];

const BOM = '\uFEFF';

const cell = (value: string | number): string => `"${String(value).replaceAll('"', '""')}"`;

const valuesOf = (f: FormRow): Record<FormColumn, string | number> => ({
  registerNumber: f.registerNumber,
  pledgorName: f.pledgor.name,
  pledgorUscc: f.pledgor.uscc,
  pledgeeName: f.pledgee.name,
  pledgeeUscc: f.pledgee.uscc,
  description: f.description,
  amount: f.amount.amount,
  currency: f.amount.currency,
  termMonths: f.termMonths,
  registrationNumber: f.registrationNumber ?? '',
});

export function registrationCsv(
  forms: readonly FormRow[],
  title: (c: FormColumn) => string,
): string {
  const lines = [
    FORM_COLUMNS.map((c) => cell(title(c))).join(','),
    ...forms.map((f) => {
      const v = valuesOf(f);
      return FORM_COLUMNS.map((c) => cell(v[c])).join(',');
    }),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
