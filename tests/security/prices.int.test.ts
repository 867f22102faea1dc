/**
 * Finding 8: market prices were global per SKU, so any bank's `reportPrice` revalued every other
 * bank's inventory loans — a bank could push a competitor's borrowers into LIQUIDATION. Now a loan
 * is valued only from the prices its own lender reports. Through the real gateway, Kafka, projector
 * and Neo4j.
 */
import { activeLoan, loanView } from '../support/inventory-loans';
import { codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let borrower: Account;
let bankA: Account;
let bankB: Account;
let operator: Account;

beforeAll(async () => {
  api = await startTestApi();
  borrower = await api.user(await api.company('SME', '价格测试铜材'), 'ADMIN');
  bankA = await api.user(await api.company('BANK', '甲银行'), 'ADMIN');
  bankB = await api.user(await api.company('BANK', '乙银行'), 'ADMIN');
  operator = await api.user(await api.company('WAREHOUSE_OPERATOR', '价格测试仓储'), 'ADMIN');
}, 120_000);
afterAll(() => api.close());

const report = (bank: Account, sku: string, price: string) =>
  bank.gql<{ reportPrice: boolean }>(
    'mutation ($s: String!, $p: Decimal!) { reportPrice(sku: $s, price: $p) }',
    { s: sku, p: price },
  );

const alertsOf = async (who: Account, loanId: string) =>
  (
    await who.data<{ alerts: { level: string; loan: { id: string } }[] }>(
      '{ alerts(first: 500) { level loan { id } } }',
    )
  ).alerts.filter((a) => a.loan.id === loanId);

describe('finding 8: a bank’s price values only its own loans', () => {
  it("bank B's reportPrice does not revalue bank A's loan nor push it to LIQUIDATION; bank A's own price does", async () => {
    const sku = `PX-${Date.now()}`;
    expect(codeOf(await report(bankA, sku, '100.00'))).toBe('OK');
    // 100 × 100.00 = 10,000.00 against 7,000.00: LTV 70 %, no alert.
    const loan = await activeLoan(
      { borrower, bank: bankA, operator },
      { warehouse: 'WH-PX', sku, quantity: 100, unitCost: '100.00', principal: '7000.00' },
    );
    expect(loan).toMatchObject({ status: 'ACTIVE', ltv: '70.00', level: 'NONE' });

    // The attack: bank B (no part in this loan) reports a crash price for the same product.
    // Reporting prices is its right; the price is applied (for bank B's own loans) ...
    const attack = await report(bankB, sku, '1.00');
    expect(codeOf(attack)).toBe('OK');
    expect(attack.data!.reportPrice).toBe(true);
    // ... and bank A's loan is valued exactly as before: its lender's price, no alert.
    const after = await loanView(bankA, loan.id);
    expect(after).toMatchObject({
      collateralValue: { amount: '10000.00' },
      ltv: '70.00',
      level: 'NONE',
      goods: [{ sku, marketPrice: { amount: '100.00' } }],
    });
    expect(await alertsOf(bankA, loan.id)).toEqual([]);
    expect(await alertsOf(borrower, loan.id)).toEqual([]);

    // The same crash reported by the loan's own lender does move it (the test can see a revaluation):
    // 100 × 60.00 = 6,000.00 against 7,000.00 → LTV 116.67 % → 平仓.
    expect(codeOf(await report(bankA, sku, '60.00'))).toBe('OK');
    expect(await loanView(bankA, loan.id)).toMatchObject({
      collateralValue: { amount: '6000.00' },
      ltv: '116.67',
      level: 'LIQUIDATION',
      goods: [{ sku, marketPrice: { amount: '60.00' } }],
    });
    expect((await alertsOf(bankA, loan.id)).map((a) => a.level)).toEqual(['LIQUIDATION']);
  });

  it("bank B's price does not value a loan bank A approves later either (approval uses the lender's prices only)", async () => {
    const sku = `PY-${Date.now()}`;
    // Bank B's crash price is on record before the loan exists; bank A has none: valued at cost.
    expect(codeOf(await report(bankB, sku, '0.01'))).toBe('OK');
    const loan = await activeLoan(
      { borrower, bank: bankA, operator },
      { warehouse: 'WH-PY', sku, quantity: 10, unitCost: '100.00', principal: '700.00' },
    );
    expect(loan).toMatchObject({
      status: 'ACTIVE',
      collateralValue: { amount: '1000.00' },
      ltv: '70.00',
      level: 'NONE',
      goods: [{ sku, marketPrice: null }],
    });
  });
});
