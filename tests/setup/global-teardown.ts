import './source-packages';
import {
  stopEphemeralPlatform,
  type EphemeralPlatform,
} from '../../scripts/lib/ephemeral-platform';

export default async function globalTeardown(): Promise<void> {
  const platform = (globalThis as { __chainliftPlatform?: EphemeralPlatform }).__chainliftPlatform;
  if (platform) await stopEphemeralPlatform(platform);
}
