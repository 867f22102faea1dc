import { consentActive, consentCandidates, grantConsent } from './consent';

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

describe('consent candidates', () => {
  const relations = [
    { companyId: 'bank2', relation: 'BANK_PRODUCT' as const },
    { companyId: 'buyer', relation: 'BUYER' as const },
    { companyId: 'bank1', relation: 'BANK_PRODUCT' as const },
    { companyId: 'bank1', relation: 'BANK_APPLIED' as const },
    { companyId: 'leader', relation: 'BUYER' as const },
    { companyId: 'leader', relation: 'CHAIN_LEADER' as const },
    { companyId: 'me', relation: 'CHAIN_LEADER' as const },
  ];

  it('lists each related company once with its relations and the scopes it would see with', () => {
    expect(consentCandidates('me', relations)).toEqual([
      {
        companyId: 'leader',
        relations: ['CHAIN_LEADER', 'BUYER'],
        scopes: ['ORDERS', 'INVENTORY', 'ASSESSMENT'],
      },
      { companyId: 'buyer', relations: ['BUYER'], scopes: ['ORDERS', 'INVENTORY'] },
      {
        companyId: 'bank1',
        relations: ['BANK_APPLIED', 'BANK_PRODUCT'],
        scopes: ['RECEIVABLES', 'ASSESSMENT'],
      },
      { companyId: 'bank2', relations: ['BANK_PRODUCT'], scopes: ['RECEIVABLES', 'ASSESSMENT'] },
    ]);
  });

  it('keeps only the candidates a scope would show something to', () => {
    expect(consentCandidates('me', relations, 'RECEIVABLES').map((c) => c.companyId)).toEqual([
      'bank1',
      'bank2',
    ]);
    expect(consentCandidates('me', relations, 'INVENTORY').map((c) => c.companyId)).toEqual([
      'leader',
      'buyer',
    ]);
    expect(consentCandidates('me', [], 'ORDERS')).toEqual([]);
  });

  it("given its region's authority, when listed, then it is offered the ASSESSMENT scope only", () => {
    expect(
      consentCandidates('me', [
        ...relations,
        { companyId: 'bureau', relation: 'REGION_AUTHORITY' },
      ]).at(-1),
    ).toEqual({ companyId: 'bureau', relations: ['REGION_AUTHORITY'], scopes: ['ASSESSMENT'] });
  });

  it('offers a provider the company engaged for its assessment only', () => {
    expect(
      consentCandidates('me', [{ companyId: 'prov', relation: 'ENGAGED_PROVIDER' as const }]),
    ).toEqual([{ companyId: 'prov', relations: ['ENGAGED_PROVIDER'], scopes: ['ASSESSMENT'] }]);
    expect(
      consentCandidates(
        'me',
        [{ companyId: 'prov', relation: 'ENGAGED_PROVIDER' as const }],
        'ORDERS',
      ),
    ).toEqual([]);
  });
});
