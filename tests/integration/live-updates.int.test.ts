/** Subscriptions over graphql-ws: pushed after projection, only to those who may see them. */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  inDays,
  registerReceivable,
} from '../support/finance';
import { subscriptions, type Received, type Subscriptions } from '../support/live';
import { startTestApi, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let live: Subscriptions;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  live = subscriptions(api);
}, 120_000);
afterAll(async () => {
  await live.close();
  await api.close();
});

const subscribe: Subscriptions['subscribe'] = (...args) => live.subscribe(...args);

const settle = () => new Promise((r) => setTimeout(r, 1500));

it('pushes an order’s status changes to its buyer and supplier, and to nobody else', async () => {
  const query = 'subscription { orderChanged { id number status } }';
  const buyer = subscribe(w.leader, query);
  const supplier = subscribe(w.t1a, query);
  const stranger = subscribe(w.outsider, query);
  await settle();
  const { placeOrder } = await w.leader.data<{ placeOrder: { id: string } }>(
    `mutation ($s: ID!) { placeOrder(input: { number: "LIVE-${Date.now()}", supplierId: $s, promisedDate: "2099-01-01",
       lines: [{ sku: "M", quantity: 1, unitPrice: "1.00" }] }) { id } }`,
    { s: w.t1a.companyId },
  );
  const statuses = (r: Received) =>
    r.data
      .map((d) => (d as { orderChanged: { id: string; status: string } }).orderChanged)
      .filter((o) => o.id === placeOrder.id)
      .map((o) => o.status);
  // A push is the order as read when it is sent: each party has the placement before the confirmation.
  await waitFor(async () =>
    statuses(buyer).length >= 1 && statuses(supplier).length >= 1 ? true : undefined,
  );
  await w.t1a.data('mutation ($o: ID!) { actOnOrder(orderId: $o, action: CONFIRM) { status } }', {
    o: placeOrder.id,
  });
  await waitFor(async () =>
    statuses(buyer).length >= 2 && statuses(supplier).length >= 2 ? true : undefined,
  );
  expect(statuses(buyer)).toEqual(['PLACED', 'CONFIRMED']);
  expect(statuses(supplier)).toEqual(['PLACED', 'CONFIRMED']);
  await settle();
  expect(stranger.data).toEqual([]);
});

it('pushes a supplier’s stock to the leader only while it consents, ending with FORBIDDEN on revoke', async () => {
  const query = 'subscription ($c: ID!) { stockChanged(companyId: $c) { sku quantity } }';
  const early = subscribe(w.leader, query, { c: w.t2.companyId });
  await waitFor(async () => (early.errors.length ? true : undefined));
  expect(early.errors[0]!.extensions?.code).toBe('FORBIDDEN');

  // The leader buys H-9 from t2 (an order t2 confirmed), so that is what it may see.
  const { placeOrder } = await w.leader.data<{ placeOrder: { id: string } }>(
    `mutation ($s: ID!) { placeOrder(input: { number: "LIVE-H9-${Date.now()}", supplierId: $s, promisedDate: "2099-01-01",
       lines: [{ sku: "H-9", quantity: 1, unitPrice: "1.00" }] }) { id } }`,
    { s: w.t2.companyId },
  );
  await w.t2.data('mutation ($o: ID!) { actOnOrder(orderId: $o, action: CONFIRM) { status } }', {
    o: placeOrder.id,
  });
  const { grantConsent } = await w.t2.data<{ grantConsent: { id: string } }>(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }',
    {
      g: w.leader.companyId,
    },
  );
  const live = subscribe(w.leader, query, { c: w.t2.companyId });
  await settle();
  await w.t2.data(
    'mutation { reportStock(positions: [{ sku: "H-9", quantity: 12 }, { sku: "PRIVATE", quantity: 5 }]) { status } }',
  );
  await waitFor(async () => (live.data.length ? true : undefined));
  expect(live.data[0]).toEqual({ stockChanged: [{ sku: 'H-9', quantity: 12 }] });

  await w.t2.data('mutation ($id: ID!) { revokeConsent(consentId: $id) { status } }', {
    id: grantConsent.id,
  });
  await w.t2.data('mutation { reportStock(positions: [{ sku: "H-9", quantity: 13 }]) { status } }');
  await waitFor(async () => (live.errors.length ? true : undefined));
  expect(live.errors[0]!.extensions?.code).toBe('FORBIDDEN');
  expect(live.data).toHaveLength(1);
});

