import { FORM_COLUMNS, registrationCsv, type FormRow } from './registration-csv';

const form: FormRow = {
  registerNumber: 'ZY20261123-ABCDEF01',
  pledgor: { name: '象山精铜', uscc: '91330225MA2AAAAAA1' },
  pledgee: { name: '甬江银行', uscc: '91330200MA2BBBBBB2' },
  description: '应收账款 rec-1，债务人 海川家电 "总部"，金额 CNY 1000.00，到期日 2027-01-30',
  amount: { amount: '800.00', currency: 'CNY' },
  termMonths: 4,
  registrationNumber: null,
};

describe('registrationCsv', () => {
  const csv = registrationCsv([form], (c) => `[${c}]`);

  it('starts with a byte-order mark so Excel opens the Chinese as UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('writes a title row and one row per pledge with the form fields, quotes doubled', () => {
    const [head, row, end] = csv.slice(1).split('\r\n');
    expect(head).toBe(FORM_COLUMNS.map((c) => `"[${c}]"`).join(','));
    expect(row).toBe(
      [
        'ZY20261123-ABCDEF01',
        '象山精铜',
        '91330225MA2AAAAAA1',
        '甬江银行',
        '91330200MA2BBBBBB2',
        '应收账款 rec-1，债务人 海川家电 ""总部""，金额 CNY 1000.00，到期日 2027-01-30',
        '800.00',
        'CNY',
        '4',
        '',
      ]
        .map((v) => `"${v}"`)
        .join(','),
    );
    expect(end).toBe('');
  });
});
