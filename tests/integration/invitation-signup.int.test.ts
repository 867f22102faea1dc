/**
 * Invitation links: an invited supplier's first user signs up with the link's one-time token
 * (acceptInvitationWithSignUp), which accepts the invitation and logs in — and every wrong,
 * expired or used link is refused with its code while nothing changes.
 */
import { randomUUID } from 'node:crypto';
import { invitationExpiresAt } from '@chainlift/domain';
import { generateInvitationToken } from '@chainlift/gateway';
import { TOPIC } from '@chainlift/platform';
import { TEST_PASSWORD } from '../support/accounts';
import {
  codeOf,
  startTestApi,
  uniqueUscc,
  waitFor,
  type Account,
  type TestApi,
} from '../support/platform';

let api: TestApi;
let leader: Account;
let chainId: string;
beforeAll(async () => {
  api = await startTestApi();
  leader = await api.user(await api.company('CHAIN_LEADER', '邀请链主'), 'ADMIN');
  ({
    createChain: { id: chainId },
  } = await leader.data<{ createChain: { id: string } }>(
    'mutation { createChain(name: "邀请测试链") { id } }',
  ));
}, 60_000);
afterAll(() => api.close());

interface Row {
  row: number;
  uscc: string;
  status: string;
  invitationToken: string | null;
  invitationExpiresAt: string | null;
}
const ROW = 'row uscc status invitationToken invitationExpiresAt';

/** The e-mail each link was sent to: a link signs up that address only (security finding 1). */
const invitedEmail = new Map<string, string>();

async function invite(uscc = uniqueUscc(), name = '临时名称'): Promise<Row & { uscc: string }> {
  const email = `${uscc.toLowerCase()}@test.chainlift`;
  const { inviteSupplier } = await leader.data<{ inviteSupplier: { rows: Row[] } }>(
    `mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { rows { ${ROW} } } }`,
    { c: chainId, s: { name, uscc, email } },
  );
  const row = inviteSupplier.rows[0]!;
  if (row.invitationToken) invitedEmail.set(row.invitationToken, email);
  return { ...row, uscc };
}

const SIGN_UP = `mutation ($i: InvitationSignUpInput!) {
  acceptInvitationWithSignUp(input: $i) { token expiresAt user { id email role company { id name region } } }
}`;
type Session = {
  acceptInvitationWithSignUp: {
    token: string;
    user: { id: string; email: string; role: string; company: { id: string; name: string } };
  };
};
let counter = 0;
const person = (token: string, extra: Record<string, unknown> = {}) => ({
  token,
  name: '王经理',
  email: invitedEmail.get(token) ?? `signup${Date.now().toString(36)}${++counter}@test.chainlift`,
  password: TEST_PASSWORD,
  ...extra,
});
const companyByUscc = async (uscc: string) =>
  (
    await api.cypher(
      `MATCH (c:Company {uscc: $uscc}) OPTIONAL MATCH (u:User)-[:WORKS_AT]->(c)
       OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Chain {id: $chainId})
       RETURN c.id AS id, c.name AS name, count(u) AS users, m.status AS status`,
      { uscc, chainId },
    )
  )[0] as { id: string; name: string; users: number; status: string };

