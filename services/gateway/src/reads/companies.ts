/** Company reads, including a per-request loader so lists resolve their companies in one query. */
import type { CompanyKind } from '@chainlift/domain';
import DataLoader from 'dataloader';
import { byIdOf, type Read } from './graph';

export interface CompanyRow {
  id: string;
  name: string;
  uscc: string;
  kind: CompanyKind;
  region: string | null;
  industry: string | null;
  registeredAt: string;
  /** GB/T 2260 division (Company.regionCode); absent when the row was read without it. */
  regionCode?: string | null;
}

export const COMPANY_FIELDS = `{ .id, .name, .uscc, .kind, .region, .regionCode, .industry, registeredAt: toString(c.registeredAt) }`;

export function companyReads(read: Read) {
  const loader = new DataLoader<string, CompanyRow | undefined>(async (ids) => {
    const rows = await read<CompanyRow>(
      `UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c ${COMPANY_FIELDS}`,
      { ids },
    );
    const byId = byIdOf(rows);
    return ids.map((id) => byId.get(id));
  });
  return {
    byId: (id: string) => loader.load(id),
    async mustGet(id: string): Promise<CompanyRow> {
      const company = await loader.load(id);
      if (!company) throw new Error(`company ${id} is missing from the read model`);
      return company;
    },
    list(filter: { kind?: CompanyKind | null; first: number; offset: number }) {
      return read<CompanyRow>(
        `MATCH (c:Company) WHERE $kind IS NULL OR c.kind = $kind
         RETURN c ${COMPANY_FIELDS} ORDER BY c.name, c.id SKIP toInteger($offset) LIMIT toInteger($first)`,
        { kind: filter.kind ?? null, first: filter.first, offset: filter.offset },
      );
    },
  };
}

export type CompanyReads = ReturnType<typeof companyReads>;
