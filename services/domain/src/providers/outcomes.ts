/**
 * Ratings from outcomes, not stars: what changed, in the platform's evidence, for the SMEs that
 * engaged a product (or any product of a provider).
 *
 * For each delivered engagement and each scenario its engaged version targets, the evidenced level
 * (evidence.ts; never the self-declared level) is taken as of three business dates:
 *   began      the day the provider accepted the engagement (acceptedOn);
 *   delivered  the day it was delivered (deliveredOn);
 *   follow-up  deliveredOn + 90 days — only once that day has come (≤ today on the business calendar).
 * Evidence as of a date is the evidence of the 90-day window ending that day.
 *
 * A figure per scenario: at delivery (delivered − began) and after 90 days (follow-up − began), with
 * the engagements measured, how many improved, stayed and declined, and the average change to two
 * decimals (half away from zero). Figures are shown only once the product has OUTCOME_MINIMUM
 * delivered engagements, and each figure only when it rests on that many measured engagements.
 * Scenarios the platform cannot evidence (not in EVIDENCED_SCENARIOS) are listed as not measurable.
 */
import { addDays, isAfter, type BusinessDate } from '../calendar/calendar';
import { EVIDENCED_SCENARIOS, type ScenarioEvidence } from '../assessment/evidence';
import type { Questionnaire } from '../assessment/questionnaire';

/** Figures are shown from this many delivered engagements. */
export const OUTCOME_MINIMUM = 3;
/** The follow-up measurement, in calendar days after delivery. */
export const OUTCOME_FOLLOW_UP_DAYS = 90;

/** Evidenced level by scenario id: evidence only, by construction (see `evidencedLevels`). */
export type EvidencedLevels = Readonly<Record<string, number>>;

/** The evidenced levels of `evidenceFor`'s answer — its declared levels are dropped here. */
export const evidencedLevels = (
  evidence: readonly Pick<ScenarioEvidence, 'scenarioId' | 'evidencedLevel'>[],
): EvidencedLevels => Object.fromEntries(evidence.map((e) => [e.scenarioId, e.evidencedLevel]));

export interface DeliveredEngagement {
  engagementId: string;
  companyId: string;
  /** The scenarios the engaged product version targets. */
  scenarioIds: readonly string[];
  acceptedOn: BusinessDate;
  deliveredOn: BusinessDate;
}

/** The business dates to measure an engagement's evidence on; `followUp` null until it has come. */
export function outcomeDates(
  engagement: Pick<DeliveredEngagement, 'acceptedOn' | 'deliveredOn'>,
  today: BusinessDate,
): { began: BusinessDate; delivered: BusinessDate; followUp: BusinessDate | null } {
  const followUp = addDays(engagement.deliveredOn, OUTCOME_FOLLOW_UP_DAYS);
  return {
    began: engagement.acceptedOn,
    delivered: engagement.deliveredOn,
    followUp: isAfter(followUp, today) ? null : followUp,
  };
}

/** An engagement with its evidence on the dates of `outcomeDates`. */
export interface MeasuredEngagement extends DeliveredEngagement {
  began: EvidencedLevels;
  delivered: EvidencedLevels;
  /** null: the follow-up day has not come. */
  followUp: EvidencedLevels | null;
}

export interface OutcomeChange {
  engagements: number;
  improved: number;
  unchanged: number;
  declined: number;
  /** Average change in levels, two decimals: "0.67", "-1.00". */
  averageChange: string;
}

export interface ScenarioOutcome {
  scenarioId: string;
  zh: string;
  en: string;
  measurable: boolean;
  atDelivery: OutcomeChange | null;
  after90Days: OutcomeChange | null;
}

export interface ProductOutcomes {
  delivered: number;
  minimum: number;
  shown: boolean;
  scenarios: ScenarioOutcome[];
  methodZh: string;
  methodEn: string;
}

export const OUTCOME_METHOD = {
  zh:
    `只用平台证据等级（根据企业在平台上的实际数据得出），从不使用企业自评等级。对每个已交付的服务，` +
    `取其针对的每个场景在服务开始（服务商接受之日）、交付之日和交付后 ${OUTCOME_FOLLOW_UP_DAYS} 天的证据等级` +
    `（各以截至当日的 90 天数据计算），统计交付时和 ${OUTCOME_FOLLOW_UP_DAYS} 天后相对开始时提升、不变、下降的服务数和平均变化。` +
    `至少 ${OUTCOME_MINIMUM} 个已交付服务才显示，每个数字也至少基于 ${OUTCOME_MINIMUM} 个服务；` +
    `平台尚无法取证的场景显示为“暂不可衡量”。自评或评价不计入此数字。`,
  en:
    `Only the platform's evidence-based levels (from what the company actually does on the platform), never ` +
    `the self-declared ones. For each delivered engagement and each scenario it targets, the evidenced level ` +
    `when it began (the day the provider accepted it), on the day it was delivered and ${OUTCOME_FOLLOW_UP_DAYS} ` +
    `days later (each from the 90 days of data up to that day); the figures count the engagements whose level ` +
    `rose, stayed or fell since it began, at delivery and after ${OUTCOME_FOLLOW_UP_DAYS} days, and the average ` +
    `change. Shown from ${OUTCOME_MINIMUM} delivered engagements, each figure resting on at least ` +
    `${OUTCOME_MINIMUM}; scenarios the platform cannot evidence yet show "not measurable yet". Self-declared ` +
    `reviews are never part of these figures.`,
} as const;

