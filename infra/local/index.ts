/**
 * Local servers for `npm start` and `npm test`: a real Neo4j and a real Kafka from Maven
 * Central jars. Skipped for whichever of NEO4J_URI / KAFKA_BROKERS is set.
 */
import { mkdirSync } from 'node:fs';
import type { Config, Endpoints } from '../../services/platform/src/config';
import { findJava } from './java';
import { ensureJars, ensureNeo4jLauncher } from './jars';
import { kafkaRunning, startKafka, stopKafka } from './kafka';
import { neo4jRunning, startNeo4j, stopNeo4j } from './neo4j';

export async function ensureLocalInfra(
  config: Config,
  say: (line: string) => void,
): Promise<Endpoints> {
  const needNeo4j = config.neo4j.uri === undefined;
  const needKafka = config.kafka.brokers === undefined;
  const local = config.local;
  let neo4jUri = config.neo4j.uri;
  let kafkaBrokers = config.kafka.brokers;
  if (needNeo4j || needKafka) {
    const java = findJava();
    mkdirSync(local.stateDir, { recursive: true });
    const neo4jLib = needNeo4j ? ensureJars('neo4j', local.cacheDir, say) : undefined;
    const kafkaLib = needKafka ? ensureJars('kafka', local.cacheDir, say) : undefined;
    const [uri, broker] = await Promise.all([
      neo4jLib
        ? startNeo4j(
            {
              java,
              lib: neo4jLib,
              launcherDir: ensureNeo4jLauncher(neo4jLib, java.javac),
              stateDir: local.stateDir,
              port: local.neo4jBoltPort,
              heap: local.neo4jHeap,
              pageCacheMb: local.neo4jPageCacheMb,
              // NEO4J_PASSWORD set: the local Neo4j runs with authentication, with that password.
              password: config.neo4j.password,
            },
            say,
          )
        : undefined,
      kafkaLib
        ? startKafka(
            {
              java,
              lib: kafkaLib,
              stateDir: local.stateDir,
              port: local.kafkaPort,
              controllerPort: local.kafkaControllerPort,
              heap: local.kafkaHeap,
            },
            say,
          )
        : undefined,
    ]);
    // Services connect with routing (neo4j://), as to a cluster: the local server answers a
    // routing table naming itself, so reads and writes go the same way they do on Aura.
    neo4jUri ??= uri?.replace(/^bolt:/, 'neo4j:');
    kafkaBrokers ??= broker ? [broker] : undefined;
  }
  return { neo4jUri: neo4jUri!, kafkaBrokers: kafkaBrokers! };
}

export async function stopLocalInfra(stateDir: string, say: (line: string) => void): Promise<void> {
  const [kafka, neo4j] = await Promise.all([stopKafka(stateDir), stopNeo4j(stateDir)]);
  say(kafka ? 'Kafka stopped' : 'Kafka was not running');
  say(neo4j ? 'Neo4j stopped' : 'Neo4j was not running');
}

export function localInfraStatus(stateDir: string): { neo4jPid?: number; kafkaPid?: number } {
  return { neo4jPid: neo4jRunning(stateDir), kafkaPid: kafkaRunning(stateDir) };
}
