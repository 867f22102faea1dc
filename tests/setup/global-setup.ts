import { startTestPlatform } from './test-platform';

export default async function globalSetup(): Promise<void> {
  (globalThis as { __chainliftPlatform?: unknown }).__chainliftPlatform = await startTestPlatform();
}
