import type { Driver } from 'neo4j-driver';

export type Read = <T = Record<string, unknown>>(
  cypher: string,
  params?: Record<string, unknown>,
) => Promise<T[]>;

/** Every read transaction is cut off after this long (finding 13: no walk may hold the database). */
export const READ_TIMEOUT_MS = 20_000;

/** A read-only query runner on the Neo4j read model (routed to readers in a cluster), with a timeout. */
export function reader(driver: Driver, database?: string): Read {
  return async <T>(cypher: string, params: Record<string, unknown> = {}) => {
    const { records } = await driver.executeQuery(cypher, params, {
      database,
      routing: 'READ',
      transactionConfig: { timeout: READ_TIMEOUT_MS },
    });
    return records.map((r) => (r.keys.length === 1 ? r.get(0) : r.toObject()) as T);
  };
}
