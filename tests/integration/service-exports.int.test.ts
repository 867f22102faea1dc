/**
 * Issue 18's tables export to .xlsx with exactly the rows their queries return: a provider's
 * products and the engagements of either side (the web's 导出 Excel buttons of the provider and
 * SME homes). Outcomes, recommendations and sponsorships follow with the matching branch.
 */
import { answersFor, graphqlAnswers } from '../../scripts/seed/assessment-answers';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { download, rowsOf, sheetOf } from '../support/exports';
import { inDays } from '../support/finance';
import { startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let provider: Account;
let productId: string;
let engagementId: string;

const MONEY_FORMAT = '"¥"#,##0.00';

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  provider = await api.user(await api.company('SERVICE_PROVIDER', '甬江数智服务'), 'ADMIN');
  productId = (
    await provider.data<{ publishServiceProduct: { id: string } }>(
      'mutation ($i: ServiceProductInput!) { publishServiceProduct(input: $i) { id } }',
      {
        i: {
          name: '仓储云',
          description: '扫码出入库，库存自动上报',
          monthlyPrice: '1234.56',
          scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 4 }],
          deliveryDays: 30,
          references: ['甲公司', '乙公司'],
        },
      },
    )
  ).publishServiceProduct.id;
  // t1a: assessed, a plan with a warehousing target and task, engaged and accepted.
  await w.t1a.data(
    'mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { id } }',
    {
      a: graphqlAnswers(answersFor(2)),
    },
  );
  const { planImprovement } = await w.t1a.data<{ planImprovement: { tasks: { id: string }[] } }>(
    'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { tasks { id } } }',
    {
      i: {
        companyId: w.t1a.companyId,
        targets: [{ scenarioId: 'warehousing-logistics', level: 4 }],
        tasks: [
          { title: '上线仓储系统', scenarioId: 'warehousing-logistics', dueDate: inDays(60) },
        ],
      },
    },
  );
  engagementId = (
    await w.t1a.data<{ proposeEngagement: { id: string } }>(
      'mutation ($i: ProposeEngagementInput!) { proposeEngagement(input: $i) { id } }',
      { i: { taskId: planImprovement.tasks[0]!.id, productId, note: '一个月内上线' } },
    )
  ).proposeEngagement.id;
  await provider.data(
    'mutation ($e: ID!) { actOnEngagement(engagementId: $e, action: ACCEPT) { id } }',
    { e: engagementId },
  );
});

afterAll(async () => {
  await api?.close();
});

it("a provider's products and the engagements of both sides export the rows their queries return", async () => {
  const { serviceProducts } = await provider.data<{ serviceProducts: { name: string }[] }>(
    'query ($f: ServiceProductFilter) { serviceProducts(filter: $f) { name } }',
    { f: { providerId: provider.companyId } },
  );
  const products = rowsOf(
    sheetOf(
      (await download(api, w.t1b, 'service-products.xlsx', { providerId: provider.companyId }))
        .book,
      '服务产品',
    ),
  );
  expect(products.map((r) => r['产品']!.value)).toEqual(serviceProducts.map((p) => p.name));
  expect(products[0]!['月订阅价']!.value).toBe(1234.56);
  expect(products[0]!['月订阅价']!.numFmt).toBe(MONEY_FORMAT);
  for (const who of [provider, w.t1a]) {
    const rows = rowsOf(sheetOf((await download(api, who, 'engagements.xlsx')).book, '服务委托'));
    expect(rows.map((r) => [r['改进任务']!.value, r['状态']!.value])).toEqual([
      ['上线仓储系统', 'ACTIVE'],
    ]);
  }
  // A company with no engagement gets an empty sheet, not another company's rows.
  const outsider = await download(api, w.outsider, 'engagements.xlsx');
  expect(rowsOf(sheetOf(outsider.book, '服务委托'))).toHaveLength(0);
});
