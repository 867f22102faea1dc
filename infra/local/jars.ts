/**
 * The servers' jars, fetched from Maven Central by the poms in infra/neo4j and infra/kafka into
 * a cache outside the clone (CHAINLIFT_CACHE_DIR, default ~/.cache/chainlift), then reused.
 * A folder is named after a hash of its pom, so pinning another version fetches afresh, and is
 * filled in a temporary folder first, so an interrupted download leaves nothing half-done.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { INFRA_DIR } from './paths';

export type Server = 'neo4j' | 'kafka';

const DEPENDENCY_PLUGIN =
  'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies';

const hashOf = (...files: string[]) => {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
};

function hasMaven(): boolean {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  return !run.error && run.status === 0;
}

/** Returns the folder holding the server's jars, downloading them on first use. */
export function ensureJars(server: Server, cacheDir: string, say: (line: string) => void): string {
  const pom = path.join(INFRA_DIR, server, 'pom.xml');
  const dir = path.join(cacheDir, `${server}-${hashOf(pom)}`);
  const lib = path.join(dir, 'lib');
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return lib;

  if (!hasMaven()) {
    throw new Error(
      `Maven not found: it fetches the ${server} jars once from Maven Central. Install it (apt-get install maven), ` +
        `or set ${server === 'neo4j' ? 'NEO4J_URI' : 'KAFKA_BROKERS'} to use a server you run elsewhere.`,
    );
  }
  say(`fetching ${server} jars from Maven Central into ${dir} (first run only, about a minute)…`);
  const partial = `${lib}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const run = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      pom,
      DEPENDENCY_PLUGIN,
      `-DoutputDirectory=${partial}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (run.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    const detail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-8).join('\n');
    throw new Error(
      `Maven could not fetch the ${server} jars (is Maven Central reachable?):\n${detail}`,
    );
  }
  rmSync(lib, { recursive: true, force: true });
  renameSync(partial, lib);
  writeFileSync(done, `${new Date().toISOString()}\n${readdirSync(lib).length} jars\n`);
  say(`${server}: ${readdirSync(lib).length} jars cached`);
  return lib;
}

/** Compiles infra/neo4j/Launcher.java once per version of its source; returns the classes folder. */
export function ensureNeo4jLauncher(lib: string, javac: string | undefined): string {
  const source = path.join(INFRA_DIR, 'neo4j', 'Launcher.java');
  const out = path.join(path.dirname(lib), `launcher-${hashOf(source)}`);
  if (existsSync(path.join(out, 'Launcher.class'))) return out;
  if (!javac) {
    throw new Error(
      'javac not found: the Neo4j launcher needs a JDK 17 (apt-get install openjdk-17-jdk-headless), or set NEO4J_URI.',
    );
  }
  const partial = `${out}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const run = spawnSync(javac, ['-cp', path.join(lib, '*'), '-d', partial, source], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(
      `could not compile the Neo4j launcher: ${(run.stderr || String(run.error)).trim()}`,
    );
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(partial, out);
  return out;
}
