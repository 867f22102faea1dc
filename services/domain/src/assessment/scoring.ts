/**
 * Scoring a questionnaire's answers (validated by answers.ts).
 *
 * Score: the sum of the item points, exact in units of 1/10 000 point. Grade: the grades are
 * checked lowest first, and an assessment holds every grade up to the first one it misses; a
 * grade needs its minimum score, then at least `minScenarios` scenarios at its level or above,
 * of which at least `minMandatory` mandatory (约束性) ones. The reason names the first unmet
 * condition of the next grade, in Chinese and English.
 */
import { ok, type Result } from '../shared/errors';
import { formatPoints, type QuestionItem, type Questionnaire } from './questionnaire';
import { validateAnswers, type AssessmentAnswersInput, type ItemAnswer } from './answers';

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
