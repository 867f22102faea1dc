/** Receivables, their parts, transfers and payments; pledges; bank products. */
import type { FinanceProduct, PledgeStatus, ReceivableStatus } from '@chainlift/domain';
import { COLLATERAL_FACTS } from './collateral';
import type { Read } from './graph';
import { releaseRequestReads } from './release-requests';

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

/** A bank product as stored (rates in basis points, limits in fen). */
export type ProductRow = FinanceProduct;

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

export interface PledgeRow {
  id: string;
  registerNumber: string;
  receivableId: string;
  rootId: string;
  bankId: string;
  holderId: string;
  debtorId: string;
  productId: string;
  status: PledgeStatus;
  requestedBy: string;
  requestedOn: string;
  approvedOn: string | null;
  disbursedOn: string | null;
  closedOn: string | null;
  loanEndDate: string;
  outstandingFen: number;
  currency: string;
  advanceFen: number;
  interestFen: number;
  netFen: number;
  interestDays: number;
  reason: string | null;
}

/** Parts take the root's order, invoice and creditor. */
const RECEIVABLE = `r { .id, .rootId, .parentId, .debtorId, .holderId, .amountFen, .currency, .status, .activePledgeId,
  longTenor: coalesce(r.longTenor, false), orderId: root.orderId, invoiceNumber: root.invoiceNumber, creditorId: root.creditorId,
  issuedOn: toString(r.issuedOn), dueDate: toString(r.dueDate) }`;
const WITH_ROOT = 'MATCH (root:Receivable {id: r.rootId})';

const PLEDGE = `p { .id, .registerNumber, .receivableId, .rootId, .bankId, .debtorId, .productId, .status, .requestedBy,
  .outstandingFen, .currency, .advanceFen, .interestFen, .netFen, .interestDays, .reason,
  holderId: coalesce(rec.holderId, p.holderId), requestedOn: toString(p.requestedOn), approvedOn: toString(p.approvedOn),
  disbursedOn: toString(p.disbursedOn), closedOn: toString(p.closedOn), loanEndDate: toString(p.loanEndDate) }`;

const PRODUCT = `p { productId: p.id, .bankId, .name, .advanceRateBp, .annualRateBp, .minRemainingDays, .maxAgeDays,
  .minAmountFen, .maxAmountFen, .blockedDebtorIds }`;

export function financeReads(read: Read) {
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
    async pledge(id: string): Promise<PledgeRow | undefined> {
      return (
        await read<PledgeRow>(
          `MATCH (p:Pledge {id: $id}) OPTIONAL MATCH (rec:Receivable {id: p.receivableId}) RETURN ${PLEDGE}`,
          { id },
        )
      )[0];
    },
    /** Pledges the company is a party to: as the bank, the holder of the pledged receivable, or its debtor. */
    pledges(companyId: string, status: PledgeStatus | null, first: number, offset: number) {
      return read<PledgeRow>(
        `MATCH (p:Pledge) OPTIONAL MATCH (rec:Receivable {id: p.receivableId})
         WITH p, rec WHERE (p.bankId = $companyId OR rec.holderId = $companyId OR p.holderId = $companyId OR p.debtorId = $companyId)
           AND ($status IS NULL OR p.status = $status)
         RETURN ${PLEDGE} ORDER BY p.registeredAt DESC SKIP toInteger($offset) LIMIT toInteger($first)`,
        { companyId, status, first, offset },
      );
    },
    async product(id: string): Promise<FinanceProduct | undefined> {
      return (
        await read<FinanceProduct>(`MATCH (p:FinanceProduct {id: $id}) RETURN ${PRODUCT}`, { id })
      )[0];
    },
    products: (bankId: string | null) =>
      read<FinanceProduct>(
        `MATCH (p:FinanceProduct) WHERE $bankId IS NULL OR p.bankId = $bankId RETURN ${PRODUCT} ORDER BY p.name`,
        { bankId },
      ),
  };
}

export type FinanceReads = ReturnType<typeof financeReads>;

export interface LoanRow {
  id: string;
  borrowerId: string;
  bankId: string;
  operatorId: string;
  warehouse: string;
  principalFen: number;
  currency: string;
  status: 'REQUESTED' | 'GOODS_CONFIRMED' | 'ACTIVE' | 'REPAID' | 'CLOSED';
  pledgeRateBp: number;
  controlLineFen: number;
  marginCallLtvBp: number;
  liquidationLtvBp: number;
  valueFen: number | null;
  ltvBp: number | null;
  level: 'NONE' | 'BELOW_CONTROL_LINE' | 'MARGIN_CALL' | 'LIQUIDATION';
}

export interface GoodsRow {
  sku: string;
  quantity: number;
  unitCostFen: number;
  /** Held at the warehouse for the borrower, per the operator's receipt. */
  inStock: number;
  /** The lending bank's own latest price. */
  priceFen: number | null;
  currency?: string;
}

export interface AlertRow {
  id: string;
  loanId: string;
  level: LoanRow['level'];
  valueFen: number;
  ltvBp: number | null;
  currency: string;
  causeEventId: string;
  causeType: string;
  raisedAt: string;
}

const LOAN = `l { .id, .borrowerId, .bankId, .operatorId, .warehouse, .principalFen, .currency, .status, .pledgeRateBp,
  .controlLineFen, .marginCallLtvBp, .liquidationLtvBp, .valueFen, .ltvBp, level: coalesce(l.level, 'NONE') }`;
const ALERT = `a { .id, .loanId, .level, .valueFen, .ltvBp, currency: l.currency, .causeEventId, .causeType, raisedAt: toString(a.raisedAt) }`;

export function loanReads(read: Read) {
  return {
    ...releaseRequestReads(read),
    async loan(id: string): Promise<LoanRow | undefined> {
      return (await read<LoanRow>(`MATCH (l:InventoryLoan {id: $id}) RETURN ${LOAN}`, { id }))[0];
    },
    loans: (companyId: string, status: string | null) =>
      read<LoanRow>(
        `MATCH (l:InventoryLoan) WHERE (l.borrowerId = $companyId OR l.bankId = $companyId OR l.operatorId = $companyId)
           AND ($status IS NULL OR l.status = $status)
         RETURN ${LOAN} ORDER BY l.requestedAt DESC`,
        { companyId, status },
      ),
    goods: (loanId: string) =>
      read<GoodsRow>(
        `MATCH (l:InventoryLoan {id: $loanId})-[:PLEDGES]->(g:PledgedGoods)
         ${COLLATERAL_FACTS}
         RETURN g { .sku, .quantity, .unitCostFen, inStock: coalesce(held.quantity, 0), priceFen: price.priceFen } ORDER BY g.sku`,
        { loanId },
      ),
    alertsOfLoan: (loanId: string) =>
      read<AlertRow>(
        `MATCH (l:InventoryLoan {id: $loanId})-[:RAISED]->(a:Alert) RETURN ${ALERT} ORDER BY a.raisedAt DESC`,
        { loanId },
      ),
    /** Alerts on loans the company borrows or lends; `since` (projection time) for live pushes. */
    alerts: (companyId: string, first: number, since: string | null = null) =>
      read<AlertRow>(
        `MATCH (l:InventoryLoan)-[:RAISED]->(a:Alert) WHERE (a.borrowerId = $companyId OR a.bankId = $companyId)
           AND ($since IS NULL OR a.projectedAt > datetime($since))
         RETURN ${ALERT} ORDER BY a.projectedAt DESC LIMIT toInteger($first)`,
        { companyId, first, since },
      ),
  };
}

export type LoanReads = ReturnType<typeof loanReads>;
