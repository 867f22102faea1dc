/**
 * Everything the read model holds about one company, as the takeaway archive's rows: its own nodes
 * whole (secrets are dropped by the domain's `withoutSecrets` when the archive is built), what it
 * shares with others (orders, links, receivables, pledges, consents) from both sides, and the other
 * companies named in them as references. Instants are ISO-8601 UTC, business dates yyyy-MM-dd,
 * money (`…Fen`) integer fen as a decimal string.
 */
import {
  ENTITIES,
  type CompanyRef,
  type Entity,
  type Row,
  type TakeawayData,
} from '@chainlift/domain';
import type { Read } from '../reads/graph';

const isTemporal = (v: object): boolean =>
  'year' in v && 'month' in v && 'day' in v && typeof v.toString === 'function';

/** A Neo4j value as plain JSON: temporals as strings (instants normalised to ISO-8601 UTC). */
function plain(value: unknown, key = ''): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => plain(v));
  if (typeof value === 'object') {
    if (isTemporal(value)) {
      const text = String(value);
      return 'hour' in value ? new Date(text.replace(/\[.*\]$/, '')).toISOString() : text;
    }
    const out: Row = {};
    for (const [k, v] of Object.entries(value as Row)) out[k] = plain(v, k);
    return out;
  }
  if (typeof value === 'number' && /Fen$/.test(key)) return String(value);
  return value;
}

const rows = (list: unknown[]): Row[] =>
  list
    .map((r) => plain(r) as Row)
    .sort((a, b) => String(a.id ?? '').localeCompare(String(b.id ?? '')));

const QUERIES: Record<Exclude<Entity, 'counterparties'>, string> = {
  users: `MATCH (u:User)-[:WORKS_AT]->(:Company {id: $id}) RETURN properties(u)`,
  chains: `MATCH (:Company {id: $id})-[m:MEMBER_OF]->(ch:Chain)
           RETURN ch { .*, membership: properties(m) }`,
  supplyLinks: `MATCH (s:Company)-[l:SUPPLIES]->(b:Company) WHERE s.id = $id OR b.id = $id
                RETURN l { .*, id: s.id + '>' + b.id, supplierId: s.id, buyerId: b.id }`,
  orders: `MATCH (o:PurchaseOrder) WHERE o.buyerId = $id OR o.supplierId = $id
           RETURN o { .*, lines: COLLECT { MATCH (o)-[:HAS_LINE]->(l:OrderLine)
             RETURN properties(l) ORDER BY l.position } }`,
  stock: `MATCH (:Company {id: $id})-[:HOLDS]->(sp:StockPosition) RETURN properties(sp)`,
  receivables: `MATCH (r:Receivable) WHERE r.creditorId = $id OR r.debtorId = $id OR r.holderId = $id
                RETURN properties(r)`,
  pledges: `MATCH (p:Pledge) WHERE p.holderId = $id OR p.bankId = $id RETURN properties(p)`,
  financeProducts: `MATCH (p:Pledge) WHERE p.holderId = $id OR p.bankId = $id
                    MATCH (fp:FinanceProduct {id: p.productId})
                    RETURN DISTINCT fp { .id, .bankId, .name, .advanceRateBp, .annualRateBp, .minRemainingDays,
                                         .maxAgeDays, .minAmountFen, .maxAmountFen, .blockedDebtorIds }`,
  consents: `MATCH (c:Consent) WHERE c.grantorId = $id OR c.granteeId = $id RETURN properties(c)`,
  accessLog: `MATCH (a:AccessLog {ownerId: $id}) RETURN properties(a)`,
  assessments: `MATCH (a:Assessment {companyId: $id}) RETURN properties(a)`,
  improvementPlans: `MATCH (p:ImprovementPlan {companyId: $id})
                     RETURN p { .*, tasks: COLLECT { MATCH (p)-[:HAS_TASK]->(t:ImprovementTask)
                       RETURN properties(t) ORDER BY t.id } }`,
};

/** Fields naming another company, per entity: its counterparties. */
const COMPANY_FIELDS = [
  'leaderId',
  'supplierId',
  'buyerId',
  'creditorId',
  'debtorId',
  'holderId',
  'bankId',
  'grantorId',
  'granteeId',
  'viewerCompanyId',
];

/** Stored JSON (an assessment's answers and result) as the structure it is. */
const unpackAssessment = ({ answersJson, resultJson, ...rest }: Row): Row => ({
  ...rest,
  answers: typeof answersJson === 'string' ? (JSON.parse(answersJson) as unknown) : null,
  result: typeof resultJson === 'string' ? (JSON.parse(resultJson) as unknown) : null,
});

export async function companyData(read: Read, id: string): Promise<TakeawayData | undefined> {
  const [company] = await read<Row>('MATCH (c:Company {id: $id}) RETURN properties(c)', { id });
  if (!company) return undefined;
  const data = { company: plain(company) as CompanyRef } as TakeawayData;
  for (const entity of ENTITIES) {
    if (entity === 'counterparties') continue;
    data[entity] = rows(await read(QUERIES[entity], { id }));
  }
  data.assessments = data.assessments.map(unpackAssessment);
  const others = new Set<string>();
  for (const entity of ENTITIES)
    for (const row of data[entity] ?? [])
      for (const field of COMPANY_FIELDS) {
        const v = row[field];
        if (typeof v === 'string' && v !== id) others.add(v);
      }
  data.counterparties = rows(
    await read(
      `UNWIND $ids AS cid MATCH (c:Company {id: cid})
       RETURN c { .id, .name, .uscc, .kind, .region, .industry }`,
      { ids: [...others] },
    ),
  );
  return data;
}
