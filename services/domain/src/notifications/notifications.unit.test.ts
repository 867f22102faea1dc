import { specFor } from '../shared/decider-spec';
import {
  markNotificationsRead,
  setNotificationPreferences,
  taskFellDue,
  taskFellDueEventId,
  tasksFallingDue,
  type DueTask,
} from './notification-events';
import {
  notificationId,
  notificationsFor,
  preferencesAfter,
  wantsNotification,
  type NotificationFacts,
  type NotificationKind,
} from './notifications';

const at = '2026-03-01T08:00:00.000Z';
/** Given an event of this type and payload (and the facts the projector loaded), when the inbox derives it, then these (kind, recipient) items. */
const when = (type: string, payload: Record<string, unknown>, facts: NotificationFacts = {}) =>
  notificationsFor({ id: 'e1', type, occurredAt: at, payload }, facts);
const pairs = (items: ReturnType<typeof when>) =>
  items.map((n) => [n.kind, n.recipientId] as [NotificationKind, string]);

describe('notificationsFor: one item per kind and recipient', () => {
  it('an invitation reaches each invited supplier (INVITATION_RECEIVED)', () =>
    expect(
      pairs(
        when('SuppliersInvited', {
          chainId: 'c',
          suppliers: [{ companyId: 's1' }, { companyId: 's2' }],
        }),
      ),
    ).toEqual([
      ['INVITATION_RECEIVED', 's1'],
      ['INVITATION_RECEIVED', 's2'],
    ]));
  it('a placed order asks the supplier to confirm (ORDER_TO_CONFIRM), linking to the order', () => {
    const [n] = when('OrderPlaced', {
      orderId: 'o',
      number: 'PO-1',
      buyerId: 'b',
      supplierId: 's',
    });
    expect(n).toMatchObject({
      kind: 'ORDER_TO_CONFIRM',
      recipientId: 's',
      link: '/orders/o',
      params: { number: 'PO-1' },
    });
  });
  it('a shipped order asks the buyer to take delivery (ORDER_TO_RECEIVE); other moves notify nobody', () => {
    const order = { buyerId: 'b', supplierId: 's', number: 'PO-1' };
    expect(pairs(when('OrderActedOn', { orderId: 'o', action: 'ship' }, { order }))).toEqual([
      ['ORDER_TO_RECEIVE', 'b'],
    ]);
    expect(when('OrderActedOn', { orderId: 'o', action: 'confirm' }, { order })).toEqual([]);
  });
  it('a registered receivable asks the debtor to confirm it (RECEIVABLE_TO_CONFIRM)', () =>
    expect(
      pairs(
        when('ReceivableRegistered', {
          receivableId: 'r',
          debtorId: 'd',
          creditorId: 'c',
          amountFen: 100,
        }),
      ),
    ).toEqual([['RECEIVABLE_TO_CONFIRM', 'd']]));
  it('a pledge application reaches the bank (PLEDGE_APPLIED)', () =>
    expect(pairs(when('PledgeRequested', { pledgeId: 'p', bankId: 'bank' }))).toEqual([
      ['PLEDGE_APPLIED', 'bank'],
    ]));
  it("the bank's decision reaches the applicant (PLEDGE_DECIDED); disbursing is no decision", () => {
    const pledge = { bankId: 'bank', applicantId: 'sme', receivableId: 'r' };
    expect(when('PledgeActedOn', { pledgeId: 'p', action: 'reject' }, { pledge })[0]).toMatchObject(
      {
        kind: 'PLEDGE_DECIDED',
        recipientId: 'sme',
        params: { decision: 'reject' },
      },
    );
    expect(when('PledgeActedOn', { pledgeId: 'p', action: 'disburse' }, { pledge })).toEqual([]);
  });
  it('alerts the event raised reach lender and borrower (MARGIN_CALL, LIQUIDATION)', () =>
    expect(
      pairs(
        when(
          'PriceReported',
          { sku: 'CU' },
          {
            alerts: [
              { id: 'a1', loanId: 'l1', borrowerId: 'sme', bankId: 'bank', level: 'MARGIN_CALL' },
              { id: 'a2', loanId: 'l2', borrowerId: 'sme', bankId: 'bank', level: 'LIQUIDATION' },
              {
                id: 'a3',
                loanId: 'l3',
                borrowerId: 'sme',
                bankId: 'bank',
                level: 'BELOW_CONTROL_LINE',
              },
            ],
          },
        ),
      ),
    ).toEqual([
      ['MARGIN_CALL', 'bank'],
      ['MARGIN_CALL', 'sme'],
      ['LIQUIDATION', 'bank'],
      ['LIQUIDATION', 'sme'],
    ]));
  it('a consent reaches its grantee (CONSENT_GRANTED); an ASSESSMENT consent shares the assessment (ASSESSMENT_SHARED)', () => {
    expect(
      pairs(
        when('ConsentGranted', {
          consentId: 'k',
          grantorId: 'g',
          granteeId: 'h',
          scope: 'INVENTORY',
        }),
      ),
    ).toEqual([['CONSENT_GRANTED', 'h']]);
    expect(
      pairs(
        when('ConsentGranted', {
          consentId: 'k',
          grantorId: 'g',
          granteeId: 'h',
          scope: 'ASSESSMENT',
        }),
      ),
    ).toEqual([['ASSESSMENT_SHARED', 'h']]);
  });
  it('a revoked consent reaches the grantee it was given to (CONSENT_REVOKED)', () =>
    expect(
      pairs(
        when(
          'ConsentRevoked',
          { consentId: 'k', grantorId: 'g' },
          { consent: { grantorId: 'g', granteeId: 'h', scope: 'INVENTORY' } },
        ),
      ),
    ).toEqual([['CONSENT_REVOKED', 'h']]));
  it("a task falling due reaches the assessed company and the task's owner (TASK_DUE)", () =>
    expect(
      pairs(
        when('TaskFellDue', {
          planId: 'p',
          taskId: 't',
          companyId: 'sme',
          ownerCompanyId: 'leader',
          dueDate: '2026-02-01',
        }),
      ),
    ).toEqual([
      ['TASK_DUE', 'sme'],
      ['TASK_DUE', 'leader'],
    ]));
  it('an engagement proposed reaches the provider; each later step reaches the other side', () => {
    const parties = { engagementId: 'g', companyId: 'sme', providerId: 'prov' };
    expect(pairs(when('EngagementProposed', { ...parties, productId: 'p' }))).toEqual([
      ['ENGAGEMENT_PROPOSED', 'prov'],
    ]);
    expect(
      pairs(when('EngagementActedOn', { ...parties, action: 'accept', actorCompanyId: 'prov' })),
    ).toEqual([['ENGAGEMENT_UPDATED', 'sme']]);
    expect(
      pairs(when('EngagementActedOn', { ...parties, action: 'cancel', actorCompanyId: 'sme' })),
    ).toEqual([['ENGAGEMENT_UPDATED', 'prov']]);
  });
  it('ids are derived from event, kind and recipient: a replay gives the same items', () => {
    const payload = { orderId: 'o', number: 'PO-1', buyerId: 'b', supplierId: 's' };
    expect(when('OrderPlaced', payload)).toEqual(when('OrderPlaced', payload));
    expect(when('OrderPlaced', payload)[0]!.id).toBe(notificationId('e1', 'ORDER_TO_CONFIRM', 's'));
  });
  it('events that concern nobody give nothing', () =>
    expect(when('StockReported', { companyId: 'c' })).toEqual([]));
});

