/** API keys: the company's list, and the lookup the ingestion endpoint authenticates with. */
import type { Read } from './graph';

export interface ApiKeyRow {
  id: string;
  name: string;
  active: boolean;
  createdAt: string;
  revokedAt: string | null;
}

const KEY = `k { .id, .name, .active, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt) }`;

export function apiKeyReads(read: Read) {
  return {
    ofCompany: (companyId: string) =>
      read<ApiKeyRow>(
        `MATCH (k:ApiKey {companyId: $companyId}) RETURN ${KEY} ORDER BY k.createdAt DESC`,
        { companyId },
      ),
    async byId(id: string): Promise<ApiKeyRow | undefined> {
      return (await read<ApiKeyRow>(`MATCH (k:ApiKey {id: $id}) RETURN ${KEY}`, { id }))[0];
    },
    async credentials(id: string): Promise<
      | {
          companyId: string;
          secretHash: string;
          active: boolean;
          companyName: string;
          companyKind: string;
        }
      | undefined
    > {
      return (
        await read<{
          companyId: string;
          secretHash: string;
          active: boolean;
          companyName: string;
          companyKind: string;
        }>(
          'MATCH (c:Company)-[:HAS_API_KEY]->(k:ApiKey {id: $id}) RETURN k { .companyId, .secretHash, .active, companyName: c.name, companyKind: c.kind }',
          { id },
        )
      )[0];
    },
  };
}

export type ApiKeyReads = ReturnType<typeof apiKeyReads>;
