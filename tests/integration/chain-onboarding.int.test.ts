/** Chains and onboarding: invitations, CSV import, acceptance, membership moves, tiers, the network. */
import { withUsccCheckChar } from '@chainlift/domain';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { codeOf, startTestApi, uniqueUscc, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
}, 120_000);
afterAll(() => api.close());

const NETWORK = `query ($c: ID!, $f: NetworkFilter) {
  supplierNetwork(chainId: $c, filter: $f) { total nodes { tier status company { id name region } } links { supplierId buyerId products } }
}`;
type Network = {
  supplierNetwork: {
    total: number;
    nodes: { tier: number; status: string; company: { id: string; name: string } }[];
    links: { supplierId: string; buyerId: string }[];
  };
};
const tiers = async (filter?: Record<string, unknown>) => {
  const { supplierNetwork } = await w.leader.data<Network>(NETWORK, {
    c: w.chainId,
    f: filter ?? null,
  });
  return Object.fromEntries(supplierNetwork.nodes.map((n) => [n.company.id, n.tier]));
};

describe('the multi-tier network', () => {
  it('places each member at its shortest supply distance from the leader', async () => {
    expect(await tiers()).toEqual({
      [w.t1a.companyId]: 1,
      [w.t1b.companyId]: 1,
      [w.t2.companyId]: 2,
      [w.t3.companyId]: 3,
    });
  });

  it('filters by depth and tier, and returns the links between the shown nodes', async () => {
    expect(Object.keys(await tiers({ maxDepth: 2 })).sort()).toEqual(
      [w.t1a.companyId, w.t1b.companyId, w.t2.companyId].sort(),
    );
    expect(Object.values(await tiers({ tiers: [3] }))).toEqual([3]);
    const { supplierNetwork } = await w.leader.data<Network>(NETWORK, {
      c: w.chainId,
      f: { tiers: [1] },
    });
    expect(
      supplierNetwork.links.every(
        (l) => l.buyerId !== w.t1a.companyId || l.supplierId !== w.t2.companyId,
      ),
    ).toBe(true);
    expect(supplierNetwork.links).toContainEqual({
      supplierId: w.t1a.companyId,
      buyerId: w.leader.companyId,
      products: ['电机'],
    });
  });

  it('gives the path from a supplier up to the leader', async () => {
    const { pathToLeader } = await w.leader.data<{ pathToLeader: { id: string }[] }>(
      'query ($c: ID!, $s: ID!) { pathToLeader(chainId: $c, supplierId: $s) { id } }',
      {
        c: w.chainId,
        s: w.t3.companyId,
      },
    );
    expect(pathToLeader.map((c) => c.id)).toEqual([
      w.t3.companyId,
      w.t2.companyId,
      expect.any(String),
      w.leader.companyId,
    ]);
    expect([w.t1a.companyId, w.t1b.companyId]).toContain(pathToLeader[2]!.id);
  });

  it('finds single-source risks at every tier', async () => {
    const { singleSourceRisks } = await w.leader.data<{
      singleSourceRisks: { product: string; buyerTier: number; supplier: { id: string } }[];
    }>('query ($c: ID!) { singleSourceRisks(chainId: $c) { product buyerTier supplier { id } } }', {
      c: w.chainId,
    });
    expect(singleSourceRisks).toEqual(
      expect.arrayContaining([
        { product: '电机', buyerTier: 0, supplier: { id: w.t1a.companyId } },
        { product: '铜线', buyerTier: 2, supplier: { id: w.t3.companyId } },
      ]),
    );
  });

  it('pages single-source risks: a page is the whole list cut at offset and first; a bad page is refused', async () => {
    const RISKS =
      'query ($c: ID!, $f: Int, $o: Int) { singleSourceRisks(chainId: $c, first: $f, offset: $o) { product buyer { id } } }';
    type Risks = { singleSourceRisks: { product: string; buyer: { id: string } }[] };
    const all = (await w.leader.data<Risks>(RISKS, { c: w.chainId })).singleSourceRisks;
    expect(all.length).toBeGreaterThan(2);
    const page = (await w.leader.data<Risks>(RISKS, { c: w.chainId, f: 2, o: 1 }))
      .singleSourceRisks;
    expect(page).toEqual(all.slice(1, 3));
    expect(codeOf(await w.leader.gql(RISKS, { c: w.chainId, f: 10_001 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await w.leader.gql(RISKS, { c: w.chainId, o: -1 }))).toBe('BAD_USER_INPUT');
  });

  it('keeps tiers right when a supply link goes away', async () => {
    // t2 stops supplying t1a: it is still tier 2 through t1b.
    await w.t1a.data('mutation ($s: ID!) { removeSupplier(supplierId: $s) { status } }', {
      s: w.t2.companyId,
    });
    expect((await tiers())[w.t2.companyId]).toBe(2);
    // t1b stops buying from t2 as well: t2 and t3 no longer reach the leader. They stay in the
    // network, with no tier (marked NO_PATH_TO_LEADER, tests/integration/network-no-path).
    await w.t1b.data('mutation ($s: ID!) { removeSupplier(supplierId: $s) { status } }', {
      s: w.t2.companyId,
    });
    const now = await tiers();
    expect(now[w.t2.companyId]).toBeNull();
    expect(now[w.t3.companyId]).toBeNull();
    await w.t1a.data(
      'mutation ($s: ID!) { declareSupplier(supplierId: $s, products: ["线束"]) { status } }',
      { s: w.t2.companyId },
    );
    expect((await tiers())[w.t3.companyId]).toBe(3);
  });

  it('shows an SME which chains depend on it', async () => {
    const { exposure } = await w.t1a.data<{
      exposure: { tier: number; status: string; leader: { id: string } }[];
    }>(
      'query ($id: ID!) { exposure(companyId: $id) { tier status leader { id } orderValue { amount currency } shareOfLeaderPurchasesPerMille } }',
      { id: w.t1a.companyId },
    );
    expect(exposure).toEqual([
      expect.objectContaining({ tier: 1, status: 'ACTIVE', leader: { id: w.leader.companyId } }),
    ]);
  });
});

describe('invitations and membership', () => {
  it('an invited company sees its invitation and can decline it', async () => {
    const uscc = uniqueUscc();
    await w.leader.data(
      'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }',
      {
        c: w.chainId,
        s: { name: '犹豫公司', uscc, email: 'x@hesitant.cn', supplies: [] },
      },
    );
    const [row] = await api.cypher('MATCH (c:Company {uscc: $uscc}) RETURN c.id AS id', { uscc });
    const sme = await api.user(row!.id as string, 'ADMIN');
    const { myChains } = await sme.data<{
      myChains: { status: string; tier: number; chain: { id: string } }[];
    }>('{ myChains { status tier chain { id } } }');
    expect(myChains).toEqual([{ status: 'INVITED', tier: 1, chain: { id: w.chainId } }]);
    const { respondToInvitation } = await sme.data<{ respondToInvitation: { status: string } }>(
      'mutation ($c: ID!) { respondToInvitation(chainId: $c, accept: false) { status } }',
      { c: w.chainId },
    );
    expect(respondToInvitation.status).toBe('DECLINED');
    const again = await sme.gql(
      'mutation ($c: ID!) { respondToInvitation(chainId: $c, accept: true) { status } }',
      { c: w.chainId },
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('the leader suspends, reinstates and removes a member; history stays', async () => {
    const move = (m: string) =>
      w.leader.gql<{ changeMemberStatus: { status: string } }>(
        'mutation ($c: ID!, $id: ID!, $m: MemberMove!) { changeMemberStatus(chainId: $c, companyId: $id, move: $m) { status } }',
        {
          c: w.chainId,
          id: w.t3.companyId,
          m,
        },
      );
    expect((await move('SUSPEND')).data?.changeMemberStatus.status).toBe('SUSPENDED');
    expect((await move('REINSTATE')).data?.changeMemberStatus.status).toBe('ACTIVE');
    expect((await move('REMOVE')).data?.changeMemberStatus.status).toBe('REMOVED');
    expect(codeOf(await move('REINSTATE'))).toBe('CONFLICT');
    expect((await tiers())[w.t3.companyId]).toBeUndefined();
    const { myChains } = await w.t3.data<{ myChains: { status: string }[] }>(
      '{ myChains { status } }',
    );
    expect(myChains).toEqual([{ status: 'REMOVED' }]);
    const events = await api.cypher(
      `MATCH (e:Event {type: 'MemberStatusChanged', status: 'APPLIED'}) RETURN count(e) AS n`,
    );
    expect(Number(events[0]!.n)).toBeGreaterThanOrEqual(3);
  });

  it('answers BAD_USER_INPUT, not an internal error, for an id that is not one', async () => {
    const result = await w.t1a.gql('mutation { declareSupplier(supplierId: "abc") { status } }');
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/supplierId/);
  });

  it('refuses outsiders and members without the right role', async () => {
    expect(codeOf(await w.outsider.gql(NETWORK, { c: w.chainId }))).toBe('FORBIDDEN');
    expect(codeOf(await w.t1a.gql(NETWORK, { c: w.chainId }))).toBe('FORBIDDEN');
    const viewer = await api.user(w.leader.companyId, 'VIEWER');
    expect(codeOf(await viewer.gql(NETWORK, { c: w.chainId }))).toBe('OK');
    const invite = await viewer.gql(
      'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }',
      {
        c: w.chainId,
        s: { name: 'x', uscc: uniqueUscc(), email: 'x@x.cn' },
      },
    );
    expect(codeOf(invite)).toBe('FORBIDDEN');
    expect(invite.errors?.[0]?.message).toMatch(/OPERATOR role or higher/);
  });
});

describe('CSV import', () => {
  const IMPORT = `mutation ($c: ID!, $csv: String!) {
    importSuppliers(chainId: $c, csv: $csv) { applied created invited alreadyMembers invalid eventId rows { row uscc status message } }
  }`;
  type Report = {
    importSuppliers: {
      applied: boolean;
      created: number;
      invited: number;
      alreadyMembers: number;
      invalid: number;
      rows: { row: number; status: string; message: string | null }[];
    };
  };

  it('imports nothing when a row is bad, says which row, then imports the corrected file', async () => {
    const good = Array.from({ length: 20 }, () => uniqueUscc());
    const bad =
      withUsccCheckChar(good[15]!.slice(0, 17)).slice(0, 17) +
      (good[15]!.endsWith('0') ? '1' : '0');
    const rows = good.map((u, i) => `供应商${i},${i === 15 ? bad : u},s${i}@supplier.cn,零件${i}`);
    const csv = ['name,uscc,email,supplies', ...rows].join('\n');
    const before = await api.cypher('MATCH (c:Company) RETURN count(c) AS n');

    const first = (await w.leader.data<Report>(IMPORT, { c: w.chainId, csv })).importSuppliers;
    expect(first).toMatchObject({ applied: false, created: 0, invalid: 1 });
    const invalid = first.rows.find((r) => r.status === 'INVALID')!;
    expect(invalid.row).toBe(17);
    expect(invalid.message).toMatch(/^row 17: invalid USCC/);
    expect(await api.cypher('MATCH (c:Company) RETURN count(c) AS n')).toEqual(before);

    const fixed =
      csv.replace(bad, good[15]!) +
      `\n已在链上,${w.t1a.companyId ? (await api.cypher('MATCH (c:Company {id: $id}) RETURN c.uscc AS u', { id: w.t1a.companyId }))[0]!.u : ''},a@b.cn,`;
    const second = (await w.leader.data<Report>(IMPORT, { c: w.chainId, csv: fixed }))
      .importSuppliers;
    expect(second).toMatchObject({
      applied: true,
      created: 20,
      invited: 0,
      alreadyMembers: 1,
      invalid: 0,
    });
    const members = await api.cypher(
      `MATCH (c:Company)-[m:MEMBER_OF {status: 'INVITED'}]->(:Chain {id: $chain}) WHERE c.uscc IN $usccs RETURN count(c) AS n`,
      { chain: w.chainId, usccs: good },
    );
    expect(Number(members[0]!.n)).toBe(20);
  });

  it('explains a file without the required columns', async () => {
    const { importSuppliers } = await w.leader.data<Report>(IMPORT, {
      c: w.chainId,
      csv: 'company,email\nA,a@b.cn',
    });
    expect(importSuppliers.applied).toBe(false);
    expect(importSuppliers.rows[0]!.message).toMatch(/lacks column\(s\) uscc/);
  });
});
