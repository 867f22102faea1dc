/**
 * Evidence from the platform: what ChainLift itself sees of a company's practice, mapped to the
 * 数字化经营 scenarios it can speak for, as an evidenced level beside the self-declared one.
 *
 * The platform sees only part of a company's work, so evidence is a lower bound with a ceiling:
 * each scenario lists, per level, the conditions the platform checks; the evidenced level is the
 * highest level whose conditions — and those of every level below it — are all met; `ceiling` is
 * the highest level the platform could evidence at all (财务 stops at 2: the platform sees
 * receivables and their confirmation, not the books).
 *
 * Agreement with the declared level (d) of the latest submission, evidenced level (e), ceiling (c):
 *   NOT_DECLARED   no submitted assessment
 *   UNDERSTATED    e > d: the platform sees more than was declared
 *   NOT_EVIDENCED  min(d, c) − e ≥ 2: declared well above what the platform would show signs of
 *   CONSISTENT     otherwise (one level of tolerance: the platform sees only part of the practice)
 * UNDERSTATED and NOT_EVIDENCED are the disagreements a leader is shown.
 *
 * The thresholds (stock-report days, purchase orders, on-time share) are data: the questionnaire's
 * `evidenceThresholds`, each with a note of where the number comes from.
 */
import { dayWindow, type BusinessDate } from '../calendar/calendar';
import { BP, formatPercent, mulDivHalfUp } from '../finance/rates';
import type { EvidenceThresholds, Questionnaire } from './questionnaire';

/** Activity counts cover the last `windowDays` days. */
export const EVIDENCE_WINDOW_DAYS = 90;
/** The business days whose activity counts as evidence on `today`: the 90 days ending with today, both included. */
export const evidenceWindow = (today: BusinessDate): { first: BusinessDate; last: BusinessDate } =>
  dayWindow(today, EVIDENCE_WINDOW_DAYS);
/** Disagreement tolerance, in levels. */
export const DISAGREEMENT_LEVELS = 2;

/** What the platform knows of one company (counts in the window unless said otherwise). */
export interface EvidenceFacts {
  windowDays: number;
  /** An ACTIVE member of at least one chain (it accepted an invitation). */
  chainMember: boolean;
  /** Companies it declared as its own suppliers. */
  declaredSuppliers: number;
  /** StockReported events it sent, by any channel. */
  stockReports: number;
  /** Distinct days with a stock report. */
  stockReportDays: number;
  /** Stock reports that came from its own system through POST /ingest. */
  stockReportsViaIngest: number;
  /** Orders it placed as buyer. */
  ordersPlaced: number;
  /** Order status changes it made (confirm, ship, deliver, invoice, cancel). */
  orderActions: number;
  /** Order events (placed or acted on) that came through POST /ingest. */
  orderEventsViaIngest: number;
  /** API keys it holds now (not revoked). */
  activeApiKeys: number;
  /** As a supplier, from the KPI read model (all buyers, all time): delivered orders, of them on time. */
  deliveredOrders: number;
  onTimeDeliveries: number;
  /** An active INVENTORY consent to the leader of a chain it is a member of. */
  sharesInventoryWithLeader: boolean;
  /** Receivables it registered as creditor (all time), and of them confirmed (确权) by the debtor. */
  receivablesRegistered: number;
  receivablesConfirmed: number;
}

export const NO_FACTS: EvidenceFacts = {
  windowDays: EVIDENCE_WINDOW_DAYS,
  chainMember: false,
  declaredSuppliers: 0,
  stockReports: 0,
  stockReportDays: 0,
  stockReportsViaIngest: 0,
  ordersPlaced: 0,
  orderActions: 0,
  orderEventsViaIngest: 0,
  activeApiKeys: 0,
  deliveredOrders: 0,
  onTimeDeliveries: 0,
  sharesInventoryWithLeader: false,
  receivablesRegistered: 0,
  receivablesConfirmed: 0,
};

export interface EvidenceCondition {
  /** Stable code, e.g. STOCK_REPORTED. */
  code: string;
  met: boolean;
  /** What the platform sees, with the numbers: "90 天内 3 天报告了库存（需要 4 天）". */
  zh: string;
  en: string;
}

export interface EvidenceLevel {
  level: number;
  /** This level's conditions are all met (the evidenced level also needs every level below). */
  met: boolean;
  conditions: EvidenceCondition[];
}

export type EvidenceAgreement = 'CONSISTENT' | 'NOT_EVIDENCED' | 'UNDERSTATED' | 'NOT_DECLARED';

export interface ScenarioEvidence {
  scenarioId: string;
  evidencedLevel: number;
  ceiling: number;
  levels: EvidenceLevel[];
  declaredLevel: number | null;
  agreement: EvidenceAgreement;
  disagrees: boolean;
}

/** On-time share in basis points, half-up; null without deliveries. */
export function onTimeRateBp(facts: Pick<EvidenceFacts, 'deliveredOrders' | 'onTimeDeliveries'>) {
  if (facts.deliveredOrders === 0) return null;
  return mulDivHalfUp(facts.onTimeDeliveries, BP, facts.deliveredOrders);
}

