import { applyRateFen, formatPercent, interestFen, mulDivHalfUp, parsePercent } from './rates';

describe('rounding and day count', () => {
  it('rounds half-up to the fen', () => {
    expect(mulDivHalfUp(5, 1, 10)).toBe(1); // 0.5 → 1
    expect(mulDivHalfUp(4, 1, 10)).toBe(0); // 0.4 → 0
    expect(mulDivHalfUp(15, 1, 10)).toBe(2); // 1.5 → 2
    expect(applyRateFen(12_345, 8000)).toBe(9876); // 9876.0
    expect(applyRateFen(12_347, 8000)).toBe(9878); // 9877.6 → 9878
  });

  it('computes actual/360 simple interest exactly', () => {
    // 1,000,000.00 yuan at 4.35 % for 90 days = 100,000,000 fen × 0.0435 × 90 / 360 = 1,087,500 fen.
    expect(interestFen(100_000_000, 435, 90)).toBe(1_087_500);
    // 80,000.00 at 3.65 % for 181 days = 8,000,000 × 0.0365 × 181/360 = 146,811.11… → 146,811 fen.
    expect(interestFen(8_000_000, 365, 181)).toBe(146_811);
    // 18.00 at 10 % for one day = 0.5 fen → 1 fen (half-up); 17.99 → 0.4997… → 0.
    expect(interestFen(1_800, 1000, 1)).toBe(1);
    expect(interestFen(1_799, 1000, 1)).toBe(0);
    // huge principals stay exact (no float drift): 10^12 fen × 5 % × 360/360 = 5·10^10.
    expect(interestFen(1_000_000_000_000, 500, 360)).toBe(50_000_000_000);
  });

  it('parses percentages strictly', () => {
    expect(parsePercent('80', 'advanceRate')).toEqual({ ok: true, value: 8000 });
    expect(parsePercent('4.35', 'rate')).toEqual({ ok: true, value: 435 });
    expect(parsePercent('4.355', 'rate').ok).toBe(false);
    expect(parsePercent('120', 'rate').ok).toBe(false);
    expect(formatPercent(435)).toBe('4.35');
  });
});
