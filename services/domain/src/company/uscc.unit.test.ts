import { parseUscc, usccCheckChar, withUsccCheckChar } from './uscc';

describe('USCC (GB 32100-2015)', () => {
  // Codes printed on public business licences.
  it.each(['91350100M000100Y43', '91110000802100433B', '914403001922038216'])(
    'accepts the real code %s',
    (code) => {
      expect(parseUscc(code)).toEqual({ ok: true, value: code });
    },
  );

  it('normalises case and surrounding spaces', () => {
    expect(parseUscc(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('rejects a wrong check digit and names the right one', () => {
    const result = parseUscc('91350100M000100Y44');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('BAD_USER_INPUT');
      expect(result.error.field).toBe('uscc');
      expect(result.error.message).toContain('should be 3');
    }
  });

  it.each([
    ['too short', '9135010'],
    ['a forbidden letter', '91350100M000100I43'],
    ['a letter in the region digits', '9135A100M000100Y43'],
  ])('rejects %s', (_why, code) => {
    const result = parseUscc(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('BAD_USER_INPUT');
  });

  it('computes a check character of 0 when the weighted sum is a multiple of 31', () => {
    // Search the first 17-character prefix of this family whose sum lands on 0 mod 31.
    let found = '';
    for (let n = 0; n < 1000 && !found; n += 1) {
      const prefix = `91330${String(n).padStart(3, '0')}MA2AB3C4K`;
      if (usccCheckChar(prefix) === '0') found = prefix;
    }
    expect(found).not.toBe('');
    expect(parseUscc(withUsccCheckChar(found)).ok).toBe(true);
  });
});
