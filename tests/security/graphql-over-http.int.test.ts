/**
 * Finding 14 (the spec's own audit): the GraphQL-over-HTTP audit suite of the `graphql-http`
 * package (`serverAudits`) run against the real gateway's /graphql. Before the fix five SHOULDs
 * failed (parse failures answered 500, JSON parse failures the HTML page, …); now no MUST or SHOULD
 * may fail. The other finding-14 attacks (HTML pages, oversized bodies, the query size cap) are in
 * http-errors.int.test.ts.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestApi, type TestApi } from '../support/platform';

let api: TestApi;
let results: AuditResult[];
beforeAll(async () => {
  api = await startTestApi();
  // One after the other: the audits are small requests, and a shared machine answers them in order.
  results = [];
  for (const audit of serverAudits({ url: api.url })) results.push(await audit.fn());
}, 120_000);
afterAll(() => api.close());

const failing = (level: 'MUST' | 'SHOULD' | 'MAY') =>
  results
    .filter((r) => r.status !== 'ok' && r.name.startsWith(`${level} `))
    .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);

describe('finding 14: the GraphQL-over-HTTP audit (graphql-http serverAudits) passes against /graphql', () => {
  it('runs the whole audit (the MAYs it does not do are printed, not asserted)', () => {
    expect(results.length).toBeGreaterThan(40);
    const mays = failing('MAY');
    if (mays.length) console.log(`GraphQL-over-HTTP MAYs not done:\n${mays.join('\n')}`);
  });

  it('fails no MUST', () => {
    expect(failing('MUST')).toEqual([]);
  });

  it('fails no SHOULD', () => {
    expect(failing('SHOULD')).toEqual([]);
  });
});
