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
  /** INVENTORY only: the products it shows; absent = what the grantee buys (consent-products.ts). */
  products?: string[];
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

/**
 * Why a company is offered as a grantee: how it relates to the grantor. The platform reads these
 * relations; the rule below decides which scopes would let each one see something.
 */
export const CANDIDATE_RELATIONS = [
  /** Leads a chain the grantor belongs to. */
  'CHAIN_LEADER',
  /** Buys from the grantor (a supply link). */
  'BUYER',
  /** A bank the grantor applied to for financing (a pledge, an inventory loan). */
  'BANK_APPLIED',
  /** A bank offering receivable-pledge products. */
  'BANK_PRODUCT',
  /** An authority (主管部门) whose region covers the grantor's (regions/ `regionCovers`). */
  'REGION_AUTHORITY',
  /** A service provider the grantor engaged (an engagement not cancelled): it may see the assessment. */
  'ENGAGED_PROVIDER',
] as const;
export type CandidateRelation = (typeof CANDIDATE_RELATIONS)[number];

/**
 * The scopes that let a grantee of this relation see something: a leader or buyer sees the
 * grantor's stock of what it buys (INVENTORY) and its orders; a leader its digital assessment; a
 * bank its receivables (the pool) and its assessment. A bank buys nothing, so INVENTORY shows it
 * nothing.
 */
const USEFUL: Record<CandidateRelation, readonly ConsentScope[]> = {
  CHAIN_LEADER: ['ORDERS', 'INVENTORY', 'ASSESSMENT'],
  BUYER: ['ORDERS', 'INVENTORY'],
  BANK_APPLIED: ['RECEIVABLES', 'ASSESSMENT'],
  BANK_PRODUCT: ['RECEIVABLES', 'ASSESSMENT'],
  /** Its regional view lists the companies that consented, with their grade. */
  REGION_AUTHORITY: ['ASSESSMENT'],
  ENGAGED_PROVIDER: ['ASSESSMENT'],
};

export interface ConsentCandidate {
  companyId: string;
  relations: CandidateRelation[];
  /** Scopes this grantee would see something with, in CONSENT_SCOPES order. */
  scopes: ConsentScope[];
}

/**
 * Who the grantor may usefully grant consent to (optionally for one scope): each related company
 * once, with all its relations, never the grantor itself. Ordered by its closest relation
 * (leaders, buyers, banks applied to, other banks), then by id.
 */
export function consentCandidates(
  grantorId: string,
  relations: readonly { companyId: string; relation: CandidateRelation }[],
  scope?: ConsentScope | null,
): ConsentCandidate[] {
  const byCompany = new Map<string, Set<CandidateRelation>>();
  for (const { companyId, relation } of relations) {
    if (companyId === grantorId) continue;
    if (!byCompany.has(companyId)) byCompany.set(companyId, new Set());
    byCompany.get(companyId)!.add(relation);
  }
  const rank = (c: ConsentCandidate) =>
    Math.min(...c.relations.map((r) => CANDIDATE_RELATIONS.indexOf(r)));
  return [...byCompany]
    .map(([companyId, set]) => {
      const ordered = CANDIDATE_RELATIONS.filter((r) => set.has(r));
      const useful = new Set(ordered.flatMap((r) => USEFUL[r]));
      return {
        companyId,
        relations: ordered,
        scopes: CONSENT_SCOPES.filter((s) => useful.has(s)),
      };
    })
    .filter((c) => !scope || c.scopes.includes(scope))
    .sort((a, b) => rank(a) - rank(b) || a.companyId.localeCompare(b.companyId));
}
