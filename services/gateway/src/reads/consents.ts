/** Consents and the access log a data owner reads. */
import {
  parseRegionCode,
  regionCovers,
  IN_NETWORK,
  type CandidateRelation,
  type ConsentCandidate,
  type ConsentScope,
} from '@chainlift/domain';
import type { Read } from './graph';

export interface ConsentRow {
  id: string;
  grantorId: string;
  granteeId: string;
  scope: ConsentScope;
  status: string;
  expiresAt: string | null;
  grantedAt: string;
  revokedAt: string | null;
  products: string[] | null;
}

/** A candidate grantee with the scopes the grantor grants it now. */
export interface ConsentCandidateRow extends ConsentCandidate {
  granted: ConsentScope[];
}

export interface AccessRow {
  at: string;
  viewerCompanyId: string;
  viewerUserEmail: string | null;
  scope: ConsentScope;
  what: string;
}

const CONSENT = `c { .id, .grantorId, .granteeId, .scope, .status, expiresAt: toString(c.expiresAt), grantedAt: toString(c.grantedAt), revokedAt: toString(c.revokedAt), .products }`;

export function consentReads(read: Read) {
  /** The authorities whose region covers the grantor's regionCode (few: read them all, the domain decides). */
  const authoritiesOver = async (grantorId: string) => {
    const [row] = await read<{ code: string | null; authorities: { id: string; code: string }[] }>(
      `MATCH (me:Company {id: $grantorId})
       RETURN me.regionCode AS code,
              COLLECT { MATCH (a:Company {kind: 'AUTHORITY'}) WHERE a.regionCode IS NOT NULL
                        RETURN { id: a.id, code: a.regionCode } } AS authorities`,
      { grantorId },
    );
    const code = row?.code;
    if (!code) return [];
    return row.authorities.flatMap(({ id, code: covered }) => {
      const region = parseRegionCode(covered);
      return region.ok && regionCovers(region.value, code)
        ? [{ companyId: id, relation: 'REGION_AUTHORITY' as const }]
        : [];
    });
  };
  return {
    async byId(id: string): Promise<ConsentRow | undefined> {
      return (await read<ConsentRow>(`MATCH (c:Consent {id: $id}) RETURN ${CONSENT}`, { id }))[0];
    },
    list(companyId: string, direction: 'GRANTED' | 'RECEIVED') {
      const key = direction === 'GRANTED' ? 'grantorId' : 'granteeId';
      return read<ConsentRow>(
        `MATCH (c:Consent) WHERE c.${key} = $companyId RETURN ${CONSENT} ORDER BY c.grantedAt DESC`,
        { companyId },
      );
    },
    /** How other companies relate to the grantor, one row per relation (the consent-candidates rule decides). */
    candidateRelations(grantorId: string) {
      return read<{ companyId: string; relation: CandidateRelation }>(
        `CALL () {
           MATCH (:Company {id: $grantorId})-[m:MEMBER_OF]->(ch:Chain) WHERE m.status IN $inNetwork
           RETURN ch.leaderId AS companyId, 'CHAIN_LEADER' AS relation
           UNION
           MATCH (:Company {id: $grantorId})-[:SUPPLIES]->(b:Company) RETURN b.id AS companyId, 'BUYER' AS relation
           UNION
           MATCH (p:Pledge) WHERE p.requestedBy = $grantorId OR p.holderId = $grantorId
           RETURN p.bankId AS companyId, 'BANK_APPLIED' AS relation
           UNION
           MATCH (l:InventoryLoan {borrowerId: $grantorId}) RETURN l.bankId AS companyId, 'BANK_APPLIED' AS relation
           UNION
           MATCH (p:FinanceProduct) RETURN p.bankId AS companyId, 'BANK_PRODUCT' AS relation
           UNION
           MATCH (e:Engagement {companyId: $grantorId}) WHERE e.status <> 'CANCELLED'
           RETURN e.providerId AS companyId, 'ENGAGED_PROVIDER' AS relation
         }
         RETURN companyId, relation`,
        { grantorId, inNetwork: IN_NETWORK },
      ).then(async (related) => [...related, ...(await authoritiesOver(grantorId))]);
    },
    /** The scopes the grantor grants each grantee now (active, unexpired). */
    async activeGrants(grantorId: string): Promise<Map<string, ConsentScope[]>> {
      const rows = await read<{ granteeId: string; scopes: ConsentScope[] }>(
        `MATCH (c:Consent {grantorId: $grantorId})
         WHERE c.status = 'ACTIVE' AND (c.expiresAt IS NULL OR c.expiresAt > datetime())
         WITH c.granteeId AS granteeId, collect(DISTINCT c.scope) AS scopes
         RETURN granteeId, scopes`,
        { grantorId },
      );
      return new Map(rows.map((r) => [r.granteeId, r.scopes]));
    },
    accessLog(ownerId: string, since: string | null, scope: ConsentScope | null) {
      return read<AccessRow>(
        `MATCH (a:AccessLog) WHERE a.ownerId = $ownerId AND ($since IS NULL OR a.at >= datetime($since)) AND ($scope IS NULL OR a.scope = $scope)
         RETURN a { at: toString(a.at), .viewerCompanyId, .viewerUserEmail, .scope, .what } ORDER BY a.at DESC LIMIT 1000`,
        { ownerId, since, scope },
      );
    },
  };
}

export type ConsentReads = ReturnType<typeof consentReads>;
