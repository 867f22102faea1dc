import { ENTITIES, type TakeawayData } from './archive';
import { archiveToEvents, importPhases, type ImportEvent } from './to-events';

const own = '11111111-1111-4111-8111-111111111111';
const leader = '22222222-2222-4222-8222-222222222222';
const bank = '33333333-3333-4333-8333-333333333333';
const empty = Object.fromEntries(ENTITIES.map((e) => [e, []])) as unknown as Omit<
  TakeawayData,
  'company'
>;
const archive = (rows: Partial<TakeawayData> = {}): TakeawayData => ({
  ...empty,
  company: { id: own, name: 'SME', uscc: 'USCC-OWN', kind: 'SME', region: 'R', industry: 'I' },
  counterparties: [
    {
      id: leader,
      name: 'Leader',
      uscc: 'USCC-L',
      kind: 'CHAIN_LEADER',
      region: 'R',
      industry: 'I',
    },
    { id: bank, name: 'Bank', uscc: 'USCC-B', kind: 'BANK' },
  ],
  ...rows,
});
const product = {
  id: 'fp',
  bankId: bank,
  name: '应收账款质押贷',
  advanceRateBp: 8000,
  annualRateBp: 435,
  minRemainingDays: 30,
  maxAgeDays: 365,
  minAmountFen: '0',
  maxAmountFen: '100000000',
  blockedDebtorIds: ['nobody-here'],
};
const pledge = {
  rootId: 'r1',
  receivableId: 'r1',
  bankId: bank,
  productId: 'fp',
  holderId: own,
  requestedBy: own,
  status: 'DISBURSED',
  loanEndDate: '2027-02-01',
  requestedOn: '2026-12-03',
  approvedOn: '2026-12-04',
  disbursedOn: '2026-12-05',
};
const options = {
  known: new Map<string, string>(),
  passwordHash: 'h',
  importedBy: 'admin',
  now: '2026-12-06T00:00:00.000Z',
};
const types = (a: TakeawayData, o = options) => {
  const planned = archiveToEvents(a, o);
  if (!planned.ok) throw new Error(planned.error.message);
  return planned.value;
};

