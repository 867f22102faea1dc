/** The gateway process: `tsx services/gateway/src/main.ts` (npm start runs it for you). */
import { calendarOf, loadConfig, openRuntime, productionRefusal } from '@chainlift/platform';
import { ensureFirstPlatformAdmin } from './admin/platform-admin';
import { createTokenService, jwtSecret } from './auth/tokens';
import { startMailer } from './mail/mailer';
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
    demoLogins: demo,
    live: config.gateway.live,
    calendar: calendarOf(config),
    login: config.gateway.login,
    ingest: config.gateway.ingest,
    readiness: config.gateway.readiness,
    metricsToken: config.metrics.token,
    // Without its outcome consumer the gateway can neither answer writes nor push live updates:
    // exit (non-zero) so that the supervisor (compose, Kubernetes, systemd) starts a fresh one.
    onFatal: (reason) => {
      log.fatal({ reason }, 'exiting: the outcome consumer stopped for good');
      setTimeout(() => process.exit(1), 100);
    },
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      throw new Error(
        `Port ${config.gateway.port} is taken by another program. Stop it or set GATEWAY_PORT to a free port.`,
      );
    }
    throw error;
  });

  // The first platform admin from the environment, when no platform admin exists yet. In the
  // background: the projector may still be starting, and the gateway answers meanwhile.
  const firstAdmin = config.firstAdmin;
  if (firstAdmin)
    void (async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          const result = await ensureFirstPlatformAdmin(driver, bus, firstAdmin);
          log.info(
            { email: firstAdmin.email, result },
            'first platform admin (CHAINLIFT_ADMIN_EMAIL)',
          );
          return;
        } catch (error) {
          log.error(
            { err: error, attempt },
            'could not create the first platform admin (CHAINLIFT_ADMIN_EMAIL); trying again in 10 s',
          );
          if (attempt >= 30) return;
          await new Promise((r) => setTimeout(r, 10_000));
        }
      }
    })();

  // Inbox e-mail when SMTP_URL is set: every gateway joins the mailers' group; one sends each item.
  const mailer = config.mail
    ? await startMailer({ driver, bus, log, database: config.neo4j.database, ...config.mail })
    : undefined;
  if (mailer) log.info({ group: config.mail!.group }, 'inbox e-mail on (SMTP_URL)');

  const shutdown = async () => {
    await mailer?.close();
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
