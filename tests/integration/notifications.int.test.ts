/**
 * The inbox on the real servers: each kind of item arrives live (notificationAdded) for the company
 * it needs, caused through the API; read marks and preferences are events and move the count; the
 * task-due scheduler makes TASK_DUE; e-mail reaches a real SMTP server started here, once per item
 * even with two mailers in the group, and after the server was down.
 */
import { addDays } from '@chainlift/domain';
import { startMailer, type Mailer } from '@chainlift/gateway';
import { calendarOf, createLogger, loadConfig, settableClock } from '@chainlift/platform';
import { startTaskDueScheduler } from '@chainlift/projector';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  grantReceivables,
  inDays,
  registerReceivable,
} from '../support/finance';
import { activeLoan } from '../support/inventory-loans';
import { subscriptions, type Received, type Subscriptions } from '../support/live';
import { codeOf, startTestApi, waitFor, type Account, type TestApi } from '../support/platform';
import { freePort, startSmtp, type TestSmtp } from '../support/smtp';

let api: TestApi;
let w: ChainWorld;
let live: Subscriptions;
let bank: Account;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  bank = await api.user(await api.company('BANK', '通知银行'), 'ADMIN');
  live = subscriptions(api);
}, 180_000);
afterAll(async () => {
  await live.close();
  await api.close();
});

const ITEM = 'subscription { notificationAdded { id kind subjectId link read emailStatus } }';
interface Item {
  id: string;
  kind: string;
  subjectId: string;
  link: string;
  read: boolean;
  emailStatus: string;
}
const items = (r: Received) =>
  r.data.map((d) => (d as { notificationAdded: Item }).notificationAdded);
const settle = () => new Promise((r) => setTimeout(r, 800));

/** Subscribes `who`, runs `cause`, and waits for an item of `kind` (about `subject` if given). */
async function arrives(
  who: Account,
  kind: string,
  cause: () => Promise<unknown>,
  subject?: () => string,
): Promise<Item> {
  const stream = live.subscribe(who, ITEM);
  await settle();
  await cause();
  return waitFor(
    async () =>
      items(stream).find((i) => i.kind === kind && (!subject || i.subjectId === subject())),
    20_000,
  );
}

const unread = async (who: Account) =>
  (await who.data<{ unreadNotificationCount: number }>('{ unreadNotificationCount }'))
    .unreadNotificationCount;

