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
}

const files = (stateDir: string) => ({
  home: path.join(stateDir, 'neo4j'),
  pid: path.join(stateDir, 'neo4j.pid'),
  port: path.join(stateDir, 'neo4j.port'),
  log: path.join(stateDir, 'neo4j.log'),
});

async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, {
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
  const running = readPid(f.pid);
  if (running !== undefined) {
    const port = Number(readFileSync(f.port, 'utf8'));
    if (port !== options.port) {
      throw new Error(
        `A local Neo4j from ${options.stateDir} already runs on port ${port}, not ${options.port}. Run \`npm run infra:stop\` first, or set NEO4J_BOLT_PORT=${port}.`,
      );
    }
    const uri = `bolt://127.0.0.1:${port}`;
    await waitUntilReady({
      name: 'Neo4j',
      pid: running,
      logFile: f.log,
      timeoutMs: 120_000,
      ready: () => boltAnswers(uri),
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
  ];
  const pid = spawnDetached(options.java.bin, args, {
    cwd: options.stateDir,
    logFile: f.log,
    pidFile: f.pid,
  });
  writeFileSync(f.port, String(options.port));
  say(`Neo4j starting (pid ${pid}, log ${f.log})…`);
  const uri = `bolt://127.0.0.1:${options.port}`;
  await waitUntilReady({
    name: 'Neo4j',
    pid,
    logFile: f.log,
    timeoutMs: 180_000,
    ready: async () => (await answersTcp(options.port)) && boltAnswers(uri),
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
