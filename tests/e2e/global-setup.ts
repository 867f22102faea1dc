/**
 * The e2e tests need: a Chromium, an up-to-date web/dist, and the test platform (real Neo4j,
 * Kafka, projector) that the integration tests use. When both projects run, the integration
 * project's global setup has already started the platform and this one reuses it.
 */
import integrationSetup from '../setup/global-setup';
import { ensureWebBuilt } from '../../scripts/lib/web-build';
import { ensureChromium } from './support/chromium';

const say = (line: string) => process.stdout.write(`  [e2e] ${line}\n`);

export default async function globalSetup(): Promise<void> {
  process.env.CHROMIUM_PATH = ensureChromium(say);
  await ensureWebBuilt(say);
  const state = globalThis as {
    __chainliftPlatform?: unknown;
    __chainliftE2eOwnsPlatform?: boolean;
  };
  if (!state.__chainliftPlatform) {
    await integrationSetup();
    state.__chainliftE2eOwnsPlatform = true;
  }
}
