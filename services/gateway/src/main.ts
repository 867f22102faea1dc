/** The gateway process: `tsx services/gateway/src/main.ts` (npm start runs it for you). */
import { calendarOf, loadConfig, openRuntime, productionRefusal } from '@chainlift/platform';
import { createTokenService, jwtSecret } from './auth/tokens';
import { startGateway } from './server';

async function main() {
  // Production mode never runs on a secret the platform made up: say so before connecting anything.
  const refusal = productionRefusal(loadConfig());
  if (refusal) throw new Error(refusal);
  const { config, log, driver, bus, close } = await openRuntime('gateway');
  const demo = config.mode === 'demo';
  const gateway = await startGateway({
    driver,
    bus,
    log,
    host: config.gateway.host,
    port: config.gateway.port,
    outcomeWaitMs: config.gateway.outcomeWaitMs,
    tokens: createTokenService({
      secret: jwtSecret(config),
      ttl: config.auth.jwtTtl,
      oidc: config.auth.oidc,
    }),
    database: config.neo4j.database,
    introspection: demo,
    landingPage: demo,
    live: config.gateway.live,
    calendar: calendarOf(config),
    login: config.gateway.login,
    ingest: config.gateway.ingest,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      throw new Error(
        `Port ${config.gateway.port} is taken by another program. Stop it or set GATEWAY_PORT to a free port.`,
      );
    }
    throw error;
  });

  const shutdown = async () => {
    await gateway.close();
    await close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(`gateway: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
