/** Assessments, the platform's evidence about companies, chain dashboard inputs, improvement plans. */
import {
  DEFAULT_CURRENCY,
  EVIDENCE_WINDOW_DAYS,
  IN_NETWORK,
  supplierKpis,
  type AssessmentAnswers,
  type BusinessCalendar,
  type EvidenceFacts,
  type OrderFacts,
  type OrderFlow,
  type PlanTarget,
  type StoredResult,
  type Submission,
  type TaskStatus,
} from '@chainlift/domain';
import type { Read } from './graph';

export interface AssessmentRow {
  id: string;
  companyId: string;
  status: 'DRAFT' | 'SUBMITTED';
  questionnaireVersion: string;
  answers: AssessmentAnswers;
  /** Set once SUBMITTED. */
  result: StoredResult | null;
  savedAt: string;
  submittedAt: string | null;
}

export interface PlanRow {
  id: string;
  companyId: string;
  plannedBy: string;
  questionnaireVersion: string;
  baseAssessmentId: string | null;
  targets: PlanTarget[];
  createdAt: string;
}

export interface TaskRow {
  id: string;
  planId: string;
  title: string;
  step: string | null;
  scenarioId: string | null;
  ownerCompanyId: string;
  dueDate: string;
  status: TaskStatus;
  note: string | null;
  updatedAt: string;
}

const ASSESSMENT = `a { .id, .companyId, .status, .questionnaireVersion, .answersJson, .resultJson,
  savedAt: toString(a.savedAt), submittedAt: toString(a.submittedAt) }`;

type RawAssessment = Omit<AssessmentRow, 'answers' | 'result'> & {
  answersJson: string;
  resultJson: string | null;
};

const parse = ({ answersJson, resultJson, ...rest }: RawAssessment): AssessmentRow => ({
  ...rest,
  answers: JSON.parse(answersJson) as AssessmentAnswers,
  result: resultJson ? (JSON.parse(resultJson) as StoredResult) : null,
});

const PLAN = `p { .id, .companyId, .plannedBy, .questionnaireVersion, .baseAssessmentId,
  targets: [i IN range(0, size(p.targetScenarioIds) - 1) | { scenarioId: p.targetScenarioIds[i], level: p.targetLevels[i] }],
  createdAt: toString(p.createdAt) }`;

const TASK = `t { .id, .planId, .title, .step, .scenarioId, .ownerCompanyId, .status, .note,
  dueDate: toString(t.dueDate), updatedAt: toString(t.updatedAt) }`;

/** Business days, first and last included (the evidence window: `evidenceWindow` in the domain). */
export interface DayWindow {
  first: string;
  last: string;
}

/** Stock and order activity of company c on the window's days (DataActivity is kept per day). */
const ACTIVITY_IN_WINDOW = `CALL (c) {
    OPTIONAL MATCH (a:DataActivity {companyId: c.id}) WHERE date($first) <= a.day <= date($last)
    RETURN sum(CASE WHEN a.kind = 'STOCK' THEN a.events ELSE 0 END) AS stockReports,
           count(DISTINCT CASE WHEN a.kind = 'STOCK' THEN a.day END) AS stockReportDays,
           sum(CASE WHEN a.kind = 'STOCK' AND a.via = 'ingest' THEN a.events ELSE 0 END) AS stockReportsViaIngest,
           sum(CASE WHEN a.kind = 'ORDER_PLACED' THEN a.events ELSE 0 END) AS ordersPlaced,
           sum(CASE WHEN a.kind = 'ORDER_ACTION' THEN a.events ELSE 0 END) AS orderActions,
           sum(CASE WHEN a.kind <> 'STOCK' AND a.via = 'ingest' THEN a.events ELSE 0 END) AS orderEventsViaIngest
  }`;

const ACTIVITY_COLUMNS = `stockReports, stockReportDays, stockReportsViaIngest, ordersPlaced, orderActions, orderEventsViaIngest`;

