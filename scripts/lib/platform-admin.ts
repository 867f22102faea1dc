/** The platform admin for scripts (npm start's demo, the test platform, npm run admin): their own connections. */
import { ensurePlatformAdmin, type AdminCredentials } from '@chainlift/gateway';
import { openRuntime, type Config, type Endpoints } from '@chainlift/platform';

export type { AdminCredentials };

/** Creates a platform admin unless the e-mail exists, opening (and closing) its own connections to the platform at `endpoints`. */
export async function bootstrapPlatformAdmin(
  config: Config,
  endpoints: Endpoints,
  admin: AdminCredentials,
): Promise<boolean> {
  const runtime = await openRuntime('bootstrap', { config, endpoints, logLevel: 'warn' });
  try {
    return await ensurePlatformAdmin(runtime.driver, runtime.bus, admin);
  } finally {
    await runtime.close();
  }
}
