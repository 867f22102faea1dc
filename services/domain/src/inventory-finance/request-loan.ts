/**
 * InventoryLoanRequested: a trading company asks a bank for a loan against goods a third-party
 * warehouse operator holds for it. The lender must be a bank, the holder a warehouse operator, the
 * goods and terms well-formed, and the goods' cost within what the platform values exactly.
 */
import type { Decider } from '../shared/decider';
import { fail, ok } from '../shared/errors';
import { checkLoanRequest, checkTerms, type LoanTerms, type PledgedItem } from './inventory-loan';
import {
  mayBorrowAgainstInventory,
  mayHoldPledgedGoods,
  mayLendAgainstInventory,
} from './permissions';

export interface InventoryLoanRequested {
  loanId: string;
  borrowerId: string;
  bankId: string;
  operatorId: string;
  warehouse: string;
  items: PledgedItem[];
  principalFen: number;
  currency: string;
  terms: LoanTerms;
  on: string;
}

export interface RequestInventoryLoanState {
  /** The kind of each company the requests name (absent: no such company). */
  kinds: Map<string, string>;
  /** Loan ids already in use. */
  loanIds: Set<string>;
}

export const requestInventoryLoan: Decider<RequestInventoryLoanState, InventoryLoanRequested> = {
  decide(state, command) {
    if (state.loanIds.has(command.loanId))
      return fail('CONFLICT', `loan id ${command.loanId} is already in use`);
    const lender = mayLendAgainstInventory(state.kinds.get(command.bankId));
    if (!lender.ok) return lender;
    const holder = mayHoldPledgedGoods(state.kinds.get(command.operatorId));
    if (!holder.ok) return holder;
    const borrowerKind = state.kinds.get(command.borrowerId);
    if (borrowerKind === undefined)
      return fail('NOT_FOUND', `company ${command.borrowerId} does not exist`);
    const borrower = mayBorrowAgainstInventory(borrowerKind);
    if (!borrower.ok) return borrower;
    const request = checkLoanRequest(command.items, command.principalFen);
    if (!request.ok) return request;
    const terms = checkTerms(command.terms);
    return terms.ok ? ok(command) : terms;
  },
  evolve(state, command) {
    state.loanIds.add(command.loanId);
    return state;
  },
};
