/**
 * Finding 6: a supply link declared by the buyer alone authorized orders and receivable transfers
 * (also through /ingest), to any company, a bank included. Now a link authorizes trade only once
 * the supplier confirms it (confirmSupplyLink; the chain leader's onboarding confirms its own),
 * and never to a company kind that cannot supply.
 */
import { randomUUID } from 'node:crypto';
import { linkSuppliers } from '../support/chain-world';
import { confirmReceivables, deliveredOrder, inDays, registerReceivable } from '../support/finance';
import { codeOf, startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let buyer: Account;
let supplier: Account;
let bank: Account;
beforeAll(async () => {
  api = await startTestApi();
  buyer = await api.user(await api.company('SME', '买方企业'), 'ADMIN');
  supplier = await api.user(await api.company('SME', '供方企业'), 'ADMIN');
  bank = await api.user(await api.company('BANK', '某银行'), 'ADMIN');
}, 60_000);
afterAll(() => api.close());

const DECLARE = 'mutation ($s: ID!) { declareSupplier(supplierId: $s) { status } }';
const CONFIRM = 'mutation ($b: ID!) { confirmSupplyLink(buyerId: $b) { status } }';
const ORDER = `mutation ($s: ID!, $n: String!) { placeOrder(input: { number: $n, supplierId: $s, promisedDate: "2099-01-01",
  lines: [{ sku: "SL-1", quantity: 1, unitPrice: "10.00" }] }) { id } }`;
const BUYERS = '{ myBuyers { buyer { id } confirmed } }';
const order = (from: Account, to: string) =>
  from.gql(ORDER, { s: to, n: `SL-${randomUUID().slice(0, 8)}` });

describe('finding 6: a supply link the buyer declared alone authorizes no trade', () => {
  it('refuses orders until the supplier confirms; the supplier sees the pending buyer and confirms', async () => {
    expect(codeOf(await buyer.gql(DECLARE, { s: supplier.companyId }))).toBe('OK');
    const refused = await order(buyer, supplier.companyId);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/not confirmed/);
    expect(
      await api.cypher('MATCH (o:PurchaseOrder {buyerId: $b}) RETURN o.id', {
        b: buyer.companyId,
      }),
    ).toEqual([]);

    const { myBuyers } = await supplier.data<{
      myBuyers: { buyer: { id: string }; confirmed: boolean }[];
    }>(BUYERS);
    expect(myBuyers).toEqual([{ buyer: { id: buyer.companyId }, confirmed: false }]);
    // Only the supplier confirms: the buyer "confirming" its own declaration finds no link to it.
    expect(codeOf(await buyer.gql(CONFIRM, { b: supplier.companyId }))).toBe('NOT_FOUND');

    expect(codeOf(await supplier.gql(CONFIRM, { b: buyer.companyId }))).toBe('OK');
    expect((await supplier.data<{ myBuyers: unknown[] }>(BUYERS)).myBuyers).toEqual([
      { buyer: { id: buyer.companyId }, confirmed: true },
    ]);
    const { mySuppliers } = await buyer.data<{ mySuppliers: { confirmed: boolean }[] }>(
      '{ mySuppliers { confirmed } }',
    );
    expect(mySuppliers).toEqual([{ confirmed: true }]);
    expect(codeOf(await order(buyer, supplier.companyId))).toBe('OK');
  });

  it('refuses a bank as a supplier: no link, no order', async () => {
    const declared = await buyer.gql(DECLARE, { s: bank.companyId });
    expect(codeOf(declared)).toBe('BAD_USER_INPUT');
    expect(declared.errors?.[0]?.message).toMatch(/BANK/);
    expect(
      await api.cypher('MATCH (:Company {id: $s})-[l:SUPPLIES]->(:Company {id: $b}) RETURN l', {
        s: bank.companyId,
        b: buyer.companyId,
      }),
    ).toEqual([]);
    expect(codeOf(await order(buyer, bank.companyId))).not.toBe('OK');
  });

  it('refuses, through /ingest, an order on a link only the buyer declared', async () => {
    const other = await api.user(await api.company('SME', '另一供方'), 'ADMIN');
    const { createApiKey } = await buyer.data<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(name: "ERP") { key } }',
    );
    const ingest = async (events: object[]) => {
      const response = await fetch(api.url.replace(/\/graphql$/, '/ingest'), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${createApiKey.key}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(events),
      });
      expect(response.status).toBe(202);
      const body = (await response.json()) as { results: { status: string; eventId: string }[] };
      expect(body.results.map((r) => r.status)).toEqual(events.map(() => 'accepted'));
      return body.results.map((r) => r.eventId);
    };
    await ingest([
      {
        type: 'SupplyLinkDeclared',
        payload: { buyerId: buyer.companyId, supplierId: other.companyId, products: [] },
      },
    ]);
    await waitFor(
      async () =>
        (
          await api.cypher('MATCH (:Company {id: $s})-[l:SUPPLIES]->(:Company {id: $b}) RETURN l', {
            s: other.companyId,
            b: buyer.companyId,
          })
        )[0],
    );
    const orderId = randomUUID();
    const [eventId] = await ingest([
      {
        type: 'OrderPlaced',
        payload: {
          orderId,
          number: `ING-${orderId.slice(0, 8)}`,
          buyerId: buyer.companyId,
          supplierId: other.companyId,
          currency: 'CNY',
          lines: [{ sku: 'SL-2', productName: 'SL-2', quantity: 1, unitPriceFen: 1000 }],
          totalFen: 1000,
          promisedDate: '2099-01-01',
          placedOn: inDays(0),
        },
      },
    ]);
    const [outcome] = (await waitFor(async () => {
      const found = await api.cypher(
        'MATCH (e:Event {id: $id}) RETURN e.status AS status, e.code AS code',
        { id: eventId },
      );
      return found.length > 0 ? found : undefined;
    })) as { status: string; code: string }[];
    expect(outcome).toEqual({ status: 'REJECTED', code: 'FORBIDDEN' });
    expect(await api.cypher('MATCH (o:PurchaseOrder {id: $id}) RETURN o', { id: orderId })).toEqual(
      [],
    );
  });

  it('refuses passing a receivable to a company the holder declared alone as its supplier', async () => {
    const holder = await api.user(await api.company('SME', '持有方'), 'ADMIN');
    const debtor = await api.user(await api.company('SME', '债务方'), 'ADMIN');
    const taker = await api.user(await api.company('SME', '受让方'), 'ADMIN');
    await linkSuppliers(debtor, holder);
    const receivable = await registerReceivable(holder, await deliveredOrder(debtor, holder));
    await confirmReceivables(debtor, [receivable.id]);
    await holder.data(DECLARE, { s: taker.companyId });
    const TRANSFER =
      'mutation ($r: ID!, $t: ID!) { transferReceivable(id: $r, toCompanyId: $t) { id } }';
    const refused = await holder.gql(TRANSFER, { r: receivable.id, t: taker.companyId });
    expect(codeOf(refused)).not.toBe('OK');
    expect(
      await api.cypher('MATCH (r:Receivable {id: $r}) RETURN r.holderId AS h', {
        r: receivable.id,
      }),
    ).toEqual([{ h: holder.companyId }]);
    // Once the taker confirms it supplies the holder, the same transfer goes through.
    await taker.data(CONFIRM, { b: holder.companyId });
    expect(codeOf(await holder.gql(TRANSFER, { r: receivable.id, t: taker.companyId }))).toBe('OK');
  });

  it("confirms the links of the chain leader's own onboarding without the supplier", async () => {
    const leader = await api.user(await api.company('CHAIN_LEADER', '链主'), 'ADMIN');
    const { createChain } = await leader.data<{ createChain: { id: string } }>(
      'mutation { createChain(name: "确认链") { id } }',
    );
    const uscc = (
      await api.cypher('MATCH (c:Company {id: $id}) RETURN c.uscc AS u', {
        id: supplier.companyId,
      })
    )[0]!.u as string;
    await leader.data(
      'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }',
      { c: createChain.id, s: { name: '供方企业', uscc, email: 'sup@test.chainlift' } },
    );
    const { mySuppliers } = await leader.data<{
      mySuppliers: { supplier: { id: string }; confirmed: boolean }[];
    }>('{ mySuppliers { supplier { id } confirmed } }');
    expect(mySuppliers).toEqual([{ supplier: { id: supplier.companyId }, confirmed: true }]);
  });
});
