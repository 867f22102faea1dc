/** API keys for company systems: created by a company ADMIN (only a hash of the secret is kept), revoked at once. */
import type { Decider } from '../shared/decider';
import { fail, ok } from '../shared/errors';

export interface ApiKeyCreated {
  keyId: string;
  companyId: string;
  name: string;
  secretHash: string;
}

export interface ApiKeyRevoked {
  keyId: string;
  companyId: string;
}

export interface CreateApiKeyState {
  companies: Set<string>;
  /** Key ids in use. */
  keys: Set<string>;
}

export const createApiKey: Decider<CreateApiKeyState, ApiKeyCreated> = {
  decide(state, command) {
    if (!state.companies.has(command.companyId))
      return fail('NOT_FOUND', `company ${command.companyId} does not exist`);
    if (state.keys.has(command.keyId))
      return fail('CONFLICT', `API key id ${command.keyId} is already in use`);
    return ok(command);
  },
  evolve(state, created) {
    state.keys.add(created.keyId);
    return state;
  },
};

/** Each known key's company and whether it still works. */
export type ApiKeys = Map<string, { companyId: string; active: boolean }>;

export const revokeApiKey: Decider<ApiKeys, ApiKeyRevoked> = {
  decide(keys, command) {
    const key = keys.get(command.keyId);
    if (!key || key.companyId !== command.companyId)
      return fail('NOT_FOUND', 'your company has no API key with this id', 'id');
    if (!key.active) return fail('CONFLICT', 'this API key is already revoked', 'id');
    return ok(command);
  },
  evolve(keys, revoked) {
    const key = keys.get(revoked.keyId);
    if (key) key.active = false;
    return keys;
  },
};
