/**
 * Finding 11 (login): per-account lockout with backoff that holds across gateways (failed logins are
 * events every gateway reads), per-address throttling (per gateway), equal work for unknown e-mails,
 * changing one's password, one-time reset links issued by an admin, and OIDC that insists on issuer,
 * audience and a verified e-mail — through real gateways on the shared Neo4j and Kafka.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCKOUT } from '@chainlift/domain';
import { createTokenService, startGateway } from '@chainlift/gateway';
import { ConfigError, createLogger, loadConfig } from '@chainlift/platform';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { graphql } from '../../scripts/lib/graphql-client';
import { TEST_PASSWORD } from '../support/accounts';
import { codeOf, startTestApi, type TestApi } from '../support/platform';

let api: TestApi;
/** A second gateway over the same Neo4j and Kafka, as in a deployment with several. */
let other: TestApi;
beforeAll(async () => {
  api = await startTestApi({ login: { maxFailuresPerAddress: 1000 } });
  other = await startTestApi({ login: { maxFailuresPerAddress: 1000 } });
}, 120_000);
afterAll(async () => {
  await other?.close();
  await api?.close();
});

const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const attempt = (gateway: TestApi, email: string, password: string) =>
  gateway.anonymous.gql(LOGIN, { e: email, p: password });
const failedLogins = async (userId: string) =>
  (await api.cypher('MATCH (u:User {id: $id}) RETURN u.failedLogins AS n', { id: userId }))[0]?.n;

