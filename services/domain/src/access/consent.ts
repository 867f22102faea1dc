/** Consent: explicit, per grantee and scope, optionally expiring, revocable. */
import { fail, ok, type Result } from '../shared/errors';
import { CONSENT_SCOPES, type ConsentScope } from './access';

export interface ConsentGranted {
  consentId: string;
  grantorId: string;
  granteeId: string;
  scope: ConsentScope;
  /** ISO date-time; absent = until revoked. */
  expiresAt?: string;
}

export interface ConsentState {
  status: 'ACTIVE' | 'REVOKED';
  expiresAt?: string | null;
}

export function grantConsent(
  input: { grantorId: string; granteeId: string; scope: string; expiresAt?: string | null },
  consentId: string,
  now: Date,
): Result<ConsentGranted> {
  if (input.grantorId === input.granteeId)
    return fail(
      'BAD_USER_INPUT',
      'a company does not need consent to see its own data',
      'granteeId',
    );
  if (!(CONSENT_SCOPES as readonly string[]).includes(input.scope)) {
    return fail('BAD_USER_INPUT', `scope must be one of ${CONSENT_SCOPES.join(', ')}`, 'scope');
  }
  const base = {
    consentId,
    grantorId: input.grantorId,
    granteeId: input.granteeId,
    scope: input.scope as ConsentScope,
  };
  if (input.expiresAt === undefined || input.expiresAt === null) return ok(base);
  const expires = new Date(input.expiresAt);
  if (Number.isNaN(expires.getTime()))
    return fail('BAD_USER_INPUT', 'expiresAt must be an ISO date-time', 'expiresAt');
  if (expires <= now) return fail('BAD_USER_INPUT', 'expiresAt must be in the future', 'expiresAt');
  return ok({ ...base, expiresAt: expires.toISOString() });
}

/** Whether a consent lets the grantee read now. */
export const consentActive = (consent: ConsentState, now: Date): boolean =>
  consent.status === 'ACTIVE' && (!consent.expiresAt || new Date(consent.expiresAt) > now);
