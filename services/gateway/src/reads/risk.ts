/** Risk views over the finance graph: a bank's exposure and suspicious trade; a leader's payables. */
import { RISK_VIEW_CAP } from '@chainlift/domain';
import type { Read } from './graph';

export interface ExposureRow {
  companyId: string;
  amountFen: number;
}

export interface ChainExposureRow {
  chainId: string;
  amountFen: number;
}

export interface LeaderTotals {
  awaitingFen: number;
  confirmedFen: number;
  overdueFen: number;
  financedFen: number;
  financedCount: number;
  due: { month: string; amountFen: number; receivables: number }[];
}

/** Financing live for a bank: active pledge advances by debtor and holder, active loan principals by borrower. */
const LIVE_PLEDGES = `MATCH (p:Pledge {bankId: $bankId}) WHERE p.status IN ['APPROVED', 'DISBURSED']
  MATCH (r:Receivable {id: p.receivableId})`;
const LIVE_LOANS = `MATCH (l:InventoryLoan {bankId: $bankId, status: 'ACTIVE'})`;

/**
 * Companies a bank's risk views may look at: its counterparties and those that opened their receivables
 * to it. Only candidates: the authorization module decides on each ('risk.subject'; consent expiry,
 * audit) before a walk starts from it.
 */
const SUBJECT_CANDIDATES = `CALL () {
    MATCH (p:Pledge {bankId: $bankId}) WHERE p.status <> 'REJECTED'
    MATCH (r:Receivable {id: p.receivableId}) UNWIND [r.holderId, r.debtorId] AS id RETURN id
    UNION
    MATCH (l:InventoryLoan {bankId: $bankId}) RETURN l.borrowerId AS id
    UNION
    MATCH (c:Consent {granteeId: $bankId, scope: 'RECEIVABLES', status: 'ACTIVE'})
    WHERE c.expiresAt IS NULL OR c.expiresAt > datetime() RETURN c.grantorId AS id
  }`;

export function riskReads(read: Read) {
  return {
    byDebtor: (bankId: string) =>
      read<ExposureRow>(
        `${LIVE_PLEDGES} RETURN r.debtorId AS companyId, sum(p.advanceFen) AS amountFen ORDER BY amountFen DESC`,
        { bankId },
      ),
    byBorrower: (bankId: string) =>
      read<ExposureRow>(
        `CALL () {
           ${LIVE_PLEDGES} RETURN p.holderId AS companyId, p.advanceFen AS fen
           UNION ALL
           ${LIVE_LOANS} RETURN l.borrowerId AS companyId, l.principalFen AS fen
         }
         RETURN companyId, sum(fen) AS amountFen ORDER BY amountFen DESC`,
        { bankId },
      ),
    byChain: (bankId: string) =>
      read<ChainExposureRow>(
        `${LIVE_PLEDGES} MATCH (ch:Chain {leaderId: r.debtorId})
         RETURN ch.id AS chainId, sum(p.advanceFen) AS amountFen ORDER BY amountFen DESC`,
        { bankId },
      ),
    loanTotal: async (bankId: string) =>
      (
        await read<number>(`${LIVE_LOANS} RETURN coalesce(sum(l.principalFen), 0)`, { bankId })
      )[0] ?? 0,
    /** Candidates for the bank's risk views (see SUBJECT_CANDIDATES), at most a few thousand. */
    subjectCandidates: (bankId: string) =>
      read<string>(`${SUBJECT_CANDIDATES} RETURN DISTINCT id LIMIT 5000`, { bankId }),
    /**
     * Rings of 2–4 companies through orders (buyer → supplier) or receivables (creditor → debtor),
     * starting at the companies given (those the authorization module let the bank look at); bounded
     * by the walk's length, the result cap and the read timeout.
     */
    cycles: (companyIds: string[], kind: 'ORDERS' | 'RECEIVABLES') =>
      read<string[]>(
        `MATCH (a:Company) WHERE a.id IN $ids
         MATCH path = (a) ${
           kind === 'ORDERS'
             ? '((x:Company)-[:PLACED]->(:PurchaseOrder)-[:TO]->(y:Company)){2,4}'
             : '((x:Company)-[:HOLDS]->(:Receivable)-[:OWED_BY]->(y:Company)){2,4}'
         } (a)
         WITH [n IN nodes(path) WHERE n:Company | n.id] AS ring
         WITH ring[0..size(ring) - 1] AS ring
         WHERE size(ring) = size(reduce(seen = [], id IN ring | CASE WHEN id IN seen THEN seen ELSE seen + id END))
         RETURN DISTINCT ring LIMIT toInteger($cap)`,
        { ids: companyIds, cap: RISK_VIEW_CAP * 4 },
      ),
    /** Receivables the bank financed or was opened to whose order was never delivered (candidates: the module decides on each). */
    undelivered: (bankId: string) =>
      read<{ receivableId: string; orderStatus: string | null }>(
        `CALL () {
           MATCH (p:Pledge {bankId: $bankId}) WHERE p.status <> 'REJECTED' RETURN p.receivableId AS id
           UNION
           MATCH (c:Consent {granteeId: $bankId, scope: 'RECEIVABLES', status: 'ACTIVE'})
           WHERE c.expiresAt IS NULL OR c.expiresAt > datetime()
           MATCH (r:Receivable {holderId: c.grantorId}) RETURN r.id AS id
         }
         MATCH (r:Receivable {id: id}) MATCH (root:Receivable {id: r.rootId})
         OPTIONAL MATCH (o:PurchaseOrder {id: root.orderId})
         WITH r, o WHERE o IS NULL OR NOT o.status IN ['DELIVERED', 'INVOICED']
         RETURN r.id AS receivableId, o.status AS orderStatus ORDER BY r.id LIMIT toInteger($cap)`,
        { bankId, cap: RISK_VIEW_CAP },
      ),
    async leader(leaderId: string, today: string): Promise<LeaderTotals> {
      const [totals] = await read<Omit<LeaderTotals, 'due'>>(
        `MATCH (r:Receivable {debtorId: $leaderId}) WHERE r.status <> 'SPLIT'
         OPTIONAL MATCH (p:Pledge {receivableId: r.id}) WHERE p.status IN ['APPROVED', 'DISBURSED']
         RETURN coalesce(sum(CASE WHEN r.status = 'REGISTERED' THEN r.amountFen END), 0) AS awaitingFen,
                coalesce(sum(CASE WHEN r.status = 'CONFIRMED' THEN r.amountFen END), 0) AS confirmedFen,
                coalesce(sum(CASE WHEN r.status = 'CONFIRMED' AND r.dueDate < date($today) THEN r.amountFen END), 0) AS overdueFen,
                coalesce(sum(p.advanceFen), 0) AS financedFen, count(p) AS financedCount`,
        { leaderId, today },
      );
      const due = await read<LeaderTotals['due'][number]>(
        `MATCH (r:Receivable {debtorId: $leaderId, status: 'CONFIRMED'})
         WITH substring(toString(r.dueDate), 0, 7) AS month, r
         RETURN month, sum(r.amountFen) AS amountFen, count(r) AS receivables ORDER BY month`,
        { leaderId },
      );
      return { ...totals!, due };
    },
  };
}

export type RiskReads = ReturnType<typeof riskReads>;
