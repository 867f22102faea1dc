/** A local Neo4j 5.26 community server, run by infra/neo4j/Launcher.java, data under stateDir. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { JavaRuntime } from './java';
import { readPid, spawnDetached, stopByPidFile } from './process';
import { isPortFree } from './ports';
import { answersTcp, waitUntilReady } from './wait';

export interface Neo4jOptions {
  java: JavaRuntime;
  lib: string;
  launcherDir: string;
  stateDir: string;
  port: number;
  heap: string;
  pageCacheMb: number;
  /** Authentication on, with this password for the user neo4j (empty or unset: off). */
  password?: string;
  /** A folder with private.key and public.crt: Bolt requires TLS (the URI is bolt+s://). */
  tlsDir?: string;
  /** How long a fresh start may take before it counts as failed (180 s unless given). */
  readyTimeoutMs?: number;
}

const files = (stateDir: string) => ({
  home: path.join(stateDir, 'neo4j'),
  pid: path.join(stateDir, 'neo4j.pid'),
  port: path.join(stateDir, 'neo4j.port'),
  log: path.join(stateDir, 'neo4j.log'),
});

/** Readiness probe: any answer to a query, with the password when authentication is on. */
async function boltAnswers(uri: string, password: string | undefined): Promise<boolean> {
  // The probe accepts the server's certificate as it is (+ssc): it only asks "is it up?".
  const probe = uri.replace(/^bolt\+s:/, 'bolt+ssc:');
  const auth = password ? neo4j.auth.basic('neo4j', password) : undefined;
  const driver = neo4j.driver(probe, auth, {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** Starts the server unless this state folder's server already runs; resolves with its Bolt URI. */
export async function startNeo4j(
  options: Neo4jOptions,
  say: (line: string) => void,
): Promise<string> {
  const f = files(options.stateDir);
  const scheme = options.tlsDir ? 'bolt+s' : 'bolt';
  const running = readPid(f.pid);
  if (running !== undefined) {
    const port = Number(readFileSync(f.port, 'utf8'));
    if (port !== options.port) {
      throw new Error(
        `A local Neo4j from ${options.stateDir} already runs on port ${port}, not ${options.port}. Run \`npm run infra:stop\` first, or set NEO4J_BOLT_PORT=${port}.`,
      );
    }
    const uri = `${scheme}://127.0.0.1:${port}`;
    await waitUntilReady({
      name: 'Neo4j',
      pid: running,
      logFile: f.log,
      timeoutMs: 120_000,
      ready: () => boltAnswers(uri, options.password),
    });
    say(`Neo4j already running (pid ${running}) at ${uri}`);
    return uri;
  }
  if (!(await isPortFree(options.port))) {
    throw new Error(
      `Port ${options.port} is taken by another program, so Neo4j cannot listen there. Stop that program or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  mkdirSync(f.home, { recursive: true });
  const args = [
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    `${options.launcherDir}${path.delimiter}${path.join(options.lib, '*')}`,
    'Launcher',
    f.home,
    String(options.port),
    String(options.pageCacheMb),
    ...(options.tlsDir ? [options.tlsDir] : []),
  ];
  // The password reaches the launcher in its environment, never on its command line.
  const env = { ...process.env };
  delete env.CHAINLIFT_NEO4J_PASSWORD;
  if (options.password) env.CHAINLIFT_NEO4J_PASSWORD = options.password;
  const pid = spawnDetached(options.java.bin, args, {
    cwd: options.stateDir,
    logFile: f.log,
    pidFile: f.pid,
    env,
  });
  writeFileSync(f.port, String(options.port));
  say(`Neo4j starting (pid ${pid}, log ${f.log})…`);
  const uri = `${scheme}://127.0.0.1:${options.port}`;
  await waitUntilReady({
    name: 'Neo4j',
    pid,
    logFile: f.log,
    timeoutMs: options.readyTimeoutMs ?? 180_000,
    ready: async () => (await answersTcp(options.port)) && boltAnswers(uri, options.password),
  });
  say(`Neo4j ready at ${uri}`);
  return uri;
}

export async function stopNeo4j(stateDir: string): Promise<boolean> {
  return stopByPidFile(files(stateDir).pid);
}

export function neo4jRunning(stateDir: string): number | undefined {
  const f = files(stateDir);
  return existsSync(f.pid) ? readPid(f.pid) : undefined;
}
