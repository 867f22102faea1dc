/**
 * The gateway keeps who a token's user is in memory (services/gateway/src/auth/principal-cache.ts)
 * instead of reading Neo4j on every request. A cache must not keep a deactivated user in, or a
 * demoted one at its old role: a change drops the entries of its company on the gateway that wrote
 * it before the mutation answers, and on every other gateway as soon as its outcome consumer sees
 * the change — long before the cache's 30 s time limit, which alone would leave a hole that long.
 */
import { DEFAULT_PRINCIPAL_CACHE } from '@chainlift/gateway';
import { TEST_PASSWORD } from '../support/accounts';
import { codeOf, startTestApi, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
/** A second gateway over the same Neo4j and Kafka, as in a deployment with several. */
let other: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  other = await startTestApi();
}, 120_000);
afterAll(async () => {
  await other?.close();
  await api?.close();
});

const ME = '{ me { id role } }';
const CREATE_CHAIN = 'mutation { createChain(name: "cache probe") { id } }';

describe('cached principals', () => {
  it('a deactivated user whose principal both gateways cached is refused at once on the one that deactivated it and within seconds on the other', async () => {
    const company = await api.company('CHAIN_LEADER');
    const admin = await api.user(company, 'ADMIN');
    const worker = await api.user(company, 'OPERATOR');
    // Each test gateway signs its own tokens: the worker logs in on the other one too.
    const onOther = await other.login(worker.email, TEST_PASSWORD);
    // Both gateways have the worker's principal in memory now.
    expect(codeOf(await worker.gql(ME))).toBe('OK');
    expect(codeOf(await onOther.gql(ME))).toBe('OK');

    await admin.data('mutation ($id: ID!) { deactivateUser(userId: $id) { active } }', {
      id: worker.userId,
    });
    expect(codeOf(await worker.gql(ME))).toBe('UNAUTHENTICATED');
    const started = Date.now();
    await waitFor(
      async () => (codeOf(await onOther.gql(ME)) === 'UNAUTHENTICATED' ? true : undefined),
      5_000,
    );
    expect(Date.now() - started).toBeLessThan(DEFAULT_PRINCIPAL_CACHE.ttlMs);
  });

  it('a demoted ADMIN may no longer write the moment its role change is applied', async () => {
    const company = await api.company('CHAIN_LEADER');
    const owner = await api.user(company, 'ADMIN');
    const demoted = await api.user(company, 'ADMIN');
    expect(codeOf(await demoted.gql(ME))).toBe('OK');
    await owner.data('mutation ($id: ID!) { changeUserRole(userId: $id, role: VIEWER) { role } }', {
      id: demoted.userId,
    });
    const me = await demoted.data<{ me: { role: string } }>(ME);
    expect(me.me.role).toBe('VIEWER');
    expect(codeOf(await demoted.gql(CREATE_CHAIN))).toBe('FORBIDDEN');
  });
});
