/**
 * The leader's chain dashboard, as pure functions over what the gateway read: grade distribution
 * by tier, region and industry; coverage; the weakest scenarios; movement over time; and the
 * suppliers to help first.
 *
 * Consent: everything derived from assessments counts only the suppliers whose assessment the
 * leader may see (`visible`: an ASSESSMENT consent to the leader); the others contribute to the
 * coverage counts of joining, streaming and sharing inventory only.
 *
 * Volume share (for "help first"): how much of the leader's purchasing depends on a supplier.
 * The leader's own purchases are 100 %; a supplier at tier k carries, from each of its buyers at
 * tier k − 1, the buyer's share × (what that buyer orders from it ÷ everything that buyer orders
 * within the chain). Orders that are not cancelled, in one currency; integer basis points,
 * half-up at each step.
 */
import { lastMonths } from '../calendar/calendar';
import { BP, mulDivHalfUp } from '../finance/rates';
import type { MemberStatus } from '../chain/membership';
import { NO_GRADE } from './scoring';
import type { Questionnaire } from './questionnaire';

export interface Submission {
  assessmentId: string;
  /** 0 = no grade. */
  rank: number;
  totalUnits: number;
  /** ISO date-time. */
  submittedAt: string;
  /** Scenario id → declared level. */
  levels: Readonly<Record<string, number>>;
}

export interface DashboardMember {
  companyId: string;
  status: MemberStatus;
  /** Null: not linked to the leader by supply links. */
  tier: number | null;
  region: string | null;
  industry: string | null;
  /** Sent stock reports or order events in the evidence window. */
  streaming: boolean;
  sharesInventory: boolean;
  /** The leader may see its assessment (ASSESSMENT consent). */
  visible: boolean;
  /** Its submissions, newest first (empty when not visible). */
  submissions: readonly Submission[];
  volumeShareBp: number;
  /** Scenarios where its declared level and the platform's evidence disagree. */
  disagreements: number;
}

export interface GradeCount {
  rank: number;
  zh: string;
  en: string;
  count: number;
}

export interface GradeBreakdown {
  /** The tier ("1"), region or industry; null when unknown. */
  key: string | null;
  assessed: number;
  grades: GradeCount[];
}

export interface ScenarioStat {
  scenarioId: string;
  zh: string;
  en: string;
  /** Average declared level × 100, half-up ("1.50" is 150). */
  averageHundredths: number;
  /** Suppliers at level 0 or 1. */
  lagging: number;
  assessed: number;
}

export interface TimelinePoint {
  /** yyyy-MM; counts as of the month's end (or today for the current month). */
  month: string;
  assessed: number;
  grades: GradeCount[];
}

export interface DashboardSupplierEntry {
  member: DashboardMember;
  latest: Submission;
  previous: Submission | null;
}

export interface Dashboard {
  coverage: {
    members: number;
    joined: number;
    streaming: number;
    sharingInventory: number;
    assessed: number;
  };
  grades: GradeCount[];
  byTier: GradeBreakdown[];
  byRegion: GradeBreakdown[];
  byIndustry: GradeBreakdown[];
  /** Every scenario, weakest first. */
  weakestScenarios: ScenarioStat[];
  movement: { improved: number; declined: number; unchanged: number; firstAssessment: number };
  timeline: TimelinePoint[];
  /** Visible assessed suppliers, by tier then grade. */
  suppliers: DashboardSupplierEntry[];
  helpFirst: DashboardSupplierEntry[];
}

/** Help first: below this rank (三级), ordered by volume share × grades missing. */
export const HELP_BELOW_RANK = 3;
export const HELP_FIRST_SIZE = 10;

function gradeCounts(questionnaire: Questionnaire, ranks: readonly number[]): GradeCount[] {
  const grades = [NO_GRADE, ...questionnaire.grades];
  return grades.map((g) => ({
    rank: g.rank,
    zh: g.zh,
    en: g.en,
    count: ranks.filter((r) => r === g.rank).length,
  }));
}

const collator = new Intl.Collator('zh-CN');

function breakdown(
  questionnaire: Questionnaire,
  entries: readonly DashboardSupplierEntry[],
  keyOf: (m: DashboardMember) => string | null,
  numeric = false,
): GradeBreakdown[] {
  const groups = new Map<string | null, number[]>();
  for (const e of entries) {
    const key = keyOf(e.member);
    groups.set(key, [...(groups.get(key) ?? []), e.latest.rank]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) =>
      a === null ? 1 : b === null ? -1 : numeric ? Number(a) - Number(b) : collator.compare(a, b),
    )
    .map(([key, ranks]) => ({
      key,
      assessed: ranks.length,
      grades: gradeCounts(questionnaire, ranks),
    }));
}

/** The latest submission at or before `until` (an ISO date-time prefix compares as text). */
const asOf = (submissions: readonly Submission[], until: string) =>
  submissions.find((s) => s.submittedAt <= until);

