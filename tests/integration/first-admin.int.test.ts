/**
 * Issue 15, a first admin: `npm run admin -- create --email …` (password from stdin when it is not
 * a terminal) and CHAINLIFT_ADMIN_EMAIL / CHAINLIFT_ADMIN_PASSWORD at the gateway's first start,
 * only when no platform admin exists. Both publish through Kafka and the projector.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { freePort } from '../../infra/local/ports';
import { startService } from '../../scripts/lib/service-process';
import { REPO_ROOT } from '@chainlift/platform';
import { startTestApi, uniqueUscc, type Client, type TestApi } from '../support/platform';
import { codeOf } from '../support/platform';

const registerCompany = (client: Client) =>
  client.gql(
    'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { company { id } } }',
    {
      input: {
        name: '管理员测试企业',
        uscc: uniqueUscc(),
        kind: 'SME',
        region: '浙江省宁波市',
        industry: '测试',
      },
    },
  );

/**
 * Runs the admin CLI without blocking this process: the gateway under test runs in-process, and a
 * synchronous spawn would stall it (its keep-alive sockets then reset the next request).
 */
const admin = (args: string[], input: string) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input);
  });

const unique = (what: string) => `${what}-${Date.now().toString(36)}@ops.chainlift`;

describe('issue 15: the first platform admin', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('npm run admin -- create makes a platform admin from the password on stdin; the same e-mail again changes nothing', async () => {
    const email = unique('cli');
    const password = 'cli-admin-password-1';
    const run = await admin(['create', '--email', email], `${password}\n`);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain(`platform admin ${email} created`);
    const created = await api.login(email, password);
    expect(codeOf(await registerCompany(created))).toBe('OK');

    const again = await admin(['create', '--email', email], 'another-password-1\n');
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(
      `✖ a user with the e-mail ${email} exists already: nothing was created`,
    );
    expect(
      codeOf(
        await api.anonymous.gql(
          'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          { e: email, p: 'another-password-1' },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  }, 180_000);

  it('npm run admin refuses a short password and a password on the command line, creating nobody', async () => {
    const email = unique('short');
    const short = await admin(['create', '--email', email], 'short\n');
    expect(short.status).toBe(1);
    expect(short.stderr.trim()).toBe('✖ the password must have at least 10 characters');
    const inline = await admin(['create', '--email', email, '--password', 'long-enough-1'], '');
    expect(inline.status).toBe(1);
    expect(inline.stderr).toMatch(/never given on the command line/);
    expect(await api.cypher('MATCH (u:User {email: $email}) RETURN u', { email })).toEqual([]);
  }, 120_000);

  it('CHAINLIFT_ADMIN_EMAIL/PASSWORD create the first admin when none exists, and nobody once one does', async () => {
    const logDir = path.join(process.env.CHAINLIFT_TEST_STATE_DIR ?? REPO_ROOT, 'logs');
    const gatewayWith = async (email: string, password: string) => {
      const gateway = startService({
        name: `first-admin-${Date.now()}`,
        entry: 'services/gateway/src/main.ts',
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          CHAINLIFT_MODE: 'production',
          LOG_LEVEL: 'info',
          GATEWAY_PORT: String(await freePort()),
          JWT_SECRET: randomBytes(32).toString('hex'),
          CHAINLIFT_ADMIN_EMAIL: email,
          CHAINLIFT_ADMIN_PASSWORD: password,
        },
        logDir,
        readyWhen: /"msg":"first platform admin \(CHAINLIFT_ADMIN_EMAIL\)"/,
      });
      await gateway.ready;
      return gateway;
    };
    const first = { email: unique('env'), password: 'env-admin-password-1' };
    // This platform has its admins already: hide them for a moment, as on an empty database.
    await api.cypher(
      'MATCH (u:User {platformAdmin: true}) SET u.platformAdmin = false, u.hiddenByFirstAdminTest = true',
    );
    try {
      const gateway = await gatewayWith(first.email, first.password);
      await gateway.stop();
      // Started again (a restart, a second replica): still one admin with that e-mail.
      await (await gatewayWith(first.email, first.password)).stop();
    } finally {
      await api.cypher(
        'MATCH (u:User {hiddenByFirstAdminTest: true}) SET u.platformAdmin = true REMOVE u.hiddenByFirstAdminTest',
      );
    }
    expect(
      await api.cypher('MATCH (u:User {email: $email}) RETURN u.platformAdmin AS admin', {
        email: first.email,
      }),
    ).toEqual([{ admin: true }]);
    expect(codeOf(await registerCompany(await api.login(first.email, first.password)))).toBe('OK');

    // Admins exist now: other variables create nobody.
    const later = { email: unique('later'), password: 'later-admin-password-1' };
    await (await gatewayWith(later.email, later.password)).stop();
    expect(
      await api.cypher('MATCH (u:User {email: $email}) RETURN u', { email: later.email }),
    ).toEqual([]);
  }, 240_000);
});
