/**
 * What the benchmark scripts share besides their shell (bench-main.ts) and options (bench-options.ts):
 * their baseline servers, started as child processes like the gateway.
 */
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import { freePort } from '../../infra/local/ports';
import { startService, type ServiceProcess } from '../lib/service-process';

/**
 * A bare server (the framework limit a bench sets the platform beside) as a child process on a free
 * port: `entry` listens on PORT and logs `{"msg":"<name> listening"}` when ready.
 */
export async function startBareServer(
  stateDir: string,
  bare: { name: string; entry: string; env?: NodeJS.ProcessEnv },
): Promise<{ bare: ServiceProcess; url: string }> {
  const port = await freePort();
  const server = startService({
    name: bare.name.replace(/\s+/g, '-'),
    entry: bare.entry,
    cwd: REPO_ROOT,
    env: { ...process.env, ...bare.env, PORT: String(port), NODE_ENV: 'production' },
    logDir: path.join(stateDir, 'logs'),
    readyWhen: new RegExp(`"msg":"${bare.name} listening"`),
  });
  await server.ready;
  return { bare: server, url: `http://127.0.0.1:${port}/graphql` };
}
