/**
 * InventoryLoanActedOn: a party moves the loan along its state machine (`transitionLoan`). The
 * operator confirms the goods only when its own warehouse receipt covers every pledged quantity;
 * the bank approves only a principal within collateral value × pledge rate.
 */
import type { Decider } from '../shared/decider';
import { fail, ok } from '../shared/errors';
import {
  checkPrincipal,
  collateralValue,
  loanStatusAfter,
  transitionLoan,
  type LoanAction,
} from './inventory-loan';
import { collateralOf, loanOf, type InventoryLoans } from './loan-facts';

export interface InventoryLoanActedOn {
  loanId: string;
  borrowerId: string;
  action: LoanAction;
  actorCompanyId: string;
  on: string;
}

export const actOnInventoryLoan: Decider<InventoryLoans, InventoryLoanActedOn> = {
  decide(loans, command) {
    const found = loanOf(loans, command);
    if (!found.ok) return found;
    const loan = found.value;
    const next = transitionLoan(loan, command.action, command.actorCompanyId);
    if (!next.ok) return next;
    if (command.action === 'confirmGoods') {
      // The operator confirms what its receipt says it holds for the borrower: every pledged quantity.
      const short = loan.items.find((i) => (loan.held[i.sku] ?? 0) < i.quantity);
      if (short)
        return fail(
          'CONFLICT',
          `the warehouse receipt shows ${loan.held[short.sku] ?? 0} of ${short.sku} held for the borrower, less than the ${short.quantity} pledged; issue a warehouse receipt first`,
          'loanId',
        );
    }
    if (command.action === 'approve') {
      const { items, held, prices } = collateralOf(loan);
      const value = collateralValue(items, held, prices);
      if (!value.ok) return value;
      const principal = checkPrincipal(loan.principalFen, value.value, loan.terms.pledgeRateBp);
      if (!principal.ok) return principal;
    }
    return ok(command);
  },
  evolve(loans, command) {
    loans.get(command.loanId)!.status = loanStatusAfter(command.action);
    return loans;
  },
};
