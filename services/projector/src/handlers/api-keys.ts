/** API keys: created by a company ADMIN (only a hash of the secret), revoked at once. */
import { fail, ok } from '@chainlift/domain';
import type { Handler } from './handler';
import { rows, setOf } from './rows';

interface ApiKeyCreated {
  keyId: string;
  companyId: string;
  name: string;
  secretHash: string;
}

export const apiKeyCreated: Handler<ApiKeyCreated, { companies: Set<string>; keys: Set<string> }> =
  {
    type: 'ApiKeyCreated',
    async load(tx, events) {
      const companies = await rows(
        tx,
        'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id',
        { ids: events.map((e) => e.payload.companyId) },
      );
      const keys = await rows(tx, 'UNWIND $ids AS id MATCH (k:ApiKey {id: id}) RETURN k.id AS id', {
        ids: events.map((e) => e.payload.keyId),
      });
      return { companies: setOf(companies, 'id'), keys: setOf(keys, 'id') };
    },
    decide(state, { payload }) {
      if (!state.companies.has(payload.companyId))
        return fail('NOT_FOUND', `company ${payload.companyId} does not exist`);
      if (state.keys.has(payload.keyId))
        return fail('CONFLICT', `API key id ${payload.keyId} is already in use`);
      return ok(payload);
    },
    evolve(state, { payload }) {
      state.keys.add(payload.keyId);
      return state;
    },
    async write(tx, accepted) {
      await tx.run(
        `UNWIND $rows AS r MATCH (c:Company {id: r.companyId})
       CREATE (c)-[:HAS_API_KEY]->(:ApiKey {id: r.keyId, companyId: r.companyId, name: r.name, secretHash: r.secretHash,
                                            active: true, createdAt: datetime(r.at)})`,
        { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
      );
    },
  };

export const apiKeyRevoked: Handler<
  { keyId: string; companyId: string },
  Map<string, { companyId: string; active: boolean }>
> = {
  type: 'ApiKeyRevoked',
  async load(tx, events) {
    const found = await rows<{ id: string; companyId: string; active: boolean }>(
      tx,
      'UNWIND $ids AS id MATCH (k:ApiKey {id: id}) RETURN k.id AS id, k.companyId AS companyId, k.active AS active',
      { ids: events.map((e) => e.payload.keyId) },
    );
    return new Map(found.map((k) => [k.id, k]));
  },
  decide(keys, { payload }) {
    const key = keys.get(payload.keyId);
    if (!key || key.companyId !== payload.companyId)
      return fail('NOT_FOUND', 'your company has no API key with this id', 'id');
    if (!key.active) return fail('CONFLICT', 'this API key is already revoked', 'id');
    return ok(payload);
  },
  evolve(keys, { payload }) {
    const key = keys.get(payload.keyId);
    if (key) key.active = false;
    return keys;
  },
  async write(tx, accepted) {
    await tx.run(
      'UNWIND $rows AS r MATCH (k:ApiKey {id: r.keyId}) SET k.active = false, k.revokedAt = datetime(r.at)',
      {
        rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })),
      },
    );
  },
};
