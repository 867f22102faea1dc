/** Consents and the access log a data owner reads. */
import type { ConsentScope } from '@chainlift/domain';
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
}

export interface AccessRow {
  at: string;
  viewerCompanyId: string;
  viewerUserEmail: string | null;
  scope: ConsentScope;
  what: string;
}

const CONSENT = `c { .id, .grantorId, .granteeId, .scope, .status, expiresAt: toString(c.expiresAt), grantedAt: toString(c.grantedAt), revokedAt: toString(c.revokedAt) }`;

export function consentReads(read: Read) {
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
