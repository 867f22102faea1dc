/** The Neo4j driver, created once per process, with the friendly connectivity check. */
import neo4j, { type BookmarkManager, type Driver } from 'neo4j-driver';

export type { BookmarkManager, Driver };

/** Bookmarks to chain reads after writes committed elsewhere (the projector's): see reads/graph.ts in the gateway. */
export const bookmarkManager = (): BookmarkManager => neo4j.bookmarkManager();

export interface GraphOptions {
  /** bolt://, neo4j:// (routing, for a cluster or Aura), or their TLS forms +s / +ssc. */
  uri: string;
  user: string;
  /** Empty: no authentication (the local Neo4j of `npm start` runs without). */
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

/** Resolves when the server answers; otherwise rejects with a one-line reason naming the variable to fix. */
export async function checkNeo4j(driver: Driver, uri: string, user = 'neo4j'): Promise<void> {
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    throw new Error(neo4jFailure(error, uri, user));
  }
}

/** The one-line reason for a failed connection to Neo4j. */
export function neo4jFailure(error: unknown, uri: string, user: string): string {
  const code = (error as { code?: string }).code ?? '';
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized')
    return `Neo4j at ${uri} refused user "${user}" (${reason}). Check NEO4J_PASSWORD (and NEO4J_USER).`;
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    return `Neo4j at ${uri} locked user "${user}" after failed logins (${reason}). Fix NEO4J_PASSWORD and wait a few seconds.`;
  // The driver's generic "failed to connect" text mentions encryption: an unreachable server is not a TLS problem.
  if (
    !/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(reason) &&
    /certificate|CERT_|self.signed|SSL|TLS|EPROTO|encrypt/i.test(reason)
  )
    return `Neo4j at ${uri}: TLS failed (${reason}). Check NEO4J_URI's scheme (bolt+s:// or neo4j+s:// for a server with TLS, +ssc to accept a self-signed certificate, bolt:// without TLS) or NODE_EXTRA_CA_CERTS for a private CA.`;
  return `Neo4j at ${uri} does not answer (${reason}). Check NEO4J_URI, or unset it to run a local Neo4j.`;
}
