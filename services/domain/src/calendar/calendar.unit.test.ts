import {
  addDays,
  addMonths,
  businessCalendar,
  businessDayOf,
  dayWindow,
  daysBetween,
  daysInMonth,
  isAfter,
  isBefore,
  isIsoDate,
  isTimeZone,
  lastMonths,
  oneYearAfter,
  parseBusinessDate,
} from './calendar';

const SHANGHAI = 'Asia/Shanghai';
const at = (iso: string) => ({ now: () => new Date(iso) });

describe('business calendar: what day it is in Beijing', () => {
  it('00:00 Beijing is 16:00 UTC the day before: 23:59 is still that day, 00:01 the next', () => {
    expect(businessDayOf('2026-12-04T15:59:00Z', SHANGHAI)).toBe('2026-12-04'); // 23:59 Beijing
    expect(businessDayOf('2026-12-04T16:01:00Z', SHANGHAI)).toBe('2026-12-05'); // 00:01 Beijing
    expect(businessDayOf('2026-12-04T16:00:00Z', SHANGHAI)).toBe('2026-12-05'); // 00:00 exactly
  });

  it('07:59 and 08:01 Beijing are the same day there, while UTC changes day at 08:00', () => {
    // 02:05 Beijing on 5 December (the example): UTC still says the 4th.
    expect(businessDayOf('2026-12-04T18:05:00Z', SHANGHAI)).toBe('2026-12-05');
    expect(businessDayOf('2026-12-04T23:59:00Z', SHANGHAI)).toBe('2026-12-05'); // 07:59
    expect(businessDayOf('2026-12-05T00:01:00Z', SHANGHAI)).toBe('2026-12-05'); // 08:01
    expect(businessDayOf('2026-12-05T00:01:00Z', 'UTC')).toBe('2026-12-05');
    expect(businessDayOf('2026-12-04T23:59:00Z', 'UTC')).toBe('2026-12-04');
  });

  it('a month end and 29 February at the edges of the day', () => {
    expect(businessDayOf('2026-01-31T15:59:00Z', SHANGHAI)).toBe('2026-01-31');
    expect(businessDayOf('2026-01-31T16:01:00Z', SHANGHAI)).toBe('2026-02-01');
    expect(businessDayOf('2028-02-28T16:01:00Z', SHANGHAI)).toBe('2028-02-29');
    expect(businessDayOf('2028-02-29T15:59:00Z', SHANGHAI)).toBe('2028-02-29');
    expect(businessDayOf('2028-02-29T16:01:00Z', SHANGHAI)).toBe('2028-03-01');
    expect(businessDayOf('2026-12-31T16:30:00Z', SHANGHAI)).toBe('2027-01-01');
  });

  it('takes the instant from the injected clock, never from TZ', () => {
    const calendar = businessCalendar(at('2026-12-04T16:30:00Z'), SHANGHAI);
    expect(calendar.today()).toBe('2026-12-05');
    expect(calendar.instant()).toBe('2026-12-04T16:30:00.000Z');
    expect(calendar.dayOf('2026-12-04T15:30:00Z')).toBe('2026-12-04');
    expect(businessCalendar(at('2026-12-04T16:30:00Z'), 'Europe/Berlin').today()).toBe(
      '2026-12-04',
    );
    expect(() => businessCalendar(at('2026-12-04T16:30:00Z'), 'Mars/Olympus')).toThrow(/time zone/);
  });

  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('Asia/Beijing')).toBe(false);
    expect(isTimeZone('+08:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(' Asia/Shanghai')).toBe(false);
  });
});

describe('business dates', () => {
  it('reads only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false); // not a leap year
    expect(isIsoDate('2000-02-29')).toBe(true); // a leap year
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-12-31T00:00:00Z')).toBe(false);
    expect(parseBusinessDate(' 2026-12-31 ', 'dueDate')).toEqual({ ok: true, value: '2026-12-31' });
    const bad = parseBusinessDate('2026-02-30', 'dueDate');
    expect(bad.ok || bad.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
  });

  it('counts days across month ends and leap days', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months clamped to the month end', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2027-01-31', -2)).toBe('2026-11-30');
    expect(addMonths('2028-02-29', 6)).toBe('2028-08-29');
  });

  it('one year is twelve calendar months, never 365 or 366 days', () => {
    expect(oneYearAfter('2028-02-29')).toBe('2029-02-28');
    expect(oneYearAfter('2027-02-28')).toBe('2028-02-28'); // 365 days, across a leap day
    expect(oneYearAfter('2027-03-01')).toBe('2028-03-01'); // 366 days
    expect(oneYearAfter('2026-12-31')).toBe('2027-12-31');
    expect(daysBetween('2027-03-01', oneYearAfter('2027-03-01'))).toBe(366);
    expect(daysBetween('2026-03-01', oneYearAfter('2026-03-01'))).toBe(365);
  });

  it('compares days', () => {
    expect(isBefore('2026-12-04', '2026-12-05')).toBe(true);
    expect(isBefore('2026-12-05', '2026-12-05')).toBe(false);
    expect(isAfter('2027-01-01', '2026-12-31')).toBe(true);
    expect(isAfter('2026-12-31', '2026-12-31')).toBe(false);
  });

  it('a window of N days ending today includes both ends', () => {
    expect(dayWindow('2026-12-05', 90)).toEqual({ first: '2026-09-07', last: '2026-12-05' });
    expect(daysBetween(dayWindow('2026-12-05', 90).first, '2026-12-05')).toBe(89);
    expect(dayWindow('2028-03-01', 2)).toEqual({ first: '2028-02-29', last: '2028-03-01' });
  });

  it('lists the months ending with this one', () => {
    expect(lastMonths('2026-02-10', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(lastMonths('2026-03-31', 2)).toEqual(['2026-02', '2026-03']);
    expect(lastMonths('2026-11-30', 1)).toEqual(['2026-11']);
  });
});