describe('each kind arrives live for the company it needs', () => {
  it('INVITATION_RECEIVED: a registered company invited into a chain', async () => {
    const [row] = await api.cypher('MATCH (c:Company {id: $id}) RETURN c.uscc AS uscc', {
      id: w.outsider.companyId,
    });
    const item = await arrives(w.outsider, 'INVITATION_RECEIVED', () =>
      w.leader.data(
        `mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }`,
        {
          c: w.chainId,
          s: { name: '局外企业', uscc: row!.uscc, email: 'x@test.chainlift', supplies: ['螺丝'] },
        },
      ),
    );
    expect(item).toMatchObject({ subjectId: w.chainId, link: '/invitations', read: false });
  });

  let orderId = '';
  it('ORDER_TO_CONFIRM for the supplier, ORDER_TO_RECEIVE for the buyer once shipped', async () => {
    const toConfirm = await arrives(
      w.t1a,
      'ORDER_TO_CONFIRM',
      async () => {
        orderId = (
          await w.leader.data<{ placeOrder: { id: string } }>(
            `mutation ($s: ID!) { placeOrder(input: { number: "NT-${Date.now()}", supplierId: $s, promisedDate: "2099-01-01",
               lines: [{ sku: "M", quantity: 1, unitPrice: "1.00" }] }) { id } }`,
            { s: w.t1a.companyId },
          )
        ).placeOrder.id;
      },
      () => orderId,
    );
    expect(toConfirm.link).toBe(`/orders/${orderId}`);
    const act = (a: string) =>
      w.t1a.data(
        'mutation ($o: ID!, $a: OrderAction!) { actOnOrder(orderId: $o, action: $a) { status } }',
        {
          o: orderId,
          a,
        },
      );
    await act('CONFIRM');
    await arrives(
      w.leader,
      'ORDER_TO_RECEIVE',
      () => act('SHIP'),
      () => orderId,
    );
  });

  let receivableId = '';
  it('RECEIVABLE_TO_CONFIRM for the debtor', async () => {
    const order = await deliveredOrder(w.leader, w.t1a, '20000.00');
    await arrives(
      w.leader,
      'RECEIVABLE_TO_CONFIRM',
      async () => (receivableId = (await registerReceivable(w.t1a, order)).id),
      () => receivableId,
    );
  });

  it('PLEDGE_APPLIED for the bank, PLEDGE_DECIDED for the applicant', async () => {
    await confirmReceivables(w.leader, [receivableId]);
    const product = await defineProduct(bank);
    await grantReceivables(w.t1a, bank.companyId);
    let pledgeId = '';
    await arrives(
      bank,
      'PLEDGE_APPLIED',
      async () =>
        (pledgeId = (
          await w.t1a.data<{ applyForFinancing: { id: string } }>(
            'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
            { r: receivableId, p: product, e: inDays(90) },
          )
        ).applyForFinancing.id),
      () => pledgeId,
    );
    await arrives(
      w.t1a,
      'PLEDGE_DECIDED',
      () =>
        bank.data('mutation ($p: ID!) { actOnPledge(id: $p, action: APPROVE) { id } }', {
          p: pledgeId,
        }),
      () => pledgeId,
    );
  });

  it('MARGIN_CALL and LIQUIDATION for lender and borrower', async () => {
    const operator = await api.user(await api.company('WAREHOUSE_OPERATOR', '通知仓储'), 'ADMIN');
    const sme = await api.user(await api.company('SME', '通知铜材'), 'ADMIN');
    const sku = `NT-CU-${Date.now()}`;
    const loan = await activeLoan(
      { borrower: sme, bank, operator },
      { warehouse: 'WH-NT', sku, quantity: 100, unitCost: '70000.00', principal: '4900000.00' },
    );
    const price = (p: string) =>
      bank.data('mutation ($s: String!, $p: Decimal!) { reportPrice(sku: $s, price: $p) }', {
        s: sku,
        p,
      });
    const borrowerStream = live.subscribe(sme, ITEM);
    // 100 × 60,000 = 6,000,000.00 → LTV 81.67 % ≥ 78 %: 补仓.
    await arrives(
      bank,
      'MARGIN_CALL',
      () => price('60000.00'),
      () => loan.id,
    );
    // 100 × 50,000 → LTV 98 % ≥ 85 %: 平仓.
    await arrives(
      bank,
      'LIQUIDATION',
      () => price('50000.00'),
      () => loan.id,
    );
    await waitFor(async () =>
      items(borrowerStream).filter((i) => i.subjectId === loan.id).length >= 2 ? true : undefined,
    );
    expect(items(borrowerStream).map((i) => i.kind)).toEqual(['MARGIN_CALL', 'LIQUIDATION']);
  });

  it('CONSENT_GRANTED, CONSENT_REVOKED and ASSESSMENT_SHARED for the grantee', async () => {
    let consentId = '';
    await arrives(
      w.leader,
      'CONSENT_GRANTED',
      async () =>
        (consentId = (
          await w.t2.data<{ grantConsent: { id: string } }>(
            'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }',
            { g: w.leader.companyId },
          )
        ).grantConsent.id),
      () => consentId,
    );
    await arrives(
      w.leader,
      'CONSENT_REVOKED',
      () =>
        w.t2.data('mutation ($c: ID!) { revokeConsent(consentId: $c) { id } }', { c: consentId }),
      () => consentId,
    );
    const shared = await arrives(w.leader, 'ASSESSMENT_SHARED', () =>
      w.t2.data('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }', {
        g: w.leader.companyId,
      }),
    );
    expect(shared.link).toBe(`/assessments/${w.t2.companyId}`);
  });

  it('TASK_DUE for the company and the task’s owner once the scheduler sees the due date pass', async () => {
    const today = calendarOf(loadConfig()).today();
    const { planImprovement } = await w.t1b.data<{ planImprovement: { tasks: { id: string }[] } }>(
      'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { tasks { id } } }',
      {
        i: {
          companyId: w.t1b.companyId,
          targets: [{ scenarioId: 'finance', level: 2 }],
          tasks: [{ title: '上线 WMS', ownerCompanyId: w.leader.companyId, dueDate: today }],
        },
      },
    );
    const taskId = planImprovement.tasks[0]!.id;
    // The scheduler of one process of the group, its clock two days on.
    const clock = settableClock(new Date(Date.now() + 2 * 86_400_000));
    const config = loadConfig();
    const scheduler = startTaskDueScheduler({
      driver: api.driver,
      bus: api.bus,
      log: createLogger('test-scheduler', 'silent'),
      calendar: calendarOf(config, clock),
      leaseName: `task-due-test-${Date.now()}`,
      everyMs: 3_600_000,
    });
    try {
      const leaderStream = live.subscribe(w.leader, ITEM);
      await arrives(
        w.t1b,
        'TASK_DUE',
        () => scheduler.tick(),
        () => taskId,
      );
      await waitFor(async () =>
        items(leaderStream).find((i) => i.kind === 'TASK_DUE' && i.subjectId === taskId),
      );
      // Ticking again publishes the same event id: applied once, no second item.
      await scheduler.tick();
      await settle();
      const [count] = await api.cypher(
        'MATCH (n:Notification {kind: "TASK_DUE", subjectId: $t}) RETURN count(n) AS n',
        { t: taskId },
      );
      expect(Number(count!.n)).toBe(2);
      expect(addDays(today, 2)).toBe(calendarOf(config, clock).today());
    } finally {
      await scheduler.stop();
    }
  });
});

