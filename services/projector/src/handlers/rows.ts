import type { ManagedTransaction } from 'neo4j-driver';

/** Runs a query inside the batch's transaction and returns plain rows. */
export async function rows<T = Record<string, unknown>>(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const result = await tx.run(query, params);
  return result.records.map((r) => r.toObject() as T);
}

/** A Set of the values of one column. */
export const setOf = (list: Record<string, unknown>[], key: string) =>
  new Set(list.map((r) => r[key] as string));