/** The standing facts as they are now: kept totals and current statuses. */
const EVIDENCE_NOW = `UNWIND $ids AS id
  MATCH (c:Company {id: id})
  ${ACTIVITY_IN_WINDOW}
  CALL (c) {
    OPTIONAL MATCH (k:SupplierKpi {supplierId: c.id})
    RETURN coalesce(sum(k.delivered), 0) AS deliveredOrders, coalesce(sum(k.onTime), 0) AS onTimeDeliveries
  }
  CALL (c) {
    OPTIONAL MATCH (r:Receivable {creditorId: c.id}) WHERE r.id = r.rootId
    RETURN count(r) AS receivablesRegistered,
           count(CASE WHEN r.answeredOn IS NOT NULL AND r.status <> 'DISPUTED' THEN 1 END) AS receivablesConfirmed
  }
  RETURN c.id AS companyId,
         EXISTS { (c)-[m:MEMBER_OF]->(:Chain) WHERE m.status = 'ACTIVE' } AS chainMember,
         COUNT { (:Company)-[:SUPPLIES]->(c) } AS declaredSuppliers,
         COUNT { (c)-[:HAS_API_KEY]->(:ApiKey {active: true}) } AS activeApiKeys,
         EXISTS {
           MATCH (c)-[m:MEMBER_OF]->(ch:Chain) WHERE m.status IN $statuses
           MATCH (g:Consent {granteeId: ch.leaderId, scope: 'INVENTORY'})
           WHERE g.grantorId = c.id AND g.status = 'ACTIVE' AND (g.expiresAt IS NULL OR g.expiresAt > datetime())
         } AS sharesInventoryWithLeader,
         ${ACTIVITY_COLUMNS}, deliveredOrders, onTimeDeliveries, null AS deliveries,
         receivablesRegistered, receivablesConfirmed`;

/**
 * The standing facts as they stood at the end of business day $last (in the business time zone),
 * from the dates the graph records: a membership active since then and not changed since, or
 * changed only after (activeSince, updatedAt); links declared by then (since); keys created and not
 * yet revoked; consents granted, not yet revoked or expired; orders delivered by then (the on-time
 * rule is the domain's supplierKpis, applied in the gateway); receivables registered, and answered
 * by then.
 */
const EVIDENCE_AS_OF = `WITH datetime({date: date($last) + duration('P1D'), timezone: $zone}) AS asOf
  UNWIND $ids AS id
  MATCH (c:Company {id: id})
  ${ACTIVITY_IN_WINDOW}
  CALL (c) {
    OPTIONAL MATCH (o:PurchaseOrder {supplierId: c.id}) WHERE o.deliveredOn <= date($last)
    RETURN collect({ status: o.status, totalFen: o.totalFen, placedOn: toString(o.placedOn),
                     promisedDate: toString(o.promisedDate), deliveredOn: toString(o.deliveredOn) }) AS deliveries
  }
  CALL (c, asOf) {
    OPTIONAL MATCH (r:Receivable {creditorId: c.id}) WHERE r.id = r.rootId AND r.registeredAt < asOf
    RETURN count(r) AS receivablesRegistered,
           count(CASE WHEN r.answeredOn <= date($last) AND r.status <> 'DISPUTED' THEN 1 END) AS receivablesConfirmed
  }
  RETURN c.id AS companyId,
         EXISTS {
           (c)-[m:MEMBER_OF]->(:Chain)
           WHERE coalesce(m.activeSince, m.updatedAt) < asOf AND (m.status = 'ACTIVE' OR m.updatedAt >= asOf)
         } AS chainMember,
         COUNT { (:Company)-[l:SUPPLIES]->(c) WHERE l.since < asOf } AS declaredSuppliers,
         COUNT {
           (c)-[:HAS_API_KEY]->(k:ApiKey) WHERE k.createdAt < asOf AND (k.revokedAt IS NULL OR k.revokedAt >= asOf)
         } AS activeApiKeys,
         EXISTS {
           MATCH (c)-[m:MEMBER_OF]->(ch:Chain)
           WHERE m.since < asOf AND (m.status IN $statuses OR m.updatedAt >= asOf)
           MATCH (g:Consent {granteeId: ch.leaderId, scope: 'INVENTORY'})
           WHERE g.grantorId = c.id AND g.grantedAt < asOf AND (g.revokedAt IS NULL OR g.revokedAt >= asOf)
             AND (g.expiresAt IS NULL OR g.expiresAt > asOf)
         } AS sharesInventoryWithLeader,
         ${ACTIVITY_COLUMNS}, null AS deliveredOrders, null AS onTimeDeliveries, deliveries,
         receivablesRegistered, receivablesConfirmed`;

