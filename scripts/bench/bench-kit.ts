/**
 * What the benchmark scripts share besides their shell (bench-main.ts): options, percentiles,
 * numbers, and their baseline servers started as child processes like the gateway.
 */
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import { freePort } from '../../infra/local/ports';
import { fatal } from '../lib/say';
import { startService, type ServiceProcess } from '../lib/service-process';

/** The command line's `--quick`, `--name value` and positive numbers (a bad one ends the bench). */
export function benchArgs(argv: readonly string[]) {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const positive = (name: string, fallback: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) fatal(`${name} must be a positive number, got "${raw}"`);
    return n;
  };
  return { quick: argv.includes('--quick'), value, positive };
}

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