describe('read marks and preferences (events, not browser state)', () => {
  const place = (who: Account, supplier: Account) =>
    who.data<{ placeOrder: { id: string } }>(
      `mutation ($s: ID!) { placeOrder(input: { number: "NR-${Date.now()}-${Math.random()}", supplierId: $s, promisedDate: "2099-01-01",
         lines: [{ sku: "M", quantity: 1, unitPrice: "1.00" }] }) { id } }`,
      { s: supplier.companyId },
    );

  it('marking one read lowers the count; all read brings it to zero; the list says which', async () => {
    const item = await arrives(w.t1a, 'ORDER_TO_CONFIRM', () => place(w.leader, w.t1a));
    const before = await unread(w.t1a);
    expect(before).toBeGreaterThan(0);
    const { markNotificationsRead } = await w.t1a.data<{ markNotificationsRead: number }>(
      'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [item.id] },
    );
    expect(markNotificationsRead).toBe(before - 1);
    const { notifications } = await w.t1a.data<{ notifications: Item[] }>(
      '{ notifications(first: 100) { id read } }',
    );
    expect(notifications.find((n) => n.id === item.id)?.read).toBe(true);
    expect(
      (
        await w.t1a.data<{ markNotificationsRead: number }>(
          'mutation { markNotificationsRead(all: true) }',
        )
      ).markNotificationsRead,
    ).toBe(0);
    expect(await unread(w.t1a)).toBe(0);
    expect(
      (await w.t1a.data<{ notifications: Item[] }>('{ notifications(unreadOnly: true) { id } }'))
        .notifications,
    ).toEqual([]);
  });

  it('nothing to mark is a clear error that changes nothing', async () => {
    expect(codeOf(await w.t1a.gql('mutation { markNotificationsRead }'))).toBe('BAD_USER_INPUT');
  });

  it('a kind muted in the app stays out of the inbox and the stream; turned on again it shows', async () => {
    const { setNotificationPreferences } = await w.t2.data<{
      setNotificationPreferences: { kind: string; channel: string; enabled: boolean }[];
    }>(
      'mutation { setNotificationPreferences(preferences: [{ kind: ORDER_TO_CONFIRM, channel: IN_APP, enabled: false }]) { kind channel enabled } }',
    );
    expect(setNotificationPreferences).toContainEqual({
      kind: 'ORDER_TO_CONFIRM',
      channel: 'IN_APP',
      enabled: false,
    });
    expect(setNotificationPreferences).toContainEqual({
      kind: 'ORDER_TO_CONFIRM',
      channel: 'EMAIL',
      enabled: true,
    });
    const stream = live.subscribe(w.t2, ITEM);
    await settle();
    const before = await unread(w.t2);
    const { placeOrder } = await place(w.t1a, w.t2);
    // The order's own update arrives on orderChanged; the muted item never does.
    await waitFor(async () =>
      (
        await api.cypher('MATCH (n:Notification {subjectId: $o}) RETURN n.id AS id', {
          o: placeOrder.id,
        })
      ).length > 0
        ? true
        : undefined,
    );
    await settle();
    expect(items(stream).filter((i) => i.subjectId === placeOrder.id)).toEqual([]);
    expect(await unread(w.t2)).toBe(before);
    await w.t2.data(
      'mutation { setNotificationPreferences(preferences: [{ kind: ORDER_TO_CONFIRM, channel: IN_APP, enabled: true }]) { kind } }',
    );
    expect(await unread(w.t2)).toBe(before + 1);
  });
});

