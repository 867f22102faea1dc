/**
 * Receivables and the pledge register, end to end on the real servers: an order delivered to the
 * leader becomes a receivable, the leader confirms it, the tier-1 supplier splits it and passes a
 * part to its tier-2 supplier, tier-2 pledges that part at a bank, the bank disburses, and the
 * leader's settlement pays the bank. Plus the refusals, and 100 concurrent pledge attempts.
 */
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  grantReceivables,
  inDays,
  RECEIVABLE_FIELDS,
  registerReceivable,
  type ReceivableView,
} from '../support/finance';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let bank: Account;
let otherBank: Account;
let productId: string;

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  bank = await api.user(await api.company('BANK', '甬江银行'), 'ADMIN');
  otherBank = await api.user(await api.company('BANK', '四明银行'), 'ADMIN');
  productId = await defineProduct(bank);
}, 120_000);

afterAll(() => api?.close());

const PLEDGE_FIELDS = `id registerNumber status outstanding { amount } offer { advance { amount } interest { amount } net { amount } days }
  bank { id } holder { id } receivable { id status }`;

interface PledgeView {
  id: string;
  registerNumber: string;
  status: string;
  outstanding: { amount: string };
  offer: {
    advance: { amount: string };
    interest: { amount: string };
    net: { amount: string };
    days: number;
  };
  bank: { id: string };
  holder: { id: string };
  receivable: { id: string; status: string };
}

const split = (holder: Account, id: string, amounts: string[]) =>
  holder.gql<{ splitReceivable: ReceivableView[] }>(
    `mutation ($id: ID!, $a: [Decimal!]!) { splitReceivable(id: $id, amounts: $a) { ${RECEIVABLE_FIELDS} } }`,
    { id, a: amounts },
  );
const transfer = (holder: Account, id: string, to: string) =>
  holder.gql<{ transferReceivable: ReceivableView }>(
    `mutation ($id: ID!, $to: ID!) { transferReceivable(id: $id, toCompanyId: $to) { ${RECEIVABLE_FIELDS} transfers { from { id } to { id } } } }`,
    { id, to },
  );
const apply = (holder: Account, receivableId: string, loanEndDate = inDays(90)) =>
  holder.gql<{ applyForFinancing: PledgeView }>(
    `mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { ${PLEDGE_FIELDS} } }`,
    { r: receivableId, p: productId, e: loanEndDate },
  );
const act = (who: Account, id: string, action: string) =>
  who.gql<{ actOnPledge: PledgeView }>(
    `mutation ($id: ID!, $a: PledgeAction!) { actOnPledge(id: $id, action: $a) { ${PLEDGE_FIELDS} } }`,
    { id, a: action },
  );

