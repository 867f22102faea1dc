/**
 * Pure shaping for the digital-level assessment screens: the server's bilingual labels, the
 * grade charts' data, and the questionnaire form's values ⇄ the API's answers.
 */
import type { Locale } from '../i18n/translate';

/** A label the API gives in both languages (questionnaire, grades, reasons). */
export interface Bilingual {
  zh: string;
  en: string;
}

export const localized = (locale: Locale, label: Bilingual): string =>
  locale === 'zh-CN' ? label.zh : label.en;

/** Grade ranks, lowest first: 0 未定级 … 4 四级. */
export const GRADE_RANKS = [0, 1, 2, 3, 4] as const;

/** One colour per grade, from red (未定级) to green (四级): the same in every chart and tag. */
export const GRADE_COLOURS: Record<number, string> = {
  0: '#bfbfbf',
  1: '#ff7a45',
  2: '#faad14',
  3: '#1677ff',
  4: '#52c41a',
};

export interface GradeCountLike extends Bilingual {
  rank: number;
  count: number;
}

export interface StackedDatum {
  label: string;
  series: string;
  value: number;
  text: string;
}

/**
 * Stacked bars of grades per group (a tier, region, industry or month): one datum per group and
 * grade with a count, the highest grade first in each stack; empty groups are left out.
 */
export function gradeStacks(
  groups: { label: string; grades: GradeCountLike[] }[],
  locale: Locale,
): StackedDatum[] {
  return groups.flatMap((group) =>
    [...group.grades]
      .filter((g) => g.count > 0)
      .sort((a, b) => b.rank - a.rank)
      .map((g) => ({
        label: group.label,
        series: localized(locale, g),
        value: g.count,
        text: String(g.count),
      })),
  );
}

/** Series name → colour for the grades the data has, in the locale's names. */
export function gradeColours(grades: GradeCountLike[], locale: Locale): Record<string, string> {
  return Object.fromEntries(
    grades.map((g) => [localized(locale, g), GRADE_COLOURS[g.rank] ?? '#8c8c8c']),
  );
}

// --- The questionnaire form ---------------------------------------------------------------

export type ItemType = 'CHOICE' | 'CHECKLIST' | 'PERCENT_BANDS';

export interface QuestionnaireShape {
  dimensions: { groups: { items: { id: string; type: ItemType }[] }[] }[];
  scenarios: { id: string }[];
}

/** What the form holds: an option id, the checked option ids, or a percent per item; a level per scenario. */
export interface AnswerValues {
  items: Record<string, string | string[] | number | null | undefined>;
  scenarios: Record<string, number | null | undefined>;
}

export interface AnswersInput {
  items: { itemId: string; option?: string; checked?: string[]; percent?: number }[];
  scenarios: { scenarioId: string; level: number }[];
}

export interface AnswersOutput {
  items: {
    itemId: string;
    option?: string | null;
    checked?: string[] | null;
    percent?: number | null;
  }[];
  scenarios: { scenarioId: string; level: number }[];
}

const itemsOf = (q: QuestionnaireShape) =>
  q.dimensions.flatMap((d) => d.groups.flatMap((g) => g.items));

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** The form's values as the API's answers: only what was answered (a draft may be partial). */
export function answersInput(q: QuestionnaireShape, values: Partial<AnswerValues>): AnswersInput {
  const items: AnswersInput['items'] = [];
  for (const item of itemsOf(q)) {
    const value = values.items?.[item.id];
    if (!given(value)) continue;
    if (item.type === 'CHOICE' && typeof value === 'string')
      items.push({ itemId: item.id, option: value });
    if (item.type === 'CHECKLIST' && Array.isArray(value))
      items.push({ itemId: item.id, checked: value });
    if (item.type === 'PERCENT_BANDS' && typeof value === 'number')
      items.push({ itemId: item.id, percent: value });
  }
  const scenarios = q.scenarios.flatMap((s) => {
    const level = values.scenarios?.[s.id];
    return typeof level === 'number' ? [{ scenarioId: s.id, level }] : [];
  });
  return { items, scenarios };
}

/** Saved answers (a draft, or the last submission to start from) as the form's values. */
export function answerValues(answers: AnswersOutput | null | undefined): AnswerValues {
  const values: AnswerValues = { items: {}, scenarios: {} };
  for (const a of answers?.items ?? [])
    values.items[a.itemId] = a.checked ?? a.option ?? a.percent ?? undefined;
  for (const s of answers?.scenarios ?? []) values.scenarios[s.scenarioId] = s.level;
  return values;
}

/** How much of the questionnaire the form has answered. */
export function progress(
  q: QuestionnaireShape,
  values: Partial<AnswerValues>,
): { answered: number; total: number } {
  const input = answersInput(q, values);
  return {
    answered: input.items.length + input.scenarios.length,
    total: itemsOf(q).length + q.scenarios.length,
  };
}
