import { ConfigError, loadConfig, productionRefusal } from './config';
import { calendarOf, clockOf, isTestClock, settableClock, systemClock, testClock } from './clock';

const demo = { CHAINLIFT_MODE: 'demo' };

describe('the business time zone and the test clock (configuration)', () => {
  it('uses Asia/Shanghai unless BUSINESS_TIME_ZONE names another IANA zone', () => {
    expect(loadConfig({}).calendar.timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ BUSINESS_TIME_ZONE: 'Europe/Berlin' }).calendar.timeZone).toBe(
      'Europe/Berlin',
    );
    for (const bad of ['Asia/Beijing', '+08:00', 'CST-8 '])
      expect(() => loadConfig({ BUSINESS_TIME_ZONE: bad })).toThrow(
        /BUSINESS_TIME_ZONE: must be an IANA time zone/,
      );
  });

  it('reads CHAINLIFT_TEST_CLOCK as a fixed instant or an offset from now', () => {
    expect(isTestClock('2027-02-01T00:01:00+08:00')).toBe(true);
    expect(isTestClock('2027-01-31T16:01:00Z')).toBe(true);
    expect(isTestClock('+8h')).toBe(true);
    expect(isTestClock('2027-02-01')).toBe(false); // an instant needs its time and zone
    expect(isTestClock('2027-02-01T00:01:00')).toBe(false);
    expect(() => loadConfig({ ...demo, CHAINLIFT_TEST_CLOCK: 'tomorrow' })).toThrow(ConfigError);

    const fixed = loadConfig({ ...demo, CHAINLIFT_TEST_CLOCK: '2027-02-01T00:01:00+08:00' });
    expect(calendarOf(fixed).today()).toBe('2027-02-01');
    expect(clockOf(fixed).now().toISOString()).toBe('2027-01-31T16:01:00.000Z');
    const base = { now: () => new Date('2027-01-31T15:59:00Z') };
    expect(testClock('+2m', base).now().toISOString()).toBe('2027-01-31T16:01:00.000Z');
    expect(testClock('-1d', base).now().toISOString()).toBe('2027-01-30T15:59:00.000Z');
    expect(clockOf(loadConfig(demo))).toBe(systemClock);
  });

  it('refuses a set clock in production mode', () => {
    const production = loadConfig({
      CHAINLIFT_MODE: 'production',
      JWT_SECRET: 'x'.repeat(48),
      CHAINLIFT_TEST_CLOCK: '2027-02-01T00:01:00+08:00',
    });
    expect(productionRefusal(production)).toMatch(/unset CHAINLIFT_TEST_CLOCK/);
    expect(() => clockOf(production)).toThrow(/real clock/);
    expect(
      productionRefusal(loadConfig({ CHAINLIFT_MODE: 'production', JWT_SECRET: 'x'.repeat(48) })),
    ).toBeUndefined();
  });

  it('a settable clock stays where a test puts it', () => {
    const clock = settableClock('2028-02-28T16:01:00Z');
    expect(calendarOf(loadConfig({}), clock).today()).toBe('2028-02-29');
    clock.set('2028-02-29T15:59:00Z');
    expect(calendarOf(loadConfig({}), clock).today()).toBe('2028-02-29');
    clock.set('2028-02-29T16:01:00Z');
    expect(calendarOf(loadConfig({}), clock).today()).toBe('2028-03-01');
  });
});
