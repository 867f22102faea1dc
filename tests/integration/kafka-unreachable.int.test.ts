/**
 * Issue 17 item 5: with KAFKA_BROKERS pointing at nothing, a service printed the kafkajs client's
 * JSON logs ("Connection error", retries) before giving up. It must say in one line what is wrong
 * and which variable to check, as it does for Neo4j — the same check `npm start` runs.
 */
import { spawn } from 'node:child_process';
import { freePort } from '../../infra/local/ports';
import { REPO_ROOT } from '@chainlift/platform';

const run = (entry: string, env: NodeJS.ProcessEnv) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: REPO_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });

describe('issue 17: an unreachable KAFKA_BROKERS is one line naming the variable', () => {
  it.each([
    ['gateway', 'services/gateway/src/main.ts'],
    ['projector', 'services/projector/src/main.ts'],
  ])('the %s', async (name, entry) => {
    const port = await freePort();
    const { status, stdout, stderr } = await run(entry, {
      ...process.env,
      CHAINLIFT_MODE: 'demo',
      LOG_LEVEL: 'info',
      GATEWAY_PORT: String(await freePort()),
      KAFKA_BROKERS: `127.0.0.1:${port}`,
    });
    expect(status).not.toBe(0);
    // Nothing of the Kafka client's own logging (pino JSON lines, its retries) reaches the person
    // starting the platform: only the one line on stderr.
    expect(stdout.trim()).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${name}: Kafka at 127\\.0\\.0\\.1:${port} does not answer \\(.*ECONNREFUSED.*\\)\\. Check KAFKA_BROKERS, or unset it to run a local Kafka\\.$`,
      ),
    );
  });
});
