import { checkBackdate } from './backdating';

const now = { at: new Date('2026-12-05T03:00:00Z'), timeZone: 'Asia/Shanghai' };
const stock = (reportedAt: string) => ({ reportedAt });

describe('backdated business dates of ingested events', () => {
  it('passes a date of the day received, or later, unmarked', () => {
    expect(checkBackdate('StockReported', stock('2026-12-05T01:00:00Z'), now, 7)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(checkBackdate('OrderActedOn', { on: '2026-12-06' }, now, 7)).toEqual({
      ok: true,
      value: undefined,
    });
  });
  it('marks a date within the bound with its field and days', () =>
    expect(checkBackdate('OrderPlaced', { placedOn: '2026-11-28' }, now, 7)).toEqual({
      ok: true,
      value: { field: 'placedOn', date: '2026-11-28', days: 7 },
    }));
  it('refuses a date beyond the bound (BAD_USER_INPUT, naming the field)', () =>
    expect(checkBackdate('ReceivableRegistered', { issuedOn: '2026-11-27' }, now, 7)).toMatchObject(
      {
        ok: false,
        error: {
          code: 'BAD_USER_INPUT',
          field: 'payload.issuedOn',
          message: expect.stringMatching(/8 days before.*at most 7/),
        },
      },
    ));
  it('ignores types without a happened-on date', () =>
    expect(checkBackdate('SupplyLinkDeclared', { buyerId: 'x' }, now, 0)).toEqual({
      ok: true,
      value: undefined,
    }));
  it("counts days on the business calendar: 07:59 Beijing on the 5th is the 5th, not UTC's 4th", () => {
    const early = { at: new Date('2026-12-04T23:59:00Z'), timeZone: 'Asia/Shanghai' };
    expect(checkBackdate('OrderPlaced', { placedOn: '2026-12-05' }, early, 7)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(checkBackdate('OrderPlaced', { placedOn: '2026-12-04' }, early, 7)).toEqual({
      ok: true,
      value: { field: 'placedOn', date: '2026-12-04', days: 1 },
    });
    // A stock report's instant counts by the day it fell on in Beijing (the 5th, 01:30 local).
    expect(checkBackdate('StockReported', stock('2026-12-04T17:30:00Z'), early, 7)).toEqual({
      ok: true,
      value: undefined,
    });
  });
});