describe('invitation links', () => {
  it('come with each new invitation, once, and expire in 14 days', async () => {
    const row = await invite();
    expect(row.status).toBe('CREATED');
    expect(row.invitationToken).toMatch(/^cli_[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(row.invitationExpiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    // Only the hash is kept.
    const stored = await api.cypher('MATCH (i:Invitation) WHERE i.tokenHash = $t RETURN i', {
      t: row.invitationToken,
    });
    expect(stored).toEqual([]);
  });

  it('sign up the first ADMIN, accept the invitation, claim the name and log in', async () => {
    const row = await invite(uniqueUscc(), '临时名称');
    // The sign-up page shows what the link is for, to its holder (no login).
    const PREVIEW =
      'query ($t: String!) { invitation(token: $t) { status expiresAt chainName inviterName companyName uscc provisional } }';
    const { invitation } = await api.anonymous.data<{ invitation: Record<string, unknown> }>(
      PREVIEW,
      { t: row.invitationToken },
    );
    expect(invitation).toEqual({
      status: 'OPEN',
      expiresAt: expect.any(String),
      chainName: '邀请测试链',
      inviterName: '邀请链主',
      companyName: '临时名称',
      uscc: row.uscc,
      provisional: true,
    });
    const input = person(row.invitationToken!, {
      companyName: '宁波甬华电机有限公司',
      region: '浙江省宁波市',
    });
    const { acceptInvitationWithSignUp: session } = await api.anonymous.data<Session>(SIGN_UP, {
      i: input,
    });
    expect(session.user).toMatchObject({
      email: input.email,
      role: 'ADMIN',
      company: { name: '宁波甬华电机有限公司', region: '浙江省宁波市' },
    });
    const me = api.client(session.token);
    const { myChains } = await me.data<{ myChains: { status: string; chain: { id: string } }[] }>(
      '{ myChains { status chain { id } } }',
    );
    expect(myChains).toEqual([{ status: 'ACTIVE', chain: { id: chainId } }]);
    // The password works for a normal login too.
    await api.login(input.email, TEST_PASSWORD);
    // The link is used up: a second sign-up is refused and changes nothing.
    const again = await api.anonymous.gql(SIGN_UP, { i: person(row.invitationToken!) });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.field).toBe('token');
    expect(
      (
        await api.anonymous.data<{ invitation: { status: string } }>(PREVIEW, {
          t: row.invitationToken,
        })
      ).invitation.status,
    ).toBe('USED');
    expect(
      (
        await api.anonymous.data<{ invitation: null }>(PREVIEW, {
          t: generateInvitationToken().token,
        })
      ).invitation,
    ).toBeNull();
    expect((await companyByUscc(row.uscc)).users).toBe(1);
  });

  it('refuse an unknown or mangled link with NOT_FOUND, bad input with BAD_USER_INPUT, and change nothing', async () => {
    const row = await invite();
    for (const token of [generateInvitationToken().token, 'cli_short', `${row.invitationToken}x`]) {
      const response = await api.anonymous.gql(SIGN_UP, { i: person(token) });
      expect(codeOf(response)).toBe('NOT_FOUND');
      expect(response.errors?.[0]?.extensions?.field).toBe('token');
    }
    const short = await api.anonymous.gql(SIGN_UP, {
      i: person(row.invitationToken!, { password: 'short' }),
    });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0]?.extensions?.field).toBe('password');
    // Another address than the invited one (here one already taken) is refused: the link is
    // bound to the invited e-mail (security finding 1; before, this was a CONFLICT on the e-mail).
    const taken = await api.anonymous.gql(SIGN_UP, {
      i: person(row.invitationToken!, { email: leader.email }),
    });
    expect(codeOf(taken)).toBe('FORBIDDEN');
    expect(taken.errors?.[0]?.extensions?.field).toBe('email');
    expect(await companyByUscc(row.uscc)).toMatchObject({ users: 0, status: 'INVITED' });
    // The link still works afterwards.
    const ok = await api.anonymous.gql(SIGN_UP, { i: person(row.invitationToken!) });
    expect(codeOf(ok)).toBe('OK');
  });

  it('refuse an expired link with FORBIDDEN', async () => {
    // An invitation whose link expired yesterday, written to the event log like the gateway does.
    const { token, tokenHash } = generateInvitationToken();
    const uscc = uniqueUscc();
    const event = {
      id: randomUUID(),
      type: 'SuppliersInvited',
      version: 1,
      occurredAt: new Date(Date.now() - 15 * 86_400_000).toISOString(),
      actor: { via: 'graphql', companyId: leader.companyId },
      payload: {
        chainId,
        inviterId: leader.companyId,
        suppliers: [
          {
            companyId: randomUUID(),
            name: '过期邀请',
            uscc,
            email: 'late@test.chainlift',
            supplies: [],
            invitation: {
              tokenHash,
              expiresAt: invitationExpiresAt(new Date(Date.now() - 15 * 86_400_000)),
            },
          },
        ],
      },
    };
    await api.bus.publish(TOPIC.chains, [{ key: chainId, value: JSON.stringify(event) }]);
    await waitFor(
      async () =>
        (
          await api.cypher('MATCH (i:Invitation {tokenHash: $h}) RETURN i.companyId AS id', {
            h: tokenHash,
          })
        )[0],
    );
    const response = await api.anonymous.gql(SIGN_UP, { i: person(token) });
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toMatch(/expired/);
    const { invitation } = await api.anonymous.data<{ invitation: { status: string } }>(
      'query ($t: String!) { invitation(token: $t) { status } }',
      { t: token },
    );
    expect(invitation.status).toBe('EXPIRED');
    expect(await companyByUscc(uscc)).toMatchObject({ users: 0, status: 'INVITED' });
  });

  it('are replaced when a still-invited company is invited again', async () => {
    const first = await invite();
    const second = await invite(first.uscc);
    expect(second.status).toBe('ALREADY_MEMBER');
    expect(second.invitationToken).toMatch(/^cli_/);
    expect(second.invitationToken).not.toBe(first.invitationToken);
    expect(codeOf(await api.anonymous.gql(SIGN_UP, { i: person(first.invitationToken!) }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await api.anonymous.gql(SIGN_UP, { i: person(second.invitationToken!) }))).toBe(
      'OK',
    );
  });

  it('are not given to companies that have users, and stop working once a company has one', async () => {
    // A registered company with a user: invited without a link (its users accept in the app).
    const withUser = await api.user(await api.company('SME', '已有账号'), 'ADMIN');
    const { company } = await api.data<{ company: { uscc: string } }>(
      'query ($id: ID!) { company(id: $id) { uscc } }',
      { id: withUser.companyId },
    );
    const row = await invite(company.uscc, '已有账号');
    expect(row).toMatchObject({ status: 'INVITED', invitationToken: null });
    // A company whose first user was created another way after the link went out.
    const later = await invite();
    await api.user((await companyByUscc(later.uscc)).id, 'ADMIN');
    const response = await api.anonymous.gql(SIGN_UP, { i: person(later.invitationToken!) });
    expect(codeOf(response)).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toMatch(/already has an account/);
  });

  it('are not given to a registered company, even with no user (security finding 1)', async () => {
    // Before, the inviter got a link and whoever held it became the company's ADMIN; its first
    // user now comes from the platform admin (tests/security/invitations.int.test.ts).
    const registered = await api.company('SME', '正式注册企业');
    const { company } = await api.data<{ company: { uscc: string } }>(
      'query ($id: ID!) { company(id: $id) { uscc } }',
      { id: registered },
    );
    const row = await invite(company.uscc, '正式注册企业');
    expect(row).toMatchObject({ status: 'INVITED', invitationToken: null });
  });

  it('come per row in the CSV import report', async () => {
    const [a, b] = [uniqueUscc(), uniqueUscc()];
    const csv = `name,uscc,email,supplies\n甲,${a},a@test.chainlift,电机\n乙,${b},b@test.chainlift,`;
    const { importSuppliers } = await leader.data<{
      importSuppliers: { applied: boolean; rows: Row[] };
    }>(
      `mutation ($c: ID!, $csv: String!) { importSuppliers(chainId: $c, csv: $csv) { applied rows { ${ROW} } } }`,
      {
        c: chainId,
        csv,
      },
    );
    expect(importSuppliers.applied).toBe(true);
    expect(importSuppliers.rows.map((r) => r.uscc)).toEqual([a, b]);
    for (const r of importSuppliers.rows) expect(r.invitationToken).toMatch(/^cli_/);
    // A file with an invalid row imports nothing and hands out no link.
    const { importSuppliers: refused } = await leader.data<{
      importSuppliers: { applied: boolean; rows: Row[] };
    }>(
      `mutation ($c: ID!, $csv: String!) { importSuppliers(chainId: $c, csv: $csv) { applied rows { ${ROW} } } }`,
      {
        c: chainId,
        csv: `name,uscc,email,supplies\n丙,${uniqueUscc()},c@test.chainlift,\n丁,91350100M000100Y44,d@test.chainlift,`,
      },
    );
    expect(refused.applied).toBe(false);
    expect(refused.rows.every((r) => r.invitationToken === null)).toBe(true);
  });
});
