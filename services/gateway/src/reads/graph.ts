import type { BookmarkManager, Driver } from '@chainlift/platform';

export type Read = <T = Record<string, unknown>>(
  cypher: string,
  params?: Record<string, unknown>,
) => Promise<T[]>;

/** Every read transaction is cut off after this long (finding 13: no walk may hold the database). */
/** Rows read for many ids, by id (a read of many ids answers in any order, and only those that exist). */
export const byIdOf = <R extends { id: string }>(rows: readonly R[]): Map<string, R> =>
  new Map(rows.map((row) => [row.id, row]));

export const READ_TIMEOUT_MS = 20_000;

/**
 * A read-only query runner on the Neo4j read model (routed to readers in a cluster), with a timeout.
 * Given a request's bookmark manager, its reads carry the bookmarks of the writes the request saw
 * applied (writes/submit.ts): a follower answers only once it has them (read-your-writes on a
 * cluster). Without one, the driver's own manager chains this gateway's queries.
 */
export function reader(driver: Driver, database?: string, bookmarks?: BookmarkManager): Read {
  return async <T>(cypher: string, params: Record<string, unknown> = {}) => {
    const { records } = await driver.executeQuery(cypher, params, {
      database,
      routing: 'READ',
      transactionConfig: { timeout: READ_TIMEOUT_MS },
      ...(bookmarks ? { bookmarkManager: bookmarks } : {}),
    });
    return records.map((r) => (r.keys.length === 1 ? r.get(0) : r.toObject()) as T);
  };
}
