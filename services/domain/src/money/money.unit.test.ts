import {
  checkAmountFen,
  formatFen,
  formatYuan,
  lineTotalFen,
  MAX_AMOUNT_FEN,
  parseAmount,
  parseCurrency,
} from './money';

describe('money in fen', () => {
  it.each([
    ['0', 0],
    ['12', 1200],
    ['12.5', 1250],
    ['12.05', 1205],
    [' 1234.56 ', 123456],
    ['0.01', 1],
  ])('parses %s as %d fen', (text, fen) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['-1', 'non-negative'],
    ['1.234', 'more than two decimals'],
    ['1e3', 'non-negative decimal'],
    ['', 'non-negative decimal'],
    ['0.1.2', 'non-negative decimal'],
  ])('rejects %s (%s)', (text, why) => {
    const result = parseAmount(text, 'unitPrice');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'unitPrice' },
    });
    if (!result.ok) expect(result.error.message).toContain(why);
  });

  it('formats fen back to a decimal string', () => {
    expect(formatFen(123456)).toBe('1234.56');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(-250)).toBe('-2.50');
    expect(() => formatFen(0.5)).toThrow(RangeError);
  });

  it('formats amounts for messages in yuan, as people write them (one formatter, never fen)', () => {
    expect(formatYuan(99999999)).toBe('999,999.99 元');
    expect(formatYuan(5)).toBe('0.05 元');
    expect(formatYuan(100000)).toBe('1,000.00 元');
    expect(formatYuan(-123456789)).toBe('-1,234,567.89 元');
    expect(formatYuan(MAX_AMOUNT_FEN)).toBe('100,000,000,000.00 元');
    const tooMuch = checkAmountFen(MAX_AMOUNT_FEN + 1, 'principal');
    expect(!tooMuch.ok && tooMuch.error.message).toBe(
      'principal is larger than the platform accepts (at most 100,000,000,000.00 元)',
    );
    const fraction = checkAmountFen(0.5, 'principal');
    expect(!fraction.ok && fraction.error.message).not.toMatch(/\bfen\b/);
  });

  it('round-trips every amount exactly, where floats would not', () => {
    for (const text of ['0.10', '0.20', '0.30', '19.99', '1000000.07']) {
      const parsed = parseAmount(text);
      expect(parsed.ok && formatFen(parsed.value)).toBe(text);
    }
    const a = parseAmount('0.1');
    const b = parseAmount('0.2');
    expect(a.ok && b.ok && formatFen(a.value + b.value)).toBe('0.30');
  });

  it('checks currencies and line totals', () => {
    expect(parseCurrency(undefined)).toEqual({ ok: true, value: 'CNY' });
    expect(parseCurrency('usd')).toEqual({ ok: true, value: 'USD' });
    expect(parseCurrency('yuan')).toMatchObject({ ok: false });
    expect(lineTotalFen(3, 1999)).toBe(5997);
  });
});
