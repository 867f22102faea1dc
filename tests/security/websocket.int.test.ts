/**
 * Finding 2: the WebSocket endpoint skipped every graphql-armor limit and executed queries and
 * mutations — 300 aliased logins in one message, depth bombs, 100 MiB messages — parsed before
 * any authentication. Spoken by hand against a real gateway over real Neo4j and Kafka.
 */
import { authenticatedSocket, rawSocket, type RawMessage } from '../support/raw-socket';
import { TEST_PASSWORD } from '../support/accounts';
import { startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let sme: Account;
beforeAll(async () => {
  api = await startTestApi();
  sme = await api.user(await api.company('SME', 'WS 攻击测试'), 'ADMIN');
}, 120_000);
afterAll(async () => {
  await api.close();
});

const codesOf = (message: RawMessage | undefined) =>
  ((message?.payload ?? []) as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code);

describe('finding 2: the WebSocket takes subscriptions only, within the same limits as HTTP', () => {
  it('refuses 300 aliased logins in one message (no password is tried)', async () => {
    const socket = await authenticatedSocket(api.url, sme.token!);
    const guesses = Array.from(
      { length: 300 },
      (_, i) =>
        `g${i}: login(email: "${sme.email}", password: "${i === 299 ? TEST_PASSWORD : `guess-${i}`}") { token }`,
    ).join(' ');
    socket.send({ id: '1', type: 'subscribe', payload: { query: `mutation { ${guesses} }` } });
    const answer = await socket.next();
    expect(answer?.type).toBe('error');
    expect(JSON.stringify(answer)).not.toMatch(/"token"/);
    expect(codesOf(answer).length).toBeGreaterThan(0);
    socket.close();
  });

  it('refuses a mutation sent over the socket, and it changes nothing', async () => {
    const socket = await authenticatedSocket(api.url, sme.token!);
    socket.send({
      id: 'm',
      type: 'subscribe',
      payload: {
        query: 'mutation { reportStock(positions: [{ sku: "WS-ONLY", quantity: 7 }]) { status } }',
      },
    });
    const answer = await socket.next();
    expect(answer?.type).toBe('error');
    expect(codesOf(answer)).toEqual(['BAD_REQUEST']);
    socket.send({ id: 'q', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect(codesOf(await socket.next())).toEqual(['BAD_REQUEST']);
    socket.close();
    await new Promise((r) => setTimeout(r, 1500));
    // The company has never reported stock (the mutation was not run).
    const rows = await api.cypher(
      'MATCH (:Company {id: $c})-[:HOLDS]->(s:StockPosition) RETURN s',
      {
        c: sme.companyId,
      },
    );
    expect(rows).toEqual([]);
  });

  it('refuses a depth bomb and an alias bomb in a subscription', async () => {
    const socket = await authenticatedSocket(api.url, sme.token!);
    const deep = `subscription { receivableChanged { ${'parts { '.repeat(20)}id${' }'.repeat(20)} } }`;
    socket.send({ id: 'd', type: 'subscribe', payload: { query: deep } });
    const depth = await socket.next();
    expect(depth?.type).toBe('error');
    expect(codesOf(depth)).toContain('GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: id`).join(' ');
    socket.send({
      id: 'a',
      type: 'subscribe',
      payload: { query: `subscription { orderChanged { ${aliases} } }` },
    });
    const alias = await socket.next();
    expect(alias?.type).toBe('error');
    expect(codesOf(alias)).toContain('GRAPHQL_VALIDATION_FAILED');
    socket.close();
  });

  it('closes the socket on a 2 MB message', async () => {
    const socket = await authenticatedSocket(api.url, sme.token!);
    socket.send({
      id: 'big',
      type: 'subscribe',
      payload: { query: `subscription { orderChanged { id } } # ${'x'.repeat(2 * 1024 * 1024)}` },
    });
    const { code } = await socket.closed;
    expect(code).toBe(1009); // message too big
  });

  it('serves no subscription without a token: the socket closes 4401 before any', async () => {
    const anonymous = await rawSocket(api.url);
    anonymous.send({ type: 'connection_init', payload: {} });
    anonymous.send({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { orderChanged { id } }' },
    });
    expect(await anonymous.next()).toBeUndefined();
    expect((await anonymous.closed).code).toBe(4401);

    const forged = await rawSocket(api.url);
    forged.send({ type: 'connection_init', payload: { authorization: 'Bearer not.a.token' } });
    expect(await forged.next()).toBeUndefined();
    expect((await forged.closed).code).toBe(4401);

    // A subscribe before connection_init is never parsed: graphql-ws closes 4401 too.
    const early = await rawSocket(api.url);
    early.send({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { orderChanged { id } }' },
    });
    expect((await early.closed).code).toBe(4401);
  });

  it('still serves a well-formed subscription to a signed-in user', async () => {
    const socket = await authenticatedSocket(api.url, sme.token!);
    socket.send({
      id: 's',
      type: 'subscribe',
      payload: {
        query: 'subscription ($c: ID!) { stockChanged(companyId: $c) { sku quantity } }',
        variables: { c: sme.companyId },
      },
    });
    await new Promise((r) => setTimeout(r, 800));
    await sme.data(
      'mutation { reportStock(positions: [{ sku: "WS-LIVE", quantity: 3 }]) { status } }',
    );
    const pushed = await socket.next(15_000);
    expect(pushed).toEqual({
      id: 's',
      type: 'next',
      payload: { data: { stockChanged: [{ sku: 'WS-LIVE', quantity: 3 }] } },
    });
    socket.close();
  });
});