/** 9000 bp → "90.00%". */
export const percentText = (bp: number) => `${formatPercent(bp)}%`;

/** Delivered often enough, and on time often enough, by the questionnaire's thresholds. */
export const deliversOnTime = (
  f: Pick<EvidenceFacts, 'deliveredOrders' | 'onTimeDeliveries'>,
  t: EvidenceThresholds,
): boolean =>
  f.deliveredOrders >= t.onTimeMinDeliveries && (onTimeRateBp(f) ?? 0) >= t.onTimeRateBp;

type Check = (f: EvidenceFacts, t: EvidenceThresholds) => EvidenceCondition;

const check =
  (
    code: string,
    met: (f: EvidenceFacts, t: EvidenceThresholds) => boolean,
    zh: (f: EvidenceFacts, t: EvidenceThresholds) => string,
    en: (f: EvidenceFacts, t: EvidenceThresholds) => string,
  ): Check =>
  (f, t) => ({ code, met: met(f, t), zh: zh(f, t), en: en(f, t) });

const C = {
  suppliersDeclared: (min: number) =>
    check(
      min === 1 ? 'SUPPLIERS_DECLARED' : 'SUPPLIER_NETWORK',
      (f) => f.declaredSuppliers >= min,
      (f) => `在平台上登记了 ${f.declaredSuppliers} 家自己的供应商（需要 ${min} 家）`,
      (f) => `${f.declaredSuppliers} own suppliers declared on the platform (needs ${min})`,
    ),
  purchasing: check(
    'PURCHASING_ON_PLATFORM',
    (f, t) => f.ordersPlaced >= t.purchaseOrders,
    (f, t) =>
      `${f.windowDays} 天内在平台上下了 ${f.ordersPlaced} 张采购订单（需要 ${t.purchaseOrders} 张）`,
    (f, t) =>
      `${f.ordersPlaced} purchase orders placed on the platform in ${f.windowDays} days (needs ${t.purchaseOrders})`,
  ),
  ordersStreamed: check(
    'ORDERS_STREAMED',
    (f) => f.orderEventsViaIngest >= 1,
    (f) =>
      `${f.windowDays} 天内有 ${f.orderEventsViaIngest} 个订单事件从企业系统经 POST /ingest 推送`,
    (f) =>
      `${f.orderEventsViaIngest} order events sent from its own system through POST /ingest in ${f.windowDays} days`,
  ),
  inventoryShared: check(
    'INVENTORY_SHARED',
    (f) => f.sharesInventoryWithLeader,
    (f) =>
      f.sharesInventoryWithLeader
        ? '已向链主授予库存共享（INVENTORY）'
        : '未向链主授予库存共享（INVENTORY）',
    (f) =>
      f.sharesInventoryWithLeader
        ? 'shares its inventory with its leader (INVENTORY consent)'
        : 'does not share its inventory with its leader (no INVENTORY consent)',
  ),
  stockReported: check(
    'STOCK_REPORTED',
    (f) => f.stockReports >= 1,
    (f) => `${f.windowDays} 天内报告库存 ${f.stockReports} 次`,
    (f) => `stock reported ${f.stockReports} times in ${f.windowDays} days`,
  ),
  stockRegular: check(
    'STOCK_REGULAR',
    (f, t) => f.stockReportDays >= t.stockReportDays,
    (f, t) =>
      `${f.windowDays} 天内有 ${f.stockReportDays} 天报告了库存（需要 ${t.stockReportDays} 天）`,
    (f, t) =>
      `stock reported on ${f.stockReportDays} days in ${f.windowDays} (needs ${t.stockReportDays})`,
  ),
  stockStreamed: check(
    'STOCK_STREAMED',
    (f) => f.stockReportsViaIngest >= 1,
    (f) =>
      `${f.windowDays} 天内有 ${f.stockReportsViaIngest} 次库存从企业系统（WMS）经 POST /ingest 推送`,
    (f) =>
      `${f.stockReportsViaIngest} stock reports streamed from its own system (WMS) through POST /ingest in ${f.windowDays} days`,
  ),
  chainMember: check(
    'CHAIN_MEMBER',
    (f) => f.chainMember,
    (f) => (f.chainMember ? '已加入链主的供应链' : '尚未加入任何供应链'),
    (f) => (f.chainMember ? 'an active member of a chain' : 'not an active member of any chain'),
  ),
  ordersHandled: check(
    'ORDERS_HANDLED',
    (f) => f.orderActions >= 1,
    (f) => `${f.windowDays} 天内在平台上处理订单 ${f.orderActions} 次（确认、发货、收货、开票）`,
    (f) =>
      `${f.orderActions} order steps taken on the platform in ${f.windowDays} days (confirm, ship, deliver, invoice)`,
  ),
  onTime: check(
    'ON_TIME',
    deliversOnTime,
    (f, t) => {
      const rate = onTimeRateBp(f);
      return `准时交货 ${f.onTimeDeliveries}/${f.deliveredOrders}${rate === null ? '' : `（${percentText(rate)}）`}，需要至少 ${t.onTimeMinDeliveries} 单且准时率 ${percentText(t.onTimeRateBp)}`;
    },
    (f, t) => {
      const rate = onTimeRateBp(f);
      return `${f.onTimeDeliveries} of ${f.deliveredOrders} deliveries on time${rate === null ? '' : ` (${percentText(rate)})`}; needs ${t.onTimeMinDeliveries} or more at ${percentText(t.onTimeRateBp)}`;
    },
  ),
  systemsConnected: check(
    'SYSTEMS_CONNECTED',
    (f) => f.orderEventsViaIngest + f.stockReportsViaIngest >= 1,
    (f) =>
      `${f.windowDays} 天内有 ${f.orderEventsViaIngest + f.stockReportsViaIngest} 个事件从企业系统经 POST /ingest 推送`,
    (f) =>
      `${f.orderEventsViaIngest + f.stockReportsViaIngest} events sent from its own systems through POST /ingest in ${f.windowDays} days`,
  ),
  receivablesRegistered: check(
    'RECEIVABLES_REGISTERED',
    (f) => f.receivablesRegistered >= 1,
    (f) => `在平台上登记应收账款 ${f.receivablesRegistered} 笔`,
    (f) => `${f.receivablesRegistered} receivables registered on the platform`,
  ),
  receivablesConfirmed: check(
    'RECEIVABLES_CONFIRMED',
    (f) => f.receivablesConfirmed >= 1,
    (f) => `其中 ${f.receivablesConfirmed} 笔经买方在平台上确权`,
    (f) => `${f.receivablesConfirmed} of them confirmed (确权) by the debtor on the platform`,
  ),
};

