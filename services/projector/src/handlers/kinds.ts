import type { ManagedTransaction } from 'neo4j-driver';
import { rows } from './rows';

/** The kind of each of these companies that exists (one read for a run of events). */
export async function companyKinds(
  tx: ManagedTransaction,
  ids: Iterable<string>,
): Promise<Map<string, string>> {
  const found = await rows<{ id: string; kind: string }>(
    tx,
    'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id, c.kind AS kind',
    { ids: [...new Set(ids)] },
  );
  return new Map(found.map((c) => [c.id, c.kind]));
}