/** Average of integer changes, half away from zero to the hundredth: [1, 0, 0] → "0.33", [-1, -1, 0] → "-0.67". */
export function averageHundredths(changes: readonly number[]): string {
  if (changes.length === 0) throw new RangeError('no changes to average');
  const sum = changes.reduce((a, b) => a + b, 0);
  const abs = Math.abs(sum) * 100;
  const rounded = Math.floor((abs * 2 + changes.length) / (changes.length * 2));
  const sign = sum < 0 && rounded > 0 ? '-' : '';
  return `${sign}${Math.floor(rounded / 100)}.${String(rounded % 100).padStart(2, '0')}`;
}

/** Tally of level changes (after − before), one per engagement. */
export function outcomeChange(changes: readonly number[]): OutcomeChange {
  return {
    engagements: changes.length,
    improved: changes.filter((c) => c > 0).length,
    unchanged: changes.filter((c) => c === 0).length,
    declined: changes.filter((c) => c < 0).length,
    averageChange: averageHundredths(changes),
  };
}

/** One scenario's changes among the engagements that target it: at delivery, and at the follow-up where it has come. */
export function scenarioChanges(
  engagements: readonly MeasuredEngagement[],
  scenarioId: string,
): { atDelivery: number[]; after90Days: number[] } {
  const targeting = engagements.filter((e) => e.scenarioIds.includes(scenarioId));
  const level = (levels: EvidencedLevels) => levels[scenarioId] ?? 0;
  return {
    atDelivery: targeting.map((e) => level(e.delivered) - level(e.began)),
    after90Days: targeting
      .filter((e) => e.followUp !== null)
      .map((e) => level(e.followUp!) - level(e.began)),
  };
}

const shownChange = (changes: readonly number[]) =>
  changes.length >= OUTCOME_MINIMUM ? outcomeChange(changes) : null;

/**
 * The measured outcomes of a product (or of all a provider's products): `scenarioIds` are the ones
 * its current version(s) target; those the engagements targeted are added, in questionnaire order.
 */
export function productOutcomes(
  questionnaire: Pick<Questionnaire, 'operations'>,
  scenarioIds: readonly string[],
  measured: readonly MeasuredEngagement[],
): ProductOutcomes {
  const engagements = [...new Map(measured.map((e) => [e.engagementId, e])).values()];
  const delivered = engagements.length;
  const shown = delivered >= OUTCOME_MINIMUM;
  const wanted = new Set([...scenarioIds, ...engagements.flatMap((e) => e.scenarioIds)]);
  const scenarios = questionnaire.operations.scenarios
    .filter((s) => wanted.has(s.id))
    .map((s): ScenarioOutcome => {
      const measurable = EVIDENCED_SCENARIOS.includes(s.id);
      const changes = measurable && shown ? scenarioChanges(engagements, s.id) : null;
      return {
        scenarioId: s.id,
        zh: s.zh,
        en: s.en,
        measurable,
        atDelivery: changes && shownChange(changes.atDelivery),
        after90Days: changes && shownChange(changes.after90Days),
      };
    });
  return {
    delivered,
    minimum: OUTCOME_MINIMUM,
    shown,
    scenarios,
    methodZh: OUTCOME_METHOD.zh,
    methodEn: OUTCOME_METHOD.en,
  };
}

// ─── the regional view ───────────────────────────────────────────────────────────────────────

/** A count of engagements and the companies it rests on (what disclosure control counts). */
export interface TallyCell {
  engagements: number;
  companies: ReadonlySet<string>;
}

export interface ScenarioTally {
  scenarioId: string;
  zh: string;
  en: string;
  measured: TallyCell;
  improved: TallyCell;
  unchanged: TallyCell;
  declined: TallyCell;
}

/**
 * For an authority's regional view: per scenario the platform can evidence (questionnaire order),
 * the delivered engagements measured at `at` and how their evidenced level moved, each count with
 * the set of engaging companies it rests on, so the table's suppression can count companies. The
 * figures are the same as `productOutcomes`'; the minimum here is the regional one (suppression).
 */
export function outcomeTallies(
  questionnaire: Pick<Questionnaire, 'operations'>,
  measured: readonly MeasuredEngagement[],
  at: 'atDelivery' | 'after90Days' = 'atDelivery',
): ScenarioTally[] {
  const engagements = [...new Map(measured.map((e) => [e.engagementId, e])).values()];
  const cell = (list: readonly MeasuredEngagement[]): TallyCell => ({
    engagements: list.length,
    companies: new Set(list.map((e) => e.companyId)),
  });
  return questionnaire.operations.scenarios
    .filter((s) => EVIDENCED_SCENARIOS.includes(s.id))
    .map((s) => {
      const level = (levels: EvidencedLevels) => levels[s.id] ?? 0;
      const moves = engagements
        .filter((e) => e.scenarioIds.includes(s.id))
        .flatMap((e) => {
          const after = at === 'atDelivery' ? e.delivered : e.followUp;
          return after === null ? [] : [{ e, change: level(after) - level(e.began) }];
        });
      const where = (keep: (change: number) => boolean) =>
        cell(moves.filter((m) => keep(m.change)).map((m) => m.e));
      return {
        scenarioId: s.id,
        zh: s.zh,
        en: s.en,
        measured: where(() => true),
        improved: where((c) => c > 0),
        unchanged: where((c) => c === 0),
        declined: where((c) => c < 0),
      };
    });
}