describe('wantsNotification', () => {
  it('everything is on by default', () =>
    expect(wantsNotification(undefined, 'MARGIN_CALL', 'EMAIL')).toBe(true));
  it('a muted kind is off on that channel only', () => {
    const prefs = { muted: [{ kind: 'ORDER_TO_CONFIRM' as const, channel: 'EMAIL' as const }] };
    expect(wantsNotification(prefs, 'ORDER_TO_CONFIRM', 'EMAIL')).toBe(false);
    expect(wantsNotification(prefs, 'ORDER_TO_CONFIRM', 'IN_APP')).toBe(true);
  });
});

const owners = {
  users: new Map([
    ['u1', { companyId: 'c1', active: true }],
    ['u2', { companyId: 'c1', active: false }],
  ]),
};
describe('NotificationsRead', () => {
  const read = { userId: 'u1', companyId: 'c1', ids: ['n1'], on: at };
  it('a user marks its own items read', () =>
    specFor(markNotificationsRead).given(owners).when(read).then(read));
  it('or all of them up to now', () =>
    specFor(markNotificationsRead)
      .given(owners)
      .when({ userId: 'u1', companyId: 'c1', allBefore: at, on: at })
      .thenAccepts());
  it('not in another company (NOT_FOUND)', () =>
    specFor(markNotificationsRead)
      .given(owners)
      .when({ ...read, companyId: 'c2' })
      .thenFails('NOT_FOUND', /does not exist/, 'userId'));
  it('not a deactivated user (FORBIDDEN)', () =>
    specFor(markNotificationsRead)
      .given(owners)
      .when({ ...read, userId: 'u2' })
      .thenFails('FORBIDDEN'));
  it('nothing named and not all (BAD_USER_INPUT)', () =>
    specFor(markNotificationsRead)
      .given(owners)
      .when({ ...read, ids: [] })
      .thenFails('BAD_USER_INPUT', /mark all/, 'ids'));
});

