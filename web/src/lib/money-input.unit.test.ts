import {
  isPositiveYuan,
  linesTotal,
  lineTotalFen,
  percentOf,
  percentToBasisPoints,
  yuanToAmount,
  yuanToFen,
} from './money-input';
import { fenToAmount, sumAmounts } from './format';

describe('yuan typed in → fen → the API amount', () => {
  it('converts exactly, with separators and up to two decimals', () => {
    expect(yuanToFen('30000')).toBe(3_000_000n);
    expect(yuanToFen('30,000.5')).toBe(3_000_050n);
    expect(yuanToFen(' 0.1 ')).toBe(10n);
    expect(yuanToFen(0.1)).toBe(10n);
    expect(yuanToFen('12345678901234.99')).toBe(1_234_567_890_123_499n);
    expect(yuanToAmount('30000.5')).toBe('30000.50');
    expect(yuanToAmount(80)).toBe('80.00');
  });

  it('refuses what is not an amount', () => {
    expect(yuanToFen('1.234')).toBeUndefined();
    expect(yuanToFen('abc')).toBeUndefined();
    expect(yuanToFen('')).toBeUndefined();
    expect(yuanToFen(undefined)).toBeUndefined();
    expect(() => yuanToAmount('1e5')).toThrow('not an amount');
    expect(isPositiveYuan('0')).toBe(false);
    expect(isPositiveYuan('-5')).toBe(false);
    expect(isPositiveYuan('0.01')).toBe(true);
  });

  it('totals lines without floats', () => {
    expect(lineTotalFen(3, '0.1')).toBe(30n);
    expect(lineTotalFen(undefined, '5')).toBe(0n);
    expect(lineTotalFen(2.5, '5')).toBe(0n);
    expect(
      linesTotal([{ quantity: 10, price: '30000.00' }, { quantity: 3, price: '0.10' }, undefined]),
    ).toBe('300000.30');
  });

  it('writes fen as the API decimal', () => {
    expect(fenToAmount(123_450n)).toBe('1234.50');
    expect(fenToAmount(-5n)).toBe('-0.05');
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
  });
});

describe('percents of amounts', () => {
  it('reads percents in basis points and takes a share, rounded down to the fen', () => {
    expect(percentToBasisPoints('70')).toBe(7000n);
    expect(percentToBasisPoints('77.25')).toBe(7725n);
    expect(percentOf('100000.00', '70')).toBe('70000.00');
    expect(percentOf('0.03', '50')).toBe('0.01');
    expect(percentOf('100.00', 'x')).toBe('');
  });
});
