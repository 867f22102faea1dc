/**
 * 供需匹配: which service products the platform recommends to a company, each with the reasons it
 * was matched. Pure: the gateway loads the facts (latest assessment, evidence, plans, products,
 * sponsorships) and shows the result.
 *
 * Levels. A scenario's current level is the latest submission's declared level, lowered to the
 * platform's evidenced level where the platform can evidence it (evidence.ts): min(declared,
 * evidenced) while the evidenced level is below the scenario's evidence ceiling; at the ceiling the
 * platform sees no further (财务 stops at 2), so the declared level stands.
 *
 * Gaps, the scenarios the matching works from:
 *   WEAK_SCENARIO  the weakest scenarios: every scenario at the lowest current level, then the next
 *                  level up, … whole levels at a time until at least WEAK_SCENARIO_MIN are taken
 *                  (a scenario at the questionnaire's top level is never weak);
 *   PLAN_TARGET    a target of one of the company's improvement plans above the current level (the
 *                  highest such target per scenario).
 * Listed weakest first (current level, then weak before plan, then 约束性 scenarios, then
 * questionnaire order). No submitted assessment: nothing is matched (NO_ASSESSMENT).
 *
 * A product matches a gap when it is ACTIVE, addresses the gap's scenario with a target level above
 * the current level, serves the company's industry (no industries = any) and covers its region (no
 * regions = nationwide; a province covers its cities, regions/region-code.ts). A product that
 * matches no gap is not recommended, sponsored or not; a sponsorship by one of the company's leaders
 * adds the reason SPONSORED and lowers the net monthly price by the best share (sponsorship.ts).
 * The budget (a monthly cap in fen) filters on that net price.
 *
 * Ranking: products meeting a plan target first; then the lowest current level they lift; then how
 * many gap scenarios they address; then the leader's share, largest first; then the net price,
 * cheapest first; then the product id, so equal inputs give equal lists.
 *
 * Empty: NO_ASSESSMENT (never submitted), NO_GAPS (every scenario at the top level and no plan
 * target open), NOTHING_MATCHES (no product fits a gap, the industry and the region),
 * OVER_BUDGET (some do, but all cost more per month than the budget after sponsorship).
 */
