/** Consents (grant, revoke) and the access records the gateway's authorization module emits. */
import { fail, ok, type ConsentGranted } from '@chainlift/domain';
import type { Handler } from './handler';
import { rows, setOf } from './rows';

export const consentGranted: Handler<ConsentGranted, { companies: Set<string>; ids: Set<string> }> =
  {
    type: 'ConsentGranted',
    async load(tx, events) {
      const companies = await rows(
        tx,
        'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id',
        {
          ids: [...new Set(events.flatMap((e) => [e.payload.grantorId, e.payload.granteeId]))],
        },
      );
      const ids = await rows(tx, 'UNWIND $ids AS id MATCH (c:Consent {id: id}) RETURN c.id AS id', {
        ids: events.map((e) => e.payload.consentId),
      });
      return { companies: setOf(companies, 'id'), ids: setOf(ids, 'id') };
    },
    decide(state, { payload }) {
      if (!state.companies.has(payload.granteeId))
        return fail('NOT_FOUND', `company ${payload.granteeId} does not exist`, 'granteeId');
      if (!state.companies.has(payload.grantorId))
        return fail('NOT_FOUND', `company ${payload.grantorId} does not exist`);
      if (state.ids.has(payload.consentId))
        return fail('CONFLICT', `consent id ${payload.consentId} is already in use`);
      return ok(payload);
    },
    evolve(state, { payload }) {
      state.ids.add(payload.consentId);
      return state;
    },
    async write(tx, accepted) {
      await tx.run(
        `UNWIND $rows AS r
       MATCH (g:Company {id: r.grantorId}) MATCH (e:Company {id: r.granteeId})
       CREATE (g)-[:GRANTS]->(:Consent {id: r.consentId, grantorId: r.grantorId, granteeId: r.granteeId, scope: r.scope,
         status: 'ACTIVE', expiresAt: CASE WHEN r.expiresAt IS NULL THEN null ELSE datetime(r.expiresAt) END,
         grantedAt: datetime(r.at)})-[:TO]->(e)`,
        { rows: accepted.map((e) => ({ expiresAt: null, ...e.payload, at: e.occurredAt })) },
      );
    },
  };

export const consentRevoked: Handler<
  { consentId: string; grantorId: string },
  Map<string, { grantorId: string; status: string }>
> = {
  type: 'ConsentRevoked',
  async load(tx, events) {
    const found = await rows<{ id: string; grantorId: string; status: string }>(
      tx,
      'UNWIND $ids AS id MATCH (c:Consent {id: id}) RETURN c.id AS id, c.grantorId AS grantorId, c.status AS status',
      { ids: events.map((e) => e.payload.consentId) },
    );
    return new Map(found.map((c) => [c.id, c]));
  },
  decide(consents, { payload }) {
    const consent = consents.get(payload.consentId);
    if (!consent || consent.grantorId !== payload.grantorId)
      return fail('NOT_FOUND', 'no such consent granted by this company', 'consentId');
    if (consent.status === 'REVOKED')
      return fail('CONFLICT', 'this consent is already revoked', 'consentId');
    return ok(payload);
  },
  evolve(consents, { payload }) {
    const consent = consents.get(payload.consentId);
    if (consent) consent.status = 'REVOKED';
    return consents;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (c:Consent {id: r.consentId}) SET c.status = 'REVOKED', c.revokedAt = datetime(r.at)`,
      {
        rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })),
      },
    );
  },
};

interface DataAccessed {
  accessId: string;
  ownerId: string;
  viewerCompanyId: string;
  viewerUserId: string;
  viewerUserEmail: string;
  scope: string;
  what: string;
  at: string;
}

export const dataAccessed: Handler<DataAccessed, null> = {
  type: 'DataAccessed',
  load: async () => null,
  decide: (_state, { payload }) => ok(payload),
  evolve: (state) => state,
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       CREATE (:AccessLog {id: r.accessId, ownerId: r.ownerId, viewerCompanyId: r.viewerCompanyId, viewerUserId: r.viewerUserId,
                           viewerUserEmail: r.viewerUserEmail, scope: r.scope, what: r.what, at: datetime(r.at)})`,
      { rows: accepted.map((e) => e.payload) },
    );
  },
};
