import { specFor } from '../../shared/decider-spec';
import {
  receivableConfirmedDecider,
  receivableDisputedDecider,
  receivableRegisteredDecider,
  receivableSettledDecider,
  receivableSplitDecider,
  receivableTransferredDecider,
  type ReceivableRegistrationState,
} from './deciders';
import { BANK, entry, ledgerOf, LEADER, pledgeEntry, TIER1, TIER2, TODAY } from './ledger.fixture';
import type { LedgerEntry } from './ledger';
import type { ReceivableRegistered } from './receivable';

describe('ReceivableRegistered', () => {
  const state = (over: Partial<ReceivableRegistrationState> = {}): ReceivableRegistrationState => ({
    orders: new Map([
      [
        'o1',
        {
          status: 'DELIVERED',
          buyerId: LEADER,
          supplierId: TIER1,
          totalFen: 500_00,
          currency: 'CNY',
        },
      ],
    ]),
    backed: new Set(),
    invoices: new Set(),
    ids: new Set(),
    ...over,
  });
  const register = (over: Partial<ReceivableRegistered> = {}): ReceivableRegistered => ({
    receivableId: 'r1',
    orderId: 'o1',
    invoiceNumber: 'INV-1',
    creditorId: TIER1,
    debtorId: LEADER,
    amountFen: 500_00,
    currency: 'CNY',
    issuedOn: TODAY,
    dueDate: '2027-02-21',
    ...over,
  });
  const given = (s = state()) => specFor(receivableRegisteredDecider).given(s);

  it('the supplier registers a delivered order’s receivable, up to its total', () =>
    given().when(register()).then(register()));
  it('accepts a long tenor (over six months, flagged by the projector)', () =>
    given()
      .when(register({ dueDate: '2027-08-01' }))
      .thenAccepts());
  it('refuses an id in use, an order or an invoice that already backs one (CONFLICT)', () => {
    given(state({ ids: new Set(['r1']) }))
      .when(register())
      .thenFails('CONFLICT', /already in use/);
    given(state({ backed: new Set(['o1']) }))
      .when(register())
      .thenFails('CONFLICT', /one order backs at most one/, 'orderId');
    given(state({ invoices: new Set([`${TIER1}/INV-1`]) }))
      .when(register())
      .thenFails('CONFLICT', /invoice INV-1/, 'invoiceNumber');
  });
  it('a run sees its own registrations: the same order twice is a CONFLICT', () =>
    given()
      .when(register(), register({ receivableId: 'r2', invoiceNumber: 'INV-2' }))
      .thenFails('CONFLICT', /one order/));
  it('refuses an unknown order (NOT_FOUND) and a creditor that is not its supplier (FORBIDDEN)', () => {
    given()
      .when(register({ orderId: 'ghost' }))
      .thenFails('NOT_FOUND', /order ghost/, 'orderId');
    given()
      .when(register({ creditorId: TIER2 }))
      .thenFails('FORBIDDEN', /only the supplier of an order/, 'orderId');
  });
  it('refuses a wrong debtor, an undelivered order, another currency, bad amounts and a tenor over a year (BAD_USER_INPUT)', () => {
    given()
      .when(register({ debtorId: TIER2 }))
      .thenFails('BAD_USER_INPUT', /buyer/, 'debtorId');
    const shipped = state();
    shipped.orders.get('o1')!.status = 'SHIPPED';
    given(shipped)
      .when(register())
      .thenFails('BAD_USER_INPUT', /SHIPPED/, 'orderId');
    given()
      .when(register({ currency: 'USD' }))
      .thenFails('BAD_USER_INPUT', /CNY/, 'currency');
    given()
      .when(register({ amountFen: 0 }))
      .thenFails('BAD_USER_INPUT', /positive/, 'amount');
    given()
      .when(register({ amountFen: 500_01 }))
      .thenFails('BAD_USER_INPUT', /order total/, 'amount');
    given()
      .when(register({ dueDate: '2027-12-24' }))
      .thenFails('BAD_USER_INPUT', /over one year/, 'dueDate');
  });
});

const registered = entry({ status: 'REGISTERED' });
const answer = { rootId: 'root', receivableId: 'root', debtorId: LEADER, on: TODAY };

