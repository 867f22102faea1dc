/**
 * Finds a Java runtime both servers accept. Neo4j 5.26 runs on Java 17 or 21 only; Kafka 3.9
 * on 17 and newer. JAVA_HOME wins when it fits, then `java` on the PATH, then the usual JVM folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const SUPPORTED = [17, 21];

/** The major version a `java` binary reports, or undefined when it does not run. */
function versionOf(javaBin: string, env: NodeJS.ProcessEnv): number | undefined {
  const run = spawnSync(javaBin, ['-version'], { encoding: 'utf8', env });
  if (run.error || run.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${run.stderr}${run.stdout}`);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

export interface JavaRuntime {
  bin: string;
  javac: string | undefined;
  major: number;
}

export function findJava(where: { env?: NodeJS.ProcessEnv; jvmDir?: string } = {}): JavaRuntime {
  const env = where.env ?? process.env;
  const jvmDir = where.jvmDir ?? '/usr/lib/jvm';
  const candidates: string[] = [];
  if (env.JAVA_HOME) candidates.push(path.join(env.JAVA_HOME, 'bin', 'java'));
  candidates.push('java');
  if (existsSync(jvmDir)) {
    for (const name of readdirSync(jvmDir).sort())
      candidates.push(path.join(jvmDir, name, 'bin', 'java'));
  }
  const seen: string[] = [];
  for (const bin of candidates) {
    const major = versionOf(bin, env);
    if (major === undefined) continue;
    seen.push(`${bin} (Java ${major})`);
    if (SUPPORTED.includes(major)) {
      const javac = bin === 'java' ? 'javac' : path.join(path.dirname(bin), 'javac');
      return { bin, javac: bin === 'java' || existsSync(javac) ? javac : undefined, major };
    }
  }
  throw new Error(
    seen.length === 0
      ? 'Java 17 or 21 not found: install openjdk-17-jre (e.g. apt-get install openjdk-17-jdk-headless), or set NEO4J_URI and KAFKA_BROKERS to use servers you run elsewhere.'
      : `Java 17 or 21 not found (Neo4j 5.26 needs one of them); found only ${seen.join(', ')}. Install openjdk-17-jdk-headless or point JAVA_HOME at a JDK 17/21.`,
  );
}
