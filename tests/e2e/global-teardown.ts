import integrationTeardown from '../setup/global-teardown';

/** Stops the test platform only when the e2e setup started it (else the integration teardown does). */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __chainliftE2eOwnsPlatform?: boolean };
  if (state.__chainliftE2eOwnsPlatform) await integrationTeardown();
}
