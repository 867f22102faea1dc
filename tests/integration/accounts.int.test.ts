/** Login, roles, user management, and tokens from an OIDC provider — on the real platform. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createTokenService, startGateway } from '@chainlift/gateway';
import { createLogger } from '@chainlift/platform';
import { graphql } from '../../scripts/lib/graphql-client';
import { TEST_PASSWORD } from '../support/accounts';
import { codeOf, startTestApi, type TestApi } from '../support/platform';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const ME = '{ me { email role platformAdmin company { id kind } } }';
const CREATE_USER =
  'mutation ($input: CreateUserInput!) { createUser(input: $input) { id email role } }';

describe('login and sessions', () => {
  it('logs in with e-mail and password and answers me', async () => {
    const company = await api.company('SME');
    const user = await api.user(company, 'OPERATOR');
    const { me } = await user.data<{
      me: { email: string; role: string; company: { id: string } };
    }>(ME);
    expect(me).toMatchObject({
      email: user.email,
      role: 'OPERATOR',
      platformAdmin: false,
      company: { id: company, kind: 'SME' },
    });
  });

  it('refuses a wrong password, no token and a forged token with UNAUTHENTICATED', async () => {
    const company = await api.company('SME');
    const user = await api.user(company);
    const wrong = await api.anonymous.gql(
      'mutation ($e: String!) { login(email: $e, password: "not the password") { token } }',
      { e: user.email },
    );
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe('the e-mail or the password is wrong');
    const none = await api.anonymous.gql(ME);
    expect(codeOf(none)).toBe('UNAUTHENTICATED');
    expect(none.errors?.[0]?.message).toMatch(/log in first/);
    const forged = await api.client(`${user.token!.slice(0, -4)}AAAA`).gql(ME);
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');
    expect(forged.errors?.[0]?.message).toMatch(/invalid or has expired/);
  });
});

describe('users', () => {
  it('lets a company ADMIN create users in its own company only, and not a VIEWER', async () => {
    const mine = await api.company('SME');
    const other = await api.company('SME');
    const admin = await api.user(mine, 'ADMIN');
    const viewer = await api.user(mine, 'VIEWER');
    const input = (companyId: string, email: string) => ({
      companyId,
      email,
      name: '李工',
      role: 'OPERATOR',
      password: TEST_PASSWORD,
    });

    const created = await admin.data<{ createUser: { role: string } }>(CREATE_USER, {
      input: input(mine, `new-${Date.now()}@test.chainlift`),
    });
    expect(created.createUser.role).toBe('OPERATOR');
    expect(
      codeOf(
        await admin.gql(CREATE_USER, { input: input(other, `x-${Date.now()}@test.chainlift`) }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await viewer.gql(CREATE_USER, { input: input(mine, `y-${Date.now()}@test.chainlift`) }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('rejects a taken e-mail with CONFLICT and a short password with BAD_USER_INPUT, writing nothing', async () => {
    const company = await api.company('SME');
    const user = await api.user(company);
    const taken = await api.gql(CREATE_USER, {
      input: {
        companyId: company,
        email: user.email,
        name: 'dup',
        role: 'VIEWER',
        password: TEST_PASSWORD,
      },
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    const email = `short-${Date.now()}@test.chainlift`;
    const short = await api.gql(CREATE_USER, {
      input: { companyId: company, email, name: 'x', role: 'VIEWER', password: 'short' },
    });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect(await api.cypher('MATCH (u:User {email: $email}) RETURN u', { email })).toEqual([]);
  });

  it('changes roles, and a deactivated user can no longer log in or use its token', async () => {
    const company = await api.company('SME');
    const admin = await api.user(company, 'ADMIN');
    const worker = await api.user(company, 'OPERATOR');
    const changed = await admin.data<{ changeUserRole: { role: string } }>(
      'mutation ($id: ID!) { changeUserRole(userId: $id, role: VIEWER) { role } }',
      {
        id: worker.userId,
      },
    );
    expect(changed.changeUserRole.role).toBe('VIEWER');
    await admin.data('mutation ($id: ID!) { deactivateUser(userId: $id) { active } }', {
      id: worker.userId,
    });
    const again = await worker.gql(ME);
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
    expect(again.errors?.[0]?.message).toMatch(/deactivated/);
    const login = await api.anonymous.gql(
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      {
        e: worker.email,
        p: TEST_PASSWORD,
      },
    );
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
  });

  it('lets only platform admins register companies', async () => {
    const company = await api.company('CHAIN_LEADER');
    const admin = await api.user(company, 'ADMIN');
    const input = {
      name: 'x',
      uscc: '91350100M000100Y43',
      kind: 'SME',
      region: 'r',
      industry: 'i',
    };
    const query =
      'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { status } }';
    expect(codeOf(await admin.gql(query, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await api.anonymous.gql(query, { input }))).toBe('UNAUTHENTICATED');
  });
});

describe('tokens from the deployment’s OIDC provider', () => {
  it('accepts a token signed by the provider’s JWKS and maps it to the user by e-mail', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const jwksServer = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
    const tokens = createTokenService({
      secret: 'x'.repeat(32),
      ttl: '1h',
      oidc: {
        jwksUrl,
        issuer: 'https://sso.example.cn',
        audience: 'chainlift',
        emailClaim: 'email',
      },
    });
    const gateway = await startGateway({
      driver: api.driver,
      bus: api.bus,
      log: createLogger('oidc', 'silent'),
      host: '127.0.0.1',
      port: 0,
      outcomeWaitMs: 20_000,
      tokens,
    });
    try {
      const company = await api.company('SME');
      const user = await api.user(company, 'VIEWER');
      const sign = (claims: Record<string, unknown>, issuer = 'https://sso.example.cn') =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer(issuer)
          .setAudience('chainlift')
          .setExpirationTime('5m')
          .sign(privateKey);
      const ok = await graphql<{ me: { email: string } }>(
        gateway.url,
        '{ me { email } }',
        {},
        {
          authorization: `Bearer ${await sign({ email: user.email.toUpperCase(), email_verified: true })}`,
        },
      );
      expect(ok.data?.me.email).toBe(user.email);
      const stranger = await graphql(
        gateway.url,
        '{ me { email } }',
        {},
        {
          authorization: `Bearer ${await sign({ email: 'nobody@example.cn', email_verified: true })}`,
        },
      );
      expect(codeOf(stranger)).toBe('UNAUTHENTICATED');
      const wrongIssuer = await graphql(
        gateway.url,
        '{ me { email } }',
        {},
        {
          authorization: `Bearer ${await sign({ email: user.email, email_verified: true }, 'https://evil.example')}`,
        },
      );
      expect(codeOf(wrongIssuer)).toBe('UNAUTHENTICATED');
    } finally {
      await gateway.close();
      await new Promise((resolve) => jwksServer.close(resolve));
    }
  });
});
