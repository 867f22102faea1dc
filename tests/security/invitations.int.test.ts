/**
 * Finding 1: account takeover through invitations. A chain member could invite an existing company
 * with no user yet (a registered bank, a warehouse operator, another leader's supplier), receive a
 * sign-up token for it and become its ADMIN; banks and warehouse operators could be invited,
 * CSV-imported or declared as suppliers. Now only a company the invitation itself created gets a
 * sign-up link, bound to the invited e-mail; an existing company's first user comes from the
 * platform admin; company kinds that cannot supply are refused, per row in an import.
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
  leader = await api.user(await api.company('CHAIN_LEADER', '攻防链主'), 'ADMIN');
  ({
    createChain: { id: chainId },
  } = await leader.data<{ createChain: { id: string } }>(
    'mutation { createChain(name: "攻防测试链") { id } }',
  ));
}, 60_000);
afterAll(() => api.close());

interface Row {
  row: number;
  status: string;
  message: string | null;
  invitationToken: string | null;
}
const INVITE = `mutation ($c: ID!, $s: SupplierInvite!) {
  inviteSupplier(chainId: $c, supplier: $s) { applied rows { row status message invitationToken } }
}`;
const invite = (uscc: string, email = `${uscc.toLowerCase()}@test.chainlift`) =>
  leader.data<{ inviteSupplier: { applied: boolean; rows: Row[] } }>(INVITE, {
    c: chainId,
    s: { name: '被邀企业', uscc, email },
  });
const SIGN_UP = `mutation ($i: InvitationSignUpInput!) { acceptInvitationWithSignUp(input: $i) { user { role } } }`;
const signUp = (token: string, email: string) =>
  api.anonymous.gql(SIGN_UP, { i: { token, name: '某人', email, password: TEST_PASSWORD } });
const usccOf = async (companyId: string) =>
  (await api.cypher('MATCH (c:Company {id: $id}) RETURN c.uscc AS u', { id: companyId }))[0]!
    .u as string;
const usersOf = async (companyId: string) =>
  Number(
    (
      await api.cypher('MATCH (u:User)-[:WORKS_AT]->(:Company {id: $id}) RETURN count(u) AS n', {
        id: companyId,
      })
    )[0]!.n,
  );
const memberOf = async (companyId: string) =>
  api.cypher('MATCH (:Company {id: $id})-[m:MEMBER_OF]->(:Chain {id: $c}) RETURN m.status AS s', {
    id: companyId,
    c: chainId,
  });

describe('finding 1: invitations give no account takeover', () => {
  it('gives no sign-up token for an existing company with no user (its first user comes from the platform admin)', async () => {
    const existing = await api.company('SME', '已注册无账号企业');
    const { inviteSupplier } = await invite(await usccOf(existing));
    expect(inviteSupplier.applied).toBe(true);
    expect(inviteSupplier.rows).toEqual([
      { row: 1, status: 'INVITED', message: null, invitationToken: null },
    ]);
    expect(await usersOf(existing)).toBe(0);
  });

  it('refuses, at apply time, an invitation event that carries a link for an existing company', async () => {
    const existing = await api.company('SME', '事件攻击目标');
    const { token, tokenHash } = generateInvitationToken();
    const event = {
      id: randomUUID(),
      type: 'SuppliersInvited',
      version: 1,
      occurredAt: new Date().toISOString(),
      actor: { via: 'graphql', companyId: leader.companyId },
      payload: {
        chainId,
        inviterId: leader.companyId,
        suppliers: [
          {
            companyId: randomUUID(),
            name: '事件攻击目标',
            uscc: await usccOf(existing),
            email: 'attacker@test.chainlift',
            supplies: [],
            invitation: { tokenHash, expiresAt: invitationExpiresAt(new Date()) },
          },
        ],
      },
    };
    await api.bus.publish(TOPIC.chains, [{ key: chainId, value: JSON.stringify(event) }]);
    const [outcome] = (await waitFor(async () => {
      const found = await api.cypher('MATCH (e:Event {id: $id}) RETURN e.status AS status', {
        id: event.id,
      });
      return found.length > 0 ? found : undefined;
    })) as { status: string }[];
    expect(outcome).toEqual({ status: 'REJECTED' });
    expect(codeOf(await signUp(token, 'attacker@test.chainlift'))).toBe('NOT_FOUND');
    expect(await usersOf(existing)).toBe(0);
  });

  it('binds the link of a company the invitation created to the invited e-mail', async () => {
    const uscc = uniqueUscc();
    const invited = `${uscc.toLowerCase()}@test.chainlift`;
    const { inviteSupplier } = await invite(uscc, invited);
    const token = inviteSupplier.rows[0]!.invitationToken!;
    expect(token).toMatch(/^cli_/);
    const other = await signUp(token, `not-${invited}`);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.extensions?.field).toBe('email');
    expect(codeOf(await signUp(token, invited))).toBe('OK');
  });

  it.each([
    ['BANK', '某银行'],
    ['WAREHOUSE_OPERATOR', '某仓储'],
  ] as const)(
    'refuses inviting a %s into the chain, with the reason on its row',
    async (kind, name) => {
      const id = await api.company(kind, name);
      const { inviteSupplier } = await invite(await usccOf(id));
      expect(inviteSupplier.applied).toBe(false);
      expect(inviteSupplier.rows).toEqual([
        expect.objectContaining({ status: 'INVALID', invitationToken: null }),
      ]);
      expect(inviteSupplier.rows[0]!.message).toMatch(
        new RegExp(`${kind}.*only chain leaders and SMEs`),
      );
      expect(await memberOf(id)).toEqual([]);
    },
  );

  it('refuses banks and warehouse operators in a CSV import, per row, and imports nothing', async () => {
    const bank = await usccOf(await api.company('BANK', '导入银行'));
    const warehouse = await usccOf(await api.company('WAREHOUSE_OPERATOR', '导入仓储'));
    const fine = uniqueUscc();
    const csv = `name,uscc,email\n银行,${bank},b@test.chainlift\n仓储,${warehouse},w@test.chainlift\n正常,${fine},f@test.chainlift`;
    const { importSuppliers } = await leader.data<{
      importSuppliers: { applied: boolean; rows: Row[] };
    }>(
      'mutation ($c: ID!, $csv: String!) { importSuppliers(chainId: $c, csv: $csv) { applied rows { row status message invitationToken } } }',
      { c: chainId, csv },
    );
    expect(importSuppliers.applied).toBe(false);
    expect(importSuppliers.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'INVALID'],
      [3, 'INVALID'],
      [4, 'CREATED'],
    ]);
    expect(importSuppliers.rows[0]!.message).toMatch(/BANK/);
    expect(importSuppliers.rows[1]!.message).toMatch(/WAREHOUSE_OPERATOR/);
    expect(await api.cypher('MATCH (c:Company {uscc: $u}) RETURN c', { u: fine })).toEqual([]);
  });

  it('refuses declaring a bank or a warehouse operator as a supplier', async () => {
    for (const kind of ['BANK', 'WAREHOUSE_OPERATOR'] as const) {
      const id = await api.company(kind, `声明${kind}`);
      const response = await leader.gql(
        'mutation ($s: ID!) { declareSupplier(supplierId: $s) { status } }',
        { s: id },
      );
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(
        await api.cypher('MATCH (:Company {id: $s})-[l:SUPPLIES]->() RETURN l', { s: id }),
      ).toEqual([]);
    }
  });
});
