/**
 * Finding 4 (the edge): an inventory loan of 1,000,000 units at a unit cost of 100000000.00 was
 * accepted, and at approval `collateralValueFen` threw a RangeError that stalled the projector
 * (the stall itself: projector-stall.int.test.ts). Now amounts that could overflow are refused at
 * the edge as BAD_USER_INPUT and nothing is published; the largest loan accepted values exactly.
 * Through the real gateway, Kafka, projector and Neo4j.
 */
import { TOPIC } from '@chainlift/platform';
import { actOnLoan, issueReceipt, requestLoan } from '../support/inventory-loans';
import { codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let borrower: Account;
let bank: Account;
let operator: Account;

beforeAll(async () => {
  api = await startTestApi();
  borrower = await api.user(await api.company('SME', '超额贷款测试'), 'ADMIN');
  bank = await api.user(await api.company('BANK', '超额测试银行'), 'ADMIN');
  operator = await api.user(await api.company('WAREHOUSE_OPERATOR', '超额测试仓储'), 'ADMIN');
}, 120_000);
afterAll(() => api.close());

const loanOf = (sku: string, quantity: number, principal: string) =>
  requestLoan(borrower, {
    bankId: bank.companyId,
    operatorId: operator.companyId,
    warehouse: 'WH-BIG',
    goods: [{ sku, quantity, unitCost: '100000000.00' }],
    principal,
  });

describe('finding 4: loan amounts that could overflow are refused at the edge', () => {
  it('refuses 1,000,000 units at unit cost 100000000.00 with BAD_USER_INPUT, publishing nothing', async () => {
    const sku = `BIG-${Date.now()}`;
    const before = await api.bus.endOffset(TOPIC.inventory);
    const refused = await loanOf(sku, 1_000_000, '1000.00');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions?.field).toBe('items');
    expect(refused.errors![0]!.message).toMatch(/cost more than/);
    expect(refused.data?.requestInventoryLoan ?? null).toBeNull();
    // Nothing left the gateway: no event on the inventory topic, no loan.
    expect(await api.bus.endOffset(TOPIC.inventory)).toBe(before);
    const { inventoryLoans } = await borrower.data<{ inventoryLoans: { id: string }[] }>(
      '{ inventoryLoans { id } }',
    );
    expect(inventoryLoans).toEqual([]);
  });

  it('the largest pledge accepted (cost 10,000,000,000,000.00) is confirmed, approved and valued exactly', async () => {
    const sku = `MAX-${Date.now()}`;
    expect(
      codeOf(
        await issueReceipt(operator, {
          holderId: borrower.companyId,
          warehouse: 'WH-BIG',
          sku,
          quantity: 100_000,
        }),
      ),
    ).toBe('OK');
    // 100,000 × 100,000,000.00 = 10,000,000,000,000.00: the bound itself.
    const requested = await loanOf(sku, 100_000, '100000000000.00');
    expect(codeOf(requested)).toBe('OK');
    const id = requested.data!.requestInventoryLoan.id;
    expect(codeOf(await actOnLoan(operator, id, 'CONFIRM_GOODS'))).toBe('OK');
    const approved = await actOnLoan(bank, id, 'APPROVE');
    expect(codeOf(approved)).toBe('OK');
    expect(approved.data!.actOnInventoryLoan).toMatchObject({
      status: 'ACTIVE',
      collateralValue: { amount: '10000000000000.00' },
      ltv: '1.00',
      level: 'NONE',
    });
  });
});
