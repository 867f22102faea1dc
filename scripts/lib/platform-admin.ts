/** The platform admin for scripts (npm start's demo, the test platform, npm run admin): their own connections. */
import { ensurePlatformAdmin, type AdminCredentials } from '@chainlift/gateway';
import { openRuntime, type Config, type Endpoints } from '@chainlift/platform';
import { graphqlData } from './graphql-client';

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

/** Signs in at the gateway `url`: the user's token. */
export const signIn = async (url: string, email: string, password: string): Promise<string> =>
  (
    await graphqlData<{ login: { token: string } }>(
      url,
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    )
  ).login.token;

/**
 * Signs in at the gateway `url` as the platform admin, creates `user` in its company and returns
 * that user's token: how a bench or script acts as a company's user on a throw-away platform.
 */
export async function companyUserToken(
  url: string,
  admin: AdminCredentials,
  user: { companyId: string; email: string; name: string; role: string; password: string },
): Promise<string> {
  await graphqlData(
    url,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: user },
    { authorization: `Bearer ${await signIn(url, admin.email, admin.password)}` },
  );
  return signIn(url, user.email, user.password);
}
