/** API keys: created by a company ADMIN (only a hash of the secret), revoked at once. Rules: @chainlift/domain access/api-key. */
import {
  createApiKey,
  revokeApiKey,
  type ApiKeyCreated,
  type ApiKeyRevoked,
  type ApiKeys,
  type CreateApiKeyState,
} from '@chainlift/domain';
import type { Handler } from './handler';
import { rows, setOf } from './rows';

export const apiKeyCreated: Handler<ApiKeyCreated, CreateApiKeyState> = {
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
  decide: (state, { payload }) => createApiKey.decide(state, payload),
  evolve: (state, { payload }) => createApiKey.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (c:Company {id: r.companyId})
       CREATE (c)-[:HAS_API_KEY]->(:ApiKey {id: r.keyId, companyId: r.companyId, name: r.name, secretHash: r.secretHash,
                                            active: true, createdAt: datetime(r.at)})`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

export const apiKeyRevoked: Handler<ApiKeyRevoked, ApiKeys> = {
  type: 'ApiKeyRevoked',
  async load(tx, events) {
    const found = await rows<{ id: string; companyId: string; active: boolean }>(
      tx,
      'UNWIND $ids AS id MATCH (k:ApiKey {id: id}) RETURN k.id AS id, k.companyId AS companyId, k.active AS active',
      { ids: events.map((e) => e.payload.keyId) },
    );
    return new Map(found.map((k) => [k.id, k]));
  },
  decide: (keys, { payload }) => revokeApiKey.decide(keys, payload),
  evolve: (keys, { payload }) => revokeApiKey.evolve(keys, payload),
  async write(tx, accepted) {
    await tx.run(
      'UNWIND $rows AS r MATCH (k:ApiKey {id: r.keyId}) SET k.active = false, k.revokedAt = datetime(r.at)',
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};
