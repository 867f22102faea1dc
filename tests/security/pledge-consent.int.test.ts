/**
 * Finding 7: a data-sharing (RECEIVABLES) consent let a bank create an APPROVED pledge on its own and
 * disburse against it, and the projector applied a bank's PledgeRequested without asking who holds the
 * receivable. A consent lets a bank see, never take: a pledge exists only on the holder's application,
 * and the projector re-checks the holder when the event applies. Through the real gateway, Kafka and
 * the projector.
 */
import { randomUUID } from 'node:crypto';
import { publishStraightToKafka } from '../support/forged-events';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import {
  confirmReceivables,
  defineProduct,
  deliveredOrder,
  grantReceivables,
  inDays,
  registerReceivable,
} from '../support/finance';
import { codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let bank: Account;
let productId: string;

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  bank = await api.user(await api.company('BANK', '拿来银行'), 'ADMIN');
  productId = await defineProduct(bank);
}, 180_000);
afterAll(() => api?.close());

/** A confirmed receivable of t1a's on the leader, opened to the bank with a RECEIVABLES consent. */
async function openedReceivable(): Promise<string> {
  const r = await registerReceivable(w.t1a, await deliveredOrder(w.leader, w.t1a, '200000.00'));
  await confirmReceivables(w.leader, [r.id]);
  await grantReceivables(w.t1a, bank.companyId);
  return r.id;
}

const pledgesOn = async (receivableId: string) =>
  (
    await api.cypher('MATCH (p:Pledge {receivableId: $id}) RETURN p.status AS status', {
      id: receivableId,
    })
  ).map((p) => p.status as string);

describe('finding 7: a consent lets a bank see, never take', () => {
  it('registerPledge by a bank alone is FORBIDDEN, although the holder consented; nothing is pledged', async () => {
    const receivableId = await openedReceivable();
    // The consent works for seeing: the bank reads the receivable.
    const seen = await bank.gql('query ($id: ID!) { receivable(id: $id) { id } }', {
      id: receivableId,
    });
    expect(codeOf(seen)).toBe('OK');

    const taken = await bank.gql<{ registerPledge: { id: string; status: string } }>(
      'mutation ($r: ID!, $p: ID!, $e: Date!) { registerPledge(receivableId: $r, productId: $p, loanEndDate: $e) { id status } }',
      { r: receivableId, p: productId, e: inDays(90) },
    );
    expect(codeOf(taken)).toBe('FORBIDDEN');
    expect(taken.errors?.[0]?.message).toMatch(/only on the holder's application/);
    expect(await pledgesOn(receivableId)).toEqual([]);
  });

  it('the holder applies; its pledge starts REQUESTED and the holder can still withdraw it', async () => {
    const receivableId = await openedReceivable();
    const { applyForFinancing } = await w.t1a.data<{
      applyForFinancing: { id: string; status: string };
    }>(
      'mutation ($r: ID!, $p: ID!, $e: Date!) { applyForFinancing(receivableId: $r, productId: $p, loanEndDate: $e) { id status } }',
      { r: receivableId, p: productId, e: inDays(90) },
    );
    expect(applyForFinancing.status).toBe('REQUESTED');
    const { actOnPledge } = await w.t1a.data<{ actOnPledge: { status: string } }>(
      'mutation ($id: ID!) { actOnPledge(id: $id, action: RELEASE) { status } }',
      { id: applyForFinancing.id },
    );
    expect(actOnPledge.status).toBe('RELEASED');
  });

  it('the projector re-checks the holder when the event applies: a bank’s PledgeRequested on Kafka is REJECTED', async () => {
    const receivableId = await openedReceivable();
    const payload = {
      rootId: receivableId,
      pledgeId: randomUUID(),
      receivableId,
      bankId: bank.companyId,
      productId,
      requestedBy: bank.companyId,
      loanEndDate: inDays(90),
      on: inDays(0),
    };
    const outcome = await publishStraightToKafka(api, 'PledgeRequested', payload, bank.companyId);
    expect(outcome).toMatchObject({ status: 'REJECTED', code: 'FORBIDDEN' });
    expect(outcome.message).toMatch(/only on the holder's application/);
    expect(await pledgesOn(receivableId)).toEqual([]);
  });
});
