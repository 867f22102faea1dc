import { businessCalendar } from '@chainlift/domain';
import { seedDay } from './dates';

describe("the demo seed's dates are China's calendar days", () => {
  it('at 00:30 Beijing (16:30 UTC the day before) the seed counts from the Beijing day', () => {
    const at0030 = businessCalendar(
      { now: () => new Date('2027-01-31T16:30:00Z') },
      'Asia/Shanghai',
    );
    expect(seedDay(0, at0030)).toBe('2027-02-01');
    expect(seedDay(-1, at0030)).toBe('2027-01-31');
    expect(seedDay(28, at0030)).toBe('2027-03-01');
  });

  it('at 07:59 Beijing on 29 February, and across it', () => {
    const at0759 = businessCalendar(
      { now: () => new Date('2028-02-28T23:59:00Z') },
      'Asia/Shanghai',
    );
    expect(seedDay(0, at0759)).toBe('2028-02-29');
    expect(seedDay(1, at0759)).toBe('2028-03-01');
    expect(seedDay(-365, at0759)).toBe('2027-03-01');
  });
});
