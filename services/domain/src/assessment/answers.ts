/**
 * Answering a questionnaire.
 *
 * Answers: one per scored item (a choice's option id, a checklist's checked option ids, or a
 * percentage for banded items) and one level per 数字化经营 scenario, 0 ("not yet at level 1")
 * to the questionnaire's maxLevel. A draft may leave any of them open; a finished assessment
 * answers everything. Either way, what is given must be valid.
 */
import { fail, ok, type Result } from '../shared/errors';
import { type QuestionItem, type Questionnaire } from './questionnaire';

export interface ItemAnswer {
  /** choice: the chosen option's id. */
  option?: string | null;
  /** checklist: ids of the checked options (empty: none checked). */
  checked?: readonly string[] | null;
  /** percentBands: a percentage from 0 to 100. */
  percent?: number | null;
}

/** What a person sends; missing or null entries are unanswered. */
export interface AssessmentAnswersInput {
  items?: Readonly<Record<string, ItemAnswer | null | undefined>> | null;
  scenarios?: Readonly<Record<string, number | null | undefined>> | null;
}

/** Valid answers: only answered entries, checked ids in questionnaire order. */
export interface AssessmentAnswers {
  items: Record<string, ItemAnswer>;
  scenarios: Record<string, number>;
}

export interface DraftCheck {
  answers: AssessmentAnswers;
  answered: number;
  total: number;
  /** Fields still open, in questionnaire order: "items.network", "scenarios.quality". */
  missing: string[];
}

const bad = (message: string, field: string) => fail('BAD_USER_INPUT', message, field);
const absent = (value: unknown): value is null | undefined => value === null || value === undefined;
const quoted = (value: unknown) => (typeof value === 'string' ? `'${value}'` : String(value));

function checkItemAnswer(item: QuestionItem, answer: ItemAnswer): Result<ItemAnswer> {
  const at = `items.${item.id}`;
  const given = (['option', 'checked', 'percent'] as const).filter((key) => !absent(answer[key]));
  const expected =
    item.type === 'choice' ? 'option' : item.type === 'checklist' ? 'checked' : 'percent';
  const wrong = given.find((key) => key !== expected);
  if (wrong !== undefined || given.length === 0) {
    return bad(
      `item '${item.id}' (${item.zh}) is answered with ${expected}${wrong ? `, not ${wrong}` : ''}`,
      `${at}.${wrong ?? expected}`,
    );
  }
  const known = item.type === 'percentBands' ? [] : item.options.map((o) => o.id);
  switch (item.type) {
    case 'choice': {
      const option = answer.option;
      if (typeof option !== 'string' || !known.includes(option)) {
        return bad(
          `${quoted(option)} is not an option of item '${item.id}' (${item.zh}); options: ${known.join(', ')}`,
          `${at}.option`,
        );
      }
      return ok({ option });
    }
    case 'checklist': {
      const checked = answer.checked;
      if (!Array.isArray(checked))
        return bad(`item '${item.id}' needs a list of checked options`, `${at}.checked`);
      const seen = new Set<string>();
      for (const [i, value] of checked.entries()) {
        if (typeof value !== 'string' || !known.includes(value)) {
          return bad(
            `${quoted(value)} is not an option of item '${item.id}' (${item.zh}); options: ${known.join(', ')}`,
            `${at}.checked[${i}]`,
          );
        }
        if (seen.has(value))
          return bad(
            `option '${value}' is checked twice in item '${item.id}'`,
            `${at}.checked[${i}]`,
          );
        seen.add(value);
      }
      return ok({ checked: known.filter((o) => seen.has(o)) });
    }
    case 'percentBands': {
      const percent = answer.percent;
      if (
        typeof percent !== 'number' ||
        !Number.isFinite(percent) ||
        percent < 0 ||
        percent > 100
      ) {
        return bad(
          `item '${item.id}' (${item.zh}) needs a percentage from 0 to 100; got ${quoted(percent)}`,
          `${at}.percent`,
        );
      }
      return ok({ percent });
    }
  }
}

/**
 * Checks what is given (unknown items and scenarios, options, percentages, levels) and lists
 * what is still open. A draft may be partial; `validateAnswers` needs it complete.
 */
export function validateDraft(
  questionnaire: Questionnaire,
  input: AssessmentAnswersInput,
): Result<DraftCheck> {
  const { version } = questionnaire;
  const { scenarios, maxLevel } = questionnaire.operations;
  const givenItems = input.items ?? {};
  const givenLevels = input.scenarios ?? {};
  const itemIds = new Set(questionnaire.items.map((item) => item.id));
  const scenarioIds = new Set(scenarios.map((s) => s.id));
  const unknownItem = Object.keys(givenItems).find((key) => !itemIds.has(key));
  if (unknownItem !== undefined)
    return bad(
      `unknown item '${unknownItem}': questionnaire ${version} has no such item`,
      `items.${unknownItem}`,
    );
  const unknownScenario = Object.keys(givenLevels).find((key) => !scenarioIds.has(key));
  if (unknownScenario !== undefined)
    return bad(
      `unknown scenario '${unknownScenario}': questionnaire ${version} has no such scenario`,
      `scenarios.${unknownScenario}`,
    );

  // Checked and rebuilt in questionnaire order, so equal answers compare (and store) equal.
  const answers: AssessmentAnswers = { items: {}, scenarios: {} };
  const missing: string[] = [];
  const missingLevels: string[] = [];
  for (const item of questionnaire.items) {
    const answer = Object.hasOwn(givenItems, item.id) ? givenItems[item.id] : undefined;
    if (absent(answer)) {
      missing.push(`items.${item.id}`);
      continue;
    }
    const checked = checkItemAnswer(item, answer);
    if (!checked.ok) return checked;
    answers.items[item.id] = checked.value;
  }
  for (const scenario of scenarios) {
    const level = Object.hasOwn(givenLevels, scenario.id) ? givenLevels[scenario.id] : undefined;
    if (absent(level)) {
      missingLevels.push(`scenarios.${scenario.id}`);
      continue;
    }
    if (!Number.isInteger(level) || level < 0 || level > maxLevel) {
      return bad(
        `scenario '${scenario.id}' needs a level from 0 (not yet at level 1) to ${maxLevel}; got ${quoted(level)}`,
        `scenarios.${scenario.id}`,
      );
    }
    answers.scenarios[scenario.id] = level;
  }
  missing.push(...missingLevels);
  const total = questionnaire.items.length + scenarios.length;
  return ok({ answers, answered: total - missing.length, total, missing });
}

/** The answers of a finished assessment: valid and complete. */
export function validateAnswers(
  questionnaire: Questionnaire,
  input: AssessmentAnswersInput,
): Result<AssessmentAnswers> {
  const draft = validateDraft(questionnaire, input);
  if (!draft.ok) return draft;
  const [first] = draft.value.missing;
  if (first !== undefined) {
    const [kind, key] = first.split('.') as ['items' | 'scenarios', string];
    const name =
      kind === 'items'
        ? `item '${key}' (${questionnaire.items.find((i) => i.id === key)!.zh})`
        : `scenario '${key}' (${questionnaire.operations.scenarios.find((s) => s.id === key)!.zh})`;
    const count = draft.value.missing.length;
    return bad(
      `${count} answer${count === 1 ? '' : 's'} missing, the first is ${name}; answer everything to finish, or save a draft`,
      first,
    );
  }
  return ok(draft.value.answers);
}
