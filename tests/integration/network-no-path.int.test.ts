/**
 * Issue 17 item 5: an ACTIVE member whose supply path to the leader was removed vanished from the
 * leader's supplierNetwork. It stays listed, with no tier and marked NO_PATH_TO_LEADER.
 */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { startTestApi, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
}, 120_000);
afterAll(() => api?.close());

const NETWORK = `query ($c: ID!, $f: NetworkFilter) {
  supplierNetwork(chainId: $c, filter: $f) { total nodes { tier status pathToLeader risks company { id } } }
}`;
type Node = {
  tier: number | null;
  status: string;
  pathToLeader: boolean;
  risks: string[];
  company: { id: string };
};
const network = async (filter?: Record<string, unknown>) =>
  (
    await w.leader.data<{ supplierNetwork: { total: number; nodes: Node[] } }>(NETWORK, {
      c: w.chainId,
      f: filter ?? null,
    })
  ).supplierNetwork;

it('keeps a member whose supply path was removed, with no tier and the NO_PATH_TO_LEADER risk', async () => {
  const before = await network();
  expect(before.nodes.find((n) => n.company.id === w.t3.companyId)).toEqual({
    tier: 3,
    status: 'ACTIVE',
    pathToLeader: true,
    risks: [],
    company: { id: w.t3.companyId },
  });

  // 象山精铜 (t3) supplied only 汇通线束 (t2): t2 removes it, and no path leads to the leader.
  await w.t2.data('mutation ($s: ID!) { removeSupplier(supplierId: $s) { status } }', {
    s: w.t3.companyId,
  });
  const after = await waitFor(async () => {
    const n = await network();
    return n.nodes.find((x) => x.company.id === w.t3.companyId)?.tier === null ? n : undefined;
  });
  expect(after.total).toBe(before.total);
  expect(after.nodes.at(-1)).toEqual({
    tier: null,
    status: 'ACTIVE',
    pathToLeader: false,
    risks: ['NO_PATH_TO_LEADER'],
    company: { id: w.t3.companyId },
  });
  // The others keep their tiers; a tier or depth filter asks for members at some distance.
  expect(after.nodes.filter((n) => n.pathToLeader).map((n) => n.tier)).toEqual([1, 1, 2]);
  expect((await network({ tiers: [1, 2, 3] })).nodes.map((n) => n.company.id)).not.toContain(
    w.t3.companyId,
  );
  expect((await network({ maxDepth: 5 })).total).toBe(before.total - 1);
  // A removed member is out of the chain: it is not listed.
  await w.leader.data(
    'mutation ($c: ID!, $m: ID!) { changeMemberStatus(chainId: $c, companyId: $m, move: REMOVE) { status } }',
    { c: w.chainId, m: w.t3.companyId },
  );
  expect((await network()).nodes.map((n) => n.company.id)).not.toContain(w.t3.companyId);
});
