/** What the rules of an inventory loan read about one loan: its parties, terms, goods and what values them. */
import { fail, ok, type Result } from '../shared/errors';
import type { LoanStatus, LoanTerms, PledgedItem } from './inventory-loan';
import type { InventoryLoanParties } from './permissions';
import type { Collateral } from './release-request';

export interface InventoryLoanFacts extends InventoryLoanParties {
  id: string;
  status: LoanStatus;
  warehouse: string;
  currency: string;
  principalFen: number;
  terms: LoanTerms;
  items: PledgedItem[];
  /** Per SKU, the quantity the loan's warehouse operator's receipt says it holds for the borrower. */
  held: Record<string, number>;
  /** Per SKU, the latest market price the lending bank itself reported. */
  prices: Record<string, number>;
}

/** The loans a run of events names, by id. */
export type InventoryLoans = Map<string, InventoryLoanFacts>;

/** The loan an event names, when it belongs to the borrower the event is keyed by. */
export function loanOf(
  loans: InventoryLoans,
  command: { loanId: string; borrowerId: string },
): Result<InventoryLoanFacts> {
  const loan = loans.get(command.loanId);
  return loan && loan.borrowerId === command.borrowerId
    ? ok(loan)
    : fail('NOT_FOUND', `loan ${command.loanId} does not exist`, 'loanId');
}

/** Goods are under pledge only while the loan is ACTIVE. */
export const activeLoan = (loan: InventoryLoanFacts): Result<InventoryLoanFacts> =>
  loan.status === 'ACTIVE'
    ? ok(loan)
    : fail(
        'CONFLICT',
        `the loan is ${loan.status}; goods are under pledge only while it is ACTIVE`,
        'loanId',
      );

/** The loan's collateral as the valuation rules take it (with other pledged quantities when given). */
export const collateralOf = (loan: InventoryLoanFacts, items = loan.items): Collateral => ({
  principalFen: loan.principalFen,
  terms: loan.terms,
  items,
  held: new Map(Object.entries(loan.held)),
  prices: new Map(Object.entries(loan.prices)),
});
