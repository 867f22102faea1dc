import { specFor } from '../shared/decider-spec';
import { loanFacts } from './loan-facts.fixture';
import type { InventoryLoanFacts } from './loan-facts';
import { releaseGoods, type GoodsReleased } from './release-goods';

const given = (loan: InventoryLoanFacts) => specFor(releaseGoods).given(new Map([[loan.id, loan]]));
const release = (actorCompanyId: string, quantity: number, sku = 'CU'): GoodsReleased => ({
  loanId: 'loan-1',
  borrowerId: 'sme',
  sku,
  quantity,
  actorCompanyId,
  on: '2026-01-05',
});

describe('GoodsReleased', () => {
  it('the operator lets goods go while the loan stays safe (90 × 70,000: LTV 77.78 %)', () =>
    given(loanFacts('ACTIVE')).when(release('wh', 10)).then(release('wh', 10)));
  it('the bank releases any quantity', () =>
    given(loanFacts('ACTIVE')).when(release('bank', 100)).thenAccepts());
  it('a run sees its own releases: 10 pass, 5 more cross the margin-call line (FORBIDDEN)', () =>
    given(loanFacts('ACTIVE'))
      .when(release('wh', 10), release('wh', 5))
      .thenFails('FORBIDDEN', /MARGIN_CALL/, 'quantity'));
  it('refuses an unknown loan (NOT_FOUND)', () =>
    given(loanFacts('ACTIVE'))
      .when({ ...release('wh', 1), loanId: 'ghost' })
      .thenFails('NOT_FOUND'));
  it('refuses the borrower or a stranger (FORBIDDEN)', () =>
    given(loanFacts('ACTIVE'))
      .when(release('sme', 1))
      .thenFails('FORBIDDEN', /only the bank or the warehouse operator/));
  it('refuses a loan that is not ACTIVE (CONFLICT)', () =>
    given(loanFacts('REPAID'))
      .when(release('bank', 1))
      .thenFails('CONFLICT', /REPAID/));
  it('refuses a quantity that is not positive, a product not pledged, more than is pledged (BAD_USER_INPUT)', () => {
    given(loanFacts('ACTIVE'))
      .when(release('bank', 0))
      .thenFails('BAD_USER_INPUT', /positive/);
    given(loanFacts('ACTIVE'))
      .when(release('bank', 1, 'AL'))
      .thenFails('BAD_USER_INPUT', /not pledged/, 'sku');
    given(loanFacts('ACTIVE'))
      .when(release('bank', 101))
      .thenFails('BAD_USER_INPUT', /only 100 of CU/, 'quantity');
  });
});
