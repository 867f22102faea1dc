import { specFor } from '../shared/decider-spec';
import { createApiKey, revokeApiKey, type ApiKeys } from './api-key';
import {
  recordConsentGrant,
  recordDataAccess,
  revokeConsent,
  type Consents,
} from './consent-events';
import { mayManageApiKeys, mayManageConsents, mayManageUsers } from './permissions';

describe('ConsentGranted', () => {
  const grant = { consentId: 'k1', grantorId: 's', granteeId: 'l', scope: 'INVENTORY' as const };
  const world = () => ({ companies: new Set(['s', 'l']), ids: new Set(['k0']) });
  const spec = specFor(recordConsentGrant);
  it('records a grant between existing companies', () =>
    spec.given(world()).when(grant).then(grant));
  it('refuses an unknown grantee (NOT_FOUND on granteeId) or grantor', () => {
    spec
      .given(world())
      .when({ ...grant, granteeId: 'x' })
      .thenFails('NOT_FOUND', /x/, 'granteeId');
    spec
      .given(world())
      .when({ ...grant, grantorId: 'x' })
      .thenFails('NOT_FOUND', /x/);
  });
  it('refuses a consent id in use, also one granted earlier in the run (CONFLICT)', () => {
    spec
      .given(world())
      .when({ ...grant, consentId: 'k0' })
      .thenFails('CONFLICT');
    spec.given(world()).when(grant, grant).thenFails('CONFLICT', /k1/);
  });
});

describe('ConsentRevoked', () => {
  const consents = (): Consents => new Map([['k1', { grantorId: 's', status: 'ACTIVE' }]]);
  const spec = specFor(revokeConsent);
  it('revokes its grantor’s active consent', () =>
    spec
      .given(consents())
      .when({ consentId: 'k1', grantorId: 's' })
      .then({ consentId: 'k1', grantorId: 's' }));
  it('refuses another company’s or an unknown consent (NOT_FOUND)', () => {
    spec
      .given(consents())
      .when({ consentId: 'k1', grantorId: 'l' })
      .thenFails('NOT_FOUND', undefined, 'consentId');
    spec.given(consents()).when({ consentId: 'k9', grantorId: 's' }).thenFails('NOT_FOUND');
  });
  it('refuses a second revocation (CONFLICT)', () =>
    spec
      .given(consents())
      .when({ consentId: 'k1', grantorId: 's' }, { consentId: 'k1', grantorId: 's' })
      .thenFails('CONFLICT', /already revoked/, 'consentId'));
});

describe('DataAccessed', () => {
  it('always records what the authorization module decided', () => {
    const record = {
      accessId: 'a',
      ownerId: 's',
      viewerCompanyId: 'l',
      viewerUserId: 'u',
      viewerUserEmail: 'u@l.cn',
      scope: 'INVENTORY' as const,
      what: 'stock',
      at: '2026-12-01T00:00:00Z',
    };
    specFor(recordDataAccess).given(null).when(record).then(record);
  });
});

describe('ApiKeyCreated and ApiKeyRevoked', () => {
  const key = { keyId: 'k1', companyId: 'c1', name: 'WMS', secretHash: 'h' };
  const world = () => ({ companies: new Set(['c1']), keys: new Set(['k0']) });
  it('creates a key for an existing company', () =>
    specFor(createApiKey).given(world()).when(key).then(key));
  it('refuses an unknown company (NOT_FOUND) and a key id in use (CONFLICT)', () => {
    specFor(createApiKey)
      .given(world())
      .when({ ...key, companyId: 'c9' })
      .thenFails('NOT_FOUND');
    specFor(createApiKey).given(world()).when(key, key).thenFails('CONFLICT', /k1/);
  });
  const keys = (): ApiKeys => new Map([['k1', { companyId: 'c1', active: true }]]);
  it('revokes its company’s active key', () =>
    specFor(revokeApiKey)
      .given(keys())
      .when({ keyId: 'k1', companyId: 'c1' })
      .then({ keyId: 'k1', companyId: 'c1' }));
  it('refuses another company’s key (NOT_FOUND) and a second revocation (CONFLICT)', () => {
    specFor(revokeApiKey)
      .given(keys())
      .when({ keyId: 'k1', companyId: 'c2' })
      .thenFails('NOT_FOUND', undefined, 'id');
    specFor(revokeApiKey)
      .given(keys())
      .when({ keyId: 'k1', companyId: 'c1' }, { keyId: 'k1', companyId: 'c1' })
      .thenFails('CONFLICT', /already revoked/, 'id');
  });
});

describe('who may manage users, consents and API keys', () => {
  const admin = { companyId: 'c1', role: 'ADMIN' as const, platformAdmin: false };
  const operator = { ...admin, role: 'OPERATOR' as const };
  it('a company ADMIN manages its own users, the platform admin anyone’s', () => {
    expect(mayManageUsers(admin, 'c1').ok).toBe(true);
    expect(mayManageUsers(admin, 'c2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(mayManageUsers({ ...operator, platformAdmin: true }, 'c2').ok).toBe(true);
    expect(mayManageUsers(operator, 'c1')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/ADMIN role/) },
    });
  });
  it('consents and API keys need the ADMIN role', () => {
    expect(mayManageConsents(admin).ok).toBe(true);
    expect(mayManageConsents(operator).ok).toBe(false);
    expect(mayManageApiKeys(admin).ok).toBe(true);
    expect(mayManageApiKeys(operator).ok).toBe(false);
  });
});