import type { ServiceBudgetSetV1 } from '../events/catalogue';
import { noEvolve, type Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import { mayTradeGoods } from '../company/company';
import { checkAmountFen, formatYuan, parseAmount } from '../money/money';
import { formatPercent } from '../finance/rates';
import { parseRegionCode, regionCovers } from '../regions/region-code';
import type { PlanTarget } from '../assessment/plan';
import type { Questionnaire } from '../assessment/questionnaire';
import {
  activeSponsorshipsOf,
  bestShareBp,
  monthlyShareFen,
  netMonthlyPriceFen,
  type SponsorshipTerms,
} from './sponsorship';

/** At least this many scenarios are taken as the weakest (whole levels at a time). */
export const WEAK_SCENARIO_MIN = 5;

export type MatchReasonCode = 'WEAK_SCENARIO' | 'PLAN_TARGET' | 'SPONSORED';
export type EmptyReason = 'NO_ASSESSMENT' | 'NO_GAPS' | 'NOTHING_MATCHES' | 'OVER_BUDGET';

export interface MatchReason {
  code: MatchReasonCode;
  scenarioId: string | null;
  currentLevel: number | null;
  targetLevel: number | null;
  zh: string;
  en: string;
}

/** A product as matching sees it (its current version). */
export interface MatchableProduct {
  productId: string;
  status: 'ACTIVE' | 'WITHDRAWN';
  monthlyPriceFen: number;
  scenarios: readonly { scenarioId: string; targetLevel: number }[];
  /** Empty: any industry. */
  industries: readonly string[];
  /** GB/T 2260 codes; empty: nationwide. */
  regions: readonly string[];
}

/** What the platform evidences of one scenario (a ScenarioEvidence of evidence.ts will do). */
export interface EvidencedScenario {
  scenarioId: string;
  evidencedLevel: number;
  ceiling: number;
}

/** A sponsorship offered to the company by one of its leaders; `leaderName` for the reason's text. */
export interface OfferedSponsorship extends SponsorshipTerms {
  leaderName?: string;
}

export interface MatchInput<P extends MatchableProduct, S extends OfferedSponsorship> {
  questionnaire: Pick<Questionnaire, 'operations'>;
  /** The latest submission's declared levels; null: never submitted. */
  declared: Readonly<Record<string, number>> | null;
  evidence: readonly EvidencedScenario[];
  /** The targets of the company's improvement plans (reached ones are left out here). */
  planTargets: readonly PlanTarget[];
  industry: string | null;
  /** The company's GB/T 2260 code; null: only nationwide products serve it. */
  regionCode: string | null;
  /** Monthly cap in fen; null: none. */
  budgetFen: number | null;
  /** Sponsorships of the company's leaders (ended ones are left out here). */
  sponsorships: readonly S[];
  products: readonly P[];
}

export interface ScenarioLevel {
  scenarioId: string;
  zh: string;
  en: string;
  mandatory: boolean;
  declared: number;
  /** null: the platform cannot evidence this scenario. */
  evidenced: number | null;
  current: number;
}

export interface Recommendation<P, S> {
  product: P;
  reasons: MatchReason[];
  /** The product's ACTIVE sponsorships among the company's leaders, largest share first. */
  sponsorships: S[];
  shareBp: number;
  netMonthlyPriceFen: number;
}

export interface MatchResult<P, S> {
  levels: ScenarioLevel[];
  gaps: MatchReason[];
  items: Recommendation<P, S>[];
  emptyReason: EmptyReason | null;
}

/** Current level of each scenario, in questionnaire order: declared, lowered to the evidence below its ceiling. */
export function currentLevels(
  questionnaire: Pick<Questionnaire, 'operations'>,
  declared: Readonly<Record<string, number>>,
  evidence: readonly EvidencedScenario[],
): ScenarioLevel[] {
  const evidenced = new Map(evidence.map((e) => [e.scenarioId, e]));
  return questionnaire.operations.scenarios.map((s) => {
    const d = declared[s.id] ?? 0;
    const e = evidenced.get(s.id);
    const current = e && e.evidencedLevel < e.ceiling ? Math.min(d, e.evidencedLevel) : d;
    return {
      scenarioId: s.id,
      zh: s.zh,
      en: s.en,
      mandatory: s.mandatory,
      declared: d,
      evidenced: e ? e.evidencedLevel : null,
      current,
    };
  });
}

const levelNote = (l: ScenarioLevel) =>
  l.evidenced !== null && l.evidenced !== l.declared
    ? {
        zh: `（自评 ${l.declared} 级，平台证据 ${l.evidenced} 级）`,
        en: ` (declared ${l.declared}, evidenced ${l.evidenced})`,
      }
    : { zh: '', en: '' };

/** A reason about scenario level `l`, aiming for `targetLevel`. */
const scenarioReason = (
  code: 'WEAK_SCENARIO' | 'PLAN_TARGET',
  l: ScenarioLevel,
  targetLevel: number | null,
  text: { zh: string; en: string },
): MatchReason => ({
  code,
  scenarioId: l.scenarioId,
  currentLevel: l.current,
  targetLevel,
  ...text,
});

const weakGap = (l: ScenarioLevel, note = levelNote(l)) =>
  scenarioReason('WEAK_SCENARIO', l, null, {
    zh: `${l.zh}目前 ${l.current} 级${note.zh}，是最弱的场景之一`,
    en: `${l.en} is at level ${l.current}${note.en}, one of the weakest scenarios`,
  });

const planGap = (l: ScenarioLevel, target: number, note = levelNote(l)) =>
  scenarioReason('PLAN_TARGET', l, target, {
    zh: `改进计划的目标：${l.zh}达到 ${target} 级，目前 ${l.current} 级${note.zh}`,
    en: `improvement plan target: ${l.en} at level ${target}; now level ${l.current}${note.en}`,
  });

/** The gaps, weakest first (see the header). */
export function matchGaps(
  levels: readonly ScenarioLevel[],
  planTargets: readonly PlanTarget[],
  maxLevel: number,
): MatchReason[] {
  const open = levels.filter((l) => l.current < maxLevel);
  const weak: ScenarioLevel[] = [];
  for (const level of [...new Set(open.map((l) => l.current))].sort((a, b) => a - b)) {
    if (weak.length >= WEAK_SCENARIO_MIN) break;
    weak.push(...open.filter((l) => l.current === level));
  }
  const planned = new Map<string, number>();
  for (const t of planTargets)
    planned.set(t.scenarioId, Math.max(planned.get(t.scenarioId) ?? 0, t.level));
  const rank = new Map(levels.map((l, i) => [l.scenarioId, i]));
  const byScenario = new Map(levels.map((l) => [l.scenarioId, l]));
  const gaps: { gap: MatchReason; level: ScenarioLevel }[] = [
    ...weak.map((l) => ({ gap: weakGap(l), level: l })),
    ...[...planned]
      .map(([id, target]) => ({ level: byScenario.get(id), target }))
      .filter(
        (p): p is { level: ScenarioLevel; target: number } =>
          !!p.level && p.target > p.level.current,
      )
      .map((p) => ({ gap: planGap(p.level, p.target), level: p.level })),
  ];
  return gaps
    .sort(
      (a, b) =>
        a.level.current - b.level.current ||
        (a.gap.code === b.gap.code ? 0 : a.gap.code === 'WEAK_SCENARIO' ? -1 : 1) ||
        Number(b.level.mandatory) - Number(a.level.mandatory) ||
        rank.get(a.level.scenarioId)! - rank.get(b.level.scenarioId)!,
    )
    .map((g) => g.gap);
}

/** Does the product serve the industry (no industries: any) and the region (no regions: nationwide)? */
export function productServes(
  product: Pick<MatchableProduct, 'industries' | 'regions'>,
  industry: string | null,
  regionCode: string | null,
): boolean {
  if (
    product.industries.length > 0 &&
    (industry === null || !product.industries.includes(industry))
  )
    return false;
  if (product.regions.length === 0) return true;
  if (regionCode === null) return false;
  return product.regions.some((r) => {
    const served = parseRegionCode(r);
    return served.ok && regionCovers(served.value, regionCode);
  });
}

function productReason(gap: MatchReason, l: ScenarioLevel, targetLevel: number): MatchReason {
  const note = levelNote(l);
  const why =
    gap.code === 'PLAN_TARGET'
      ? {
          zh: `（改进计划目标 ${gap.targetLevel} 级）`,
          en: ` (improvement plan target: level ${gap.targetLevel})`,
        }
      : { zh: '，是最弱的场景之一', en: ', one of the weakest scenarios' };
  return scenarioReason(gap.code as 'WEAK_SCENARIO' | 'PLAN_TARGET', l, targetLevel, {
    zh: `${l.zh}目前 ${l.current} 级${note.zh}${why.zh}，本产品目标 ${targetLevel} 级`,
    en: `${l.en} is at level ${l.current}${note.en}${why.en}; this product aims for level ${targetLevel}`,
  });
}

function sponsoredReason(s: OfferedSponsorship, priceFen: number): MatchReason {
  const leader = s.leaderName ?? '链主';
  const leaderEn = s.leaderName ?? 'your chain leader';
  const share = monthlyShareFen(priceFen, s.shareBp);
  return {
    code: 'SPONSORED',
    scenarioId: null,
    currentLevel: null,
    targetLevel: null,
    ...(s.shareBp === 0
      ? {
          zh: `${leader}向供应商推荐本产品`,
          en: `${leaderEn} recommends this product to its suppliers`,
        }
      : {
          zh: `${leader}承担月费的 ${formatPercent(s.shareBp)}%（每月 ${formatYuan(share)}）`,
          en: `${leaderEn} pays ${formatPercent(s.shareBp)}% of the monthly price (${formatYuan(share)} a month)`,
        }),
  };
}

interface Ranked<P, S> extends Recommendation<P, S> {
  planTargets: number;
  lowestLevel: number;
  scenarios: number;
  id: string;
}

/** The recommendations for one company (see the header for every rule). */
export function recommendProducts<P extends MatchableProduct, S extends OfferedSponsorship>(
  input: MatchInput<P, S>,
): MatchResult<P, S> {
  if (input.declared === null)
    return { levels: [], gaps: [], items: [], emptyReason: 'NO_ASSESSMENT' };
  const levels = currentLevels(input.questionnaire, input.declared, input.evidence);
  const gaps = matchGaps(levels, input.planTargets, input.questionnaire.operations.maxLevel);
  if (gaps.length === 0) return { levels, gaps, items: [], emptyReason: 'NO_GAPS' };
  const byScenario = new Map(levels.map((l) => [l.scenarioId, l]));
  const matched: Ranked<P, S>[] = [];
  for (const product of input.products) {
    if (product.status !== 'ACTIVE') continue;
    if (!productServes(product, input.industry, input.regionCode)) continue;
    const reasons: MatchReason[] = [];
    for (const gap of gaps) {
      const l = byScenario.get(gap.scenarioId!)!;
      const aim = product.scenarios.find((s) => s.scenarioId === l.scenarioId);
      if (aim && aim.targetLevel > l.current) reasons.push(productReason(gap, l, aim.targetLevel));
    }
    if (reasons.length === 0) continue;
    const sponsorships = activeSponsorshipsOf(input.sponsorships, product.productId);
    const shareBp = bestShareBp(sponsorships);
    for (const s of sponsorships) reasons.push(sponsoredReason(s, product.monthlyPriceFen));
    const addressed = reasons.filter((r) => r.scenarioId !== null);
    matched.push({
      product,
      reasons,
      sponsorships,
      shareBp,
      netMonthlyPriceFen: netMonthlyPriceFen(product.monthlyPriceFen, shareBp),
      planTargets: addressed.filter((r) => r.code === 'PLAN_TARGET').length,
      lowestLevel: Math.min(...addressed.map((r) => r.currentLevel!)),
      scenarios: new Set(addressed.map((r) => r.scenarioId)).size,
      id: product.productId,
    });
  }
  if (matched.length === 0) return { levels, gaps, items: [], emptyReason: 'NOTHING_MATCHES' };
  const affordable = matched.filter(
    (m) => input.budgetFen === null || m.netMonthlyPriceFen <= input.budgetFen,
  );
  if (affordable.length === 0) return { levels, gaps, items: [], emptyReason: 'OVER_BUDGET' };
  const items = affordable
    .sort(
      (a, b) =>
        Number(b.planTargets > 0) - Number(a.planTargets > 0) ||
        a.lowestLevel - b.lowestLevel ||
        b.scenarios - a.scenarios ||
        b.shareBp - a.shareBp ||
        a.netMonthlyPriceFen - b.netMonthlyPriceFen ||
        a.id.localeCompare(b.id),
    )
    .map(({ product, reasons, sponsorships, shareBp, netMonthlyPriceFen: net }) => ({
      product,
      reasons,
      sponsorships,
      shareBp,
      netMonthlyPriceFen: net,
    }));
  return { levels, gaps, items, emptyReason: null };
}

/**
 * Recommendations rest on a company's assessment and evidence: the company itself sees its own; a
 * leader of a chain it belongs to may too (the gateway also asks for its ASSESSMENT consent).
 */
export function maySeeRecommendations(
  companyId: string,
  viewerId: string,
  leadersOfCompany: readonly string[],
): Result<true> {
  return viewerId === companyId || leadersOfCompany.includes(viewerId)
    ? ok(true)
    : fail(
        'FORBIDDEN',
        "a company's recommendations are for the company itself and, with its ASSESSMENT consent, the leader of its chain",
      );
}

// ─── the budget ──────────────────────────────────────────────────────────────────────────────

/** The event a company's budget is set (or removed: `monthlyCapFen` null) by. */
export type ServiceBudgetSet = ServiceBudgetSetV1;

/** "3000" yuan a month → 300000 fen; null (no cap) stays null. */
export const parseServiceBudget = (text: string | null | undefined): Result<number | null> =>
  text === null || text === undefined ? ok(null) : parseAmount(text, 'monthlyCap');

/**
 * A budget is the company's own (the mutation sets the caller's company's; the event names it): a
 * trading company, an SME or a leader, which is what recommendations are for.
 */
export const maySetServiceBudget = (companyKind: string | undefined): Result<true> =>
  mayTradeGoods(companyKind, 'a service budget');

/** companyId → its kind, for the companies the events name. */
export type ServiceBudgetState = Map<string, string>;

export const setServiceBudget: Decider<ServiceBudgetState, ServiceBudgetSet> = {
  decide(companies, command) {
    const kind = companies.get(command.companyId);
    if (kind === undefined)
      return fail('NOT_FOUND', `company ${command.companyId} does not exist`, 'companyId');
    const who = maySetServiceBudget(kind);
    if (!who.ok) return who;
    if (command.monthlyCapFen !== null) {
      const cap = checkAmountFen(command.monthlyCapFen, 'monthlyCap');
      if (!cap.ok) return cap;
    }
    return ok(command);
  },
  evolve: noEvolve,
};
