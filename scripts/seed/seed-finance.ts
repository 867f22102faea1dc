/**
 * The finance part of the demo, through the public API: receivables in every state (a part passed
 * to tier 2 and pledged at the bank), a bank product and its pool, an inventory loan near its
 * margin-call line, and a reciprocal trade the bank's risk view detects.
 */
import { seedDay } from './dates';

type Call = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

export interface DemoParties {
  user(key: string): Promise<Call>;
  id(key: string): string;
}

const addDays = seedDay;

let orderNo = 0;

/** A leader → supplier (or any buyer → supplier) order taken to DELIVERED; returns its id. */
async function delivered(
  buyer: Call,
  supplier: Call,
  supplierId: string,
  sku: string,
  amount: string,
) {
  orderNo += 1;
  const { placeOrder } = await buyer<{ placeOrder: { id: string } }>(
    'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
    {
      input: {
        number: `PO-FIN-${String(orderNo).padStart(3, '0')}`,
        supplierId,
        promisedDate: addDays(10),
        lines: [{ sku, quantity: 1, unitPrice: amount }],
      },
    },
  );
  const act = (who: Call, a: string) =>
    who('mutation ($o: ID!, $a: OrderAction!) { actOnOrder(orderId: $o, action: $a) { status } }', {
      o: placeOrder.id,
      a,
    });
  await act(supplier, 'CONFIRM');
  await act(supplier, 'SHIP');
  await act(buyer, 'DELIVER');
  return placeOrder.id;
}

async function register(supplier: Call, orderId: string, dueDate: string, issuedOn = addDays(0)) {
  const { registerReceivable } = await supplier<{ registerReceivable: { id: string } }>(
    'mutation ($i: RegisterReceivableInput!) { registerReceivable(input: $i) { id } }',
    { i: { orderId, dueDate, issuedOn, invoiceNumber: `FP-${orderId.slice(0, 8).toUpperCase()}` } },
  );
  return registerReceivable.id;
}