describe('the whole story', () => {
  it('delivered → receivable → confirmed → split and passed to tier 2 → pledged → disbursed → settlement pays the bank', async () => {
    const orderId = await deliveredOrder(w.leader, w.t1a, '100000.00');
    const registered = await registerReceivable(w.t1a, orderId, inDays(60), {
      invoiceNumber: `INV-${orderId.slice(0, 8)}`,
    });
    expect(registered).toMatchObject({
      status: 'REGISTERED',
      amount: { amount: '100000.00', currency: 'CNY' },
      holder: { id: w.t1a.companyId },
      debtor: { id: w.leader.companyId },
      longTenor: false,
    });

    // Not confirmed yet: it cannot travel.
    expect(codeOf(await split(w.t1a, registered.id, ['60000.00', '40000.00']))).toBe('CONFLICT');

    const [confirmed] = await confirmReceivables(w.leader, [registered.id]);
    expect(confirmed!.status).toBe('CONFIRMED');

    const parts = (await split(w.t1a, registered.id, ['60000.00', '40000.00'])).data!
      .splitReceivable;
    expect(parts.map((p) => p.amount.amount)).toEqual(['60000.00', '40000.00']);
    expect(
      parts.every(
        (p) => p.rootId === registered.id && p.parentId === registered.id && p.orderId === orderId,
      ),
    ).toBe(true);
    const [kept, passed] = parts as [ReceivableView, ReceivableView];

    // Only to the holder's own supplier: t3 supplies t2, not t1a.
    expect(codeOf(await transfer(w.t1a, passed.id, w.t3.companyId))).toBe('FORBIDDEN');
    const moved = (await transfer(w.t1a, passed.id, w.t2.companyId)).data!.transferReceivable;
    expect(moved.holder.id).toBe(w.t2.companyId);
    // t1a no longer holds it.
    expect(codeOf(await transfer(w.t1a, passed.id, w.t2.companyId))).toBe('FORBIDDEN');

    // Tier 2 pledges its part at the bank.
    const requested = (await apply(w.t2, passed.id)).data!.applyForFinancing;
    expect(requested).toMatchObject({
      status: 'REQUESTED',
      holder: { id: w.t2.companyId },
      bank: { id: bank.companyId },
    });
    expect(requested.registerNumber).toMatch(/^ZY\d{8}-[0-9A-F]{8}$/);
    expect(requested.offer.advance.amount).toBe('32000.00');
    // 32,000.00 × 4.35 % × 90 / 360 = 348.00
    expect(requested.offer).toMatchObject({
      days: 90,
      interest: { amount: '348.00' },
      net: { amount: '31652.00' },
    });

    // The pledged part cannot be passed on or split while the pledge is active.
    const t3ReceivesFromT2 = await transfer(w.t2, passed.id, w.t3.companyId);
    expect(codeOf(t3ReceivesFromT2)).toBe('CONFLICT');
    // Only the bank approves.
    expect(codeOf(await act(w.t2, requested.id, 'APPROVE'))).toBe('FORBIDDEN');
    expect((await act(bank, requested.id, 'APPROVE')).data!.actOnPledge.status).toBe('APPROVED');
    expect((await act(bank, requested.id, 'DISBURSE')).data!.actOnPledge.status).toBe('DISBURSED');
    expect(codeOf(await act(bank, requested.id, 'APPROVE'))).toBe('CONFLICT');

    // The leader sees what its suppliers financed against its confirmation.
    const { pledges } = await w.leader.data<{ pledges: { id: string; status: string }[] }>(
      '{ pledges { id status } }',
    );
    expect(pledges).toContainEqual({ id: requested.id, status: 'DISBURSED' });

    // Settlement: t1a's kept part pays t1a; the pledged part pays the bank, whose pledge is repaid.
    expect(
      codeOf(
        await w.t1a.gql('mutation ($id: ID!) { settleReceivable(id: $id) { receivable { id } } }', {
          id: registered.id,
        }),
      ),
    ).toBe('FORBIDDEN');
    const { settleReceivable } = await w.leader.data<{
      settleReceivable: {
        receivable: { status: string };
        payments: {
          receivableId: string;
          payee: { id: string };
          amount: { amount: string };
          pledgeId: string | null;
        }[];
      };
    }>(
      'mutation ($id: ID!) { settleReceivable(id: $id) { receivable { status } payments { receivableId payee { id } amount { amount } pledgeId } } }',
      {
        id: registered.id,
      },
    );
    expect(settleReceivable.receivable.status).toBe('SETTLED');
    expect(settleReceivable.payments).toEqual(
      [
        {
          receivableId: kept.id,
          payee: { id: w.t1a.companyId },
          amount: { amount: '60000.00' },
          pledgeId: null,
        },
        {
          receivableId: passed.id,
          payee: { id: bank.companyId },
          amount: { amount: '40000.00' },
          pledgeId: requested.id,
        },
      ].sort((a, b) => a.receivableId.localeCompare(b.receivableId)),
    );
    const { pledge } = await bank.data<{ pledge: { status: string } }>(
      'query ($id: ID!) { pledge(id: $id) { status } }',
      { id: requested.id },
    );
    expect(pledge.status).toBe('REPAID');
    expect(
      codeOf(
        await w.leader.gql(
          'mutation ($id: ID!) { settleReceivable(id: $id) { receivable { id } } }',
          { id: registered.id },
        ),
      ),
    ).toBe('CONFLICT');
  });
});