describe('archiveToEvents', () => {
  it('given a company and its counterparties, registers them first (unknown region/industry as 未知)', () => {
    const { events } = types(archive());
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['CompanyRegistered', expect.objectContaining({ companyId: own, uscc: 'USCC-OWN' })],
      ['CompanyRegistered', expect.objectContaining({ companyId: leader, kind: 'CHAIN_LEADER' })],
      [
        'CompanyRegistered',
        expect.objectContaining({ companyId: bank, region: '未知', industry: '未知' }),
      ],
    ]);
  });

  it('maps a counterparty the platform already has (by USCC) to that company and registers it not', () => {
    const plan = types(
      archive({
        consents: [
          { id: 'k', grantorId: own, granteeId: bank, scope: 'RECEIVABLES', status: 'ACTIVE' },
        ],
      }),
      { ...options, known: new Map([['USCC-B', 'bank-here']]) },
    );
    expect(plan.mapped).toEqual({ [bank]: 'bank-here' });
    expect(plan.events.filter((e) => e.type === 'CompanyRegistered')).toHaveLength(2);
    expect(plan.events.at(-1)).toMatchObject({
      type: 'ConsentGranted',
      payload: { granteeId: 'bank-here' },
    });
  });

  it('refuses an archive whose company the platform already has (CONFLICT), publishing nothing', () =>
    expect(
      archiveToEvents(archive(), { ...options, known: new Map([['USCC-OWN', 'x']]) }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'archive' } }));

  it('creates users with the unknown password hash and lists the active ones for reset links', () => {
    const plan = types(
      archive({
        users: [
          { id: 'u1', email: 'a@x', name: 'A', role: 'ADMIN', active: true },
          { id: 'u2', email: 'b@x', name: 'B', role: 'VIEWER', active: false },
        ],
      }),
    );
    expect(plan.events.filter((e) => e.type === 'UserCreated').map((e) => e.payload)).toEqual([
      expect.objectContaining({ userId: 'u1', passwordHash: 'h', platformAdmin: false }),
      expect.objectContaining({ userId: 'u2', passwordHash: 'h' }),
    ]);
    expect(plan.events.some((e) => e.type === 'UserDeactivated')).toBe(true);
    expect(plan.users.map((u) => u.id)).toEqual(['u1']);
  });

  it('replays an order to its status, each step by its party on its day, money as integer fen', () => {
    const plan = types(
      archive({
        supplyLinks: [{ supplierId: own, buyerId: leader, products: ['S'], confirmed: true }],
        orders: [
          {
            id: 'o1',
            number: 'PO-1',
            status: 'DELIVERED',
            buyerId: leader,
            supplierId: own,
            currency: 'CNY',
            totalFen: '250000',
            promisedDate: '2026-12-20',
            placedOn: '2026-12-01',
            confirmedOn: '2026-12-02',
            shippedOn: '2026-12-03',
            deliveredOn: '2026-12-04',
            lines: [{ sku: 'S', productName: 'P', quantity: 10, unitPriceFen: '25000' }],
          },
        ],
      }),
    );
    const orderEvents = plan.events.filter(
      (e) => e.type.startsWith('Order') || e.type.startsWith('Supply'),
    );
    expect(orderEvents.map((e) => [e.type, e.companyId])).toEqual([
      ['SupplyLinkDeclared', leader],
      ['SupplyLinkConfirmed', own],
      ['OrderPlaced', leader],
      ['OrderActedOn', own],
      ['OrderActedOn', own],
      ['OrderActedOn', leader],
    ]);
    expect(orderEvents[2]!.payload).toMatchObject({
      totalFen: 250000,
      lines: [{ unitPriceFen: 25000 }],
    });
    expect(orderEvents.slice(3).map((e) => (e.payload as { on: string }).on)).toEqual([
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
  });

  it('refuses money that is not integer fen (BAD_USER_INPUT on the archive)', () =>
    expect(
      archiveToEvents(
        archive({
          orders: [
            {
              id: 'o',
              number: 'n',
              status: 'PLACED',
              buyerId: own,
              supplierId: leader,
              currency: 'CNY',
              totalFen: '12.5',
              promisedDate: 'd',
              placedOn: 'd',
              lines: [],
            },
          ],
        }),
        options,
      ),
    ).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', message: /totalFen/ } }));

  it('registers and confirms a root receivable, replays its pledge under its product; leaves parts, a pledge on them and the access log out (counted)', () => {
    const plan = types(
      archive({
        receivables: [
          {
            id: 'r1',
            rootId: 'r1',
            orderId: 'o1',
            creditorId: own,
            holderId: own,
            debtorId: leader,
            amountFen: '100',
            currency: 'CNY',
            issuedOn: '2026-12-01',
            dueDate: '2027-03-01',
            status: 'CONFIRMED',
            answeredOn: '2026-12-02',
          },
          {
            id: 'r2',
            rootId: 'r1',
            orderId: 'o1',
            creditorId: own,
            holderId: own,
            debtorId: leader,
            amountFen: '50',
            currency: 'CNY',
            issuedOn: '2026-12-01',
            dueDate: '2027-03-01',
            status: 'CONFIRMED',
          },
        ],
        pledges: [
          { ...pledge, id: 'p1' },
          { ...pledge, id: 'p2', receivableId: 'r2', status: 'REQUESTED' },
        ],
        financeProducts: [product],
        accessLog: [{ id: 'a' }],
      }),
    );
    expect(
      plan.events
        .filter(
          (e) =>
            e.type.startsWith('Receivable') ||
            e.type.includes('Pledge') ||
            e.type.startsWith('Finance'),
        )
        .map((e) => [e.type, e.companyId]),
    ).toEqual([
      ['ReceivableRegistered', own],
      ['ReceivableConfirmed', leader],
      ['FinanceProductDefined', bank],
      ['PledgeRequested', own],
      ['PledgeActedOn', bank],
      ['PledgeActedOn', bank],
    ]);
    expect(plan.events.filter((e) => e.type === 'PledgeActedOn').map((e) => e.payload)).toEqual([
      expect.objectContaining({ action: 'approve', on: '2026-12-04' }),
      expect.objectContaining({ action: 'disburse', on: '2026-12-05' }),
    ]);
    expect(plan.skipped).toEqual({ receivables: 1, pledges: 1, accessLog: 1 });
  });

  it('leaves out a pledge at a bank the platform already has (its products are its own)', () => {
    const plan = types(
      archive({
        receivables: [
          {
            id: 'r1',
            rootId: 'r1',
            orderId: 'o1',
            creditorId: own,
            holderId: own,
            debtorId: leader,
            amountFen: '100',
            currency: 'CNY',
            issuedOn: '2026-12-01',
            dueDate: '2027-03-01',
            status: 'CONFIRMED',
          },
        ],
        pledges: [{ ...pledge, id: 'p1' }],
        financeProducts: [product],
      }),
      { ...options, known: new Map([['USCC-B', 'bank-here']]) },
    );
    expect(plan.events.some((e) => e.type.includes('Pledge') || e.type.startsWith('Finance'))).toBe(
      false,
    );
    expect(plan.skipped).toEqual({ pledges: 1 });
  });

  it('grants the consents the company gave (and revokes revoked ones), not those given to it', () => {
    const plan = types(
      archive({
        consents: [
          { id: 'k1', grantorId: own, granteeId: leader, scope: 'INVENTORY', status: 'REVOKED' },
          { id: 'k2', grantorId: leader, granteeId: own, scope: 'ORDERS', status: 'ACTIVE' },
        ],
      }),
    );
    expect(plan.events.filter((e) => e.type.startsWith('Consent')).map((e) => e.type)).toEqual([
      'ConsentGranted',
      'ConsentRevoked',
    ]);
    expect(plan.skipped).toEqual({ consents: 1 });
  });
});

describe('importPhases', () => {
  it('puts companies first, then what needs only them, then orders, then receivables', () => {
    const e = (type: string) => ({ type, payload: {}, companyId: own }) as unknown as ImportEvent;
    const phases = importPhases(
      [
        'ReceivableRegistered',
        'OrderPlaced',
        'UserCreated',
        'CompanyRegistered',
        'SupplyLinkConfirmed',
        'OrderActedOn',
      ].map(e),
    );
    expect(phases.map((p) => p.map((x) => x.type))).toEqual([
      ['CompanyRegistered'],
      ['UserCreated', 'SupplyLinkConfirmed'],
      ['OrderPlaced', 'OrderActedOn'],
      ['ReceivableRegistered'],
    ]);
  });
});
