/**
 * Release requests (放货申请) on the real servers: the borrower asks for pledged goods, the bank
 * approves only what keeps the loan under the margin-call line (the releases already approved
 * counted), the warehouse operator executes — the pledge shrinks and the loan is revalued — and
 * every step belongs to one party. Bad input and illegal moves change nothing.
 */
import { randomUUID } from 'node:crypto';
import { calendarOf, loadConfig, TOPIC } from '@chainlift/platform';
import { codeOf, startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let sme: Account;
let bank: Account;
let operator: Account;
let otherBank: Account;
let loanId: string;

const SKU = `CU-R-${Date.now()}`;
const REQUEST = `id status sku quantity reason decisionReason requestedAt decidedAt releasedAt
  collateralValueAfter { amount } ltvAfter levelAfter
  loan { id collateralValue { amount } ltv level goods { sku quantity inStock } }`;

interface RequestView {
  id: string;
  status: string;
  sku: string;
  quantity: number;
  reason: string;
  decisionReason: string | null;
  decidedAt: string | null;
  releasedAt: string | null;
  collateralValueAfter: { amount: string } | null;
  ltvAfter: string | null;
  levelAfter: string | null;
  loan: {
    id: string;
    collateralValue: { amount: string };
    ltv: string | null;
    level: string;
    goods: { sku: string; quantity: number; inStock: number }[];
  };
}

const ask = (who: Account, quantity: number, reason = '发货：订单 PO-7781', sku = SKU) =>
  who.gql<{ requestRelease: RequestView }>(
    `mutation ($i: ReleaseRequestInput!) { requestRelease(input: $i) { ${REQUEST} } }`,
    { i: { loanId, sku, quantity, reason } },
  );
const act = (who: Account, id: string, action: string, reason?: string) =>
  who.gql<{ actOnReleaseRequest: RequestView }>(
    `mutation ($id: ID!, $a: ReleaseRequestAction!, $r: String) { actOnReleaseRequest(id: $id, action: $a, reason: $r) { ${REQUEST} } }`,
    { id, a: action, r: reason ?? null },
  );
const execute = (who: Account, id: string) =>
  who.gql<{ executeRelease: RequestView }>(
    `mutation ($id: ID!) { executeRelease(id: $id) { ${REQUEST} } }`,
    { id },
  );
const list = async (who: Account, filter: { loanId?: string; status?: string } = {}) =>
  (
    await who.data<{ releaseRequests: RequestView[] }>(
      `query ($l: ID, $s: ReleaseRequestStatus) { releaseRequests(loanId: $l, status: $s) { ${REQUEST} } }`,
      { l: filter.loanId ?? null, s: filter.status ?? null },
    )
  ).releaseRequests;
const pledged = async () =>
  (
    await bank.data<{ inventoryLoan: RequestView['loan'] }>(
      `query ($id: ID!) { inventoryLoan(id: $id) { id collateralValue { amount } ltv level goods { sku quantity inStock } } }`,
      { id: loanId },
    )
  ).inventoryLoan;

beforeAll(async () => {
  api = await startTestApi();
  sme = await api.user(await api.company('SME', '宁波铜材'), 'ADMIN');
  bank = await api.user(await api.company('BANK', '甬江银行'), 'ADMIN');
  otherBank = await api.user(await api.company('BANK', '四明银行'), 'ADMIN');
  operator = await api.user(await api.company('WAREHOUSE_OPERATOR', '四明仓储'), 'ADMIN');
  // 120 t of copper held for the SME per the operator's warehouse receipt (collateral comes from
  // receipts, never the borrower's own stock report), 100 t pledged at a cost of ¥70,000/t (market
  // ¥72,000: valued at cost): 7,000,000.00 against a principal of 4,200,000.00 → LTV 60 %; margin call at 78 %.
  await operator.data(
    'mutation ($i: WarehouseReceiptInput!) { issueWarehouseReceipt(input: $i) { id } }',
    { i: { holderId: sme.companyId, warehouse: 'WH-NB', sku: SKU, quantity: 120 } },
  );
  await bank.data('mutation ($s: String!) { reportPrice(sku: $s, price: "72000.00") }', { s: SKU });
  const { requestInventoryLoan } = await sme.data<{ requestInventoryLoan: { id: string } }>(
    'mutation ($i: InventoryLoanInput!) { requestInventoryLoan(input: $i) { id } }',
    {
      i: {
        bankId: bank.companyId,
        operatorId: operator.companyId,
        warehouse: 'WH-NB',
        goods: [{ sku: SKU, quantity: 100, unitCost: '70000.00' }],
        principal: '4200000.00',
        controlLine: '5000000.00',
      },
    },
  );
  loanId = requestInventoryLoan.id;
  const loanAct = (who: Account, action: string) =>
    who.data(
      'mutation ($id: ID!, $a: InventoryLoanAction!) { actOnInventoryLoan(id: $id, action: $a) { status } }',
      { id: loanId, a: action },
    );
  await loanAct(operator, 'CONFIRM_GOODS');
  await loanAct(bank, 'APPROVE');
}, 120_000);
afterAll(() => api.close());

it('only the borrower asks, for a pledged product it has; bad input changes nothing', async () => {
  for (const who of [bank, operator, otherBank])
    expect(codeOf(await ask(who, 1))).toBe('FORBIDDEN');
  const refused = [
    await ask(sme, 0),
    await ask(sme, 101), // more than is under pledge (checked by the projector)
    await ask(sme, 1, '   '),
    await ask(sme, 1, '发货', 'NOT-PLEDGED'),
  ];
  expect(refused.map(codeOf)).toEqual([
    'BAD_USER_INPUT',
    'BAD_USER_INPUT',
    'BAD_USER_INPUT',
    'BAD_USER_INPUT',
  ]);
  expect(refused.map((r) => r.errors?.[0]?.extensions?.field)).toEqual([
    'quantity',
    'quantity',
    'reason',
    'sku',
  ]);
  expect(await list(sme)).toEqual([]);
});

it('borrower requests → bank approves → operator executes: the pledge shrinks and the loan is revalued; wrong parties FORBIDDEN, a second execute CONFLICT', async () => {
  const asked = await ask(sme, 10);
  expect(codeOf(asked)).toBe('OK');
  // The bank sees what the release would do: 90 × 70,000 = 6,300,000.00, LTV 66.67 %.
  expect(asked.data!.requestRelease).toMatchObject({
    status: 'REQUESTED',
    quantity: 10,
    reason: '发货：订单 PO-7781',
    collateralValueAfter: { amount: '6300000.00' },
    ltvAfter: '66.67',
    levelAfter: 'NONE',
    loan: { ltv: '60.00', goods: [{ sku: SKU, quantity: 100, inStock: 120 }] },
  });
  const id = asked.data!.requestRelease.id;

  // Each party sees it; a stranger bank does not.
  for (const who of [sme, bank, operator]) expect((await list(who)).map((r) => r.id)).toEqual([id]);
  expect(await list(otherBank)).toEqual([]);
  expect(
    codeOf(
      await otherBank.gql('query ($l: ID) { releaseRequests(loanId: $l) { id } }', { l: loanId }),
    ),
  ).toBe('FORBIDDEN');

  // Only the bank decides; only the operator executes, and only once approved.
  expect(codeOf(await act(sme, id, 'APPROVE'))).toBe('FORBIDDEN');
  expect(codeOf(await act(operator, id, 'APPROVE'))).toBe('FORBIDDEN');
  expect(codeOf(await act(otherBank, id, 'APPROVE'))).toBe('FORBIDDEN');
  expect(codeOf(await execute(bank, id))).toBe('FORBIDDEN');
  expect(codeOf(await execute(sme, id))).toBe('FORBIDDEN');
  expect(codeOf(await execute(operator, id))).toBe('CONFLICT');

  const approved = (await act(bank, id, 'APPROVE')).data!.actOnReleaseRequest;
  expect(approved).toMatchObject({ status: 'APPROVED', ltvAfter: '66.67' });
  expect(approved.decidedAt).not.toBeNull();
  expect((await list(operator, { status: 'APPROVED' })).map((r) => r.id)).toEqual([id]);

  const released = (await execute(operator, id)).data!.executeRelease;
  expect(released).toMatchObject({
    status: 'RELEASED',
    collateralValueAfter: null,
    ltvAfter: null,
    // The loan revalued in the same transaction: 90 t pledged, 6,300,000.00, LTV 66.67 %.
    loan: {
      collateralValue: { amount: '6300000.00' },
      ltv: '66.67',
      level: 'NONE',
      goods: [{ sku: SKU, quantity: 90, inStock: 120 }],
    },
  });
  expect(released.releasedAt).not.toBeNull();

  // Executing twice is refused and releases nothing more.
  const again = await execute(operator, id);
  expect(codeOf(again)).toBe('CONFLICT');
  expect(again.errors?.[0]?.message).toMatch(/RELEASED release request cannot execute/);
  expect((await pledged()).goods[0]!.quantity).toBe(90);
  const [{ releases }] = (await api.cypher(
    'MATCH (:InventoryLoan {id: $id})-[:PLEDGES]->()-[:RELEASED]->(r:Release {requestId: $r}) RETURN count(r) AS releases',
    { id: loanId, r: id },
  )) as [{ releases: number }];
  expect(Number(releases)).toBe(1);
});

it('refuses at approval a release that would push the LTV past the margin-call line, the releases already approved counted', async () => {
  const first = (await ask(sme, 5, '部分还款后放货')).data!.requestRelease;
  const second = (await ask(sme, 9, '发货：订单 PO-7790')).data!.requestRelease;
  // Alone, 9 t would leave 81 t: 5,670,000.00 → LTV 74.07 %.
  expect(second).toMatchObject({ ltvAfter: '74.07', levelAfter: 'NONE' });
  expect((await act(bank, first.id, 'APPROVE')).data!.actOnReleaseRequest.status).toBe('APPROVED');
  // With the 5 t approved, 76 t would be left: 5,320,000.00 → LTV 78.95 % ≥ 78 %.
  const [shown] = (await list(bank, { status: 'REQUESTED' })).filter((r) => r.id === second.id);
  expect(shown).toMatchObject({
    collateralValueAfter: { amount: '5320000.00' },
    ltvAfter: '78.95',
    levelAfter: 'MARGIN_CALL',
  });
  const refused = await act(bank, second.id, 'APPROVE');
  expect(codeOf(refused)).toBe('CONFLICT');
  expect(refused.errors?.[0]?.extensions?.field).toBe('quantity');
  expect(refused.errors?.[0]?.message).toMatch(
    /MARGIN_CALL: collateral 5,320,000.00 元, LTV 78.95%/,
  );
  // Nothing changed: still REQUESTED; the bank rejects it, with a reason.
  expect((await list(sme, { status: 'REQUESTED' })).map((r) => r.id)).toEqual([second.id]);
  expect(codeOf(await act(bank, second.id, 'REJECT'))).toBe('BAD_USER_INPUT');
  expect(
    (await act(bank, second.id, 'REJECT', '补充还款后再申请')).data!.actOnReleaseRequest,
  ).toMatchObject({ status: 'REJECTED', decisionReason: '补充还款后再申请', ltvAfter: null });
  expect(codeOf(await act(bank, second.id, 'APPROVE'))).toBe('CONFLICT');

  // The borrower cancels the approved one: the operator can no longer execute it.
  expect(codeOf(await act(bank, first.id, 'CANCEL'))).toBe('FORBIDDEN');
  expect((await act(sme, first.id, 'CANCEL', '订单取消')).data!.actOnReleaseRequest).toMatchObject({
    status: 'CANCELLED',
    decisionReason: '订单取消',
  });
  expect(codeOf(await execute(operator, first.id))).toBe('CONFLICT');
  expect(codeOf(await act(sme, first.id, 'CANCEL'))).toBe('CONFLICT');
  expect((await pledged()).goods[0]!.quantity).toBe(90);

  // A fresh request cancelled while REQUESTED; the loan's own field lists every request.
  const third = (await ask(sme, 1)).data!.requestRelease;
  expect((await act(sme, third.id, 'CANCEL')).data!.actOnReleaseRequest.status).toBe('CANCELLED');
  const { inventoryLoan } = await operator.data<{
    inventoryLoan: { releaseRequests: { status: string }[] };
  }>('query ($id: ID!) { inventoryLoan(id: $id) { releaseRequests { status } } }', { id: loanId });
  expect(inventoryLoan.releaseRequests.map((r) => r.status)).toEqual([
    'CANCELLED',
    'REJECTED',
    'CANCELLED',
    'RELEASED',
  ]);
});

it('applies a redelivered execution once (idempotent per event id)', async () => {
  const asked = (await ask(sme, 2)).data!.requestRelease;
  await act(bank, asked.id, 'APPROVE');
  const event = {
    id: randomUUID(),
    type: 'ReleaseRequestActedOn',
    version: 1,
    occurredAt: new Date().toISOString(),
    actor: { via: 'system' },
    payload: {
      requestId: asked.id,
      loanId,
      borrowerId: sme.companyId,
      action: 'execute',
      actorCompanyId: operator.companyId,
      on: calendarOf(loadConfig()).today(),
    },
  };
  const message = { key: sme.companyId, value: JSON.stringify(event) };
  await api.bus.publish(TOPIC.inventory, [message]);
  await api.bus.publish(TOPIC.inventory, [message]);
  // A later event on the same key proves the redelivery was consumed first.
  const marker = { ...event, id: randomUUID() };
  await api.bus.publish(TOPIC.inventory, [{ key: sme.companyId, value: JSON.stringify(marker) }]);
  const status = (eventId: string) =>
    waitFor(async () => {
      const rows = await api.cypher('MATCH (e:Event {id: $eventId}) RETURN e.status AS status', {
        eventId,
      });
      return rows[0]?.status as string | undefined;
    });
  expect(await status(event.id)).toBe('APPLIED');
  expect(await status(marker.id)).toBe('REJECTED');
  expect((await pledged()).goods[0]!.quantity).toBe(88);
  const [{ n }] = (await api.cypher('MATCH (e:Event {id: $id}) RETURN count(e) AS n', {
    id: event.id,
  })) as [{ n: number }];
  expect(Number(n)).toBe(1);
});