describe('refusals change nothing', () => {
  it('one order backs one receivable; tenor over a year is refused, over six months flagged; only delivered orders', async () => {
    const orderId = await deliveredOrder(w.leader, w.t1a, '5000.00');
    expect(
      codeOf(
        await w.t1a.gql(
          `mutation ($i: RegisterReceivableInput!) { registerReceivable(input: $i) { id } }`,
          {
            i: { orderId, dueDate: inDays(400) },
          },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const long = await registerReceivable(w.t1a, orderId, inDays(200));
    expect(long.longTenor).toBe(true);
    const again = await w.t1a.gql(
      `mutation ($i: RegisterReceivableInput!) { registerReceivable(input: $i) { id } }`,
      {
        i: { orderId, dueDate: inDays(30) },
      },
    );
    expect(codeOf(again)).toBe('CONFLICT');
    // The buyer cannot register the supplier's receivable; a stranger cannot read it.
    expect(
      codeOf(
        await w.leader.gql(
          `mutation ($i: RegisterReceivableInput!) { registerReceivable(input: $i) { id } }`,
          {
            i: { orderId, dueDate: inDays(30) },
          },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await w.outsider.gql('query ($id: ID!) { receivable(id: $id) { id } }', { id: long.id }),
      ),
    ).toBe('FORBIDDEN');
    const [{ n }] = (await api.cypher(
      'MATCH (r:Receivable {orderId: $orderId}) RETURN count(r) AS n',
      { orderId },
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('a split whose parts do not add up is refused and the receivable stays whole', async () => {
    const r = await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '900.00'));
    await confirmReceivables(w.leader, [r.id]);
    const bad = await split(w.t1a, r.id, ['500.00', '400.01']);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/add up to 900.01 元/);
    const { receivable } = await w.t1a.data<{ receivable: ReceivableView & { parts: unknown[] } }>(
      `query ($id: ID!) { receivable(id: $id) { ${RECEIVABLE_FIELDS} parts { id } } }`,
      { id: r.id },
    );
    expect(receivable).toMatchObject({ status: 'CONFIRMED', parts: [] });
  });

  it('an ineligible receivable gets the reasons; a bank without consent sees nothing of it', async () => {
    const r = await registerReceivable(
      w.t1a,
      await deliveredOrder(w.leader, w.t1a, '20000.00'),
      inDays(10),
    );
    const notConfirmed = await apply(w.t1a, r.id);
    expect(codeOf(notConfirmed)).toBe('BAD_USER_INPUT');
    expect(notConfirmed.errors?.[0]?.message).toMatch(/NOT_CONFIRMED/);
    await confirmReceivables(w.leader, [r.id]);
    const short = await apply(w.t1a, r.id);
    expect(short.errors?.[0]?.message).toMatch(/TOO_SHORT/);
    // A bank it is opened to sees why in its pool: the text, and a code per reason to translate.
    const poolBank = await api.user(await api.company('BANK', '池银行'), 'ADMIN');
    const poolProduct = await defineProduct(poolBank);
    await grantReceivables(w.t1a, poolBank.companyId);
    const { receivablePool } = await poolBank.data<{
      receivablePool: {
        receivable: { id: string };
        eligible: boolean;
        reasons: string[];
        ineligibilities: { code: string; message: string }[];
      }[];
    }>(
      'query ($p: ID!, $e: Date!) { receivablePool(productId: $p, loanEndDate: $e) { receivable { id } eligible reasons ineligibilities { code message } } }',
      { p: poolProduct, e: inDays(90) },
    );
    const entry = receivablePool.find((e) => e.receivable.id === r.id);
    expect(entry).toMatchObject({
      eligible: false,
      ineligibilities: [{ code: 'TOO_SHORT', message: expect.stringMatching(/days left to run/) }],
    });
    expect(entry!.reasons).toEqual([`TOO_SHORT: ${entry!.ineligibilities[0]!.message}`]);
    expect(
      codeOf(await otherBank.gql('query ($id: ID!) { receivable(id: $id) { id } }', { id: r.id })),
    ).toBe('FORBIDDEN');
  });
});

describe('the pledge register cannot be fooled', () => {
  it('100 concurrent applications by the holder to two banks: exactly one pledge, the rest CONFLICT', async () => {
    const r = await registerReceivable(w.t1b, await deliveredOrder(w.leader, w.t1b, '300000.00'));
    await confirmReceivables(w.leader, [r.id]);
    const otherProduct = await defineProduct(otherBank);
    await grantReceivables(w.t1b, bank.companyId);
    await grantReceivables(w.t1b, otherBank.companyId);

    // The bank sees it in its pool, eligible, with the offer.
    const { receivablePool } = await bank.data<{
      receivablePool: {
        receivable: { id: string };
        eligible: boolean;
        offer: { advance: { amount: string } } | null;
      }[];
    }>(
      'query ($p: ID!, $e: Date!) { receivablePool(productId: $p, loanEndDate: $e) { receivable { id } eligible offer { advance { amount } } } }',
      { p: productId, e: inDays(90) },
    );
    expect(receivablePool).toContainEqual({
      receivable: { id: r.id },
      eligible: true,
      offer: { advance: { amount: '240000.00' } },
    });

    // A pledge exists only on the holder's application (finding 7): the race is the holder's, to two banks.
    const applyTo = (product: string) =>
      w.t1b.gql<{ applyForFinancing: { id: string } }>(
        'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
        { r: r.id, p: product, e: inDays(90) },
      );
    const attempts = await Promise.all(
      Array.from({ length: 100 }, (_, i) => applyTo(i % 2 === 0 ? productId : otherProduct)),
    );
    const codes = attempts.map((a) => codeOf(a));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(99);
    const [{ pledges, claims }] = (await api.cypher(
      `MATCH (p:Pledge {receivableId: $id}) WITH count(p) AS pledges
       MATCH (c:PledgeClaim {receivableId: $id}) RETURN pledges, count(c) AS claims`,
      { id: r.id },
    )) as [{ pledges: number; claims: number }];
    expect({ pledges, claims }).toEqual({ pledges: 1, claims: 1 });
  }, 120_000);
});
