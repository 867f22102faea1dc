/**
 * Finding 14: a malformed or oversized body got Express's HTML error page with a stack trace and
 * server paths; over the token limit /graphql answered 500; a 1 MB query was executed; a syntax
 * error answered 500 GRAPHQL_VALIDATION_FAILED. Now: JSON errors with codes and 4xx statuses, a
 * query size cap. The GraphQL-over-HTTP spec's own audit: graphql-over-http.int.test.ts.
 */
import { startTestApi, type TestApi } from '../support/platform';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const base = () => api.url.replace(/\/graphql$/, '');

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

/** Nothing of the server's insides in an answer: no HTML page, no stack frame, no file path. */
const expectNoInsides = (text: string) => {
  expect(text).not.toMatch(/<html|<pre>|\bat \S+ \(|node_modules|\/work\/|\.ts:\d+/i);
};

const graphqlCode = (text: string) =>
  (JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;

describe('finding 14: HTTP errors are JSON with a code and a 4xx status', () => {
  it('answers a malformed JSON body to /graphql with 400 BAD_REQUEST in JSON', async () => {
    const r = await post('/graphql', '{"query": "{ __typename }"');
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/json/);
    expect(graphqlCode(r.text)).toBe('BAD_REQUEST');
    expectNoInsides(r.text);
  });

  it('answers a malformed JSON body to /ingest in JSON, never the HTML page', async () => {
    const r = await post('/ingest', '{"events": [', { authorization: 'Bearer clk_x_y' });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.type).toMatch(/json/);
    expect((JSON.parse(r.text) as { error: { code: string } }).error.code).toEqual(
      expect.any(String),
    );
    expectNoInsides(r.text);
  });

  it('answers an oversized body to /graphql with 413 in JSON', async () => {
    const r = await post(
      '/graphql',
      JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(6 * 1024 * 1024) } }),
    );
    expect(r.status).toBe(413);
    expect(graphqlCode(r.text)).toBe('PAYLOAD_TOO_LARGE');
    expectNoInsides(r.text);
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const r = await post('/graphql', JSON.stringify({ query: '{ company(id: ' }));
    expect(r.status).toBe(400);
    expect(graphqlCode(r.text)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a document over the token limit with 400, not 500', async () => {
    const fields = Array.from({ length: 1500 }, () => '__typename').join(' ');
    const r = await post('/graphql', JSON.stringify({ query: `{ ${fields} }` }));
    expect(r.status).toBe(400);
    expect(graphqlCode(r.text)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a 1 MB query without running it', async () => {
    const query = `{ __typename } # ${'x'.repeat(1024 * 1024)}`;
    const r = await post('/graphql', JSON.stringify({ query }));
    expect(r.status).toBe(400);
    expect(graphqlCode(r.text)).toBe('BAD_REQUEST');
    expect(r.text).not.toMatch(/"data"/);
  });

  it('answers an unknown API path with 404 in JSON', async () => {
    const r = await fetch(`${base()}/ingest/nothing-here`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/json/);
  });
});
