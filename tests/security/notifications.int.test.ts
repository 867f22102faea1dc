/**
 * The inbox across tenants: one company cannot list, count, mark read or subscribe to another's
 * notifications, and a colleague's read marks are not the user's own. Through the real gateway,
 * graphql-ws, Kafka, the projector and Neo4j.
 */
import { subscriptions, type Received, type Subscriptions } from '../support/live';
import { startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let live: Subscriptions;
let buyer: Account;
let supplier: Account;
let colleague: Account;
let stranger: Account;
beforeAll(async () => {
  api = await startTestApi();
  live = subscriptions(api);
  buyer = await api.user(await api.company('CHAIN_LEADER', '收件测试链主'), 'ADMIN');
  const supplierId = await api.company('SME', '收件测试供应商');
  supplier = await api.user(supplierId, 'ADMIN');
  colleague = await api.user(supplierId, 'VIEWER');
  stranger = await api.user(await api.company('SME', '收件测试局外'), 'ADMIN');
  await buyer.data(
    'mutation ($s: ID!) { declareSupplier(supplierId: $s, products: ["M"]) { status } }',
    { s: supplier.companyId },
  );
  await supplier.data('mutation ($b: ID!) { confirmSupplyLink(buyerId: $b) { status } }', {
    b: buyer.companyId,
  });
}, 120_000);
afterAll(async () => {
  await live.close();
  await api.close();
});

const ITEM = 'subscription { notificationAdded { id kind subjectId } }';
const list = async (who: Account) =>
  (
    await who.data<{ notifications: { id: string; read: boolean }[] }>(
      '{ notifications(first: 200) { id read } }',
    )
  ).notifications;

it('another company neither lists, counts, marks read nor receives live the supplier’s items', async () => {
  const mine = live.subscribe(supplier, ITEM);
  const theirs = live.subscribe(stranger, ITEM);
  await new Promise((r) => setTimeout(r, 800));
  const strangerCount = (
    await stranger.data<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')
  ).unreadNotificationCount;
  const { placeOrder } = await buyer.data<{ placeOrder: { id: string } }>(
    `mutation ($s: ID!) { placeOrder(input: { number: "SEC-N-${Date.now()}", supplierId: $s, promisedDate: "2099-01-01",
       lines: [{ sku: "M", quantity: 1, unitPrice: "1.00" }] }) { id } }`,
    { s: supplier.companyId },
  );
  const item = await waitFor(async () =>
    mine.data
      .map((d) => (d as { notificationAdded: { id: string; subjectId: string } }).notificationAdded)
      .find((n) => n.subjectId === placeOrder.id),
  );
  await new Promise((r) => setTimeout(r, 1500));
  const seen = (r: Received) => JSON.stringify(r.data);
  expect(seen(theirs)).not.toContain(placeOrder.id);
  expect((await list(stranger)).map((n) => n.id)).not.toContain(item.id);
  expect(
    (await stranger.data<{ unreadNotificationCount: number }>('{ unreadNotificationCount }'))
      .unreadNotificationCount,
  ).toBe(strangerCount);

  // Marking the supplier's item read from another company changes nothing for the supplier.
  await stranger.data('mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
    ids: [item.id],
  });
  await stranger.data('mutation { markNotificationsRead(all: true) }');
  expect((await list(supplier)).find((n) => n.id === item.id)?.read).toBe(false);
  const marks = await api.cypher(
    'MATCH (u:User)-[:READ]->(n:Notification {id: $id}) RETURN u.id AS id',
    { id: item.id },
  );
  expect(marks).toEqual([]);

  // A colleague's read mark is the colleague's own.
  await colleague.data('mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
    ids: [item.id],
  });
  expect((await list(colleague)).find((n) => n.id === item.id)?.read).toBe(true);
  expect((await list(supplier)).find((n) => n.id === item.id)?.read).toBe(false);
});

it('read marks and preferences cannot be written through /ingest (not ingestible)', async () => {
  const { routeOf } = await import('@chainlift/platform');
  expect(routeOf('NotificationsRead').ingestible).toBe(false);
  expect(routeOf('NotificationPreferencesSet').ingestible).toBe(false);
  expect(routeOf('TaskFellDue').ingestible).toBe(false);
});
