/** npm run infra:start | infra:stop | infra:status — the local Neo4j and Kafka of `npm start`. */
import { ensureLocalInfra, localInfraStatus, stopLocalInfra } from '../infra/local';
import { loadConfig } from '@chainlift/platform';
import { fatal, say } from './lib/say';

async function main() {
  const config = loadConfig();
  const action = process.argv[2];
  if (action === 'start') {
    const endpoints = await ensureLocalInfra(config, say);
    say(`Neo4j ${endpoints.neo4jUri}   Kafka ${endpoints.kafkaBrokers.join(',')}`);
  } else if (action === 'stop') {
    await stopLocalInfra(config.local.stateDir, say);
  } else {
    const status = localInfraStatus(config.local.stateDir);
    say(
      `Neo4j: ${status.neo4jPid ? `running (pid ${status.neo4jPid}, bolt://127.0.0.1:${config.local.neo4jBoltPort})` : 'stopped'}`,
    );
    say(
      `Kafka: ${status.kafkaPid ? `running (pid ${status.kafkaPid}, 127.0.0.1:${config.local.kafkaPort})` : 'stopped'}`,
    );
    say(`data and logs: ${config.local.stateDir}`);
  }
}

main().catch(fatal);