/** Per evidenced scenario (an id of the questionnaire's 数字化经营 part), the conditions of each level from 1 up. */
export const EVIDENCE_RULES: readonly {
  scenarioId: string;
  levels: readonly (readonly Check[])[];
}[] = [
  {
    // 采购管理: its own purchasing, on the platform, from its systems, with its supply network.
    scenarioId: 'procurement',
    levels: [
      [C.suppliersDeclared(1)],
      [C.purchasing],
      [C.ordersStreamed],
      [C.suppliersDeclared(2), C.inventoryShared],
    ],
  },
  {
    // 仓储物流: stock reported, regularly, streamed from the WMS, coordinated with the customer.
    scenarioId: 'warehousing-logistics',
    levels: [[C.stockReported], [C.stockRegular], [C.stockStreamed], [C.inventoryShared]],
  },
  {
    // 协同办公: working with its partners on one platform, keeping its delivery promises.
    scenarioId: 'collaboration',
    levels: [
      [C.chainMember],
      [C.ordersHandled],
      [C.onTime],
      [C.inventoryShared, C.systemsConnected],
    ],
  },
  {
    // 财务: receivables kept and confirmed on the platform; the books themselves are not seen.
    scenarioId: 'finance',
    levels: [[C.receivablesRegistered], [C.receivablesConfirmed]],
  },
];

/** The scenarios the platform can evidence. */
export const EVIDENCED_SCENARIOS: readonly string[] = EVIDENCE_RULES.map((r) => r.scenarioId);

function agreementOf(
  declared: number | null,
  evidenced: number,
  ceiling: number,
): EvidenceAgreement {
  if (declared === null) return 'NOT_DECLARED';
  if (evidenced > declared) return 'UNDERSTATED';
  if (Math.min(declared, ceiling) - evidenced >= DISAGREEMENT_LEVELS) return 'NOT_EVIDENCED';
  return 'CONSISTENT';
}

/**
 * The evidence for each scenario the platform can speak for, beside the declared levels of the
 * latest submission (null when the company has none), by the thresholds of `questionnaire` (the
 * version the submission was scored with, or the current one).
 */
export function evidenceFor(
  facts: EvidenceFacts,
  declared: Readonly<Record<string, number>> | null,
  questionnaire: Pick<Questionnaire, 'evidenceThresholds'>,
): ScenarioEvidence[] {
  const thresholds = questionnaire.evidenceThresholds;
  return EVIDENCE_RULES.map((rule) => {
    const levels = rule.levels.map((checks, i) => {
      const conditions = checks.map((c) => c(facts, thresholds));
      return { level: i + 1, met: conditions.every((c) => c.met), conditions };
    });
    const firstUnmet = levels.findIndex((l) => !l.met);
    const evidencedLevel = firstUnmet === -1 ? levels.length : firstUnmet;
    const declaredLevel = declared?.[rule.scenarioId] ?? null;
    const agreement = agreementOf(declaredLevel, evidencedLevel, levels.length);
    return {
      scenarioId: rule.scenarioId,
      evidencedLevel,
      ceiling: levels.length,
      levels,
      declaredLevel,
      agreement,
      disagrees: agreement === 'UNDERSTATED' || agreement === 'NOT_EVIDENCED',
    };
  });
}
