import {
  checkReceivableRegistration,
  confirmReceivable,
  disputeReceivable,
  settleReceivable,
  splitReceivable,
  tenorOf,
  transferReceivable,
  viewOf,
  type ReceivableFacts,
} from './receivable';

const LEADER = 'leader';
const TIER1 = 'tier1';
const TIER2 = 'tier2';

const confirmed: ReceivableFacts = {
  id: 'r1',
  rootId: 'r1',
  status: 'CONFIRMED',
  debtorId: LEADER,
  holderId: TIER1,
  amountFen: 100_000_00,
  dueDate: '2027-03-01',
  activePledgeId: null,
};
const TODAY = '2026-11-23';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code);

describe('registering a receivable', () => {
  const order = {
    status: 'DELIVERED',
    buyerId: LEADER,
    supplierId: TIER1,
    totalFen: 500_00,
    currency: 'CNY',
  };
  const input = {
    receivableId: 'r',
    orderId: 'o',
    creditorId: TIER1,
    debtorId: LEADER,
    amountFen: 500_00,
    currency: 'CNY',
    issuedOn: '2026-11-23',
    dueDate: '2027-02-21',
  };
  it('accepts a delivered order for up to its total', () => {
    expect(checkReceivableRegistration(input, order)).toEqual({ ok: true, value: 'NORMAL' });
  });
  it('refuses orders not yet delivered, other suppliers, larger amounts and unknown orders', () => {
    expect(code(checkReceivableRegistration(input, { ...order, status: 'SHIPPED' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(checkReceivableRegistration({ ...input, creditorId: TIER2 }, order))).toBe(
      'FORBIDDEN',
    );
    expect(code(checkReceivableRegistration({ ...input, amountFen: 500_01 }, order))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(checkReceivableRegistration(input, undefined))).toBe('NOT_FOUND');
  });
  it('flags tenor over six months and refuses over a year', () => {
    expect(tenorOf('2026-01-31', '2026-07-31')).toEqual({ ok: true, value: 'NORMAL' });
    expect(tenorOf('2026-01-31', '2026-08-01')).toEqual({ ok: true, value: 'LONG' });
    expect(tenorOf('2026-01-31', '2027-01-31')).toEqual({ ok: true, value: 'LONG' });
    expect(code(tenorOf('2026-01-31', '2027-02-01'))).toBe('BAD_USER_INPUT');
    expect(code(tenorOf('2026-01-31', '2026-01-31'))).toBe('BAD_USER_INPUT');
  });
  it('counts six months and one year in calendar months across month ends and 29 February', () => {
    // 31 August + 6 months is the last day of February.
    expect(tenorOf('2026-08-31', '2027-02-28')).toEqual({ ok: true, value: 'NORMAL' });
    expect(tenorOf('2026-08-31', '2027-03-01')).toEqual({ ok: true, value: 'LONG' });
    expect(tenorOf('2027-08-31', '2028-02-29')).toEqual({ ok: true, value: 'NORMAL' });
    expect(tenorOf('2027-08-31', '2028-03-01')).toEqual({ ok: true, value: 'LONG' });
    // Issued on 29 February: six months is 29 August, one year is 28 February.
    expect(tenorOf('2028-02-29', '2028-08-29')).toEqual({ ok: true, value: 'NORMAL' });
    expect(tenorOf('2028-02-29', '2028-08-30')).toEqual({ ok: true, value: 'LONG' });
    expect(tenorOf('2028-02-29', '2029-02-28')).toEqual({ ok: true, value: 'LONG' });
    expect(code(tenorOf('2028-02-29', '2029-03-01'))).toBe('BAD_USER_INPUT');
    // A year over a leap day has 366 days.
    expect(tenorOf('2027-03-01', '2028-03-01')).toEqual({ ok: true, value: 'LONG' });
    expect(code(tenorOf('2027-03-01', '2028-03-02'))).toBe('BAD_USER_INPUT');
  });
});

describe('the debtor confirms or disputes', () => {
  const registered = { ...confirmed, status: 'REGISTERED' as const };
  it('only the debtor, only once', () => {
    expect(confirmReceivable(registered, LEADER)).toEqual({ ok: true, value: confirmed });
    expect(code(confirmReceivable(registered, TIER1))).toBe('FORBIDDEN');
    expect(code(confirmReceivable(confirmed, LEADER))).toBe('CONFLICT');
    expect(code(disputeReceivable(confirmed, LEADER))).toBe('CONFLICT');
    expect(disputeReceivable(registered, LEADER)).toMatchObject({
      ok: true,
      value: { status: 'DISPUTED' },
    });
  });
  it('reads as OVERDUE when confirmed and past due', () => {
    expect(viewOf('CONFIRMED', '2026-11-22', TODAY)).toBe('OVERDUE');
    expect(viewOf('CONFIRMED', '2026-11-23', TODAY)).toBe('CONFIRMED');
    expect(viewOf('SETTLED', '2026-01-01', TODAY)).toBe('SETTLED');
  });
});

describe('split and transfer by the holder', () => {
  it('splits into any positive parts that sum to the amount', () => {
    expect(splitReceivable(confirmed, [60_000_00, 39_999_99, 1], TIER1, TODAY)).toEqual({
      ok: true,
      value: [60_000_00, 39_999_99, 1],
    });
    expect(code(splitReceivable(confirmed, [60_000_00, 40_000_01], TIER1, TODAY))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(splitReceivable(confirmed, [100_000_00], TIER1, TODAY))).toBe('BAD_USER_INPUT');
    expect(code(splitReceivable(confirmed, [100_000_00, 0], TIER1, TODAY))).toBe('BAD_USER_INPUT');
    expect(code(splitReceivable(confirmed, [50_000_00, 50_000_00], LEADER, TODAY))).toBe(
      'FORBIDDEN',
    );
  });
  it('refuses unconfirmed, pledged or overdue receivables', () => {
    expect(
      code(splitReceivable({ ...confirmed, status: 'REGISTERED' }, [1, 99_999_99], TIER1, TODAY)),
    ).toBe('CONFLICT');
    expect(
      code(splitReceivable({ ...confirmed, activePledgeId: 'p' }, [1, 99_999_99], TIER1, TODAY)),
    ).toBe('CONFLICT');
    expect(
      code(transferReceivable({ ...confirmed, dueDate: '2026-11-01' }, TIER2, TIER1, TODAY, true)),
    ).toBe('CONFLICT');
  });
  it('passes a receivable only to a supplier of the holder', () => {
    expect(transferReceivable(confirmed, TIER2, TIER1, TODAY, true)).toMatchObject({
      ok: true,
      value: { holderId: TIER2 },
    });
    expect(code(transferReceivable(confirmed, TIER2, TIER1, TODAY, false))).toBe('FORBIDDEN');
    expect(code(transferReceivable(confirmed, LEADER, TIER1, TODAY, true))).toBe('BAD_USER_INPUT');
    expect(code(transferReceivable(confirmed, TIER2, TIER2, TODAY, true))).toBe('FORBIDDEN');
  });
});

describe('settlement pays each current holder, or the bank that financed the part', () => {
  const split = { ...confirmed, status: 'SPLIT' as const };
  const parts = [
    { ...confirmed, id: 'a', amountFen: 60_000_00, financedBy: null },
    {
      ...confirmed,
      id: 'b',
      holderId: TIER2,
      amountFen: 40_000_00,
      activePledgeId: 'pl',
      financedBy: 'bank',
    },
  ];
  it('lists one payment per part', () => {
    expect(settleReceivable(split, parts, LEADER)).toEqual({
      ok: true,
      value: [
        { receivableId: 'a', payeeId: TIER1, amountFen: 60_000_00, pledgeId: null },
        { receivableId: 'b', payeeId: 'bank', amountFen: 40_000_00, pledgeId: 'pl' },
      ],
    });
  });
  it('only by the debtor, once, on the original receivable', () => {
    expect(code(settleReceivable(split, parts, TIER1))).toBe('FORBIDDEN');
    expect(code(settleReceivable({ ...split, status: 'SETTLED' }, parts, LEADER))).toBe('CONFLICT');
    expect(code(settleReceivable({ ...split, status: 'REGISTERED' }, parts, LEADER))).toBe(
      'CONFLICT',
    );
    expect(code(settleReceivable({ ...confirmed, id: 'a' }, parts, LEADER))).toBe('BAD_USER_INPUT');
  });
});
