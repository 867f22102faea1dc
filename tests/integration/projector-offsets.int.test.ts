/**
 * Exactly-once effect across restarts: the projector stores each partition's last applied offset
 * in Neo4j in the same transaction as the change. A projector that reads the topics again from
 * the start (as after a crash between the Neo4j commit and the Kafka offset commit, or a lost
 * consumer group) re-applies nothing.
 */
import { randomUUID } from 'node:crypto';
import { startProjector, type BatchReport } from '@chainlift/projector';
import { CORE_TOPICS, createLogger, loadConfig } from '@chainlift/platform';
import { startTestApi, uniqueUscc, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const count = async (query: string) => Number((await api.cypher(query))[0]!.n);

it('a projector replaying every core topic from the beginning skips what was applied', async () => {
  for (let i = 0; i < 3; i += 1) {
    await api.data(
      `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { status } }`,
      {
        input: {
          name: `偏移测试${i}`,
          uscc: uniqueUscc(),
          kind: 'SME',
          region: '宁波',
          industry: '测试',
        },
      },
    );
  }
  const companies = await count('MATCH (c:Company) RETURN count(c) AS n');
  const events = await count('MATCH (e:Event) RETURN count(e) AS n');
  let total = 0n;
  for (const topic of CORE_TOPICS) total += await api.bus.endOffset(topic);
  expect(total).toBeGreaterThanOrEqual(3n);

  const reports: BatchReport[] = [];
  const replay = await startProjector({
    driver: api.driver,
    bus: api.bus,
    log: createLogger('replay-test', 'silent'),
    group: `test-replay-${randomUUID()}`,
    database: loadConfig().neo4j.database,
    onBatch: (r) => reports.push(r),
  });
  try {
    await waitFor(
      async () =>
        reports.reduce((n, r) => n + r.skipped + r.projected, 0) >= Number(total)
          ? true
          : undefined,
      30_000,
    );
  } finally {
    await replay.stop();
  }
  expect(reports.reduce((n, r) => n + r.projected, 0)).toBe(0);
  expect(reports.reduce((n, r) => n + r.skipped, 0)).toBe(Number(total));
  expect(await count('MATCH (c:Company) RETURN count(c) AS n')).toBe(companies);
  expect(await count('MATCH (e:Event) RETURN count(e) AS n')).toBe(events);
});
