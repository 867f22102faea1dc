/**
 * Finding 9: inventory collateral was valued from the stock the borrower reports about itself
 * (through the API or its own API key on /ingest), and the warehouse operator's confirmation
 * checked that same number. Now pledged goods are what the loan's warehouse operator states it
 * holds for the borrower (a warehouse receipt the operator records); the borrower's own stock
 * reports never raise collateral. Through the real gateway, /ingest, Kafka, projector and Neo4j.
 */
import { randomUUID } from 'node:crypto';
import {
  actOnLoan,
  issueReceipt,
  loanView,
  requestLoan,
  type LoanView,
} from '../support/inventory-loans';
import { codeOf, startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let borrower: Account;
let bank: Account;
let operator: Account;
let otherOperator: Account;
let apiKey: string;

beforeAll(async () => {
  api = await startTestApi();
  borrower = await api.user(await api.company('SME', '自报库存铜材'), 'ADMIN');
  bank = await api.user(await api.company('BANK', '押品测试银行'), 'ADMIN');
  operator = await api.user(await api.company('WAREHOUSE_OPERATOR', '押品监管仓储'), 'ADMIN');
  otherOperator = await api.user(await api.company('WAREHOUSE_OPERATOR', '别家仓储'), 'ADMIN');
  apiKey = (
    await borrower.data<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(name: "WMS") { key } }',
    )
  ).createApiKey.key;
}, 120_000);
afterAll(() => api.close());

const WAREHOUSE = 'WH-COL';

/** The borrower reports its own stock through the API ... */
const reportOwnStock = (sku: string, quantity: number) =>
  borrower.data('mutation ($p: [StockInput!]!) { reportStock(positions: $p) { status } }', {
    p: [{ sku, productName: '电解铜', warehouse: WAREHOUSE, quantity }],
  });

/** ... and through its own API key on /ingest; resolves once the report is projected. */
async function ingestOwnStock(sku: string, quantity: number) {
  const response = await fetch(api.url.replace(/\/graphql$/, '/ingest'), {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify([
      {
        id: randomUUID(),
        type: 'StockReported',
        payload: {
          companyId: borrower.companyId,
          mode: 'UPDATE',
          reportedAt: new Date().toISOString(),
          positions: [{ sku, productName: '电解铜', warehouse: WAREHOUSE, quantity }],
        },
      },
    ]),
  });
  expect(response.status).toBe(202);
  await waitFor(async () => {
    const { stock } = await borrower.data<{ stock: { sku: string; quantity: number }[] }>(
      'query ($c: ID!) { stock(companyId: $c) { sku quantity } }',
      { c: borrower.companyId },
    );
    return stock.some((s) => s.sku === sku && s.quantity === quantity) ? true : undefined;
  });
}

const request = async (sku: string) =>
  (
    await requestLoan(borrower, {
      bankId: bank.companyId,
      operatorId: operator.companyId,
      warehouse: WAREHOUSE,
      goods: [{ sku, quantity: 100, unitCost: '100.00' }],
      principal: '5000.00',
    })
  ).data!.requestInventoryLoan;

const valued = (loan: LoanView) => ({
  collateralValue: loan.collateralValue.amount,
  ltv: loan.ltv,
  level: loan.level,
  inStock: loan.goods[0]!.inStock,
});

describe('finding 9: collateral is what the warehouse operator’s receipt states, never the borrower’s own report', () => {
  it("the borrower's own stock reports (API and /ingest) never raise collateral; only a warehouse receipt does", async () => {
    const sku = `COL-${Date.now()}`;
    // The borrower claims 1,000 in the warehouse, both ways.
    await reportOwnStock(sku, 1000);
    await ingestOwnStock(sku, 1000);
    const loan = await request(sku);
    expect(loan.status).toBe('REQUESTED');
    expect(loan.goods[0]!.inStock).toBe(0);

    // The operator cannot confirm goods its own receipt does not show, whatever the borrower says.
    const confirm = await actOnLoan(operator, loan.id, 'CONFIRM_GOODS');
    expect(codeOf(confirm)).toBe('CONFLICT');
    expect(confirm.errors![0]!.message).toMatch(/warehouse receipt/);
    // The borrower cannot write the receipt itself.
    expect(
      codeOf(
        await issueReceipt(borrower, {
          holderId: borrower.companyId,
          warehouse: WAREHOUSE,
          sku,
          quantity: 1000,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect((await loanView(bank, loan.id)).status).toBe('REQUESTED');

    // The operator's receipt for 100: now the goods are confirmed and the bank lends.
    // 100 × 100.00 = 10,000.00 against 5,000.00 → LTV 50 %.
    expect(
      codeOf(
        await issueReceipt(operator, {
          holderId: borrower.companyId,
          warehouse: WAREHOUSE,
          sku,
          quantity: 100,
        }),
      ),
    ).toBe('OK');
    expect(codeOf(await actOnLoan(operator, loan.id, 'CONFIRM_GOODS'))).toBe('OK');
    const active = (await actOnLoan(bank, loan.id, 'APPROVE')).data!.actOnInventoryLoan;
    expect(valued(active)).toEqual({
      collateralValue: '10000.00',
      ltv: '50.00',
      level: 'NONE',
      inStock: 100,
    });

    // Only 40 left per the operator: 4,000.00 against 5,000.00 → LTV 125 % → 平仓 ...
    await issueReceipt(operator, {
      holderId: borrower.companyId,
      warehouse: WAREHOUSE,
      sku,
      quantity: 40,
    });
    const liquidating = {
      collateralValue: '4000.00',
      ltv: '125.00',
      level: 'LIQUIDATION',
      inStock: 40,
    };
    expect(valued(await loanView(bank, loan.id))).toEqual(liquidating);
    // ... and the borrower's own claims of plenty, both ways, change nothing.
    await reportOwnStock(sku, 100_000);
    await ingestOwnStock(sku, 50_000);
    expect(valued(await loanView(bank, loan.id))).toEqual(liquidating);
  });

  it("counts only the loan's own operator's receipt, for the borrower, at the loan's warehouse", async () => {
    const sku = `COM-${Date.now()}`;
    const loan = await request(sku);
    // Another warehouse operator vouches for the goods; the loan's operator holds nothing.
    expect(
      codeOf(
        await issueReceipt(otherOperator, {
          holderId: borrower.companyId,
          warehouse: WAREHOUSE,
          sku,
          quantity: 100,
        }),
      ),
    ).toBe('OK');
    // The loan's operator holds the goods, but at another warehouse.
    await issueReceipt(operator, {
      holderId: borrower.companyId,
      warehouse: 'WH-ELSEWHERE',
      sku,
      quantity: 100,
    });
    expect(codeOf(await actOnLoan(operator, loan.id, 'CONFIRM_GOODS'))).toBe('CONFLICT');
    // An operator cannot state goods held for itself.
    expect(
      codeOf(
        await issueReceipt(operator, {
          holderId: operator.companyId,
          warehouse: WAREHOUSE,
          sku,
          quantity: 100,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect((await loanView(bank, loan.id)).goods[0]!.inStock).toBe(0);
  });
});
