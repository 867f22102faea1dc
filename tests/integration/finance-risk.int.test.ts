/** Risk views on the real servers: a bank's exposure by debtor, borrower and chain; rings of trade; the leader's payables. */
import { buildChainWorld, linkSuppliers, type ChainWorld } from '../support/chain-world';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  grantReceivables,
  inDays,
  registerReceivable,
} from '../support/finance';
import { startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let bank: Account;

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  bank = await api.user(await api.company('BANK', '甬江银行'), 'ADMIN');
}, 120_000);
afterAll(() => api?.close());

it('exposure per debtor, borrower and chain, and the leader sees what was financed against it', async () => {
  const productId = await defineProduct(bank);
  const pledge = async (holder: Account, amount: string) => {
    const r = await registerReceivable(holder, await deliveredOrder(w.leader, holder, amount));
    await confirmReceivables(w.leader, [r.id]);
    const { applyForFinancing } = await holder.data<{ applyForFinancing: { id: string } }>(
      'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
      { r: r.id, p: productId, e: inDays(90) },
    );
    await bank.data('mutation ($id: ID!) { actOnPledge(id: $id, action: APPROVE) { id } }', {
      id: applyForFinancing.id,
    });
  };
  await pledge(w.t1a, '100000.00'); // advance 80,000.00
  await pledge(w.t1b, '50000.00'); // advance 40,000.00
  // Registered but not confirmed: awaiting the leader.
  await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '7000.00'), inDays(40));

  const { bankExposure } = await bank.data<{
    bankExposure: {
      total: { amount: string };
      byDebtor: { company: { id: string }; amount: { amount: string }; share: string }[];
      byBorrower: { company: { id: string }; amount: { amount: string }; share: string }[];
      byChain: { chain: { id: string }; amount: { amount: string } }[];
      largestDebtorShare: string;
    };
  }>(
    `{ bankExposure { total { amount } largestDebtorShare
        byDebtor { company { id } amount { amount } share }
        byBorrower { company { id } amount { amount } share }
        byChain { chain { id } amount { amount } } } }`,
  );
  expect(bankExposure.total.amount).toBe('120000.00');
  expect(bankExposure.byDebtor).toEqual([
    { company: { id: w.leader.companyId }, amount: { amount: '120000.00' }, share: '100.00' },
  ]);
  expect(bankExposure.byBorrower).toEqual([
    { company: { id: w.t1a.companyId }, amount: { amount: '80000.00' }, share: '66.67' },
    { company: { id: w.t1b.companyId }, amount: { amount: '40000.00' }, share: '33.33' },
  ]);
  expect(bankExposure.byChain).toEqual([
    { chain: { id: w.chainId }, amount: { amount: '120000.00' } },
  ]);
  expect(bankExposure.largestDebtorShare).toBe('100.00');

  const { leaderFinance } = await w.leader.data<{
    leaderFinance: {
      awaitingConfirmation: { amount: string };
      confirmedOutstanding: { amount: string };
      financedAgainst: { amount: string };
      financedReceivables: number;
      dueByMonth: { month: string; amount: { amount: string }; receivables: number }[];
    };
  }>(
    `{ leaderFinance { awaitingConfirmation { amount } confirmedOutstanding { amount } financedAgainst { amount }
        financedReceivables dueByMonth { month amount { amount } receivables } } }`,
  );
  expect(leaderFinance).toMatchObject({
    awaitingConfirmation: { amount: '7000.00' },
    confirmedOutstanding: { amount: '150000.00' },
    financedAgainst: { amount: '120000.00' },
    financedReceivables: 2,
    dueByMonth: [
      { month: inDays(60).slice(0, 7), amount: { amount: '150000.00' }, receivables: 2 },
    ],
  });
});

it('finds a ring of companies ordering from each other among those the bank deals with', async () => {
  const a = await api.user(await api.company('SME', '环甲贸易'), 'ADMIN');
  const b = await api.user(await api.company('SME', '环乙贸易'), 'ADMIN');
  const c = await api.user(await api.company('SME', '环丙贸易'), 'ADMIN');
  // a supplies b, b supplies c, c supplies a — and each buys from its supplier.
  for (const [buyer, supplier] of [
    [b, a],
    [c, b],
    [a, c],
  ] as const) {
    await linkSuppliers(buyer, supplier);
    await deliveredOrder(buyer, supplier, '1000.00');
  }
  const before = await bank.data<{ circularTrades: unknown[] }>('{ circularTrades { kind } }');
  // The bank is opened to a's receivables: now a is one of its companies, and the ring shows.
  await grantReceivables(a, bank.companyId);
  const { circularTrades } = await bank.data<{
    circularTrades: { kind: string; companies: { id: string }[] }[];
  }>('{ circularTrades(kind: ORDERS) { kind companies { id } } }');
  const ring = [a.companyId, b.companyId, c.companyId];
  const rings = circularTrades.map((t) => t.companies.map((x) => x.id));
  expect(rings.filter((r) => r.length === 3 && r.every((id) => ring.includes(id)))).toHaveLength(1);
  expect(before.circularTrades.length).toBeLessThan(circularTrades.length);
  // Orders flow buyer → supplier: b buys from a, so the ring reads a → c → b (a buys from c …).
  const found = rings.find((r) => r.includes(a.companyId))!;
  const i = found.indexOf(a.companyId);
  expect([found[i], found[(i + 1) % 3], found[(i + 2) % 3]]).toEqual([
    a.companyId,
    c.companyId,
    b.companyId,
  ]);
});
