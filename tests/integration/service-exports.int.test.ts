/**
 * Issue 18's tables export to .xlsx with exactly the rows their queries return: a provider's
 * products, the engagements of either side, a provider's measured outcomes, an SME's
 * recommendations and its leaders' sponsorships, and a chain's sponsorships with uptake by tier
 * (the web's 导出 Excel buttons of the provider, SME and leader homes).
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

it("a provider's outcomes: a row per scenario for the provider and for each product, and the method", async () => {
  const file = await download(api, w.t1b, 'provider-outcomes.xlsx', {
    providerId: provider.companyId,
  });
  const rows = rowsOf(sheetOf(file.book, '服务成效'));
  expect(rows.map((r) => r['范围']!.value)).toEqual(['甬江数智服务（全部产品）', '仓储云 v1']);
  expect(rows[0]!['已交付']!.value).toBe(0);
  expect(rows[0]!['达到最少项目数']!.value).toBe('否');
  expect(rows[0]!['交付时平均变化（级）']!.value).toBeNull();
  const method = rowsOf(sheetOf(file.book, '计算方法'));
  expect(String(method[0]!['计算方法']!.value)).not.toBe('');
});

it("an SME's recommendations and its leaders' sponsorships; the leader's sponsorships with uptake by tier", async () => {
  // The leader sponsors half the price for its suppliers.
  await w.leader.data(
    'mutation ($i: SponsorProductInput!) { sponsorServiceProduct(input: $i) { id } }',
    { i: { chainId: w.chainId, productId, share: '50', note: '链主承担一半' } },
  );
  const { recommendedProducts } = await w.t1a.data<{
    recommendedProducts: {
      items: { product: { id: string }; netMonthlyPrice: { amount: string } }[];
    };
  }>(
    'query ($c: ID!) { recommendedProducts(companyId: $c) { items { product { id } netMonthlyPrice { amount } } } }',
    { c: w.t1a.companyId },
  );
  const recommended = await download(api, w.t1a, 'recommended-products.xlsx', {
    companyId: w.t1a.companyId,
  });
  const rows = rowsOf(sheetOf(recommended.book, '为你推荐'));
  expect(rows).toHaveLength(recommendedProducts.items.length);
  const ours = recommendedProducts.items.find((i) => i.product.id === productId);
  if (ours) {
    const row = rows.find((r) => r['服务产品']!.value === '仓储云')!;
    expect(row['分担后每月']!.value).toBe(Number(ours.netMonthlyPrice.amount));
    expect(String(row['推荐理由']!.value)).toContain('仓储物流');
  }

  const mine = await download(api, w.t1a, 'my-sponsorships.xlsx');
  const mineRows = rowsOf(sheetOf(mine.book, '链主推荐'));
  expect(mineRows.map((r) => r['服务产品']!.value)).toEqual(['仓储云']);
  expect(mineRows[0]!['链主每月分担']!.value).toBe(617.28);

  const chain = await download(api, w.leader, 'chain-sponsorships.xlsx', { chainId: w.chainId });
  expect(rowsOf(sheetOf(chain.book, '推荐与分担'))).toHaveLength(1);
  const { chainSponsorships } = await w.leader.data<{
    chainSponsorships: { byTier: { tier: number | null; engaged: number }[] }[];
  }>('query ($c: ID!) { chainSponsorships(chainId: $c) { byTier { tier engaged } } }', {
    c: w.chainId,
  });
  const byTier = rowsOf(sheetOf(chain.book, '按层级采用'));
  expect(byTier.map((r) => r['已委托']!.value)).toEqual(
    chainSponsorships[0]!.byTier.map((t) => t.engaged),
  );
  // Another company cannot export the chain's sponsorships.
  const refused = await download(api, w.t1a, 'chain-sponsorships.xlsx', { chainId: w.chainId });
  expect([refused.status, refused.error?.code]).toEqual([403, 'FORBIDDEN']);
});
