/**
 * Kafka is the system of record: emptying the projection and replaying every core topic from the
 * start gives the same graph (same content hash), rejections and all — and the live projector
 * carries on afterwards.
 */
import { randomUUID } from 'node:crypto';
import { answersFor, graphqlAnswers } from '../../scripts/seed/assessment-answers';
import { rebuildProjection } from '@chainlift/projector';
import { createLogger, graphFingerprint, TOPIC } from '@chainlift/platform';
import { buildChainWorld } from '../support/chain-world';
import { startTestApi, uniqueUscc, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 60_000);
afterAll(() => api.close());

it('replaying the event log rebuilds the same graph', async () => {
  const w = await buildChainWorld(api);
  const { placeOrder } = await w.leader.data<{ placeOrder: { id: string } }>(
    `mutation ($s: ID!) { placeOrder(input: { number: "RB-${Date.now()}", supplierId: $s, promisedDate: "2099-01-01",
       lines: [{ sku: "MOTOR-220", quantity: 12, unitPrice: "35.50" }] }) { id } }`,
    { s: w.t1a.companyId },
  );
  await w.t1a.data('mutation ($o: ID!) { actOnOrder(orderId: $o, action: CONFIRM) { status } }', {
    o: placeOrder.id,
  });
  await w.t1a.data(
    'mutation { reportStock(positions: [{ sku: "MOTOR-220", warehouse: "W", quantity: 3 }]) { status } }',
  );
  await w.t1a.data('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }', {
    g: w.leader.companyId,
  });
  await w.leader.data('query ($c: ID!) { stock(companyId: $c) { sku } }', { c: w.t1a.companyId });
  // The digital-level assessment: a draft, a submission, consent for the leader, a plan, a task moved.
  const answers = graphqlAnswers(answersFor(2));
  await w.t1a.data(
    'mutation ($a: AssessmentAnswersInput!) { saveAssessmentDraft(answers: $a) { id } }',
    {
      a: answers,
    },
  );
  await w.t1a.data(
    'mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { id } }',
    {
      a: answers,
    },
  );
  await w.t1a.data('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }', {
    g: w.leader.companyId,
  });
  const { planImprovement } = await w.leader.data<{ planImprovement: { tasks: { id: string }[] } }>(
    'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { tasks { id } } }',
    { i: { companyId: w.t1a.companyId, targets: [{ scenarioId: 'quality', level: 3 }] } },
  );
  await w.t1a.data(
    'mutation ($t: ID!) { updateImprovementTask(taskId: $t, status: DONE, note: "上线 MES") { status } }',
    { t: planImprovement.tasks[0]!.id },
  );
  // A rejection and a malformed message are part of the history too.
  await w.t1a.gql('mutation ($o: ID!) { actOnOrder(orderId: $o, action: DELIVER) { status } }', {
    o: placeOrder.id,
  });
  const broken = {
    id: randomUUID(),
    type: 'CompanyRegistered',
    version: 1,
    occurredAt: new Date().toISOString(),
    actor: { via: 'system' },
    payload: {},
  };
  await api.bus.publish(TOPIC.masterdata, [{ key: uniqueUscc(), value: JSON.stringify(broken) }]);
  await waitFor(async () =>
    (await api.cypher('MATCH (e:Event {id: $id}) RETURN e', { id: broken.id })).length
      ? true
      : undefined,
  );
  // A leap second passes the JSON Schema but Neo4j refuses it: rejected live, and again in the replay.
  const refused = {
    id: randomUUID(),
    type: 'StockReported',
    version: 1,
    occurredAt: new Date().toISOString(),
    actor: { via: 'system' },
    payload: {
      companyId: w.t1a.companyId,
      mode: 'UPDATE',
      reportedAt: '2016-12-31T23:59:60Z',
      positions: [{ sku: 'LEAP', productName: 'LEAP', warehouse: 'W', quantity: 1 }],
    },
  };
  await api.bus.publish(TOPIC.inventory, [
    { key: w.t1a.companyId, value: JSON.stringify(refused) },
  ]);
  const refusedOutcome = await waitFor(
    async () =>
      (
        await api.cypher('MATCH (e:Event {id: $id}) RETURN e.status AS status', { id: refused.id })
      )[0],
  );
  expect(refusedOutcome).toEqual({ status: 'REJECTED' });
  await waitFor(async () =>
    (await api.cypher('MATCH (a:AccessLog) RETURN a LIMIT 1')).length ? true : undefined,
  );

  // The scheduler's lease is a process's, not the projection's: a rebuild leaves it to the scheduler.
  const countsOf = () =>
    api.cypher(
      'MATCH (n) WHERE NOT n:SchedulerLease UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
    );
  const countsBefore = await countsOf();
  const before = await graphFingerprint(api.driver);
  expect(before.nodes).toBeGreaterThan(20);
  const assessed = await api.cypher(
    'MATCH (a:Assessment {companyId: $c}) RETURN a.status AS status ORDER BY status',
    { c: w.t1a.companyId },
  );
  expect(assessed.length).toBeGreaterThan(0);
  const report = await rebuildProjection({
    driver: api.driver,
    bus: api.bus,
    log: createLogger('rebuild-test', 'silent'),
    chunkSize: 50,
  });
  expect(report.events).toBeGreaterThan(20);
  expect(report.rejected).toBeGreaterThan(0);
  const after = await graphFingerprint(api.driver);
  expect(await countsOf()).toEqual(countsBefore);
  expect(after).toEqual(before);
  expect(
    await api.cypher(
      'MATCH (a:Assessment {companyId: $c}) RETURN a.status AS status ORDER BY status',
      { c: w.t1a.companyId },
    ),
  ).toEqual(assessed);

  // The live projector goes on from where the rebuilt offsets say.
  const { registerCompany } = await api.data<{ registerCompany: { status: string } }>(
    'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { status } }',
    {
      input: {
        name: '重建之后',
        uscc: uniqueUscc(),
        kind: 'SME',
        region: '宁波',
        industry: '测试',
      },
    },
  );
  expect(registerCompany.status).toBe('APPLIED');
}, 180_000);
