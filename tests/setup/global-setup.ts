import './source-packages';
import { startEphemeralPlatform } from '../../scripts/lib/ephemeral-platform';
import { TEST_ADMIN } from '../support/accounts';

export default async function globalSetup(): Promise<void> {
  (globalThis as { __chainliftPlatform?: unknown }).__chainliftPlatform =
    await startEphemeralPlatform(TEST_ADMIN);
}
