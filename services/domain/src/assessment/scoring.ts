/**
 * Answering and scoring a questionnaire.
 *
 * Answers: one per scored item (a choice's option id, a checklist's checked option ids, or a
 * percentage for banded items) and one level per 数字化经营 scenario, 0 ("not yet at level 1")
 * to the questionnaire's maxLevel. A draft may leave any of them open; a finished assessment
 * answers everything. Either way, what is given must be valid.
 *
 * Score: the sum of the item points, exact in units of 1/10 000 point. Grade: the grades are
 * checked lowest first, and an assessment holds every grade up to the first one it misses; a
 * grade needs its minimum score, then at least `minScenarios` scenarios at its level or above,
 * of which at least `minMandatory` mandatory (约束性) ones. The reason names the first unmet
 * condition of the next grade, in Chinese and English.
 */
import { fail, ok, type Result } from '../shared/errors';
import { formatPoints, type QuestionItem, type Questionnaire } from './questionnaire';

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

// ─── the result ──────────────────────────────────────────────────────────────────────────────

export interface ItemScore {
  itemId: string;
  dimensionId: string;
  groupId: string;
  units: number;
  maxUnits: number;
  /** For display: "1.875". */
  points: string;
}

export interface ScoreSubtotal {
  id: string;
  zh: string;
  en: string;
  units: number;
  maxUnits: number;
  points: string;
  maxPoints: string;
}

export interface DimensionScore extends ScoreSubtotal {
  groups: ScoreSubtotal[];
}

export interface ScenarioResult {
  scenarioId: string;
  zh: string;
  en: string;
  group: string;
  mandatory: boolean;
  level: number;
}

/** How many scenarios (and mandatory ones among them) are at `level` or above. */
export interface ScenarioLevelCount {
  level: number;
  scenarios: number;
  mandatory: number;
}

export interface GradeSummary {
  /** 0 when no grade is reached. */
  rank: number;
  zh: string;
  en: string;
}

/** The first condition of the next grade that the assessment does not meet. */
export type GradeGap =
  | { rank: number; grade: string; condition: 'score'; neededUnits: number; haveUnits: number }
  | {
      rank: number;
      grade: string;
      condition: 'scenarios' | 'mandatory';
      level: number;
      needed: number;
      have: number;
    };

export interface AssessmentResult {
  questionnaireVersion: string;
  items: ItemScore[];
  dimensions: DimensionScore[];
  totalUnits: number;
  total: string;
  maxTotal: string;
  scenarios: ScenarioResult[];
  /** For levels 1 to maxLevel. */
  levelCounts: ScenarioLevelCount[];
  grade: GradeSummary;
  /** Null at the top grade. */
  gap: GradeGap | null;
  reason: { zh: string; en: string };
}

export const NO_GRADE: GradeSummary = { rank: 0, zh: '未定级', en: 'No grade' };

