/**
 * Issue 17 item 5: `alerts(first: 1)` gave the oldest alert while the schema says newest first.
 * Alerts projected in one transaction (one batch of the projector, a catch-up, a rebuild) share
 * their projection time, and the read ordered by that alone. Two price falls of the lending bank,
 * one second apart, reach the projector in one send on one partition: the later one's alert comes first.
 */
import { randomUUID } from 'node:crypto';
import { Partitioners, type PartitionMetadata } from 'kafkajs';
import { TOPIC } from '@chainlift/platform';
import { activeLoan } from '../support/inventory-loans';
import { startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let sme: Account;
let bank: Account;
let operator: Account;

beforeAll(async () => {
  api = await startTestApi();
  sme = await api.user(await api.company('SME', '告警顺序铜材'), 'ADMIN');
  bank = await api.user(await api.company('BANK', '告警顺序银行'), 'ADMIN');
  operator = await api.user(await api.company('WAREHOUSE_OPERATOR', '告警顺序仓储'), 'ADMIN');
}, 120_000);

afterAll(() => api?.close());

/** Two SKUs the prices topic keys onto one partition, so one consumer batch carries both events. */
function skusOnOnePartition(): [string, string] {
  const partitioner = Partitioners.DefaultPartitioner();
  const partitionMetadata: PartitionMetadata[] = Array.from({ length: 6 }, (_, partitionId) => ({
    partitionId,
    leader: 0,
    partitionErrorCode: 0,
    replicas: [0],
    isr: [0],
  }));
  const partitionOf = (key: string) =>
    partitioner({ topic: TOPIC.prices, partitionMetadata, message: { key, value: null } });
  const stamp = Date.now().toString(36);
  const first = `AL-${stamp}-0`;
  for (let i = 1; ; i++) {
    const other = `AL-${stamp}-${i}`;
    if (partitionOf(other) === partitionOf(first)) return [first, other];
  }
}

it('alerts(first: 1) is the newest alert, also when two were projected together', async () => {
  const [older, newer] = skusOnOnePartition();
  const loans: Record<string, string> = {};
  for (const sku of [older, newer]) {
    const loan = await activeLoan(
      { borrower: sme, bank, operator },
      { warehouse: 'WH-AL', sku, quantity: 100, unitCost: '100.00', principal: '7000.00' },
    );
    loans[sku] = loan.id;
  }
  const now = Date.now();
  const priceFall = (sku: string, at: number) => {
    const occurredAt = new Date(at).toISOString();
    return {
      key: sku,
      value: JSON.stringify({
        id: randomUUID(),
        type: 'PriceReported',
        version: 1,
        occurredAt,
        actor: { via: 'system' },
        payload: {
          sku,
          priceFen: 8000,
          currency: 'CNY',
          reporterId: bank.companyId,
          reportedAt: occurredAt,
        },
      }),
    };
  };
  await api.bus.publish(TOPIC.prices, [priceFall(older, now - 1000), priceFall(newer, now)]);

  type Alerts = { alerts: { loan: { id: string }; raisedAt: string }[] };
  const all = await waitFor(async () => {
    const { alerts } = await bank.data<Alerts>('{ alerts { loan { id } raisedAt } }');
    return alerts.length === 2 ? alerts : undefined;
  });
  expect(all.map((a) => a.loan.id)).toEqual([loans[newer], loans[older]]);
  const { alerts } = await bank.data<Alerts>('{ alerts(first: 1) { loan { id } raisedAt } }');
  expect(alerts).toEqual([all[0]]);
  expect(Date.parse(alerts[0]!.raisedAt)).toBe(now);
  // The borrower's view orders the same way.
  const mine = await sme.data<Alerts>('{ alerts(first: 1) { loan { id } raisedAt } }');
  expect(mine.alerts.map((a) => a.loan.id)).toEqual([loans[newer]]);
});