describe('finding 11: per-account lockout that holds across gateways', () => {
  it('locks an account after repeated failures on one gateway, on every gateway, even with the right password', async () => {
    const user = await api.user(await api.company('SME'), 'OPERATOR');
    for (let i = 0; i < LOCKOUT.threshold; i += 1)
      expect(codeOf(await attempt(i % 2 ? other : api, user.email, 'wrong password!'))).toBe(
        'UNAUTHENTICATED',
      );
    expect(await failedLogins(user.userId)).toBe(LOCKOUT.threshold);
    const locked = await attempt(other, user.email, TEST_PASSWORD);
    expect(codeOf(locked)).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0]?.message).toMatch(/try again after/);
    expect(codeOf(await attempt(api, user.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
  });

  it('a successful login starts the count again', async () => {
    const user = await api.user(await api.company('SME'), 'VIEWER');
    await attempt(api, user.email, 'wrong password!');
    await attempt(other, user.email, 'wrong password!');
    expect(await failedLogins(user.userId)).toBe(2);
    expect(codeOf(await attempt(other, user.email, TEST_PASSWORD))).toBe('OK');
    expect(await failedLogins(user.userId)).toBe(0);
  });
});

describe('finding 11: per-address throttling (per gateway) and equal work for unknown e-mails', () => {
  it('refuses an address that failed too often, whichever accounts it tried', async () => {
    const user = await api.user(await api.company('SME'), 'VIEWER');
    const gateway = await startTestApi({ login: { maxFailuresPerAddress: 3 } });
    try {
      for (let i = 0; i < 3; i += 1)
        expect(codeOf(await attempt(gateway, `nobody${i}-${Date.now()}@x.cn`, 'guess-1234'))).toBe(
          'UNAUTHENTICATED',
        );
      expect(codeOf(await attempt(gateway, user.email, TEST_PASSWORD))).toBe('TOO_MANY_REQUESTS');
      // Another gateway keeps its own count (the README says the limit is per instance).
      expect(codeOf(await attempt(api, user.email, TEST_PASSWORD))).toBe('OK');
    } finally {
      await gateway.close();
    }
  });

  it('spends as long on an e-mail no account has as on a wrong password (scrypt and the event either way)', async () => {
    const user = await api.user(await api.company('SME'), 'VIEWER');
    const timed = async (email: string) => {
      const started = performance.now();
      expect(codeOf(await attempt(api, email, 'wrong password!'))).toBe('UNAUTHENTICATED');
      return performance.now() - started;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < LOCKOUT.threshold - 1; i += 1) {
      known.push(await timed(user.email));
      unknown.push(await timed(`nobody-${i}-${Date.now()}@x.cn`));
    }
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
  });
});

describe('finding 11: changing and resetting a password', () => {
  it('changes one’s own password with the current one; a wrong current one is refused and counted', async () => {
    const user = await api.user(await api.company('SME'), 'VIEWER');
    const CHANGE =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }';
    const wrong = await user.gql(CHANGE, { c: 'not my password', n: 'a brand new password' });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.field).toBe('currentPassword');
    expect(await failedLogins(user.userId)).toBe(1);
    expect(codeOf(await user.gql(CHANGE, { c: TEST_PASSWORD, n: 'a brand new password' }))).toBe(
      'OK',
    );
    expect(codeOf(await attempt(other, user.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attempt(other, user.email, 'a brand new password'))).toBe('OK');
  });

  it('a company ADMIN (its own users) or the platform admin issues a one-time reset link; it works once', async () => {
    const company = await api.company('SME');
    const admin = await api.user(company, 'ADMIN');
    const user = await api.user(company, 'OPERATOR');
    const stranger = await api.user(await api.company('SME'), 'ADMIN');
    const ISSUE =
      'mutation ($u: ID!) { issuePasswordReset(userId: $u) { token expiresAt user { id } } }';
    const RESET =
      'mutation ($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) { token user { id } } }';

    expect(codeOf(await stranger.gql(ISSUE, { u: user.userId }))).toBe('FORBIDDEN');
    expect(codeOf(await user.gql(ISSUE, { u: admin.userId }))).toBe('FORBIDDEN');
    expect(codeOf(await api.admin.gql(ISSUE, { u: user.userId }))).toBe('OK');
    const issued = await admin.data<{ issuePasswordReset: { token: string; expiresAt: string } }>(
      ISSUE,
      { u: user.userId },
    );
    const { token, expiresAt } = issued.issuePasswordReset;
    expect(token).toMatch(/^clr_/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    // Only its hash is at rest.
    const [stored] = await api.cypher('MATCH (u:User {id: $id}) RETURN properties(u) AS p', {
      id: user.userId,
    });
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));

    // The platform admin's earlier link was replaced by the company admin's.
    const reset = await api.anonymous.gql<{ resetPassword: { user: { id: string } } }>(RESET, {
      t: token,
      n: 'reset and renewed',
    });
    expect(reset.data?.resetPassword.user.id).toBe(user.userId);
    expect(codeOf(await attempt(other, user.email, 'reset and renewed'))).toBe('OK');
    expect(codeOf(await attempt(other, user.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    const again = await api.anonymous.gql(RESET, { t: token, n: 'another new one!' });
    expect(codeOf(again)).toBe('NOT_FOUND');
    expect(again.errors?.[0]?.extensions?.field).toBe('token');
  });
});

describe('finding 11: OIDC', () => {
  it('refuses to start without issuer and audience', () => {
    const env = { OIDC_JWKS_URL: 'https://sso.example.cn/jwks.json' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, OIDC_ISSUER: 'https://sso.example.cn' })).toThrow(
      /OIDC_AUDIENCE/,
    );
    expect(
      loadConfig({ ...env, OIDC_ISSUER: 'https://sso.example.cn', OIDC_AUDIENCE: 'chainlift' }).auth
        .oidc,
    ).toMatchObject({ issuer: 'https://sso.example.cn', audience: 'chainlift' });
  });

  it('accepts a provider’s token only with email_verified', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const jwksServer = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
    const gateway = await startGateway({
      driver: api.driver,
      bus: api.bus,
      log: createLogger('oidc', 'silent'),
      host: '127.0.0.1',
      port: 0,
      outcomeWaitMs: 20_000,
      tokens: createTokenService({
        secret: 'x'.repeat(32),
        ttl: '1h',
        oidc: {
          jwksUrl,
          issuer: 'https://sso.example.cn',
          audience: 'chainlift',
          emailClaim: 'email',
        },
      }),
    });
    try {
      const user = await api.user(await api.company('SME'), 'VIEWER');
      const me = async (claims: Record<string, unknown>) => {
        const token = await new SignJWT(claims)
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer('https://sso.example.cn')
          .setAudience('chainlift')
          .setExpirationTime('5m')
          .sign(privateKey);
        return graphql(gateway.url, '{ me { email } }', {}, { authorization: `Bearer ${token}` });
      };
      expect(codeOf(await me({ email: user.email }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await me({ email: user.email, email_verified: false }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(codeOf(await me({ email: user.email, email_verified: true }))).toBe('OK');
    } finally {
      await gateway.close();
      await new Promise((resolve) => jwksServer.close(resolve));
    }
  });
});