function itemUnits(item: QuestionItem, answer: ItemAnswer): number {
  switch (item.type) {
    case 'choice':
      return item.options.find((o) => o.id === answer.option)!.units;
    case 'checklist':
      return item.options
        .filter((o) => answer.checked!.includes(o.id))
        .reduce((sum, o) => sum + o.units, 0);
    case 'percentBands':
      return item.bands.find((band) => answer.percent! <= band.upTo)!.units;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeGap(gap: GradeGap): { zh: string; en: string } {
  if (gap.condition === 'score') {
    const needed = formatPoints(gap.neededUnits);
    const have = formatPoints(gap.haveUnits);
    return {
      zh: `${gap.grade}需要 ${needed} 分，目前只有 ${have} 分`,
      en: `${gap.grade} needs ${needed} points; you have ${have}`,
    };
  }
  const mandatory = gap.condition === 'mandatory';
  return {
    zh: `${gap.grade}需要 ${gap.needed} 个${mandatory ? '约束性' : ''}场景达到 ${gap.level} 级，目前只有 ${gap.have} 个`,
    en: `${gap.grade} needs ${plural(gap.needed, mandatory ? 'mandatory scenario' : 'scenario')} at level ${gap.level}; you have ${gap.have}`,
  };
}

/** Scores finished answers: per item, per group and dimension, total, scenario levels, grade. */
export function scoreAssessment(
  questionnaire: Questionnaire,
  input: AssessmentAnswersInput,
): Result<AssessmentResult> {
  const valid = validateAnswers(questionnaire, input);
  if (!valid.ok) return valid;
  const answers = valid.value;

  const items: ItemScore[] = questionnaire.items.map((item) => {
    const units = itemUnits(item, answers.items[item.id]!);
    return {
      itemId: item.id,
      dimensionId: item.dimensionId,
      groupId: item.groupId,
      units,
      maxUnits: item.maxUnits,
      points: formatPoints(units),
    };
  });
  const unitsOf = new Map(items.map((i) => [i.itemId, i.units]));
  const subtotal = (
    part: { id: string; zh: string; en: string; maxUnits: number },
    units: number,
  ): ScoreSubtotal => ({
    id: part.id,
    zh: part.zh,
    en: part.en,
    units,
    maxUnits: part.maxUnits,
    points: formatPoints(units),
    maxPoints: formatPoints(part.maxUnits),
  });
  const dimensions: DimensionScore[] = questionnaire.dimensions.map((dimension) => {
    const groups = dimension.groups.map((group) =>
      subtotal(
        group,
        group.items.reduce((sum, item) => sum + unitsOf.get(item.id)!, 0),
      ),
    );
    return {
      ...subtotal(
        dimension,
        groups.reduce((sum, g) => sum + g.units, 0),
      ),
      groups,
    };
  });
  const totalUnits = dimensions.reduce((sum, d) => sum + d.units, 0);

  const scenarios: ScenarioResult[] = questionnaire.operations.scenarios.map((s) => ({
    scenarioId: s.id,
    zh: s.zh,
    en: s.en,
    group: s.group,
    mandatory: s.mandatory,
    level: answers.scenarios[s.id]!,
  }));
  const atLeast = (level: number): ScenarioLevelCount => {
    const reached = scenarios.filter((s) => s.level >= level);
    return {
      level,
      scenarios: reached.length,
      mandatory: reached.filter((s) => s.mandatory).length,
    };
  };
  const levelCounts = Array.from({ length: questionnaire.operations.maxLevel }, (_, i) =>
    atLeast(i + 1),
  );

  let grade = NO_GRADE;
  let gap: GradeGap | null = null;
  for (const rule of questionnaire.grades) {
    const count = atLeast(rule.level);
    if (totalUnits < rule.minScoreUnits) {
      gap = {
        rank: rule.rank,
        grade: rule.zh,
        condition: 'score',
        neededUnits: rule.minScoreUnits,
        haveUnits: totalUnits,
      };
    } else if (count.scenarios < rule.minScenarios) {
      gap = {
        rank: rule.rank,
        grade: rule.zh,
        condition: 'scenarios',
        level: rule.level,
        needed: rule.minScenarios,
        have: count.scenarios,
      };
    } else if (count.mandatory < rule.minMandatory) {
      gap = {
        rank: rule.rank,
        grade: rule.zh,
        condition: 'mandatory',
        level: rule.level,
        needed: rule.minMandatory,
        have: count.mandatory,
      };
    }
    if (gap) break;
    grade = { rank: rule.rank, zh: rule.zh, en: rule.en };
  }
  const reason = gap
    ? describeGap(gap)
    : {
        zh: `已达到最高等级${grade.zh}`,
        en: `${grade.zh} reached: the highest grade`,
      };

  return ok({
    questionnaireVersion: questionnaire.version,
    items,
    dimensions,
    totalUnits,
    total: formatPoints(totalUnits),
    maxTotal: formatPoints(questionnaire.maxScoreUnits),
    scenarios,
    levelCounts,
    grade,
    gap,
    reason,
  });
}