it('pushes receivable changes to the holder, the debtor and the part’s new holder, and to nobody else', async () => {
  const query = 'subscription { receivableChanged { id status holder { id } } }';
  const holder = subscribe(w.t1a, query);
  const debtor = subscribe(w.leader, query);
  const downstream = subscribe(w.t2, query);
  const stranger = subscribe(w.outsider, query);
  await settle();
  const r = await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '2000.00'));
  // A push is the receivable as read when sent: both have the registration before it is confirmed.
  await waitFor(async () =>
    holder.data.length >= 1 && debtor.data.length >= 1 ? true : undefined,
  );
  await confirmReceivables(w.leader, [r.id]);
  await waitFor(async () =>
    holder.data.length >= 2 && debtor.data.length >= 2 ? true : undefined,
  );
  expect(holder.data.slice(0, 2)).toEqual([
    { receivableChanged: { id: r.id, status: 'REGISTERED', holder: { id: w.t1a.companyId } } },
    { receivableChanged: { id: r.id, status: 'CONFIRMED', holder: { id: w.t1a.companyId } } },
  ]);
  // t2 sees nothing until a part reaches it.
  expect(downstream.data).toEqual([]);
  await w.t1a.data(
    'mutation ($id: ID!, $to: ID!) { transferReceivable(id: $id, toCompanyId: $to) { id } }',
    {
      id: r.id,
      to: w.t2.companyId,
    },
  );
  await waitFor(async () => (downstream.data.length ? true : undefined));
  expect(downstream.data[0]).toEqual({
    receivableChanged: { id: r.id, status: 'CONFIRMED', holder: { id: w.t2.companyId } },
  });
  await settle();
  expect(stranger.data).toEqual([]);
});

it('pushes a pledge’s status to the applicant, the bank and the debtor, and to nobody else', async () => {
  const bank = await api.user(await api.company('BANK', '推送银行'), 'ADMIN');
  const product = await defineProduct(bank);
  const r = await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '30000.00'));
  await confirmReceivables(w.leader, [r.id]);
  const query = 'subscription { pledgeChanged { id status bank { id } receivable { id } } }';
  const applicant = subscribe(w.t1a, query);
  const lender = subscribe(bank, query);
  const debtor = subscribe(w.leader, query);
  const stranger = subscribe(w.outsider, query);
  const otherMember = subscribe(w.t2, query);
  await settle();
  const { applyForFinancing } = await w.t1a.data<{ applyForFinancing: { id: string } }>(
    'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
    { r: r.id, p: product, e: inDays(90) },
  );
  const statuses = (x: Received) =>
    x.data
      .map((d) => (d as { pledgeChanged: { id: string; status: string } }).pledgeChanged)
      .filter((p) => p.id === applyForFinancing.id)
      .map((p) => p.status);
  // A push is the pledge as read when it is sent: each party has the request before the approval.
  await waitFor(async () =>
    [applicant, lender, debtor].every((x) => statuses(x).length >= 1) ? true : undefined,
  );
  await bank.data('mutation ($id: ID!) { actOnPledge(id: $id, action: APPROVE) { status } }', {
    id: applyForFinancing.id,
  });
  await waitFor(async () =>
    [applicant, lender, debtor].every((x) => statuses(x).length >= 2) ? true : undefined,
  );
  for (const party of [applicant, lender, debtor])
    expect(statuses(party)).toEqual(['REQUESTED', 'APPROVED']);
  expect(lender.data[0]).toEqual({
    pledgeChanged: {
      id: applyForFinancing.id,
      status: 'REQUESTED',
      bank: { id: bank.companyId },
      receivable: { id: r.id },
    },
  });
  await settle();
  expect(stranger.data).toEqual([]);
  expect(otherMember.data).toEqual([]);
  expect([...stranger.errors, ...otherMember.errors]).toEqual([]);
});
