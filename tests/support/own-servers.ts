/**
 * A test file that is about its own servers (a SASL Kafka, a Neo4j it stops on purpose) keeps them
 * in a state folder of its own, apart from the shared test platform. This names the folder, stops
 * the servers in afterAll, and also when jest is interrupted before afterAll runs.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@chainlift/platform';
import { stopLocalInfra } from '../../infra/local';
import { stopOnInterrupt } from '../../infra/local/process';

export interface OwnServers {
  stateDir: string;
  /** Stops the servers and removes the folder (kept with KEEP_TEST_DATA). */
  stop(): Promise<void>;
}

export function ownServers(name: string, say: (line: string) => void): OwnServers {
  const stateDir = path.join(REPO_ROOT, '.chainlift', `${name}-${Date.now()}-${process.pid}`);
  const releaseInterrupt = stopOnInterrupt(stateDir);
  return {
    stateDir,
    async stop() {
      releaseInterrupt();
      await stopLocalInfra(stateDir, say);
      if (!process.env.KEEP_TEST_DATA) rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
