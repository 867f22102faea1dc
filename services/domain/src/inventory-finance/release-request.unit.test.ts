import type { LoanTerms } from './inventory-loan';
import {
  afterReleases,
  checkReleaseApproval,
  checkReleaseExecution,
  checkReleaseRequest,
  transitionRelease,
  valuationAfter,
  type Collateral,
} from './release-request';

const terms: LoanTerms = {
  pledgeRateBp: 7000,
  controlLineFen: 800_000_00,
  marginCallLtvBp: 7800,
  liquidationLtvBp: 8500,
};
// 100 t of copper pledged at a cost of ¥70,000/t, 120 t in stock, market ¥72,000/t: valued at cost,
// 100 × 70,000 = 7,000,000.00; principal 4,900,000.00 → LTV 70.00 %.
const copper: Collateral = {
  principalFen: 4_900_000_00,
  terms,
  items: [
    { sku: 'CU', quantity: 100, unitCostFen: 70_000_00 },
    { sku: 'AL', quantity: 50, unitCostFen: 20_000_00 },
  ],
  held: new Map([
    ['CU', 120],
    ['AL', 0],
  ]),
  prices: new Map([['CU', 72_000_00]]),
};

describe('release request state machine', () => {
  const parties = { borrowerId: 'sme', bankId: 'bank', operatorId: 'wh' };
  const at = (status: 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'RELEASED' | 'CANCELLED') => ({
    ...parties,
    status,
  });

  it('moves REQUESTED → APPROVED | REJECTED by the bank, APPROVED → RELEASED by the operator', () => {
    expect(transitionRelease(at('REQUESTED'), 'approve', 'bank')).toEqual({
      ok: true,
      value: 'APPROVED',
    });
    expect(transitionRelease(at('REQUESTED'), 'reject', 'bank')).toEqual({
      ok: true,
      value: 'REJECTED',
    });
    expect(transitionRelease(at('APPROVED'), 'execute', 'wh')).toEqual({
      ok: true,
      value: 'RELEASED',
    });
  });
  it('lets the borrower cancel while the request is open', () => {
    expect(transitionRelease(at('REQUESTED'), 'cancel', 'sme')).toEqual({
      ok: true,
      value: 'CANCELLED',
    });
    expect(transitionRelease(at('APPROVED'), 'cancel', 'sme')).toEqual({
      ok: true,
      value: 'CANCELLED',
    });
    expect(transitionRelease(at('RELEASED'), 'cancel', 'sme')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
  it('refuses the wrong party (FORBIDDEN) before the wrong state (CONFLICT)', () => {
    expect(transitionRelease(at('REQUESTED'), 'approve', 'sme')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'only the lending bank can approve a release request' },
    });
    expect(transitionRelease(at('REQUESTED'), 'approve', 'wh').ok).toBe(false);
    expect(transitionRelease(at('APPROVED'), 'execute', 'bank')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(transitionRelease(at('APPROVED'), 'cancel', 'bank')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // Not yet approved, executed twice, decided twice: illegal moves.
    for (const [status, action] of [
      ['REQUESTED', 'execute'],
      ['RELEASED', 'execute'],
      ['APPROVED', 'approve'],
      ['REJECTED', 'approve'],
      ['CANCELLED', 'execute'],
    ] as const)
      expect(
        transitionRelease(at(status), action, action === 'execute' ? 'wh' : 'bank'),
      ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('what may be asked for', () => {
  it('a pledged product, a positive whole quantity, no more than is pledged and not held by open requests', () => {
    expect(checkReleaseRequest(copper.items, [], { sku: 'CU', quantity: 100 }).ok).toBe(true);
    expect(checkReleaseRequest(copper.items, [], { sku: 'CU', quantity: 101 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'quantity' },
    });
    expect(checkReleaseRequest(copper.items, [], { sku: 'NI', quantity: 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'sku' },
    });
    for (const quantity of [0, -1, 1.5])
      expect(checkReleaseRequest(copper.items, [], { sku: 'CU', quantity }).ok).toBe(false);
    // 60 t already asked for: 40 t are left to ask for.
    const open = [{ sku: 'CU', quantity: 60 }];
    expect(checkReleaseRequest(copper.items, open, { sku: 'CU', quantity: 40 }).ok).toBe(true);
    expect(checkReleaseRequest(copper.items, open, { sku: 'CU', quantity: 41 })).toMatchObject({
      ok: false,
      error: { message: /only 40 of CU can be asked for/ },
    });
  });
  it('values the goods as if the releases had happened', () => {
    expect(afterReleases(copper.items, [{ sku: 'CU', quantity: 10 }])[0]!.quantity).toBe(90);
    expect(afterReleases(copper.items, [{ sku: 'AL', quantity: 80 }])[1]!.quantity).toBe(0);
    // 90 × 70,000 = 6,300,000.00; 4,900,000 / 6,300,000 = 77.777… % → 7778 bp.
    expect(valuationAfter(copper, [{ sku: 'CU', quantity: 10 }])).toEqual({
      ok: true,
      value: { valueFen: 6_300_000_00, ltvBp: 7778, level: 'NONE' },
    });
  });
});

describe('approval: the release rule on the loan after the goods leave', () => {
  it('approves 10 t (LTV 77.78 %, under the 78 % margin-call line)', () => {
    expect(checkReleaseApproval(copper, [], { sku: 'CU', quantity: 10 })).toEqual({
      ok: true,
      value: { valueFen: 6_300_000_00, ltvBp: 7778, level: 'NONE' },
    });
  });
  it('refuses 11 t: 89 × 70,000 = 6,230,000.00 → LTV 78.65 % ≥ 78 % (CONFLICT, the figures named)', () => {
    const refused = checkReleaseApproval(copper, [], { sku: 'CU', quantity: 11 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'quantity' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /MARGIN_CALL: collateral 6,230,000.00 元, LTV 78.65% \(margin call at 78.00%, control line 800,000.00 元\)/,
    );
  });
  it('counts the releases already approved: 5 t approved, 5 more pass, 6 more do not', () => {
    const approved = [{ sku: 'CU', quantity: 5 }];
    expect(checkReleaseApproval(copper, approved, { sku: 'CU', quantity: 5 }).ok).toBe(true);
    expect(checkReleaseApproval(copper, approved, { sku: 'CU', quantity: 6 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /with the releases already approved/ },
    });
  });
  it('refuses a release that leaves the value under the control line', () => {
    // Principal 100.00 against 10 units at 100,000.00: releasing 3 leaves 700,000.00 < 800,000.00.
    const small: Collateral = {
      ...copper,
      principalFen: 100_00,
      items: [{ sku: 'CU', quantity: 10, unitCostFen: 100_000_00 }],
      prices: new Map(),
    };
    expect(checkReleaseApproval(small, [], { sku: 'CU', quantity: 2 }).ok).toBe(true);
    expect(checkReleaseApproval(small, [], { sku: 'CU', quantity: 3 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /BELOW_CONTROL_LINE: collateral 700,000.00 元/ },
    });
  });
  it('values goods the operator does not hold at nothing: releasing AL changes nothing', () => {
    expect(checkReleaseApproval(copper, [], { sku: 'AL', quantity: 50 })).toEqual({
      ok: true,
      value: { valueFen: 7_000_000_00, ltvBp: 7000, level: 'NONE' },
    });
  });
});

describe('execution', () => {
  it('applies while the rule still holds for this release', () => {
    expect(checkReleaseExecution(copper, { sku: 'CU', quantity: 10 }).ok).toBe(true);
  });
  it('refuses when the price fell since approval: 90 × 69,000 = 6,210,000.00 → LTV 78.90 %', () => {
    const fallen = { ...copper, prices: new Map([['CU', 69_000_00]]) };
    expect(checkReleaseExecution(fallen, { sku: 'CU', quantity: 10 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /weakened since approval.*LTV 78.90%/ },
    });
  });
  it('refuses when fewer goods are under pledge than approved (the bank released some itself)', () => {
    const fewer = { ...copper, items: [{ sku: 'CU', quantity: 8, unitCostFen: 70_000_00 }] };
    expect(checkReleaseExecution(fewer, { sku: 'CU', quantity: 10 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /only 8 of CU are still under pledge/ },
    });
  });
});
