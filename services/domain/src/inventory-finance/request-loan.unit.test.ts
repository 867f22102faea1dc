import { specFor } from '../shared/decider-spec';
import { requestInventoryLoan, type InventoryLoanRequested } from './request-loan';

const kinds = () =>
  new Map([
    ['sme', 'SME'],
    ['bank', 'BANK'],
    ['wh', 'WAREHOUSE_OPERATOR'],
    ['other-bank', 'BANK'],
  ]);
const given = (loanIds: string[] = []) =>
  specFor(requestInventoryLoan).given({ kinds: kinds(), loanIds: new Set(loanIds) });
const request: InventoryLoanRequested = {
  loanId: 'loan-1',
  borrowerId: 'sme',
  bankId: 'bank',
  operatorId: 'wh',
  warehouse: 'WH-NB',
  items: [{ sku: 'CU', quantity: 100, unitCostFen: 70_000_00 }],
  principalFen: 4_900_000_00,
  currency: 'CNY',
  terms: { pledgeRateBp: 7000, controlLineFen: 0, marginCallLtvBp: 7800, liquidationLtvBp: 8500 },
  on: '2026-01-05',
};

describe('InventoryLoanRequested', () => {
  it('accepts a trading company borrowing from a bank against goods an operator holds', () =>
    given().when(request).then(request));
  it('refuses a loan id already in use, also earlier in the same run (CONFLICT)', () => {
    given(['loan-1'])
      .when(request)
      .thenFails('CONFLICT', /already in use/);
    given()
      .when(request, request)
      .thenFails('CONFLICT', /already in use/);
  });
  it('refuses a lender that is not a bank (BAD_USER_INPUT on bankId)', () =>
    given()
      .when({ ...request, bankId: 'wh' })
      .thenFails('BAD_USER_INPUT', /must be a bank/, 'bankId'));
  it('refuses goods not held by a warehouse operator (BAD_USER_INPUT on operatorId)', () =>
    given()
      .when({ ...request, operatorId: 'other-bank' })
      .thenFails('BAD_USER_INPUT', /warehouse operator/, 'operatorId'));
  it('refuses a borrower that does not exist (NOT_FOUND)', () =>
    given()
      .when({ ...request, borrowerId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/));
  it('refuses a borrower that is not a trading company (FORBIDDEN)', () =>
    given()
      .when({ ...request, borrowerId: 'other-bank' })
      .thenFails('FORBIDDEN', /chain leaders and suppliers/));
  it('refuses goods whose cost overflows exact valuation (finding 4), as a coded refusal', () =>
    given()
      .when({
        ...request,
        items: [{ sku: 'CU', quantity: 1_000_000, unitCostFen: 100_000_000_00 }],
      })
      .thenFails('BAD_USER_INPUT', /cost more than/, 'items'));
  it('refuses thresholds that do not rise (BAD_USER_INPUT)', () =>
    given()
      .when({ ...request, terms: { ...request.terms, marginCallLtvBp: 6000 } })
      .thenFails('BAD_USER_INPUT', /thresholds must rise/, 'marginCallLtv'));
});
