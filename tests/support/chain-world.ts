/**
 * A small chain built through the public API, the way its members would:
 *   leader ← t1a ← t2 ← t3        (t2 also supplies t1b)
 *   leader ← t1b
 * plus an outsider in no chain. Every company has an ADMIN user.
 */
import { uniqueUscc, type Account, type TestApi } from './platform';

export interface ChainWorld {
  chainId: string;
  leader: Account;
  t1a: Account;
  t1b: Account;
  t2: Account;
  t3: Account;
  outsider: Account;
}

const INVITE = `mutation ($chainId: ID!, $s: SupplierInvite!) {
  inviteSupplier(chainId: $chainId, supplier: $s) { applied created invited rows { status } }
}`;

/** Invites a new company, gives it an ADMIN user, and makes it accept. */
async function inviteAndJoin(
  api: TestApi,
  inviter: Account,
  chainId: string,
  name: string,
  supplies: string[],
): Promise<Account> {
  const uscc = uniqueUscc();
  await inviter.data(INVITE, {
    chainId,
    s: { name, uscc, email: `${uscc.toLowerCase()}@test.chainlift`, supplies },
  });
  const [row] = await api.cypher('MATCH (c:Company {uscc: $uscc}) RETURN c.id AS id', { uscc });
  const account = await api.user(row!.id as string, 'ADMIN');
  await account.data(
    'mutation ($chainId: ID!) { respondToInvitation(chainId: $chainId, accept: true) { status } }',
    { chainId },
  );
  return account;
}

export async function buildChainWorld(api: TestApi): Promise<ChainWorld> {
  const leaderId = await api.company('CHAIN_LEADER', '海川家电');
  const leader = await api.user(leaderId, 'ADMIN');
  const { createChain } = await leader.data<{ createChain: { id: string } }>(
    'mutation { createChain(name: "海川家电供应链") { id } }',
  );
  const chainId = createChain.id;
  const t1a = await inviteAndJoin(api, leader, chainId, '甬华电机', ['电机']);
  const t1b = await inviteAndJoin(api, leader, chainId, '精密注塑', ['外壳']);
  const t2 = await inviteAndJoin(api, t1a, chainId, '汇通线束', ['线束']);
  await t1b.data(
    'mutation ($s: ID!) { declareSupplier(supplierId: $s, products: ["线束"]) { status } }',
    { s: t2.companyId },
  );
  const t3 = await inviteAndJoin(api, t2, chainId, '象山精铜', ['铜线']);
  const outsider = await api.user(await api.company('SME', '局外企业'), 'ADMIN');
  return { chainId, leader, t1a, t1b, t2, t3, outsider };
}

/**
 * The buyer declares the supplier and the supplier confirms the link: only a confirmed link lets
 * the buyer order from it (security finding 6).
 */
export async function linkSuppliers(buyer: Account, supplier: Account, products: string[] = []) {
  await buyer.data(
    'mutation ($s: ID!, $p: [String!]) { declareSupplier(supplierId: $s, products: $p) { status } }',
    {
      s: supplier.companyId,
      p: products,
    },
  );
  await supplier.data('mutation ($b: ID!) { confirmSupplyLink(buyerId: $b) { status } }', {
    b: buyer.companyId,
  });
}
