import { stopTestPlatform, type TestPlatform } from './test-platform';

export default async function globalTeardown(): Promise<void> {
  const platform = (globalThis as { __chainliftPlatform?: TestPlatform }).__chainliftPlatform;
  if (platform) await stopTestPlatform(platform);
}
