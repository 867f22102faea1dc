/** Receivables, their parts, transfers and payments. */
import type { ReceivableStatus } from '@chainlift/domain';
import type { Read } from './graph';

export interface ReceivableRow {
  id: string;
  rootId: string;
  parentId: string | null;
  orderId: string;
  invoiceNumber: string | null;
  debtorId: string;
  creditorId: string;
  holderId: string;
  amountFen: number;
  currency: string;
  issuedOn: string;
  dueDate: string;
  status: ReceivableStatus;
  longTenor: boolean;
  activePledgeId: string | null;
}

export interface TransferRow {
  fromId: string;
  toId: string;
  on: string;
}

export interface PaymentRow {
  receivableId: string;
  payeeId: string;
  amountFen: number;
  currency: string;
  on: string;
  pledgeId: string | null;
}

/** Parts take the root's order, invoice and creditor. */
const RECEIVABLE = `r { .id, .rootId, .parentId, .debtorId, .holderId, .amountFen, .currency, .status, .activePledgeId,
  longTenor: coalesce(r.longTenor, false), orderId: root.orderId, invoiceNumber: root.invoiceNumber, creditorId: root.creditorId,
  issuedOn: toString(r.issuedOn), dueDate: toString(r.dueDate) }`;
const WITH_ROOT = 'MATCH (root:Receivable {id: r.rootId})';

export function receivableReads(read: Read) {
  const receivables = (where: string, params: Record<string, unknown>, tail = '') =>
    read<ReceivableRow>(
      `MATCH (r:Receivable) WHERE ${where} ${WITH_ROOT} RETURN ${RECEIVABLE} ${tail}`,
      params,
    );
  return {
    async receivable(id: string): Promise<ReceivableRow | undefined> {
      return (await receivables('r.id = $id', { id }))[0];
    },
    receivablesByIds: (ids: string[]) => receivables('r.id IN $ids', { ids }),
    /** By role; the caller's company only. Status filter on the stored status (OVERDUE is CONFIRMED past due). */
    list(
      companyId: string,
      role: 'HOLDER' | 'DEBTOR' | 'CREDITOR',
      stored: ReceivableStatus | null,
      pastDue: boolean | null,
      today: string,
      first: number,
      offset: number,
    ) {
      const where = {
        HOLDER: "r.holderId = $companyId AND r.status <> 'SPLIT'",
        DEBTOR: 'r.debtorId = $companyId AND r.id = r.rootId',
        CREDITOR: 'r.creditorId = $companyId',
      }[role];
      return receivables(
        `${where} AND ($stored IS NULL OR r.status = $stored)
         AND ($pastDue IS NULL OR (r.dueDate < date($today)) = $pastDue)`,
        { companyId, stored, pastDue, today, first, offset },
        'ORDER BY r.dueDate, r.id SKIP toInteger($offset) LIMIT toInteger($first)',
      );
    },
    parts: (id: string) => receivables('r.parentId = $id', { id }, 'ORDER BY r.position'),
    transfers: (id: string) =>
      read<TransferRow>(
        `MATCH (r:Receivable {id: $id})-[t:TRANSFERRED]->() RETURN t { .fromId, .toId, on: toString(t.on) } ORDER BY t.at`,
        { id },
      ),
    payments: (id: string) =>
      read<PaymentRow>(
        `MATCH (r:Receivable {id: $id})-[:PAID]->(p:Payment)
         RETURN p { .receivableId, .payeeId, .amountFen, currency: r.currency, .pledgeId, on: toString(p.on) } ORDER BY p.receivableId`,
        { id },
      ),
    paymentsOfRoot: (rootId: string) =>
      read<PaymentRow>(
        `MATCH (r:Receivable {rootId: $rootId})-[:PAID]->(p:Payment)
         RETURN p { .receivableId, .payeeId, .amountFen, currency: r.currency, .pledgeId, on: toString(p.on) } ORDER BY p.receivableId`,
        { rootId },
      ),
    /**
     * Pool candidates for a bank: confirmed receivables (and parts) whose holder granted the bank a
     * RECEIVABLES consent or applied to it. The authorization module still decides on each one.
     */
    poolCandidates: (bankId: string) =>
      receivables(
        `r.status = 'CONFIRMED' AND (
           EXISTS { MATCH (c:Consent {granteeId: $bankId, scope: 'RECEIVABLES', status: 'ACTIVE'})
                    WHERE c.grantorId = r.holderId AND (c.expiresAt IS NULL OR c.expiresAt > datetime()) }
           OR EXISTS { MATCH (p:Pledge {receivableId: r.id, bankId: $bankId}) })`,
        { bankId },
        'ORDER BY r.dueDate, r.id LIMIT 1000',
      ),
  };
}

export type ReceivableReads = ReturnType<typeof receivableReads>;
