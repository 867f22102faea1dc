import { consentActive, grantConsent } from './consent';

const now = new Date('2026-11-23T00:00:00Z');

describe('consent', () => {
  it('grants per grantee and scope with an optional expiry', () => {
    expect(grantConsent({ grantorId: 's', granteeId: 'l', scope: 'INVENTORY' }, 'c1', now)).toEqual(
      {
        ok: true,
        value: { consentId: 'c1', grantorId: 's', granteeId: 'l', scope: 'INVENTORY' },
      },
    );
    expect(
      grantConsent(
        { grantorId: 's', granteeId: 'l', scope: 'ORDERS', expiresAt: '2026-12-31T00:00:00Z' },
        'c2',
        now,
      ),
    ).toMatchObject({
      ok: true,
      value: { expiresAt: '2026-12-31T00:00:00.000Z' },
    });
  });

  it.each([
    [{ grantorId: 's', granteeId: 's', scope: 'INVENTORY' }, 'granteeId'],
    [{ grantorId: 's', granteeId: 'l', scope: 'EVERYTHING' }, 'scope'],
    [
      { grantorId: 's', granteeId: 'l', scope: 'INVENTORY', expiresAt: '2026-01-01T00:00:00Z' },
      'expiresAt',
    ],
    [{ grantorId: 's', granteeId: 'l', scope: 'INVENTORY', expiresAt: 'soon' }, 'expiresAt'],
  ])('rejects %o at %s', (input, field) => {
    expect(grantConsent(input, 'c', now)).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field },
    });
  });

  it('is active until revoked or expired', () => {
    expect(consentActive({ status: 'ACTIVE' }, now)).toBe(true);
    expect(consentActive({ status: 'ACTIVE', expiresAt: '2026-11-24T00:00:00Z' }, now)).toBe(true);
    expect(consentActive({ status: 'ACTIVE', expiresAt: '2026-11-22T00:00:00Z' }, now)).toBe(false);
    expect(consentActive({ status: 'REVOKED' }, now)).toBe(false);
  });
});
