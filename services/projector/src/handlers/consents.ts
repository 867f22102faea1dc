/** Consents (grant, revoke) and the access records the gateway's authorization module emits. Rules: @chainlift/domain access/consent-events. */
import {
  recordConsentGrant,
  recordDataAccess,
  revokeConsent,
  type ConsentGranted,
  type ConsentRevoked,
  type Consents,
  type DataAccessed,
  type CompanyDataExported,
  recordDataExport,
  type GrantConsentState,
} from '@chainlift/domain';
import type { Handler } from './handler';
import { rows, setOf } from './rows';

export const consentGranted: Handler<ConsentGranted, GrantConsentState> = {
  type: 'ConsentGranted',
  async load(tx, events) {
    const companies = await rows(
      tx,
      'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id',
      { ids: [...new Set(events.flatMap((e) => [e.payload.grantorId, e.payload.granteeId]))] },
    );
    const ids = await rows(tx, 'UNWIND $ids AS id MATCH (c:Consent {id: id}) RETURN c.id AS id', {
      ids: events.map((e) => e.payload.consentId),
    });
    return { companies: setOf(companies, 'id'), ids: setOf(ids, 'id') };
  },
  decide: (state, { payload }) => recordConsentGrant.decide(state, payload),
  evolve: (state, { payload }) => recordConsentGrant.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (g:Company {id: r.grantorId}) MATCH (e:Company {id: r.granteeId})
       CREATE (g)-[:GRANTS]->(:Consent {id: r.consentId, grantorId: r.grantorId, granteeId: r.granteeId, scope: r.scope,
         status: 'ACTIVE', expiresAt: CASE WHEN r.expiresAt IS NULL THEN null ELSE datetime(r.expiresAt) END, products: r.products,
         grantedAt: datetime(r.at)})-[:TO]->(e)`,
      {
        rows: accepted.map((e) => ({
          expiresAt: null,
          products: null,
          ...e.payload,
          at: e.occurredAt,
        })),
      },
    );
  },
};

export const consentRevoked: Handler<ConsentRevoked, Consents> = {
  type: 'ConsentRevoked',
  async load(tx, events) {
    const found = await rows<{ id: string; grantorId: string; status: string }>(
      tx,
      'UNWIND $ids AS id MATCH (c:Consent {id: id}) RETURN c.id AS id, c.grantorId AS grantorId, c.status AS status',
      { ids: events.map((e) => e.payload.consentId) },
    );
    return new Map(found.map((c) => [c.id, c]));
  },
  decide: (consents, { payload }) => revokeConsent.decide(consents, payload),
  evolve: (consents, { payload }) => revokeConsent.evolve(consents, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r MATCH (c:Consent {id: r.consentId}) SET c.status = 'REVOKED', c.revokedAt = datetime(r.at)`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

export const dataAccessed: Handler<DataAccessed, null> = {
  type: 'DataAccessed',
  load: async () => null,
  decide: (state, { payload }) => recordDataAccess.decide(state, payload),
  evolve: (state, { payload }) => recordDataAccess.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       CREATE (:AccessLog {id: r.accessId, ownerId: r.ownerId, viewerCompanyId: r.viewerCompanyId, viewerUserId: r.viewerUserId,
                           viewerUserEmail: r.viewerUserEmail, scope: r.scope, what: r.what, at: datetime(r.at)})`,
      { rows: accepted.map((e) => e.payload) },
    );
  },
};

/** The audit record of a company's data leaving as an archive (GET /takeaway/archive). */
export const companyDataExported: Handler<CompanyDataExported, null> = {
  type: 'CompanyDataExported',
  load: async () => null,
  decide: (state, { payload }) => recordDataExport.decide(state, payload),
  evolve: (state, { payload }) => recordDataExport.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       CREATE (:DataExport {id: r.exportId, companyId: r.companyId, userId: r.userId, userEmail: r.userEmail,
                            at: datetime(r.at), sha256: r.sha256, countsJson: r.countsJson})`,
      {
        rows: accepted.map((e) => ({ ...e.payload, countsJson: JSON.stringify(e.payload.counts) })),
      },
    );
  },
};
