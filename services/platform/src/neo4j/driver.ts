/** The Neo4j driver, created once per process, with the friendly connectivity check. */
import neo4j, { type BookmarkManager, type Driver } from 'neo4j-driver';

export type { BookmarkManager, Driver };

/** Bookmarks to chain reads after writes committed elsewhere (the projector's): see reads/graph.ts in the gateway. */
export const bookmarkManager = (): BookmarkManager => neo4j.bookmarkManager();

export interface GraphOptions {
  uri: string;
  user: string;
  password: string;
}

export function createDriver(options: GraphOptions): Driver {
  const auth =
    options.password === '' ? undefined : neo4j.auth.basic(options.user, options.password);
  return neo4j.driver(options.uri, auth, {
    // Integers come back as JS numbers: every integer the platform stores (fen, quantities, counts)
    // stays far inside 2^53. Writes wrap integers with toInteger() in Cypher so nothing is stored as a float.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
  });
}

/** Resolves when the server answers; otherwise rejects with a one-line reason. */
export async function checkNeo4j(driver: Driver, uri: string): Promise<void> {
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `Neo4j at ${uri} does not answer (${reason}). Check NEO4J_URI, or unset it to run a local Neo4j.`,
    );
  }
}
