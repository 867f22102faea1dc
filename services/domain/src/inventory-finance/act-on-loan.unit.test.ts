import { specFor } from '../shared/decider-spec';
import { actOnInventoryLoan, type InventoryLoanActedOn } from './act-on-loan';
import type { InventoryLoanFacts } from './loan-facts';
import { loanFacts } from './loan-facts.fixture';

const given = (loan: InventoryLoanFacts) =>
  specFor(actOnInventoryLoan).given(new Map([[loan.id, loan]]));
const act = (
  action: InventoryLoanActedOn['action'],
  actorCompanyId: string,
): InventoryLoanActedOn => ({
  loanId: 'loan-1',
  borrowerId: 'sme',
  action,
  actorCompanyId,
  on: '2026-01-05',
});

describe('InventoryLoanActedOn', () => {
  it('the operator confirms goods its receipt covers', () =>
    given(loanFacts('REQUESTED')).when(act('confirmGoods', 'wh')).then(act('confirmGoods', 'wh')));
  it('the bank approves a principal within value × pledge rate (7,000,000.00 × 70 %)', () =>
    given(loanFacts('GOODS_CONFIRMED')).when(act('approve', 'bank')).thenAccepts());
  it('the bank rejects, the borrower withdraws, the bank records repayment', () => {
    given(loanFacts('REQUESTED')).when(act('reject', 'bank')).thenAccepts();
    given(loanFacts('GOODS_CONFIRMED')).when(act('withdraw', 'sme')).thenAccepts();
    given(loanFacts('ACTIVE')).when(act('repay', 'bank')).thenAccepts();
  });
  it('a run sees its own steps: confirmed, then approved', () =>
    given(loanFacts('REQUESTED'))
      .when(act('confirmGoods', 'wh'), act('approve', 'bank'))
      .thenAccepts());
  it('refuses a loan that does not exist or belongs to another borrower (NOT_FOUND)', () => {
    given(loanFacts('REQUESTED'))
      .when({ ...act('confirmGoods', 'wh'), loanId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/, 'loanId');
    given(loanFacts('REQUESTED'))
      .when({ ...act('confirmGoods', 'wh'), borrowerId: 'other' })
      .thenFails('NOT_FOUND');
  });
  it('refuses the wrong party (FORBIDDEN) and the wrong state (CONFLICT)', () => {
    given(loanFacts('REQUESTED'))
      .when(act('confirmGoods', 'bank'))
      .thenFails('FORBIDDEN', /only the warehouse operator/);
    given(loanFacts('REQUESTED'))
      .when(act('approve', 'bank'))
      .thenFails('CONFLICT', /REQUESTED/);
  });
  it('refuses confirming goods the receipt does not cover (finding 9: the borrower’s own stock never counts)', () =>
    given(loanFacts('REQUESTED', { held: { CU: 99 } }))
      .when(act('confirmGoods', 'wh'))
      .thenFails('CONFLICT', /receipt shows 99 of CU/, 'loanId'));
  it('refuses a principal above value × pledge rate at approval (BAD_USER_INPUT)', () =>
    given(loanFacts('GOODS_CONFIRMED', { principalFen: 4_900_000_01 }))
      .when(act('approve', 'bank'))
      .thenFails(
        'BAD_USER_INPUT',
        /at most 4,900,000.00 元 against goods worth 7,000,000.00 元/,
        'principal',
      ));
  it('refuses (never throws) approving goods worth beyond exact valuation (finding 4)', () =>
    given(
      loanFacts('GOODS_CONFIRMED', {
        items: [{ sku: 'CU', quantity: 1_000_000, unitCostFen: 100_000_000_00 }],
        held: { CU: 1_000_000 },
      }),
    )
      .when(act('approve', 'bank'))
      .thenFails('BAD_USER_INPUT', /values exactly/, 'goods'));
});
