/**
 * Attacks on service providers' products and engagements (issue 18), through the real gateway,
 * Kafka and projector: each names what it tries and fails without the rule that stops it.
 */
import { CURRENT_QUESTIONNAIRE } from '@chainlift/domain';
import { inDays } from '../support/finance';
import { publishStraightToKafka } from '../support/forged-events';
import { codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let provider: Account;
let rival: Account;
let sme: Account;
let otherSme: Account;
let productId: string;
let engagementId: string;
let smeTaskId: string;

const INPUT = {
  name: '协同办公套件',
  description: '在线审批与任务协同',
  monthlyPrice: '800',
  scenarios: [{ scenarioId: 'collaboration', targetLevel: 2 }],
  deliveryDays: 14,
};

const planTask = async (who: Account) =>
  (
    await who.data<{ planImprovement: { tasks: { id: string }[] } }>(
      'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { tasks { id } } }',
      {
        i: {
          companyId: who.companyId,
          targets: [{ scenarioId: 'collaboration', level: 2 }],
          tasks: [{ title: '上线协同办公', dueDate: inDays(30) }],
        },
      },
    )
  ).planImprovement.tasks[0]!.id;

const productName = async () =>
  (
    await api.cypher('MATCH (p:ServiceProduct {id: $id}) RETURN p.name AS name, p.version AS v', {
      id: productId,
    })
  )[0];

const engagementStatus = async () =>
  (
    await api.cypher('MATCH (e:Engagement {id: $id}) RETURN e.status AS status', {
      id: engagementId,
    })
  )[0]!.status;

beforeAll(async () => {
  api = await startTestApi();
  provider = await api.user(await api.company('SERVICE_PROVIDER', '正规服务商'), 'OPERATOR');
  rival = await api.user(await api.company('SERVICE_PROVIDER', '竞争服务商'), 'ADMIN');
  sme = await api.user(await api.company('SME', '委托企业'), 'OPERATOR');
  otherSme = await api.user(await api.company('SME', '别家企业'), 'ADMIN');
  productId = (
    await provider.data<{ publishServiceProduct: { id: string } }>(
      'mutation ($i: ServiceProductInput!) { publishServiceProduct(input: $i) { id } }',
      { i: INPUT },
    )
  ).publishServiceProduct.id;
  smeTaskId = await planTask(sme);
  engagementId = (
    await sme.data<{ proposeEngagement: { id: string } }>(
      'mutation ($i: ProposeEngagementInput!) { proposeEngagement(input: $i) { id } }',
      { i: { taskId: smeTaskId, productId } },
    )
  ).proposeEngagement.id;
}, 180_000);
afterAll(() => api.close());

it("a provider cannot revise or withdraw another provider's product (FORBIDDEN), and nothing changes", async () => {
  const revise = await rival.gql(
    'mutation ($p: ID!, $i: ServiceProductInput!) { reviseServiceProduct(productId: $p, input: $i) { id } }',
    { p: productId, i: { ...INPUT, name: '被篡改', monthlyPrice: '1' } },
  );
  expect(codeOf(revise)).toBe('FORBIDDEN');
  const withdraw = await rival.gql(
    'mutation ($p: ID!) { withdrawServiceProduct(productId: $p) { id } }',
    { p: productId },
  );
  expect(codeOf(withdraw)).toBe('FORBIDDEN');
  expect(await productName()).toEqual({ name: '协同办公套件', v: 1 });
});

it("an SME cannot engage a provider for another company's task (FORBIDDEN)", async () => {
  const response = await otherSme.gql(
    'mutation ($i: ProposeEngagementInput!) { proposeEngagement(input: $i) { id } }',
    { i: { taskId: await planTask(sme), productId } },
  );
  expect(codeOf(response)).toBe('FORBIDDEN');
  expect(response.data).toBeNull();
});

it("a provider cannot accept, deliver or even see another provider's engagement (FORBIDDEN)", async () => {
  for (const action of ['ACCEPT', 'DELIVER', 'CANCEL']) {
    const response = await rival.gql(
      'mutation ($e: ID!, $a: EngagementAction!) { actOnEngagement(engagementId: $e, action: $a) { id } }',
      { e: engagementId, a: action },
    );
    expect(codeOf(response)).toBe('FORBIDDEN');
  }
  expect(await engagementStatus()).toBe('PROPOSED');
  const { engagements } = await rival.data<{ engagements: { id: string }[] }>(
    '{ engagements { id } }',
  );
  expect(engagements.map((e) => e.id)).not.toContain(engagementId);
});

it("an engaged provider cannot read the SME's assessment or evidence without its ASSESSMENT consent", async () => {
  await provider.data(
    'mutation ($e: ID!) { actOnEngagement(engagementId: $e, action: ACCEPT) { status } }',
    { e: engagementId },
  );
  for (const query of [
    'query ($c: ID!) { assessment(companyId: $c) { latest { id } } }',
    'query ($c: ID!) { evidence(companyId: $c) { company { id } } }',
    'query ($c: ID!) { improvementPlans(companyId: $c) { id } }',
  ]) {
    const response = await provider.gql(query, { c: sme.companyId });
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  }
});

it('the projector refuses events put on Kafka directly: a rival revising the product, a rival delivering the engagement', async () => {
  const revision = await publishStraightToKafka(
    api,
    'ServiceProductPublished',
    {
      productId,
      providerId: rival.companyId,
      version: 2,
      questionnaireVersion: CURRENT_QUESTIONNAIRE.version,
      name: '伪造版本',
      description: '伪造',
      monthlyPriceFen: 1,
      scenarios: [{ scenarioId: 'collaboration', targetLevel: 2 }],
      industries: [],
      regions: [],
      deliveryDays: 1,
      references: [],
    },
    rival.companyId,
  );
  expect(revision).toMatchObject({ status: 'REJECTED', code: 'FORBIDDEN' });
  expect(await productName()).toEqual({ name: '协同办公套件', v: 1 });

  const delivery = await publishStraightToKafka(
    api,
    'EngagementActedOn',
    {
      engagementId,
      companyId: sme.companyId,
      providerId: rival.companyId,
      actorCompanyId: rival.companyId,
      action: 'deliver',
      on: inDays(0),
    },
    rival.companyId,
  );
  expect(delivery).toMatchObject({ status: 'REJECTED', code: 'NOT_FOUND' });
  // The SME forging the provider's delivery is refused too: only the provider delivers.
  const bySme = await publishStraightToKafka(
    api,
    'EngagementActedOn',
    {
      engagementId,
      companyId: sme.companyId,
      providerId: provider.companyId,
      actorCompanyId: sme.companyId,
      action: 'deliver',
      on: inDays(0),
    },
    sme.companyId,
  );
  expect(bySme).toMatchObject({ status: 'REJECTED', code: 'FORBIDDEN' });
  expect(await engagementStatus()).toBe('ACTIVE');
});
