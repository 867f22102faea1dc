/**
 * Issue 18 item 4: a provider's measured outcome reads an SME's evidence "as of the delivery date"
 * and "90 days later". Stock and order activity were always read for the window's days; this test
 * holds the standing facts to the same rule — chain membership, declared suppliers, API keys, the
 * INVENTORY consent to the leader, on-time deliveries and receivables are read as they stood at
 * the end of the window's last business day, not as they are today. On a clock the test moves:
 * day 1 the supplier joins; day 2 it connects a key, shares its stock, declares a supplier,
 * delivers an order and has its receivable confirmed; day 3 it revokes the key and the consent and
 * its leader suspends it. The read as of each day shows that day; the read as of today from the
 * recorded dates equals the read from the kept totals.
 */
import {
  businessCalendar,
  evidenceWindow,
  type BusinessDate,
  type EvidenceFacts,
} from '@chainlift/domain';
import { assessmentReads, reader } from '@chainlift/gateway';
import { settableClock } from '@chainlift/platform';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { confirmReceivables, deliveredOrder, registerReceivable } from '../support/finance';
import { startTestApi, type TestApi } from '../support/platform';

jest.setTimeout(180_000);

/** Beijing wall-clock time → the instant (UTC+8). */
const beijing = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);

const DAY_1 = '2027-05-10';
const DAY_2 = '2027-05-20';
const DAY_3 = '2027-05-30';

const clock = settableClock(beijing(DAY_1));
let api: TestApi;
let w: ChainWorld;

/** The facts of t1a as of `day`, read by a gateway whose today is `today`. */
async function factsOf(day: BusinessDate, today: BusinessDate): Promise<EvidenceFacts> {
  const reads = assessmentReads(
    reader(api.driver),
    businessCalendar(settableClock(beijing(today)), 'Asia/Shanghai'),
  );
  return (await reads.evidenceFacts([w.t1a.companyId], evidenceWindow(day))).get(w.t1a.companyId)!;
}

const standing = (f: EvidenceFacts) => ({
  chainMember: f.chainMember,
  declaredSuppliers: f.declaredSuppliers,
  activeApiKeys: f.activeApiKeys,
  sharesInventoryWithLeader: f.sharesInventoryWithLeader,
  deliveredOrders: f.deliveredOrders,
  onTimeDeliveries: f.onTimeDeliveries,
  receivablesRegistered: f.receivablesRegistered,
  receivablesConfirmed: f.receivablesConfirmed,
});

beforeAll(async () => {
  api = await startTestApi({ calendar: businessCalendar(clock, 'Asia/Shanghai') });
  w = await buildChainWorld(api);

  clock.set(beijing(DAY_2));
  const { createApiKey } = await w.t1a.data<{ createApiKey: { apiKey: { id: string } } }>(
    'mutation { createApiKey(name: "ERP") { apiKey { id } } }',
  );
  const { grantConsent } = await w.t1a.data<{ grantConsent: { id: string } }>(
    'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }',
    { g: w.leader.companyId },
  );
  await w.t1a.data(
    'mutation ($s: ID!) { declareSupplier(supplierId: $s, products: ["铜线"]) { status } }',
    { s: w.t3.companyId },
  );
  const orderId = await deliveredOrder(w.leader, w.t1a, '5000.00');
  const receivable = await registerReceivable(w.t1a, orderId, '2027-07-20');
  await confirmReceivables(w.leader, [receivable.id]);

  clock.set(beijing(DAY_3));
  await w.t1a.data('mutation ($k: ID!) { revokeApiKey(id: $k) { id } }', {
    k: createApiKey.apiKey.id,
  });
  await w.t1a.data('mutation ($c: ID!) { revokeConsent(consentId: $c) { id } }', {
    c: grantConsent.id,
  });
  await w.leader.data(
    'mutation ($ch: ID!, $c: ID!) { changeMemberStatus(chainId: $ch, companyId: $c, move: SUSPEND) { status } }',
    { ch: w.chainId, c: w.t1a.companyId },
  );
}, 180_000);

afterAll(() => api?.close());

const NOTHING_YET = {
  chainMember: false,
  declaredSuppliers: 0,
  activeApiKeys: 0,
  sharesInventoryWithLeader: false,
  deliveredOrders: 0,
  onTimeDeliveries: 0,
  receivablesRegistered: 0,
  receivablesConfirmed: 0,
};

describe('evidence as of a past date (standing facts as they stood that day)', () => {
  it('the day before it joined: nothing', async () => {
    expect(standing(await factsOf('2027-05-09', DAY_3))).toEqual(NOTHING_YET);
  });

  it('the day it joined: a member with the supplier its invitation linked, nothing else yet', async () => {
    expect(standing(await factsOf(DAY_1, DAY_3))).toEqual({
      ...NOTHING_YET,
      chainMember: true,
      declaredSuppliers: 1,
    });
  });

  it('the day it connected: its key, its consent, two suppliers, one on-time delivery, one confirmed receivable', async () => {
    expect(standing(await factsOf(DAY_2, DAY_3))).toEqual({
      chainMember: true,
      declaredSuppliers: 2,
      activeApiKeys: 1,
      sharesInventoryWithLeader: true,
      deliveredOrders: 1,
      onTimeDeliveries: 1,
      receivablesRegistered: 1,
      receivablesConfirmed: 1,
    });
  });

  it('the day it revoked and was suspended: the recorded dates give what the kept totals give', async () => {
    const now = await factsOf(DAY_3, DAY_3);
    const fromDates = await factsOf(DAY_3, '2027-05-31');
    expect(standing(now)).toEqual({
      chainMember: false,
      declaredSuppliers: 2,
      activeApiKeys: 0,
      sharesInventoryWithLeader: false,
      deliveredOrders: 1,
      onTimeDeliveries: 1,
      receivablesRegistered: 1,
      receivablesConfirmed: 1,
    });
    expect(fromDates).toEqual(now);
  });
});
