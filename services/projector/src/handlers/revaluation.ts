/**
 * Live collateral: after any event that moves stock, prices or a loan, the active inventory loans
 * it touches are revalued in the same transaction, and an Alert is raised when a loan enters a
 * worse risk level — so the alert exists the moment its cause is projected.
 */
import {
  collateralValueFen,
  raisesAlert,
  valuate,
  type AlertLevel,
  type LoanTerms,
  type PledgedItem,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { rows } from './rows';

export interface RevaluationScope {
  borrowerIds?: string[];
  skus?: string[];
  loanIds?: string[];
}

interface LoanRow extends LoanTerms {
  id: string;
  borrowerId: string;
  bankId: string;
  principalFen: number;
  level: AlertLevel | null;
  items: (PledgedItem & { inStock: number | null; priceFen: number | null })[];
}

/** The cause an alert names: the event whose projection moved the loan. */
export interface Cause {
  eventId: string;
  type: string;
  occurredAt: string;
}

/** The loan a cause is asked for: which event of the run moved it. */
export interface RevaluedLoan {
  id: string;
  borrowerId: string;
  skus: string[];
}

export async function revaluateLoans(
  tx: ManagedTransaction,
  scope: RevaluationScope,
  causeOfLoan: (loan: RevaluedLoan) => Cause,
): Promise<void> {
  if (!scope.borrowerIds?.length && !scope.skus?.length && !scope.loanIds?.length) return;
  const loans = await rows<LoanRow>(
    tx,
    `MATCH (l:InventoryLoan {status: 'ACTIVE'})
     WHERE l.borrowerId IN $borrowerIds OR l.id IN $loanIds
        OR EXISTS { MATCH (l)-[:PLEDGES]->(g:PledgedGoods) WHERE g.sku IN $skus }
     CALL (l) {
       MATCH (l)-[:PLEDGES]->(g:PledgedGoods)
       OPTIONAL MATCH (sp:StockPosition {id: l.borrowerId + '/' + l.warehouse + '/' + g.sku})
       OPTIONAL MATCH (p:Price {sku: g.sku, currency: l.currency})
       RETURN collect({ sku: g.sku, quantity: g.quantity, unitCostFen: g.unitCostFen, inStock: sp.quantity, priceFen: p.priceFen }) AS items
     }
     RETURN l.id AS id, l.borrowerId AS borrowerId, l.bankId AS bankId, l.principalFen AS principalFen, l.level AS level,
            l.pledgeRateBp AS pledgeRateBp, l.controlLineFen AS controlLineFen, l.marginCallLtvBp AS marginCallLtvBp,
            l.liquidationLtvBp AS liquidationLtvBp, items`,
    { borrowerIds: scope.borrowerIds ?? [], loanIds: scope.loanIds ?? [], skus: scope.skus ?? [] },
  );
  if (loans.length === 0) return;
  const updates = loans.map((loan) => {
    const stock = new Map(loan.items.map((i) => [i.sku, i.inStock ?? 0]));
    const prices = new Map(
      loan.items.filter((i) => i.priceFen !== null).map((i) => [i.sku, i.priceFen!]),
    );
    const valuation = valuate(
      loan.principalFen,
      collateralValueFen(loan.items, stock, prices),
      loan,
    );
    const cause = causeOfLoan({
      id: loan.id,
      borrowerId: loan.borrowerId,
      skus: loan.items.map((i) => i.sku),
    });
    return {
      id: loan.id,
      borrowerId: loan.borrowerId,
      bankId: loan.bankId,
      eventId: cause.eventId,
      type: cause.type,
      at: cause.occurredAt,
      ...valuation,
      alert: raisesAlert(loan.level ?? 'NONE', valuation.level),
    };
  });
  await tx.run(
    `UNWIND $updates AS u
     MATCH (l:InventoryLoan {id: u.id})
     SET l.valueFen = toInteger(u.valueFen), l.ltvBp = u.ltvBp, l.level = u.level, l.valuedAt = datetime(u.at)
     WITH l, u WHERE u.alert
     CREATE (l)-[:RAISED]->(:Alert {id: u.eventId + '/' + u.id, loanId: u.id, borrowerId: u.borrowerId, bankId: u.bankId,
       level: u.level, valueFen: toInteger(u.valueFen), ltvBp: u.ltvBp, causeEventId: u.eventId, causeType: u.type,
       raisedAt: datetime(u.at), projectedAt: datetime()})`,
    { updates },
  );
}

type CauseEvent = { id: string; type: string; occurredAt: string };

/**
 * The cause a revalued loan names: the last event of the run that touched it (a run mixes
 * companies, SKUs and loans; the state after the run is what was valued). `keysOf(loan)` says
 * which of the events' keys concern the loan: its borrower, its SKUs, or its id.
 */
export function lastCauseBy<E extends CauseEvent>(
  events: readonly E[],
  keyOf: (event: E) => string,
  keysOf: (loan: RevaluedLoan) => string[],
): (loan: RevaluedLoan) => Cause {
  const last = new Map<string, number>();
  events.forEach((event, at) => last.set(keyOf(event), at));
  return (loan) => {
    const at = Math.max(...keysOf(loan).map((key) => last.get(key) ?? -1));
    const event = events[at >= 0 ? at : events.length - 1]!;
    return { eventId: event.id, type: event.type, occurredAt: event.occurredAt };
  };
}