describe('ReceivableConfirmed (确权)', () => {
  const given = (...r: LedgerEntry[]) => specFor(receivableConfirmedDecider).given(ledgerOf(r));
  it('the debtor confirms a registered receivable', () =>
    given(registered).when(answer).then(answer));
  it('refuses an unknown receivable or one of another root (NOT_FOUND)', () => {
    given(registered)
      .when({ ...answer, receivableId: 'ghost' })
      .thenFails('NOT_FOUND', /ghost/, 'receivableId');
    given(registered)
      .when({ ...answer, rootId: 'other' })
      .thenFails('NOT_FOUND');
  });
  it('refuses anyone but the debtor (FORBIDDEN)', () =>
    given(registered)
      .when({ ...answer, debtorId: TIER1 })
      .thenFails('FORBIDDEN', /only the debtor can confirm/, 'receivableId'));
  it('refuses confirming twice: the run sees the first (CONFLICT)', () =>
    given(registered)
      .when(answer, answer)
      .thenFails('CONFLICT', /CONFIRMED/));
});

describe('ReceivableDisputed', () => {
  const given = (...r: LedgerEntry[]) => specFor(receivableDisputedDecider).given(ledgerOf(r));
  const dispute = { ...answer, reason: 'wrong amount' };
  it('the debtor disputes a registered receivable', () =>
    given(registered).when(dispute).then(dispute));
  it('refuses an unknown receivable (NOT_FOUND), another company (FORBIDDEN), a confirmed one (CONFLICT)', () => {
    given(registered)
      .when({ ...dispute, receivableId: 'ghost' })
      .thenFails('NOT_FOUND');
    given(registered)
      .when({ ...dispute, debtorId: TIER2 })
      .thenFails('FORBIDDEN', /only the debtor can dispute/);
    given(entry())
      .when(dispute)
      .thenFails('CONFLICT', /CONFIRMED/);
  });
});

describe('ReceivableSplit', () => {
  const split = (amounts = [600_00, 400_00], ids = ['p1', 'p2']) => ({
    rootId: 'root',
    receivableId: 'root',
    holderId: TIER1,
    parts: amounts.map((amountFen, i) => ({ receivableId: ids[i]!, amountFen })),
    on: TODAY,
  });
  const given = (r: LedgerEntry = entry(), usedIds: string[] = []) =>
    specFor(receivableSplitDecider).given({ ...ledgerOf([r]), usedIds: new Set(usedIds) });
  it('the holder splits a confirmed receivable into parts that sum to it', () =>
    given().when(split()).then(split()));
  it('a run sees the parts: a part can be split again', () =>
    given()
      .when(split(), { ...split([300_00, 300_00], ['p11', 'p12']), receivableId: 'p1' })
      .thenAccepts());
  it('refuses an unknown receivable (NOT_FOUND)', () =>
    given()
      .when({ ...split(), receivableId: 'ghost' })
      .thenFails('NOT_FOUND'));
  it('refuses part ids in use or repeated (CONFLICT)', () => {
    given(entry(), ['p1'])
      .when(split())
      .thenFails('CONFLICT', /new and distinct/);
    given()
      .when(split([500_00, 500_00], ['p1', 'p1']))
      .thenFails('CONFLICT', /new and distinct/);
  });
  it('refuses anyone but the holder (FORBIDDEN)', () =>
    given()
      .when({ ...split(), holderId: TIER2 })
      .thenFails('FORBIDDEN', /only the current holder can split/));
  it('refuses an unconfirmed, overdue or pledged receivable (CONFLICT)', () => {
    given(entry({ status: 'REGISTERED' }))
      .when(split())
      .thenFails('CONFLICT', /not confirmed it yet/);
    given(entry({ dueDate: '2026-11-01' }))
      .when(split())
      .thenFails('CONFLICT', /overdue/);
    given(entry({ activePledgeId: 'pledge-1' }))
      .when(split())
      .thenFails('CONFLICT', /held by pledge pledge-1/);
  });
  it('refuses parts that do not add up, are not positive or are too few (BAD_USER_INPUT)', () => {
    given()
      .when(split([600_00, 400_01]))
      .thenFails(
        'BAD_USER_INPUT',
        /add up to 1,000.01 元, but the receivable is 1,000.00 元/,
        'amounts',
      );
    given()
      .when(split([1_000_00, 0]))
      .thenFails('BAD_USER_INPUT', /positive/, 'amounts');
    given()
      .when(split([1_000_00], ['p1']))
      .thenFails('BAD_USER_INPUT', /between 2 and 50/, 'amounts');
  });
});

