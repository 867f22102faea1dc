import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatPerMille,
  formatPercent,
  formatTenths,
  formatWan,
  isoDay,
  ratio,
  sumAmounts,
  toFen,
} from './format';

describe('money', () => {
  it('parses decimal strings to fen exactly', () => {
    expect(toFen('0.1')).toBe(10n);
    expect(toFen('35.50')).toBe(3550n);
    expect(toFen('-1.05')).toBe(-105n);
    expect(toFen('12345678901234.99')).toBe(1234567890123499n);
    expect(() => toFen('1.234')).toThrow('not a decimal');
    expect(() => toFen('abc')).toThrow();
  });

  it('formats ¥ with separators and two decimals', () => {
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney('35.5')).toBe('¥35.50');
    expect(formatMoney('1234567.5')).toBe('¥1,234,567.50');
    expect(formatMoney('-400000.00')).toBe('-¥400,000.00');
    expect(formatMoney('100.00', 'USD')).toBe('USD 100.00');
  });

  it('formats 万元 half-up with two decimals, small amounts in full', () => {
    expect(formatWan('400000.00', 'zh-CN')).toBe('40.00 万元');
    expect(formatWan('1234567.50', 'zh-CN')).toBe('123.46 万元');
    expect(formatWan('1234549.99', 'zh-CN')).toBe('123.45 万元');
    expect(formatWan('123456789012.00', 'zh-CN')).toBe('12,345,678.90 万元');
    expect(formatWan('9999.99', 'zh-CN')).toBe('¥9,999.99');
    expect(formatWan('-50000', 'zh-CN')).toBe('-5.00 万元');
  });

  it('formats millions and billions in English', () => {
    expect(formatWan('1234567.50', 'en')).toBe('¥1.23M');
    expect(formatWan('2500000000', 'en')).toBe('¥2.50B');
    expect(formatWan('500', 'en')).toBe('¥500.00');
    expect(formatWan('28000.00', 'en')).toBe('¥28,000.00');
    expect(formatWan('999999.99', 'en')).toBe('¥999,999.99');
  });

  it('adds amounts exactly', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['400000.00', '600000.00', '0.01'])).toBe('1000000.01');
    expect(sumAmounts([])).toBe('0.00');
  });

  it('computes ratios for gauges', () => {
    expect(ratio('772400', '1000000')).toBeCloseTo(0.7724);
    expect(ratio('1', '0')).toBe(0);
  });
});

describe('dates', () => {
  it('keeps a Date scalar as yyyy-MM-dd', () => {
    expect(formatDate('2026-11-23')).toBe('2026-11-23');
    expect(formatDate(null)).toBe('—');
  });

  it('formats a DateTime on the local calendar', () => {
    const local = new Date(2026, 0, 5, 9, 7);
    expect(formatDate(local.toISOString())).toBe('2026-01-05');
    expect(formatDateTime(local.toISOString())).toBe('2026-01-05 09:07');
  });

  it("computes days from today on the business calendar (China's day), not the viewer's or UTC's", () => {
    expect(isoDay(0, new Date('2026-02-27T04:00:00Z'))).toBe('2026-02-27');
    expect(isoDay(2, new Date('2026-02-27T04:00:00Z'))).toBe('2026-03-01');
    // 00:30 in Beijing on 1 February is still 31 January in UTC (and in Europe).
    expect(isoDay(0, new Date('2027-01-31T16:30:00Z'))).toBe('2027-02-01');
    expect(isoDay(0, new Date('2027-01-31T15:59:00Z'))).toBe('2027-01-31');
    expect(isoDay(1, new Date('2028-02-28T16:01:00Z'))).toBe('2028-03-01');
  });
});

describe('rates', () => {
  it('formats percent and per mille', () => {
    expect(formatPercent('77.24')).toBe('77.24%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPerMille(875)).toBe('87.5%');
    expect(formatPerMille(1000)).toBe('100%');
    expect(formatPerMille(null)).toBe('—');
    expect(formatTenths(125)).toBe('12.5');
  });
});
