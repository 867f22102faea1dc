import {
  INELIGIBILITY_RULES,
  checkLoanEnd,
  checkProduct,
  ineligibilities,
  offerFor,
  PRODUCT_DEFAULTS,
  registerNumberOf,
  transitionPledge,
  type FinanceProduct,
} from './pledge';
import type { ReceivableFacts } from '../receivables/receivable';

const product: FinanceProduct = {
  productId: 'p',
  bankId: 'bank',
  name: '应收账款质押贷',
  ...PRODUCT_DEFAULTS,
  blockedDebtorIds: [],
};
const TODAY = '2026-11-23';
const receivable: ReceivableFacts & { issuedOn: string; currency: string } = {
  id: 'r',
  rootId: 'r',
  status: 'CONFIRMED',
  debtorId: 'leader',
  holderId: 'sme',
  amountFen: 40_000_00,
  dueDate: '2027-02-21',
  activePledgeId: null,
  issuedOn: '2026-11-01',
  currency: 'CNY',
};
const rules = (over: Partial<typeof receivable> = {}, p = product, loanEnd = '2027-03-01') =>
  ineligibilities({
    receivable: { ...receivable, ...over },
    product: p,
    loanEndDate: loanEnd,
    today: TODAY,
  }).map((i) => i.rule);

describe('eligibility', () => {
  it('a confirmed, unencumbered, fresh receivable inside the loan is eligible', () => {
    expect(rules()).toEqual([]);
  });
  it('names every unmet rule', () => {
    expect(rules({ status: 'REGISTERED' })).toEqual(['NOT_CONFIRMED']);
    expect(rules({ dueDate: '2026-11-20' })).toEqual(['OVERDUE']);
    expect(rules({ dueDate: '2026-12-01' })).toEqual(['TOO_SHORT']); // 8 days < 15
    expect(rules({}, product, '2027-02-20')).toEqual(['MATURES_AFTER_LOAN']);
    expect(rules({ activePledgeId: 'x' })).toEqual(['ENCUMBERED']);
    expect(rules({ issuedOn: '2026-08-24' })).toEqual(['AGED']); // 91 days
    expect(rules({ issuedOn: '2026-08-25' })).toEqual([]); // exactly 90 days
    expect(rules({}, { ...product, blockedDebtorIds: ['leader'] })).toEqual(['DEBTOR_BLOCKED']);
    expect(rules({ amountFen: 9_999_99 })).toEqual(['BELOW_MINIMUM']);
    expect(rules({ amountFen: 40_000_00, currency: 'USD' })).toEqual(['CURRENCY']);
    expect(rules({ status: 'DISPUTED', activePledgeId: 'x' })).toEqual([
      'NOT_CONFIRMED',
      'ENCUMBERED',
    ]);
  });
  it('gives each unmet rule one of the published codes, in their order', () => {
    const all = rules(
      { status: 'REGISTERED', activePledgeId: 'x', issuedOn: '2026-01-01', currency: 'USD' },
      { ...product, blockedDebtorIds: ['leader'], maxAmountFen: 1 },
      '2026-12-01',
    );
    expect(all).toEqual(INELIGIBILITY_RULES.filter((r) => all.includes(r)));
    expect(all).toEqual(
      expect.arrayContaining(['ENCUMBERED', 'AGED', 'DEBTOR_BLOCKED', 'ABOVE_MAXIMUM', 'CURRENCY']),
    );
  });
});

describe('the offer', () => {
  it('advances 80 % and deducts actual/360 discount interest, rounded half-up', () => {
    // 40,000.00 × 80 % = 32,000.00; 98 days (2026-11-23 → 2027-03-01) at 4.35 %:
    // 3,200,000 fen × 0.0435 × 98 / 360 = 37,893.33… → 37,893 fen.
    expect(offerFor(40_000_00, product, TODAY, '2027-03-01')).toEqual({
      advanceFen: 32_000_00,
      interestFen: 37_893,
      netFen: 32_000_00 - 37_893,
      days: 98,
    });
  });
  it('checks the loan end and the product settings', () => {
    expect(checkLoanEnd('2026-11-23', TODAY).ok).toBe(false);
    expect(checkLoanEnd('2027-11-25', TODAY).ok).toBe(false);
  });
  it('lets a loan run one year: twelve calendar months, the same year as a receivable tenor', () => {
    // From 29 February the year ends on 28 February; 366 days would have allowed 1 March.
    expect(checkLoanEnd('2029-02-28', '2028-02-29').ok).toBe(true);
    expect(checkLoanEnd('2029-03-01', '2028-02-29').ok).toBe(false);
    // A year that spans a 29 February has 366 days, and all of them are allowed.
    expect(checkLoanEnd('2028-03-01', '2027-03-01').ok).toBe(true);
    expect(checkLoanEnd('2028-03-02', '2027-03-01').ok).toBe(false);
    // From a month end to the same month end.
    expect(checkLoanEnd('2027-08-31', '2026-08-31').ok).toBe(true);
    expect(checkLoanEnd('2027-09-01', '2026-08-31').ok).toBe(false);
    expect(checkLoanEnd('2026-08-31', '2026-08-31').ok).toBe(false);
    expect(checkLoanEnd('2026-09-01', '2026-08-31').ok).toBe(true);
    expect(checkProduct({ ...product, advanceRateBp: 9500 }).ok).toBe(false);
    expect(checkProduct({ ...product, minAmountFen: 2, maxAmountFen: 1 }).ok).toBe(false);
    expect(checkProduct(product).ok).toBe(true);
  });
});

describe('the pledge lifecycle', () => {
  const p = { id: 'pl', status: 'REQUESTED' as const, bankId: 'bank', holderId: 'sme' };
  it('moves by the right party', () => {
    expect(transitionPledge(p, 'approve', 'bank')).toEqual({ ok: true, value: 'APPROVED' });
    expect(transitionPledge(p, 'approve', 'sme').ok).toBe(false);
    expect(transitionPledge({ ...p, status: 'APPROVED' }, 'disburse', 'bank')).toEqual({
      ok: true,
      value: 'DISBURSED',
    });
    expect(transitionPledge({ ...p, status: 'DISBURSED' }, 'repay', 'bank')).toEqual({
      ok: true,
      value: 'REPAID',
    });
    expect(transitionPledge(p, 'release', 'sme')).toEqual({ ok: true, value: 'RELEASED' });
    expect(transitionPledge({ ...p, status: 'DISBURSED' }, 'release', 'sme')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(transitionPledge({ ...p, status: 'REPAID' }, 'repay', 'bank')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'a REPAID pledge cannot be repaid' },
    });
    expect(transitionPledge(p, 'disburse', 'bank')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
  it('numbers each pledge in the register', () => {
    expect(registerNumberOf('0a1b2c3d-0000-4000-8000-000000000000', '2026-11-23')).toBe(
      'ZY20261123-0A1B2C3D',
    );
  });
});