describe('NotificationPreferencesSet', () => {
  const prefs = {
    userId: 'u1',
    companyId: 'c1',
    muted: [{ kind: 'TASK_DUE' as const, channel: 'EMAIL' as const }],
  };
  it('a user sets its own preferences', () =>
    specFor(setNotificationPreferences).given(owners).when(prefs).then(prefs));
  it('a pair listed twice is refused (BAD_USER_INPUT)', () =>
    specFor(setNotificationPreferences)
      .given(owners)
      .when({ ...prefs, muted: [...prefs.muted, ...prefs.muted] })
      .thenFails('BAD_USER_INPUT', /twice/, 'muted'));
});

describe('TaskFellDue', () => {
  const task: DueTask = {
    taskId: 't',
    planId: 'p',
    companyId: 'sme',
    ownerCompanyId: 'sme',
    dueDate: '2026-02-01',
    status: 'OPEN',
  };
  const due = {
    taskId: 't',
    planId: 'p',
    companyId: 'sme',
    ownerCompanyId: 'sme',
    dueDate: '2026-02-01',
  };
  it('the scheduler picks open tasks whose due date passed', () => {
    expect(tasksFallingDue([task, { ...task, taskId: 'u', status: 'DONE' }], '2026-02-02')).toEqual(
      [task],
    );
    expect(tasksFallingDue([task], '2026-02-01')).toEqual([]);
  });
  it('one event id per task and due date', () =>
    expect(taskFellDueEventId('t', '2026-02-01')).toBe(taskFellDueEventId('t', '2026-02-01')));
  it('an open task falls due', () =>
    specFor(taskFellDue)
      .given(new Map([['t', task]]))
      .when(due)
      .then(due));
  it('a done task does not (CONFLICT)', () =>
    specFor(taskFellDue)
      .given(new Map([['t', { ...task, status: 'DONE' as const }]]))
      .when(due)
      .thenFails('CONFLICT'));
  it('a moved due date does not (CONFLICT)', () =>
    specFor(taskFellDue)
      .given(new Map([['t', task]]))
      .when({ ...due, dueDate: '2026-01-01' })
      .thenFails('CONFLICT', /due on/));
  it('an unknown task (NOT_FOUND)', () =>
    specFor(taskFellDue).given(new Map()).when(due).thenFails('NOT_FOUND'));
});

describe('preferencesAfter', () => {
  const current = { muted: [{ kind: 'TASK_DUE' as const, channel: 'EMAIL' as const }] };
  it('turns the named choices on or off and keeps the rest', () => {
    const after = preferencesAfter(current, [
      { kind: 'MARGIN_CALL', channel: 'IN_APP', enabled: false },
    ]);
    expect(after).toEqual({
      ok: true,
      value: {
        muted: [
          { kind: 'MARGIN_CALL', channel: 'IN_APP' },
          { kind: 'TASK_DUE', channel: 'EMAIL' },
        ],
      },
    });
    expect(
      preferencesAfter(current, [{ kind: 'TASK_DUE', channel: 'EMAIL', enabled: true }]),
    ).toEqual({
      ok: true,
      value: { muted: [] },
    });
  });
  it('refuses no choice, or one named twice (BAD_USER_INPUT)', () => {
    expect(preferencesAfter(current, [])).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT' },
    });
    const twice = { kind: 'TASK_DUE' as const, channel: 'IN_APP' as const, enabled: true };
    expect(preferencesAfter(current, [twice, twice])).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'preferences' },
    });
  });
});
