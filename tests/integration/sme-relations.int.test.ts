/** An SME's own view of whom it deals with: its upstream suppliers per chain, and whom it may grant consent to. */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { defineProduct } from '../support/finance';
import { codeOf, startTestApi, uniqueUscc, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let bank: Account;
beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  bank = await api.user(await api.company('BANK', '候选银行'), 'ADMIN');
}, 180_000);
afterAll(() => api.close());

const SUPPLIERS = `query ($c: ID) { mySuppliers(chainId: $c) { supplier { id } products since
  memberships { status tier chain { id } } } }`;
interface Own {
  supplier: { id: string };
  products: string[];
  memberships: { status: string; tier: number | null; chain: { id: string } }[];
}
const suppliersOf = async (who: Account, chainId: string | null = null) =>
  (await who.data<{ mySuppliers: Own[] }>(SUPPLIERS, { c: chainId })).mySuppliers;

describe('mySuppliers', () => {
  it("lists the company's own suppliers with what they supply and their standing per chain", async () => {
    expect(await suppliersOf(w.t1a)).toEqual([
      {
        supplier: { id: w.t2.companyId },
        products: ['线束'],
        since: expect.any(String),
        memberships: [{ status: 'ACTIVE', tier: 2, chain: { id: w.chainId } }],
      },
    ]);
    // Declared (not invited) by t1b: the same supplier, the same standing.
    expect((await suppliersOf(w.t1b)).map((s) => s.supplier.id)).toEqual([w.t2.companyId]);
    expect((await suppliersOf(w.leader)).map((s) => s.supplier.id).sort()).toEqual(
      [w.t1a.companyId, w.t1b.companyId].sort(),
    );
  });

  it('shows a supplier still invited, and one outside every chain only without a chain filter', async () => {
    const uscc = uniqueUscc();
    await w.t3.data(
      'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }',
      {
        c: w.chainId,
        s: { name: '铜杆厂', uscc, email: 'rod@test.chainlift', supplies: ['铜杆'] },
      },
    );
    await w.t3.data(
      'mutation ($s: ID!) { declareSupplier(supplierId: $s, products: ["包装"]) { status } }',
      { s: w.outsider.companyId },
    );
    const all = await suppliersOf(w.t3);
    expect(all).toHaveLength(2);
    const outsider = all.find((s) => s.supplier.id === w.outsider.companyId)!;
    expect(outsider).toMatchObject({ products: ['包装'], memberships: [] });
    const invited = all.find((s) => s.supplier.id !== w.outsider.companyId)!;
    expect(invited).toMatchObject({
      products: ['铜杆'],
      memberships: [{ status: 'INVITED', chain: { id: w.chainId } }],
    });
    const inChain = await suppliersOf(w.t3, w.chainId);
    expect(inChain.map((s) => s.supplier.id)).toEqual([invited.supplier.id]);
  });

  it('is for chain leaders and suppliers only', async () => {
    expect(codeOf(await bank.gql(SUPPLIERS, { c: null }))).toBe('FORBIDDEN');
    expect(codeOf(await api.anonymous.gql(SUPPLIERS, { c: null }))).toBe('UNAUTHENTICATED');
  });
});

const CANDIDATES = `query ($s: ConsentScope) { consentCandidates(scope: $s) { company { id kind } relations scopes granted } }`;
interface Candidate {
  company: { id: string; kind: string };
  relations: string[];
  scopes: string[];
  granted: string[];
}
const candidatesOf = async (who: Account, scope: string | null = null) =>
  (await who.data<{ consentCandidates: Candidate[] }>(CANDIDATES, { s: scope })).consentCandidates;

describe('consentCandidates', () => {
  it("offers the chain's leader and the company's buyers, with the scopes that would show them something", async () => {
    const list = await candidatesOf(w.t2);
    const byId = new Map(list.map((c) => [c.company.id, c]));
    expect(byId.get(w.leader.companyId)).toEqual({
      company: { id: w.leader.companyId, kind: 'CHAIN_LEADER' },
      relations: ['CHAIN_LEADER'],
      scopes: ['ORDERS', 'INVENTORY', 'ASSESSMENT'],
      granted: [],
    });
    expect(byId.get(w.t1a.companyId)).toMatchObject({ relations: ['BUYER'] });
    expect(byId.get(w.t1b.companyId)).toMatchObject({ relations: ['BUYER'] });
    expect(byId.has(w.t2.companyId)).toBe(false);
    expect(byId.has(w.t3.companyId)).toBe(false);
    expect(byId.has(w.outsider.companyId)).toBe(false);
    // Leaders and buyers come before any bank.
    expect(list.slice(0, 3).map((c) => c.company.id)).toContain(w.leader.companyId);
  });

  it('offers banks with products and banks applied to, for receivables', async () => {
    await defineProduct(bank);
    const before = await candidatesOf(w.t1a, 'RECEIVABLES');
    expect(before.find((c) => c.company.id === bank.companyId)).toMatchObject({
      relations: ['BANK_PRODUCT'],
      scopes: ['RECEIVABLES', 'ASSESSMENT'],
    });
    expect(before.every((c) => c.company.kind === 'BANK')).toBe(true);
    const operator = await api.company('WAREHOUSE_OPERATOR', '候选仓储');
    await w.t1a.data(
      'mutation ($b: ID!, $o: ID!) { requestInventoryLoan(input: { bankId: $b, operatorId: $o, warehouse: "W", goods: [{ sku: "X", quantity: 10, unitCost: "100" }], principal: "500" }) { id } }',
      { b: bank.companyId, o: operator },
    );
    const after = await candidatesOf(w.t1a, 'RECEIVABLES');
    expect(after.find((c) => c.company.id === bank.companyId)?.relations).toEqual([
      'BANK_APPLIED',
      'BANK_PRODUCT',
    ]);
    expect(
      (await candidatesOf(w.t1a, 'INVENTORY')).some((c) => c.company.id === bank.companyId),
    ).toBe(false);
  });

  it('says which scopes are granted now', async () => {
    await w.t2.data('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }', {
      g: w.leader.companyId,
    });
    const leader = (await candidatesOf(w.t2, 'INVENTORY')).find(
      (c) => c.company.id === w.leader.companyId,
    );
    expect(leader?.granted).toEqual(['INVENTORY']);
  });

  it('needs a login', async () => {
    expect(codeOf(await api.anonymous.gql(CANDIDATES, { s: null }))).toBe('UNAUTHENTICATED');
  });
});
