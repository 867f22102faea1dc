/**
 * What a person sees when the machine is not ready: one line that says what to do, never a
 * stack trace. These run the real entry points and launchers; no servers are needed.
 */
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { findJava } from '../../infra/local/java';
import { startKafka } from '../../infra/local/kafka';
import { startNeo4j } from '../../infra/local/neo4j';
import { ConfigError, loadConfig, REPO_ROOT } from '@chainlift/platform';

const say = () => undefined;

function occupy(): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({ port, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

describe('startup errors', () => {
  it('explains a missing Java and how to fix it', () => {
    expect(() => findJava({ env: { PATH: '/nonexistent' }, jvmDir: '/nonexistent' })).toThrow(
      /^Java 17 or 21 not found: install openjdk-17/,
    );
  });

  it('explains a Neo4j port taken by another program', async () => {
    const taken = await occupy();
    try {
      const java = { bin: 'java', javac: 'javac', major: 17 };
      await expect(
        startNeo4j(
          {
            java,
            lib: '/x',
            launcherDir: '/x',
            stateDir: path.join(REPO_ROOT, '.chainlift', 'no-such-state'),
            port: taken.port,
            heap: '1g',
            pageCacheMb: 64,
          },
          say,
        ),
      ).rejects.toThrow(
        new RegExp(`^Port ${taken.port} is taken by another program.*NEO4J_BOLT_PORT`),
      );
      await expect(
        startKafka(
          {
            java,
            lib: '/x',
            stateDir: path.join(REPO_ROOT, '.chainlift', 'no-such-state'),
            port: taken.port,
            controllerPort: 1,
            heap: '1g',
          },
          say,
        ),
      ).rejects.toThrow(/KAFKA_PORT/);
    } finally {
      await taken.close();
    }
  });

  it('names each bad setting', () => {
    expect(() => loadConfig({ KAFKA_BROKERS: 'localhost', GATEWAY_PORT: '99999' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ KAFKA_BROKERS: 'localhost', GATEWAY_PORT: '99999' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        expect.stringMatching(/^KAFKA_BROKERS: must be host:port/),
        expect.stringMatching(/^GATEWAY_PORT: /),
      ]);
    }
  });

  it('npm start with an unreachable NEO4J_URI prints one line, no stack trace, and exits 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', KAFKA_BROKERS: '127.0.0.1:1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^✖ Neo4j at bolt:\/\/127\.0\.0\.1:1 does not answer .*Check NEO4J_URI/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
