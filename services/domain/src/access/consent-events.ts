/**
 * Consent events as deciders: a grant (ConsentGranted), a revocation (ConsentRevoked), and the audit
 * record of a read of shared data (DataAccessed). The input rules of a grant are `grantConsent` in
 * consent.ts (checked by the gateway before it publishes); these are the rules at apply time.
 */
import type { Decider } from '../shared/decider';
import { noEvolve } from '../shared/decider';
import { fail, ok } from '../shared/errors';
import type { ConsentScope } from './access';
import type { ConsentGranted } from './consent';

export interface GrantConsentState {
  /** Companies that exist (grantors and grantees). */
  companies: Set<string>;
  /** Consent ids in use. */
  ids: Set<string>;
}

export const recordConsentGrant: Decider<GrantConsentState, ConsentGranted> = {
  decide(state, command) {
    if (!state.companies.has(command.granteeId))
      return fail('NOT_FOUND', `company ${command.granteeId} does not exist`, 'granteeId');
    if (!state.companies.has(command.grantorId))
      return fail('NOT_FOUND', `company ${command.grantorId} does not exist`);
    if (state.ids.has(command.consentId))
      return fail('CONFLICT', `consent id ${command.consentId} is already in use`);
    return ok(command);
  },
  evolve(state, granted) {
    state.ids.add(granted.consentId);
    return state;
  },
};

export interface ConsentRevoked {
  consentId: string;
  grantorId: string;
}

/** Each known consent's grantor and status. */
export type Consents = Map<string, { grantorId: string; status: string }>;

export const revokeConsent: Decider<Consents, ConsentRevoked> = {
  decide(consents, command) {
    const consent = consents.get(command.consentId);
    if (!consent || consent.grantorId !== command.grantorId)
      return fail('NOT_FOUND', 'your company granted no consent with this id', 'consentId');
    if (consent.status === 'REVOKED')
      return fail('CONFLICT', 'this consent is already revoked', 'consentId');
    return ok(command);
  },
  evolve(consents, revoked) {
    const consent = consents.get(revoked.consentId);
    if (consent) consent.status = 'REVOKED';
    return consents;
  },
};

export interface DataAccessed {
  accessId: string;
  ownerId: string;
  viewerCompanyId: string;
  viewerUserId: string;
  viewerUserEmail: string;
  scope: ConsentScope;
  what: string;
  at: string;
}

/** An access record is a fact the authorization module already decided: always recorded. */
export const recordDataAccess: Decider<null, DataAccessed> = {
  decide: (_state, command) => ok(command),
  evolve: noEvolve,
};
