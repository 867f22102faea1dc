/**
 * Live collateral: after any event that moves what the operator holds, the lender's prices or a
 * loan, the active inventory loans it touches are revalued in the same transaction, and an Alert is
 * raised when a loan enters a worse risk level — so the alert exists the moment its cause is projected.
 */
import {
  collateralValue,
  raisesAlert,
  valuate,
  type AlertLevel,
  type LoanTerms,
  type PledgedItem,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { rows } from './rows';

/**
 * For a loan `l` and one of its pledged goods `g`: `held`, what the loan's warehouse operator's
 * receipt says it holds for the borrower (never the borrower's own stock report), and `price`, the
 * lending bank's own latest market price (another bank's price never values this loan).
 */
export const COLLATERAL_FACTS = `
  OPTIONAL MATCH (held:WarehouseReceipt {id: l.operatorId + '/' + l.borrowerId + '/' + l.warehouse + '/' + g.sku})
  OPTIONAL MATCH (price:Price {reporterId: l.bankId, sku: g.sku, currency: l.currency})`;

export interface RevaluationScope {
  borrowerIds?: string[];
  /** Loans of this lender pledging these products (a lender's price moves only its own loans). */
  prices?: { bankId: string; sku: string }[];
  loanIds?: string[];
}

interface LoanRow extends LoanTerms {
  id: string;
  borrowerId: string;
  bankId: string;
  principalFen: number;
  level: AlertLevel | null;
  items: (PledgedItem & { held: number | null; priceFen: number | null })[];
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
  bankId: string;
  skus: string[];
}

export async function revaluateLoans(
  tx: ManagedTransaction,
  scope: RevaluationScope,
  causeOfLoan: (loan: RevaluedLoan) => Cause,
): Promise<void> {
  if (!scope.borrowerIds?.length && !scope.prices?.length && !scope.loanIds?.length) return;
  const loans = await rows<LoanRow>(
    tx,
    `MATCH (l:InventoryLoan {status: 'ACTIVE'})
     WHERE l.borrowerId IN $borrowerIds OR l.id IN $loanIds
        OR EXISTS { MATCH (l)-[:PLEDGES]->(g:PledgedGoods) WHERE any(p IN $prices WHERE p.bankId = l.bankId AND p.sku = g.sku) }
     CALL (l) {
       MATCH (l)-[:PLEDGES]->(g:PledgedGoods)
       ${COLLATERAL_FACTS}
       RETURN collect({ sku: g.sku, quantity: g.quantity, unitCostFen: g.unitCostFen, held: held.quantity, priceFen: price.priceFen }) AS items
     }
     RETURN l.id AS id, l.borrowerId AS borrowerId, l.bankId AS bankId, l.principalFen AS principalFen, l.level AS level,
            l.pledgeRateBp AS pledgeRateBp, l.controlLineFen AS controlLineFen, l.marginCallLtvBp AS marginCallLtvBp,
            l.liquidationLtvBp AS liquidationLtvBp, items`,
    {
      borrowerIds: scope.borrowerIds ?? [],
      loanIds: scope.loanIds ?? [],
      prices: scope.prices ?? [],
    },
  );
  const updates = loans.flatMap((loan) => {
    const held = new Map(loan.items.map((i) => [i.sku, i.held ?? 0]));
    const prices = new Map(
      loan.items.filter((i) => i.priceFen !== null).map((i) => [i.sku, i.priceFen!]),
    );
    // Accepted loans never value beyond the exact range (their cost is bounded at request); a loan
    // from before that bound keeps its last valuation rather than stop the projection.
    const value = collateralValue(loan.items, held, prices);
    if (!value.ok) return [];
    const valuation = valuate(loan.principalFen, value.value, loan);
    const cause = causeOfLoan({
      id: loan.id,
      borrowerId: loan.borrowerId,
      bankId: loan.bankId,
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
  if (updates.length === 0) return;
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
 * which of the events' keys concern the loan: its borrower, its lender's SKUs, or its id.
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

/**
 * A run cut into consecutive waves in which no key repeats: each wave's events can be written and
 * valued together, and a key's second event waits for the next wave. A run with distinct keys (the
 * usual live batch) is one wave.
 */
export function wavesOf<E>(events: readonly E[], keyOf: (event: E) => string): E[][] {
  const waves: E[][] = [];
  let wave: E[] = [];
  let keys = new Set<string>();
  for (const event of events) {
    const key = keyOf(event);
    if (keys.has(key)) {
      waves.push(wave);
      wave = [];
      keys = new Set();
    }
    wave.push(event);
    keys.add(key);
  }
  if (wave.length > 0) waves.push(wave);
  return waves;
}