export function assessmentReads(read: Read, calendar: BusinessCalendar) {
  /** `order` sorts (and limits) on the stored values, before the projection (a map projection's column takes the variable's name). */
  const assessments = async (where: string, params: Record<string, unknown>, order = '') =>
    (
      await read<RawAssessment>(
        `MATCH (a:Assessment) WHERE ${where} WITH a ${order} RETURN ${ASSESSMENT}`,
        params,
      )
    ).map(parse);

  return {
    async byId(id: string): Promise<AssessmentRow | undefined> {
      return (await assessments('a.id = $id', { id }))[0];
    },
    async openDraft(companyId: string): Promise<AssessmentRow | undefined> {
      return (
        await assessments("a.companyId = $companyId AND a.status = 'DRAFT'", { companyId })
      )[0];
    },
    /** Newest first: the open draft (its savedAt), then submissions; only submissions when told. */
    ofCompany(companyId: string, submittedOnly: boolean) {
      return assessments(
        `a.companyId = $companyId AND (NOT $submittedOnly OR a.status = 'SUBMITTED')`,
        { companyId, submittedOnly },
        'ORDER BY a.status, a.savedAt DESC, a.id',
      );
    },
    async latest(companyId: string): Promise<AssessmentRow | undefined> {
      return (
        await assessments(
          "a.companyId = $companyId AND a.status = 'SUBMITTED'",
          { companyId },
          'ORDER BY a.submittedAt DESC, a.id LIMIT 1',
        )
      )[0];
    },

    /** The submissions of these companies, newest first, as the dashboard counts them. */
    async submissions(companyIds: string[]): Promise<Map<string, Submission[]>> {
      const found = await read<{
        companyId: string;
        submissions: {
          assessmentId: string;
          rank: number;
          totalUnits: number;
          submittedAt: string;
          ids: string[];
          levels: number[];
        }[];
      }>(
        `UNWIND $ids AS id
         MATCH (a:Assessment {companyId: id, status: 'SUBMITTED'})
         WITH id, a ORDER BY a.submittedAt DESC, a.id
         RETURN id AS companyId, collect({ assessmentId: a.id, rank: a.gradeRank, totalUnits: a.totalUnits,
           submittedAt: toString(a.submittedAt), ids: a.scenarioIds, levels: a.scenarioLevels }) AS submissions`,
        { ids: companyIds },
      );
      return new Map(
        found.map((f) => [
          f.companyId,
          f.submissions.map((s) => ({
            assessmentId: s.assessmentId,
            rank: s.rank,
            totalUnits: s.totalUnits,
            submittedAt: s.submittedAt,
            levels: Object.fromEntries(s.ids.map((id, i) => [id, s.levels[i]!])),
          })),
        ]),
      );
    },

    /**
     * What the platform sees of each company (see EvidenceFacts): activity on the window's days, and
     * the standing facts (membership, consent, suppliers, API keys, deliveries, receivables) as they
     * stood at the end of the window's last day. A window ending today reads them as they are now
     * (the kept totals); one ending earlier reads them from the dates the graph records.
     */
    async evidenceFacts(
      companyIds: string[],
      window: DayWindow,
    ): Promise<Map<string, EvidenceFacts>> {
      const past = window.last < calendar.today();
      const found = await read<
        Omit<EvidenceFacts, 'windowDays' | 'deliveredOrders' | 'onTimeDeliveries'> & {
          companyId: string;
          deliveredOrders: number | null;
          onTimeDeliveries: number | null;
          deliveries: OrderFacts[] | null;
        }
      >(past ? EVIDENCE_AS_OF : EVIDENCE_NOW, {
        ids: companyIds,
        first: window.first,
        last: window.last,
        statuses: IN_NETWORK,
        zone: calendar.timeZone,
      });
      return new Map(
        found.map(({ companyId, deliveries, deliveredOrders, onTimeDeliveries, ...facts }) => {
          const kpis = deliveries ? supplierKpis(deliveries) : null;
          return [
            companyId,
            {
              windowDays: EVIDENCE_WINDOW_DAYS,
              ...facts,
              deliveredOrders: kpis ? kpis.delivered : (deliveredOrders ?? 0),
              onTimeDeliveries: kpis ? kpis.onTime : (onTimeDeliveries ?? 0),
            },
          ];
        }),
      );
    },

    /** Of these companies: which sent stock or order events on the window's days, which share inventory with the leader. */
    async activity(companyIds: string[], leaderId: string, window: DayWindow) {
      const found = await read<{ id: string; streaming: boolean; sharesInventory: boolean }>(
        `UNWIND $ids AS id
         RETURN id,
                EXISTS { MATCH (a:DataActivity {companyId: id}) WHERE date($first) <= a.day <= date($last) } AS streaming,
                EXISTS {
                  MATCH (g:Consent {granteeId: $leaderId, scope: 'INVENTORY'})
                  WHERE g.grantorId = id AND g.status = 'ACTIVE' AND (g.expiresAt IS NULL OR g.expiresAt > datetime())
                } AS sharesInventory`,
        { ids: companyIds, leaderId, first: window.first, last: window.last },
      );
      return new Map(found.map((f) => [f.id, f]));
    },

    /** Order value between the chain's companies (the leader included), not cancelled, in one currency. */
    orderFlows(chainId: string, leaderId: string): Promise<OrderFlow[]> {
      return read<OrderFlow>(
        `MATCH (ch:Chain {id: $chainId})
         CALL (ch) {
           MATCH (c:Company)-[m:MEMBER_OF]->(ch) WHERE m.status IN $statuses RETURN c.id AS id
           UNION
           RETURN $leaderId AS id
         }
         WITH collect(id) AS ids
         UNWIND ids AS buyerId
         MATCH (o:PurchaseOrder {buyerId: buyerId})
         WHERE o.status <> 'CANCELLED' AND o.currency = $currency AND o.supplierId IN ids
         RETURN o.buyerId AS buyerId, o.supplierId AS supplierId, sum(o.totalFen) AS valueFen`,
        { chainId, leaderId, statuses: IN_NETWORK, currency: DEFAULT_CURRENCY },
      );
    },

    plans(companyId: string): Promise<PlanRow[]> {
      return read<PlanRow>(
        `MATCH (p:ImprovementPlan {companyId: $companyId}) WITH p ORDER BY p.createdAt DESC, p.id RETURN ${PLAN}`,
        { companyId },
      );
    },
    async plan(id: string): Promise<PlanRow | undefined> {
      return (await read<PlanRow>(`MATCH (p:ImprovementPlan {id: $id}) RETURN ${PLAN}`, { id }))[0];
    },
    tasks(planId: string): Promise<TaskRow[]> {
      return read<TaskRow>(
        `MATCH (:ImprovementPlan {id: $planId})-[:HAS_TASK]->(t:ImprovementTask)
         WITH t ORDER BY t.position RETURN ${TASK}`,
        { planId },
      );
    },
    async task(id: string): Promise<TaskRow | undefined> {
      return (await read<TaskRow>(`MATCH (t:ImprovementTask {id: $id}) RETURN ${TASK}`, { id }))[0];
    },
  };
}

export type AssessmentReads = ReturnType<typeof assessmentReads>;
