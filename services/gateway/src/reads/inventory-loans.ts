/** Inventory loans (存货融资): loans, their pledged goods and alerts, and their release requests. */
import { COLLATERAL_FACTS } from './collateral';
import type { Read } from './graph';
import { releaseRequestReads } from './release-requests';

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

/**
 * Newest first: by when the alert's cause happened (`raisedAt`, the event's time). `projectedAt`
 * only breaks ties — alerts projected in one transaction (a batch, a catch-up, a rebuild) share it,
 * and ordering by it alone gave them in creation order, oldest first.
 */
const NEWEST_FIRST = 'a.raisedAt DESC, a.projectedAt DESC, a.id DESC';

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
        `MATCH (l:InventoryLoan {id: $loanId})-[:RAISED]->(a:Alert) RETURN ${ALERT} ORDER BY ${NEWEST_FIRST}`,
        { loanId },
      ),
    /** Alerts on loans the company borrows or lends; `since` (projection time) for live pushes. */
    alerts: (companyId: string, first: number, since: string | null = null) =>
      read<AlertRow>(
        `MATCH (l:InventoryLoan)-[:RAISED]->(a:Alert) WHERE (a.borrowerId = $companyId OR a.bankId = $companyId)
           AND ($since IS NULL OR a.projectedAt > datetime($since))
         RETURN ${ALERT} ORDER BY ${NEWEST_FIRST} LIMIT toInteger($first)`,
        { companyId, first, since },
      ),
  };
}

export type LoanReads = ReturnType<typeof loanReads>;
