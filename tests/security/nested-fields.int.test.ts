/**
 * Finding 5: nested resolvers leaked across companies. `Receivable.parts`, `activePledge`, `payments`,
 * `transfers` and `Pledge.receivable` had no check of their own, and `receivable.read` admitted any bank
 * that ever held a pledge on any part of the root — rejected ones too — so a refused bank saw the deal a
 * competitor bank made later. Now each field that crosses a company boundary is authorized through the
 * authorization module. Through the real gateway, Kafka and the projector.
 */
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  inDays,
  registerReceivable,
} from '../support/finance';
import { codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
}, 180_000);
afterAll(() => api?.close());

const applyFor = async (holder: Account, receivableId: string, productId: string) =>
  (
    await holder.data<{ applyForFinancing: { id: string } }>(
      'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id } }',
      { r: receivableId, p: productId, e: inDays(90) },
    )
  ).applyForFinancing.id;
const act = (bank: Account, pledgeId: string, action: string) =>
  bank.data('mutation ($id: ID!, $a: PledgeAction!) { actOnPledge(id: $id, action: $a) { id } }', {
    id: pledgeId,
    a: action,
  });

describe('finding 5: nested fields are authorized like root fields', () => {
  it('a bank that was refused does not see the deal a competitor bank made later', async () => {
    const refusing = await api.user(await api.company('BANK', '拒贷银行'), 'ADMIN');
    const competitor = await api.user(await api.company('BANK', '竞争银行'), 'ADMIN');
    const [refusingProduct, competitorProduct] = [
      await defineProduct(refusing),
      await defineProduct(competitor),
    ];
    const r = await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '80000.00'));
    await confirmReceivables(w.leader, [r.id]);
    const refused = await applyFor(w.t1a, r.id, refusingProduct);
    await act(refusing, refused, 'REJECT');
    const deal = await applyFor(w.t1a, r.id, competitorProduct);
    await act(competitor, deal, 'APPROVE');

    // The receivable itself: a rejected application is no ground to follow it.
    const direct = await refusing.gql(
      'query ($id: ID!) { receivable(id: $id) { id activePledge { id bank { id } } } }',
      { id: r.id },
    );
    expect(codeOf(direct)).toBe('FORBIDDEN');
    expect(direct.data?.receivable ?? null).toBeNull();

    // Through its own (rejected) pledge: the receivable it applied with, but not the competitor's deal.
    const { pledge } = await refusing.data<{
      pledge: { status: string; receivable: { id: string; activePledge: unknown } };
    }>(
      'query ($id: ID!) { pledge(id: $id) { status receivable { id activePledge { id bank { id } offer { net { amount } } } } } }',
      { id: refused },
    );
    expect(pledge.status).toBe('REJECTED');
    expect(pledge.receivable).toEqual({ id: r.id, activePledge: null });
    const { pledges } = await refusing.data<{
      pledges: { receivable: { activePledge: unknown } }[];
    }>('{ pledges { receivable { activePledge { id } } } }');
    expect(pledges.map((p) => p.receivable.activePledge)).toEqual([null]);

    // The parties of the deal still see it.
    for (const who of [competitor, w.t1a, w.leader]) {
      const { receivable } = await who.data<{ receivable: { activePledge: { id: string } } }>(
        'query ($id: ID!) { receivable(id: $id) { activePledge { id } } }',
        { id: r.id },
      );
      expect(receivable.activePledge).toEqual({ id: deal });
    }
  });

  it('a part’s holder sees where its part comes from, not the parts others hold', async () => {
    const r = await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '90000.00'));
    await confirmReceivables(w.leader, [r.id]);
    const { splitReceivable } = await w.t1a.data<{ splitReceivable: { id: string }[] }>(
      'mutation ($id: ID!) { splitReceivable(id: $id, amounts: ["30000.00", "60000.00"]) { id } }',
      { id: r.id },
    );
    const [passed, kept] = splitReceivable.map((p) => p.id) as [string, string];
    await w.t1a.data(
      'mutation ($id: ID!, $to: ID!) { transferReceivable(id: $id, toCompanyId: $to) { id } }',
      {
        id: passed,
        to: w.t2.companyId,
      },
    );

    // t2 reads the root its part was split from; among its parts, only its own.
    const { receivable } = await w.t2.data<{
      receivable: { id: string; parts: { id: string; transfers: { on: string }[] }[] };
    }>('query ($id: ID!) { receivable(id: $id) { id parts { id transfers { on } } } }', {
      id: r.id,
    });
    expect(receivable.parts.map((p) => p.id)).toEqual([passed]);
    expect(receivable.parts[0]!.transfers).toHaveLength(1);
    // The part t1a kept is t1a's business.
    expect(
      codeOf(await w.t2.gql('query ($id: ID!) { receivable(id: $id) { id } }', { id: kept })),
    ).toBe('FORBIDDEN');

    // The debtor and the splitting holder see both parts.
    for (const who of [w.leader, w.t1a]) {
      const seen = await who.data<{ receivable: { parts: { id: string }[] } }>(
        'query ($id: ID!) { receivable(id: $id) { parts { id } } }',
        { id: r.id },
      );
      expect(seen.receivable.parts.map((p) => p.id).sort()).toEqual([passed, kept].sort());
    }
  });
});
