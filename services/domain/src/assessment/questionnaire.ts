/**
 * The digital-level questionnaire as the scoring sees it: its typed shape (dimensions, items,
 * scenarios, grade rules) and exact points. How a versioned JSON file becomes one is
 * questionnaire-file.ts.
 *
 * Points are exact: integer units of 1/10 000 point (`POINT_UNITS` per point). The file writes
 * plain decimals (0.7, 1.875); each must have at most four decimals and is converted digit by
 * digit, never through floating-point arithmetic.
 */
/** Units per point: 1.875 points = 18 750 units. */
export const POINT_UNITS = 10_000;

export interface QuestionLabel {
  id: string;
  zh: string;
  en: string;
}

export interface ChoiceOption extends QuestionLabel {
  units: number;
}

export type ChecklistOption = ChoiceOption;

/** A percentage band: the answer is in this band when it is ≤ `upTo` (and above the band before). */
export interface PercentBand {
  upTo: number;
  units: number;
}

export interface ItemBase extends QuestionLabel {
  dimensionId: string;
  groupId: string;
  maxUnits: number;
  /** What of this item the sources did not give (labels, band limits): to check against the official text. */
  unverified?: string;
}

export type QuestionItem =
  | (ItemBase & { type: 'choice'; options: ChoiceOption[] })
  | (ItemBase & { type: 'checklist'; options: ChecklistOption[] })
  | (ItemBase & { type: 'percentBands'; bands: PercentBand[] });

export type QuestionItemType = QuestionItem['type'];

export interface QuestionGroup extends QuestionLabel {
  maxUnits: number;
  items: QuestionItem[];
}

export interface AssessmentDimension extends QuestionLabel {
  maxUnits: number;
  groups: QuestionGroup[];
}

export interface ScenarioLevelText {
  level: number;
  zh: string;
  en: string;
  /** True when the questionnaire's generic text stands in for a scenario-specific one. */
  generic: boolean;
}

export interface AssessmentScenario extends QuestionLabel {
  group: string;
  /** 约束性: counted separately by the grade rules. */
  mandatory: boolean;
  /** One text per level, 1 to maxLevel. */
  levels: ScenarioLevelText[];
}

export interface GradeRule {
  /** 1 for 一级 … 4 for 四级. */
  rank: number;
  zh: string;
  en: string;
  minScoreUnits: number;
  /** The level the scenarios must reach (at least). */
  level: number;
  minScenarios: number;
  /** How many of those scenarios must be mandatory ones. */
  minMandatory: number;
  descriptionZh: string;
  descriptionEn: string;
}

export interface Questionnaire {
  version: string;
  zh: string;
  en: string;
  notice: string;
  source: string;
  caveats: string[];
  maxScoreUnits: number;
  /** The scored part. */
  dimensions: AssessmentDimension[];
  /** Every scored item, in questionnaire order. */
  items: QuestionItem[];
  /** The graded part (数字化经营): scenarios rated at levels 1..maxLevel. */
  operations: {
    id: string;
    zh: string;
    en: string;
    maxLevel: number;
    groups: QuestionLabel[];
    scenarios: AssessmentScenario[];
  };
  /** Lowest grade first. */
  grades: GradeRule[];
  /** The thresholds the platform's evidence (evidence.ts) applies: data, so a corrected figure changes no code. */
  evidenceThresholds: EvidenceThresholds;
}

export interface EvidenceThresholds {
  /** Stock reported on at least this many distinct days in the window counts as regular. */
  stockReportDays: number;
  /** Orders placed in the window for purchasing to count as run on the platform. */
  purchaseOrders: number;
  /** On-time delivery: at least this share (basis points) … */
  onTimeRateBp: number;
  /** … over at least this many deliveries. */
  onTimeMinDeliveries: number;
  /** Where each number comes from, by the name above. */
  sources: Record<
    'stockReportDays' | 'purchaseOrders' | 'onTimeRateBp' | 'onTimeMinDeliveries',
    string
  >;
}

// ─── exact points ────────────────────────────────────────────────────────────────────────────

const DECIMAL = /^(\d{1,9})(?:\.(\d{1,4}))?$/;

/** 1.875 → 18750 units; undefined for negatives, exponents or more than four decimals. */
export function pointsToUnits(points: number): number | undefined {
  const match = DECIMAL.exec(String(points));
  if (!match) return undefined;
  return Number(match[1]) * POINT_UNITS + Number((match[2] ?? '').padEnd(4, '0'));
}

/** 18750 → "1.875", 525000 → "52.5", 600000 → "60": exact, no trailing zeros. */
export function formatPoints(units: number): string {
  if (!Number.isSafeInteger(units))
    throw new RangeError(`not an integer number of units: ${units}`);
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const whole = Math.floor(abs / POINT_UNITS);
  const fraction = String(abs % POINT_UNITS)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}
