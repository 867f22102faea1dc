/** Company reads from the Neo4j read model. */
import type { CompanyKind } from '@chainlift/domain';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

export interface CompanyRow {
  id: string;
  name: string;
  uscc: string;
  kind: CompanyKind;
  region: string;
  industry: string;
  registeredAt: string;
}

const RETURN_COMPANY = `RETURN c { .id, .name, .uscc, .kind, .region, .industry, registeredAt: toString(c.registeredAt) } AS company`;

export function companyReads(driver: Driver, database?: string) {
  const read = async (query: string, params: Record<string, unknown>) => {
    const { records } = await driver.executeQuery(query, params, {
      database,
      routing: neo4j.routing.READ,
    });
    return records.map((r) => r.get('company') as CompanyRow);
  };
  return {
    async byId(id: string): Promise<CompanyRow | undefined> {
      return (await read(`MATCH (c:Company {id: $id}) ${RETURN_COMPANY}`, { id }))[0];
    },
    async list(filter: {
      kind?: CompanyKind | null;
      first: number;
      offset: number;
    }): Promise<CompanyRow[]> {
      return read(
        `MATCH (c:Company) WHERE $kind IS NULL OR c.kind = $kind
         ${RETURN_COMPANY} ORDER BY c.name, c.id SKIP $offset LIMIT $first`,
        {
          kind: filter.kind ?? null,
          first: neo4j.int(filter.first),
          offset: neo4j.int(filter.offset),
        },
      );
    },
  };
}

export type CompanyReads = ReturnType<typeof companyReads>;
