import { generateApiKey, parseApiKey, secretMatches } from './api-keys';

describe('API keys', () => {
  it('round-trips a generated key and checks its secret against the stored hash only', () => {
    const key = generateApiKey();
    const parsed = parseApiKey(key.token);
    expect(parsed?.keyId).toBe(key.keyId);
    expect(secretMatches(parsed!.secret, key.secretHash)).toBe(true);
    expect(secretMatches(`${parsed!.secret}x`, key.secretHash)).toBe(false);
    expect(key.token).not.toContain(key.secretHash);
  });

  it('refuses tokens of another shape', () => {
    expect(parseApiKey('Bearer abc')).toBeUndefined();
    expect(parseApiKey(`clk_not-a-uuid_${'a'.repeat(43)}`)).toBeUndefined();
  });
});
