/**
 * npm run rebuild — empties the Neo4j projection and replays every core topic from the start.
 * Stop `npm start` first (Ctrl-C): nothing may write to the graph while it is rebuilt.
 */
import { ensureLocalInfra } from '../infra/local';
import { rebuildProjection } from '@chainlift/projector';
import { graphFingerprint, loadConfig, openRuntime } from '@chainlift/platform';
import { fatal, say } from './lib/say';

async function main() {
  const config = loadConfig();
  const endpoints = await ensureLocalInfra(config, say);
  const runtime = await openRuntime('rebuild', { config, endpoints, logLevel: 'warn' });
  try {
    const members = await runtime.bus.groupMembers(config.projector.group);
    if (members > 0) {
      throw new Error(
        `${members} projector(s) of group ${config.projector.group} are running: stop npm start (Ctrl-C) and run npm run rebuild again.`,
      );
    }
    const before = await graphFingerprint(runtime.driver, config.neo4j.database);
    say(
      `projection before: ${before.nodes} nodes, ${before.relationships} relationships, hash ${before.hash.slice(0, 16)}`,
    );
    const report = await rebuildProjection({
      driver: runtime.driver,
      bus: runtime.bus,
      log: runtime.log,
      database: config.neo4j.database,
      say,
    });
    const after = await graphFingerprint(runtime.driver, config.neo4j.database);
    say(
      `projection after:  ${after.nodes} nodes, ${after.relationships} relationships, hash ${after.hash.slice(0, 16)}`,
    );
    say(
      `${report.events} events replayed in ${(report.ms / 1000).toFixed(1)} s (${report.applied} applied, ${report.rejected} rejected as they were live)`,
    );
    say(
      before.hash === after.hash
        ? 'same graph as before the rebuild'
        : 'the graph differs from before the rebuild: the old projection had drifted from the event log (the rebuilt one follows the log)',
    );
  } finally {
    await runtime.close();
  }
}

main().catch(fatal);