describe('ReceivableTransferred', () => {
  const transfer = { rootId: 'root', receivableId: 'root', fromId: TIER1, toId: TIER2, on: TODAY };
  const given = (r: LedgerEntry = entry(), supplies = [`${TIER2}>${TIER1}`]) =>
    specFor(receivableTransferredDecider).given({ ...ledgerOf([r]), supplies: new Set(supplies) });
  it('the holder passes a confirmed receivable to its own supplier', () =>
    given().when(transfer).then(transfer));
  it('a run sees the new holder: the old one cannot pass it again (FORBIDDEN)', () =>
    given()
      .when(transfer, transfer)
      .thenFails('FORBIDDEN', /only the current holder/));
  it('refuses an unknown receivable (NOT_FOUND)', () =>
    given()
      .when({ ...transfer, receivableId: 'ghost' })
      .thenFails('NOT_FOUND'));
  it('refuses a recipient that does not supply the holder (FORBIDDEN)', () =>
    given(entry(), [])
      .when(transfer)
      .thenFails('FORBIDDEN', /one of your own suppliers/, 'toCompanyId'));
  it('refuses the holder or the debtor as recipient (BAD_USER_INPUT)', () => {
    given()
      .when({ ...transfer, toId: TIER1 })
      .thenFails('BAD_USER_INPUT', /to its holder/);
    given(entry(), [`${LEADER}>${TIER1}`])
      .when({ ...transfer, toId: LEADER })
      .thenFails('BAD_USER_INPUT', /to its debtor/);
  });
  it('refuses a pledged receivable (CONFLICT)', () =>
    given(entry({ activePledgeId: 'pledge-1' }))
      .when(transfer)
      .thenFails('CONFLICT', /cannot be transferred until the pledge ends/));
});

describe('ReceivableSettled', () => {
  const settle = { rootId: 'root', debtorId: LEADER, on: TODAY };
  const parts = [
    entry({ status: 'SPLIT' }),
    entry({ id: 'p1', parentId: 'root', amountFen: 600_00, activePledgeId: 'pledge-1' }),
    entry({ id: 'p2', parentId: 'root', amountFen: 400_00, holderId: TIER2 }),
  ];
  const given = (receivables: LedgerEntry[], pledges = [pledgeEntry()]) =>
    specFor(receivableSettledDecider).given({
      ...ledgerOf(receivables, pledges),
      payments: new Map(),
    });
  it('the debtor settles a confirmed root: its holder is paid', () =>
    given([entry()]).when(settle).then(settle));
  it('pays each part’s holder, or the bank of a DISBURSED pledge on it (kept for the write)', () => {
    const state = {
      ...ledgerOf(parts, [pledgeEntry({ receivableId: 'p1', status: 'DISBURSED' })]),
      payments: new Map(),
    };
    const spec = specFor(receivableSettledDecider).given(state);
    spec.when(settle).then(settle);
    expect(state.payments.get('root')).toEqual([
      { receivableId: 'p1', payeeId: BANK, amountFen: 600_00, pledgeId: 'pledge-1' },
      { receivableId: 'p2', payeeId: TIER2, amountFen: 400_00, pledgeId: null },
    ]);
    expect(state.receivables.get('p1')!.activePledgeId).toBeNull();
    expect(state.receivables.get('root')!.status).toBe('SETTLED');
  });
  it('a part’s holder is paid while its pledge is only REQUESTED', () => {
    const state = {
      ...ledgerOf(parts, [pledgeEntry({ receivableId: 'p1' })]),
      payments: new Map(),
    };
    specFor(receivableSettledDecider).given(state).when(settle).thenAccepts();
    expect(state.payments.get('root')![0]).toMatchObject({ payeeId: TIER1, pledgeId: null });
  });
  it('refuses settling twice (CONFLICT) and an unconfirmed root (CONFLICT)', () => {
    given([entry()])
      .when(settle, settle)
      .thenFails('CONFLICT', /already settled/);
    given([entry({ status: 'REGISTERED' })])
      .when(settle)
      .thenFails('CONFLICT', /only a confirmed receivable/);
  });
  it('refuses an unknown root (NOT_FOUND) and anyone but the debtor (FORBIDDEN)', () => {
    given([entry()])
      .when({ ...settle, rootId: 'ghost' })
      .thenFails('NOT_FOUND');
    given([entry()])
      .when({ ...settle, debtorId: TIER1 })
      .thenFails('FORBIDDEN', /only the debtor can settle/);
  });
  it('a part is not a root: settling by its id finds nothing (NOT_FOUND)', () =>
    given([entry({ id: 'p1', rootId: 'p1-root' })])
      .when({ ...settle, rootId: 'p1-root' })
      .thenFails('NOT_FOUND'));
});