describe('e-mail (SMTP_URL): a real SMTP server started here', () => {
  const log = createLogger('test-mailer', process.env.TEST_LOG_LEVEL ?? 'silent');
  const group = `chainlift-mailer-test-${Date.now()}`;
  const mailers: Mailer[] = [];
  let smtp: TestSmtp | undefined;
  const mailer = (smtpUrl: string) =>
    startMailer({
      driver: api.driver,
      bus: api.bus,
      log,
      smtpUrl,
      from: 'ChainLift <no-reply@test.chainlift>',
      group,
      publicUrl: 'http://127.0.0.1:4000',
      retryBaseMs: 500,
      retryMaxMs: 2_000,
      sweepMs: 500,
    }).then((m) => (mailers.push(m), m));
  afterAll(async () => {
    for (const m of mailers) await m.close();
    await smtp?.stop();
  });

  const emailStatus = async (who: Account, id: string) =>
    (
      await who.data<{ notifications: Item[] }>('{ notifications(first: 200) { id emailStatus } }')
    ).notifications.find((n) => n.id === id)?.emailStatus;

  it('mail server down: the item waits (RETRYING, in the inbox); back up: delivered once, with two mailers in the group', async () => {
    const port = await freePort();
    // Two gateways' mailers in one group, the mail server not there yet.
    await mailer(`smtp://127.0.0.1:${port}`);
    await mailer(`smtp://127.0.0.1:${port}`);
    await settle();
    const item = await arrives(w.t1b, 'ORDER_TO_CONFIRM', () =>
      w.leader.data(
        `mutation ($s: ID!) { placeOrder(input: { number: "NM-${Date.now()}", supplierId: $s, promisedDate: "2099-01-01",
           lines: [{ sku: "M", quantity: 1, unitPrice: "1.00" }] }) { id } }`,
        { s: w.t1b.companyId },
      ),
    );
    await waitFor(
      async () => ((await emailStatus(w.t1b, item.id)) === 'RETRYING' ? true : undefined),
      20_000,
    );

    smtp = await startSmtp(port);
    const mails = () => smtp!.mails.filter((m) => m.notificationId === item.id);
    await waitFor(async () => (mails().length > 0 ? true : undefined), 30_000);
    // Recorded once the server accepted it (just after it arrived there).
    await waitFor(async () => ((await emailStatus(w.t1b, item.id)) === 'SENT' ? true : undefined));
    // Give any duplicate every chance (sweeps, both mailers) before counting.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(mails()).toHaveLength(1);
    expect(mails()[0]!.to).toEqual([w.t1b.email]);
    // The Chinese template (the user chose no other language), linking to the order.
    expect(mails()[0]!.text).toContain('待您确认');
    expect(mails()[0]!.text).toContain('/#/orders/');
  }, 90_000);

  it('a kind muted on EMAIL is not mailed (SKIPPED) but stays in the inbox', async () => {
    await w.t3.data(
      'mutation { setNotificationPreferences(preferences: [{ kind: CONSENT_GRANTED, channel: EMAIL, enabled: false }]) { kind } }',
    );
    const item = await arrives(w.t3, 'CONSENT_GRANTED', () =>
      w.t2.data('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ORDERS) { id } }', {
        g: w.t3.companyId,
      }),
    );
    await waitFor(
      async () => ((await emailStatus(w.t3, item.id)) === 'SKIPPED' ? true : undefined),
      20_000,
    );
    expect(smtp!.mails.filter((m) => m.notificationId === item.id)).toEqual([]);
  }, 60_000);
});
