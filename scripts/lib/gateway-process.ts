/**
 * A gateway as a child process on a throw-away platform (the same entry point `npm start` runs),
 * on a free port with a random JWT secret: what the benchmarks time their requests against.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import { freePort } from '../../infra/local/ports';
import { startService, type ServiceProcess } from './service-process';

export async function startGatewayProcess(
  stateDir: string,
  env: NodeJS.ProcessEnv = {},
  /** Extra Node flags, e.g. `--cpu-prof` (node refuses it in NODE_OPTIONS). */
  nodeFlags: readonly string[] = [],
): Promise<{ gateway: ServiceProcess; url: string }> {
  const port = await freePort();
  const gateway = startService({
    name: 'gateway',
    command: ['node', ...nodeFlags, '--import', 'tsx', 'services/gateway/src/main.ts'],
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      GATEWAY_PORT: String(port),
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'info',
      ...env,
    },
    logDir: path.join(stateDir, 'logs'),
    readyWhen: /"msg":"gateway listening"/,
  });
  await gateway.ready;
  return { gateway, url: `http://127.0.0.1:${port}/graphql` };
}