export function buildDashboard(
  questionnaire: Questionnaire,
  members: readonly DashboardMember[],
  options: { today: string; months: number },
): Dashboard {
  const entries: DashboardSupplierEntry[] = members
    .filter((m) => m.visible && m.submissions.length > 0)
    .map((m) => ({ member: m, latest: m.submissions[0]!, previous: m.submissions[1] ?? null }));
  const ranks = entries.map((e) => e.latest.rank);

  const weakestScenarios = questionnaire.operations.scenarios
    .map((s, order) => {
      const levels = entries
        .map((e) => e.latest.levels[s.id])
        .filter((l): l is number => l !== undefined);
      const sum = levels.reduce((a, b) => a + b, 0);
      return {
        order,
        stat: {
          scenarioId: s.id,
          zh: s.zh,
          en: s.en,
          averageHundredths: levels.length === 0 ? 0 : mulDivHalfUp(sum, 100, levels.length),
          lagging: levels.filter((l) => l <= 1).length,
          assessed: levels.length,
        },
      };
    })
    .sort(
      (a, b) =>
        a.stat.averageHundredths - b.stat.averageHundredths ||
        b.stat.lagging - a.stat.lagging ||
        a.order - b.order,
    )
    .map((x) => x.stat);

  const movement = { improved: 0, declined: 0, unchanged: 0, firstAssessment: 0 };
  for (const e of entries) {
    if (!e.previous) movement.firstAssessment += 1;
    else if (e.latest.rank > e.previous.rank) movement.improved += 1;
    else if (e.latest.rank < e.previous.rank) movement.declined += 1;
    else movement.unchanged += 1;
  }

  const months = lastMonths(options.today, options.months);
  const timeline = months.map((month) => {
    // As of the month's end: every submission of that month or earlier ("yyyy-MM" + "~" sorts after any day).
    const at = entries
      .map((e) => asOf(e.member.submissions, `${month}~`))
      .filter((s): s is Submission => s !== undefined);
    return {
      month,
      assessed: at.length,
      grades: gradeCounts(
        questionnaire,
        at.map((s) => s.rank),
      ),
    };
  });

  const byTierThenGrade = [...entries].sort(
    (a, b) =>
      (a.member.tier ?? Number.MAX_SAFE_INTEGER) - (b.member.tier ?? Number.MAX_SAFE_INTEGER) ||
      a.latest.rank - b.latest.rank ||
      a.member.companyId.localeCompare(b.member.companyId),
  );
  const maxRank = questionnaire.grades.length;
  const helpFirst = entries
    .filter((e) => e.latest.rank < HELP_BELOW_RANK && e.member.volumeShareBp > 0)
    .map((e) => ({ e, priority: e.member.volumeShareBp * (maxRank - e.latest.rank) }))
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        b.e.member.volumeShareBp - a.e.member.volumeShareBp ||
        a.e.member.companyId.localeCompare(b.e.member.companyId),
    )
    .slice(0, HELP_FIRST_SIZE)
    .map((x) => x.e);

  return {
    coverage: {
      members: members.length,
      joined: members.filter((m) => m.status === 'ACTIVE').length,
      streaming: members.filter((m) => m.streaming).length,
      sharingInventory: members.filter((m) => m.sharesInventory).length,
      assessed: entries.length,
    },
    grades: gradeCounts(questionnaire, ranks),
    byTier: breakdown(
      questionnaire,
      entries,
      (m) => (m.tier === null ? null : String(m.tier)),
      true,
    ),
    byRegion: breakdown(questionnaire, entries, (m) => m.region),
    byIndustry: breakdown(questionnaire, entries, (m) => m.industry),
    weakestScenarios,
    movement,
    timeline,
    suppliers: byTierThenGrade,
    helpFirst,
  };
}

export interface OrderFlow {
  buyerId: string;
  supplierId: string;
  valueFen: number;
}

/**
 * Each supplier's share of the leader's purchasing, in basis points, propagated tier by tier
 * along the order flows between the chain's companies (see the header).
 */
export function volumeSharesBp(
  leaderId: string,
  tiers: ReadonlyMap<string, number>,
  flows: readonly OrderFlow[],
): Map<string, number> {
  const tierOf = (id: string) => (id === leaderId ? 0 : tiers.get(id));
  const purchases = new Map<string, number>();
  for (const f of flows) purchases.set(f.buyerId, (purchases.get(f.buyerId) ?? 0) + f.valueFen);
  const shares = new Map<string, number>([[leaderId, BP]]);
  const byTier = [...flows]
    .filter((f) => {
      const b = tierOf(f.buyerId);
      const s = tierOf(f.supplierId);
      return b !== undefined && s !== undefined && s === b + 1 && f.valueFen > 0;
    })
    .sort((a, b) => tierOf(a.buyerId)! - tierOf(b.buyerId)!);
  for (const f of byTier) {
    const buyerShare = shares.get(f.buyerId) ?? 0;
    if (buyerShare === 0) continue;
    const part = mulDivHalfUp(buyerShare, f.valueFen, purchases.get(f.buyerId)!);
    shares.set(f.supplierId, (shares.get(f.supplierId) ?? 0) + part);
  }
  shares.delete(leaderId);
  return shares;
}
