import {
  checkPrincipal,
  checkRelease,
  checkTerms,
  checkLoanRequest,
  collateralValue,
  MAX_PLEDGED_COST_FEN,
  raisesAlert,
  transitionLoan,
  valuate,
  type LoanTerms,
} from './inventory-loan';

const terms: LoanTerms = {
  pledgeRateBp: 7000,
  controlLineFen: 800_000_00,
  marginCallLtvBp: 7800,
  liquidationLtvBp: 8500,
};
const items = [
  { sku: 'CU', quantity: 100, unitCostFen: 70_000_00 }, // 100 t copper at ¥70,000/t cost
  { sku: 'AL', quantity: 50, unitCostFen: 20_000_00 },
];

describe('collateral value', () => {
  it('takes the lower of market price and cost, and no more than the operator holds', () => {
    const held = new Map([
      ['CU', 120],
      ['AL', 30],
    ]);
    // CU: min(100, 120) × min(72,000, 70,000) = 7,000,000.00; AL: 30 × min(18,000, 20,000) = 540,000.00
    expect(
      collateralValue(
        items,
        held,
        new Map([
          ['CU', 72_000_00],
          ['AL', 18_000_00],
        ]),
      ),
    ).toEqual({ ok: true, value: 7_540_000_00 });
    // No market price yet: valued at cost.
    expect(collateralValue(items, held, new Map())).toEqual({
      ok: true,
      value: 7_000_000_00 + 600_000_00,
    });
    expect(collateralValue(items, new Map(), new Map())).toEqual({ ok: true, value: 0 });
  });
  it('refuses (never throws) a value beyond the exact integer range', () => {
    const huge = [{ sku: 'CU', quantity: 1_000_000, unitCostFen: 100_000_000_00 }];
    expect(collateralValue(huge, new Map([['CU', 1_000_000]]), new Map())).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'goods' },
    });
  });
});

describe('a loan request', () => {
  it('refuses goods costing more than the platform values exactly (finding 4: 1,000,000 × 100,000,000.00)', () => {
    const huge = [{ sku: 'CU', quantity: 1_000_000, unitCostFen: 100_000_000_00 }];
    expect(checkLoanRequest(huge, 1_00)).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'items', message: /cost more than/ },
    });
  });
  it('accepts goods costing exactly the most one loan may pledge', () => {
    const most = [{ sku: 'CU', quantity: 10, unitCostFen: MAX_PLEDGED_COST_FEN / 10 }];
    expect(checkLoanRequest(most, 1_00)).toEqual({ ok: true, value: true });
  });
});

describe('risk levels', () => {
  const principal = 4_900_000_00; // 70 % of 7,000,000.00
  it('follow the loan-to-value and the control line', () => {
    expect(valuate(principal, 7_000_000_00, terms)).toEqual({
      valueFen: 7_000_000_00,
      ltvBp: 7000,
      level: 'NONE',
    });
    // A 10 % fall: 6,300,000.00 → LTV 77.78 % — just under the margin call.
    expect(valuate(principal, 6_300_000_00, terms).level).toBe('NONE');
    // 6,280,000.00 → LTV 78.03 % ≥ 78 %: 补仓.
    expect(valuate(principal, 6_280_000_00, terms)).toEqual({
      valueFen: 6_280_000_00,
      ltvBp: 7803,
      level: 'MARGIN_CALL',
    });
    expect(valuate(principal, 5_764_705_89, terms).level).toBe('LIQUIDATION'); // 85.00 %
    expect(valuate(principal, 0, terms)).toEqual({
      valueFen: 0,
      ltvBp: null,
      level: 'LIQUIDATION',
    });
    expect(valuate(100_00, 700_000_00, terms).level).toBe('BELOW_CONTROL_LINE');
  });
  it('raise an alert only on entering a worse level', () => {
    expect(raisesAlert('NONE', 'MARGIN_CALL')).toBe(true);
    expect(raisesAlert('MARGIN_CALL', 'MARGIN_CALL')).toBe(false);
    expect(raisesAlert('LIQUIDATION', 'MARGIN_CALL')).toBe(false);
  });
});

describe('origination and movement of goods', () => {
  it('caps the principal at value × pledge rate and checks the thresholds rise', () => {
    expect(checkPrincipal(4_900_000_00, 7_000_000_00, 7000).ok).toBe(true);
    expect(checkPrincipal(4_900_000_01, 7_000_000_00, 7000).ok).toBe(false);
    expect(checkTerms({ ...terms, marginCallLtvBp: 6000 }).ok).toBe(false);
    expect(checkTerms(terms).ok).toBe(true);
  });
  it('lets the operator release goods only while the value stays safe; the bank always', () => {
    expect(checkRelease('OPERATOR', 4_900_000_00, 6_500_000_00, terms).ok).toBe(true);
    expect(checkRelease('OPERATOR', 4_900_000_00, 6_200_000_00, terms)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(checkRelease('BANK', 4_900_000_00, 1, terms).ok).toBe(true);
  });
  it('moves by the right party', () => {
    const loan = {
      status: 'REQUESTED' as const,
      borrowerId: 'sme',
      bankId: 'bank',
      operatorId: 'wh',
    };
    expect(transitionLoan(loan, 'confirmGoods', 'wh')).toEqual({
      ok: true,
      value: 'GOODS_CONFIRMED',
    });
    expect(transitionLoan(loan, 'confirmGoods', 'bank')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(transitionLoan(loan, 'approve', 'bank')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(transitionLoan({ ...loan, status: 'ACTIVE' }, 'repay', 'bank')).toEqual({
      ok: true,
      value: 'REPAID',
    });
    expect(transitionLoan({ ...loan, status: 'ACTIVE' }, 'withdraw', 'sme')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
