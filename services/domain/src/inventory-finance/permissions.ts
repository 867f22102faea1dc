/**
 * Who may take part in inventory financing, and which party may take which step. Each predicate is
 * asked twice with the same answer: by the gateway's authorization module before an event is
 * published, and by the decider when the event is applied (events also arrive from other producers).
 */
import { fail, ok, type Result } from '../shared/errors';

/** Borrowers are trading companies: chain leaders and their suppliers pledge the goods they own. */
export const mayBorrowAgainstInventory = (kind: string | undefined): Result<true> =>
  kind === 'CHAIN_LEADER' || kind === 'SME'
    ? ok(true)
    : fail('FORBIDDEN', `inventory financing is for chain leaders and suppliers, not ${kind}`);

/** Only a bank lends. */
export const mayLendAgainstInventory = (kind: string | undefined): Result<true> =>
  kind === 'BANK'
    ? ok(true)
    : fail('BAD_USER_INPUT', 'the lender must be a bank on the platform', 'bankId');

/** Only a third-party warehouse operator (监管方) holds pledged goods and issues warehouse receipts. */
export const mayHoldPledgedGoods = (
  kind: string | undefined,
  field = 'operatorId',
): Result<true> =>
  kind === 'WAREHOUSE_OPERATOR'
    ? ok(true)
    : field === 'operatorId'
      ? fail(
          'BAD_USER_INPUT',
          'the goods must be held by a third-party warehouse operator (监管方) on the platform',
          'operatorId',
        )
      : fail('FORBIDDEN', 'warehouse receipts come from warehouse operators (监管方) only', field);

/** Market prices come from banks (each values its own loans with them) and the platform operator. */
export const mayReportPrices = (kind: string | undefined): Result<true> =>
  kind === 'BANK' || kind === 'PLATFORM_OPERATOR'
    ? ok(true)
    : fail('FORBIDDEN', 'market prices come from banks and the platform operator', 'reporterId');

export interface InventoryLoanParties {
  borrowerId: string;
  bankId: string;
  operatorId: string;
}

/** Every party of a loan sees it (and its release requests); nobody else. */
export const maySeeInventoryLoan = (loan: InventoryLoanParties, companyId: string): Result<true> =>
  [loan.borrowerId, loan.bankId, loan.operatorId].includes(companyId)
    ? ok(true)
    : fail(
        'FORBIDDEN',
        'only the borrower, the bank and the warehouse operator can see an inventory loan',
      );

/**
 * Who releases pledged goods directly: the bank (any quantity) or the warehouse operator (only
 * while the loan stays safe, see `checkRelease`). The answer says which of the two is acting.
 */
export function releaserOf(
  loan: InventoryLoanParties,
  companyId: string,
): Result<'BANK' | 'OPERATOR'> {
  if (companyId === loan.bankId) return ok('BANK');
  if (companyId === loan.operatorId) return ok('OPERATOR');
  return fail(
    'FORBIDDEN',
    'only the bank or the warehouse operator releases pledged goods',
    'loanId',
  );
}