export async function seedFinance(p: DemoParties, say: (line: string) => void): Promise<void> {
  const leader = await p.user('leader');
  const bank = await p.user('bank');
  const confirm = (ids: string[]) =>
    leader('mutation ($ids: [ID!]!) { confirmReceivables(ids: $ids) { id } }', { ids });

  const { defineFinanceProduct } = await bank<{ defineFinanceProduct: { id: string } }>(
    'mutation { defineFinanceProduct(input: { name: "链动e贷·应收账款质押", advanceRate: "80", annualRate: "3.85", minAmount: "10000.00" }) { id } }',
  );
  const productId = defineFinanceProduct.id;

  const receivable = async (
    key: string,
    sku: string,
    amount: string,
    due: string,
    issued?: string,
  ) => {
    const supplier = await p.user(key);
    return register(
      supplier,
      await delivered(leader, supplier, p.id(key), sku, amount),
      due,
      issued,
    );
  };

  // motor: confirmed, split, 400,000.00 passed to its tier-2 supplier copper, who pledges it at the bank.
  const motor = await p.user('motor');
  const copper = await p.user('copper');
  const root = await receivable('motor', 'MOTOR-220', '1000000.00', addDays(75));
  await confirm([root]);
  const { splitReceivable } = await motor<{ splitReceivable: { id: string }[] }>(
    'mutation ($id: ID!) { splitReceivable(id: $id, amounts: ["600000.00", "400000.00"]) { id } }',
    { id: root },
  );
  const part = splitReceivable[1]!.id;
  await motor(
    'mutation ($id: ID!, $to: ID!) { transferReceivable(id: $id, toCompanyId: $to) { id } }',
    {
      id: part,
      to: p.id('copper'),
    },
  );
  const { applyForFinancing } = await copper<{ applyForFinancing: { id: string } }>(
    'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
    { r: part, p: productId, e: addDays(90) },
  );
  for (const action of ['APPROVE', 'DISBURSE'])
    await bank(
      'mutation ($id: ID!, $a: PledgeAction!) { actOnPledge(id: $id, action: $a) { id } }',
      {
        id: applyForFinancing.id,
        a: action,
      },
    );

  // Every other state, one supplier each.
  await receivable('molding', 'SHELL-A1', '86500.00', addDays(60)); // REGISTERED: awaiting 确权
  const disputed = await receivable('sheet', 'FRAME-S3', '43210.00', addDays(45));
  await leader(
    'mutation ($id: ID!) { disputeReceivable(id: $id, reason: "到货数量与发票不符") { id } }',
    {
      id: disputed,
    },
  );
  const overdue = await receivable('control', 'CTRL-B2', '125000.00', addDays(-10), addDays(-100));
  const settled = await receivable('compressor', 'VALVE-C7', '64000.00', addDays(30));
  const pooled = await receivable('packaging', 'BOX-P1', '230000.00', addDays(200)); // tenor over six months: flagged
  await confirm([overdue, settled, pooled]);
  await leader('mutation ($id: ID!) { settleReceivable(id: $id) { receivable { id } } }', {
    id: settled,
  });
  await (
    await p.user('packaging')
  )('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: RECEIVABLES) { id } }', {
    g: p.id('bank'),
  });
  say(
    'demo: receivables in every state; a 400,000.00 part passed to tier 2 and pledged at the bank (disbursed)',
  );

  // Inventory loan on copper wire at the third-party warehouse, close to its margin-call line. The
  // collateral is what the warehouse operator's receipt (仓单) states it holds for copper, never
  // copper's own stock report: the operator issues it before it can confirm the goods.
  const warehouse = await p.user('warehouse');
  await warehouse(
    'mutation ($i: WarehouseReceiptInput!) { issueWarehouseReceipt(input: $i) { id } }',
    { i: { holderId: p.id('copper'), warehouse: 'NB-01', sku: 'CU-WIRE-1', quantity: 520 } },
  );
  await bank('mutation { reportPrice(sku: "CU-WIRE-1", price: "80.00") }');
  const { requestInventoryLoan } = await copper<{ requestInventoryLoan: { id: string } }>(
    `mutation ($i: InventoryLoanInput!) { requestInventoryLoan(input: $i) { id } }`,
    {
      i: {
        bankId: p.id('bank'),
        operatorId: p.id('warehouse'),
        warehouse: 'NB-01',
        goods: [{ sku: 'CU-WIRE-1', quantity: 520, unitCost: '80.00' }],
        principal: '28000.00',
        controlLine: '30000.00',
      },
    },
  );
  const loanAct = (who: Call, action: string) =>
    who(
      'mutation ($id: ID!, $a: InventoryLoanAction!) { actOnInventoryLoan(id: $id, action: $a) { id } }',
      {
        id: requestInventoryLoan.id,
        a: action,
      },
    );
  await loanAct(warehouse, 'CONFIRM_GOODS');
  await loanAct(bank, 'APPROVE');
  // Release requests (申请放货): 20 rolls let go for an order (500 left under pledge), and 2 more
  // approved, waiting for the warehouse to let them go.
  const requestRelease = async (quantity: number, reason: string) =>
    (
      await copper<{ requestRelease: { id: string } }>(
        'mutation ($i: ReleaseRequestInput!) { requestRelease(input: $i) { id } }',
        { i: { loanId: requestInventoryLoan.id, sku: 'CU-WIRE-1', quantity, reason } },
      )
    ).requestRelease.id;
  const approveRelease = (id: string) =>
    bank('mutation ($id: ID!) { actOnReleaseRequest(id: $id, action: APPROVE) { id } }', { id });
  const shipped = await requestRelease(20, '发运订单 PO-DEMO-CU-01');
  await approveRelease(shipped);
  await warehouse('mutation ($id: ID!) { executeRelease(id: $id) { id } }', { id: shipped });
  await approveRelease(await requestRelease(2, '样品送检'));
  // The copper price slips: 500 × 72.50 = 36,250.00 against 28,000.00 → LTV 77.24 %, margin call at 78 %.
  await bank('mutation { reportPrice(sku: "CU-WIRE-1", price: "72.50") }');
  // One more request after the slip: releasing 30 rolls would cross the margin-call line, so the
  // bank's screen shows it with approval disabled and the reason.
  await requestRelease(30, '客户追加订单，申请提货');
  say(
    'demo: inventory loan on copper wire at LTV 77.24 % (margin call at 78 %); release requests released, approved and one the bank cannot approve',
  );

  // Reciprocal trade: copper also buys from motor, which buys from copper — the bank's risk view flags it.
  await copper(
    'mutation ($s: ID!) { declareSupplier(supplierId: $s, products: ["MOTOR-220"]) { status } }',
    {
      s: p.id('motor'),
    },
  );
  // A link the buyer declares authorizes orders only once the supplier confirms it.
  await motor('mutation ($b: ID!) { confirmSupplyLink(buyerId: $b) { status } }', {
    b: p.id('copper'),
  });
  await delivered(copper, motor, p.id('motor'), 'MOTOR-220', '52000.00');
  say('demo: a reciprocal trade between motor and copper for the bank to find');
}
