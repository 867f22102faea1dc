/**
 * The service providers of the demo, through the public API: two 数字化转型服务商 publish 小快轻准
 * products (one revised, so its history shows two versions; one withdrawn), and 镇海压缩机配件 engages
 * one for the warehousing task of the leader's improvement plan; the provider has accepted it.
 */
import type { DemoParties } from './seed-finance';

const PUBLISH = 'mutation ($i: ServiceProductInput!) { publishServiceProduct(input: $i) { id } }';

const PRODUCTS = {
  provider: [
    {
      name: '仓储云·轻量版',
      description: '扫码入库出库、库存每日自动上报平台（WMS 对接 POST /ingest），三十天上线',
      monthlyPrice: '1280.00',
      scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 3 }],
      industries: [],
      regions: ['330000'],
      deliveryDays: 30,
      references: ['宁波某微电机企业', '慈溪某注塑企业'],
    },
    {
      name: '采购协同助手',
      description: '采购订单上平台、供应商在线确认与交期跟踪',
      monthlyPrice: '860.00',
      scenarios: [
        { scenarioId: 'procurement', targetLevel: 3 },
        { scenarioId: 'collaboration', targetLevel: 2 },
      ],
      industries: ['家用电器制造', '微特电机', '塑料零件'],
      regions: ['330200'],
      deliveryDays: 21,
      references: ['北仑某钣金企业'],
    },
  ],
  provider2: [
    {
      name: '财务一体化 SaaS',
      description: '开票、对账与应收账款登记一体化，对接链上确权',
      monthlyPrice: '1500.00',
      scenarios: [{ scenarioId: 'finance', targetLevel: 3 }],
      industries: [],
      regions: [],
      deliveryDays: 45,
      references: ['杭州某电子企业'],
    },
    {
      name: '旧版进销存',
      description: '已由新版替代',
      monthlyPrice: '300.00',
      scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 2 }],
      industries: [],
      regions: ['330100'],
      deliveryDays: 14,
      references: [],
    },
  ],
};

export async function seedProviders(p: DemoParties, say: (line: string) => void): Promise<void> {
  const published = new Map<string, string>();
  for (const [key, products] of Object.entries(PRODUCTS)) {
    const provider = await p.user(key);
    for (const input of products) {
      const { publishServiceProduct } = await provider<{ publishServiceProduct: { id: string } }>(
        PUBLISH,
        { i: input },
      );
      published.set(input.name, publishServiceProduct.id);
    }
  }
  const provider = await p.user('provider');
  const warehousing = published.get('仓储云·轻量版')!;
  // A price change: version 2, version 1 kept in its history.
  await provider(
    'mutation ($p: ID!, $i: ServiceProductInput!) { reviseServiceProduct(productId: $p, input: $i) { version } }',
    { p: warehousing, i: { ...PRODUCTS.provider[0]!, monthlyPrice: '1180.00' } },
  );
  await (
    await p.user('provider2')
  )('mutation ($p: ID!) { withdrawServiceProduct(productId: $p) { status } }', {
    p: published.get('旧版进销存'),
  });

  // 镇海压缩机配件 engages the warehousing product for its plan's warehousing task; accepted.
  const compressor = await p.user('compressor');
  const { improvementPlans } = await compressor<{
    improvementPlans: { tasks: { id: string; scenarioId: string | null; status: string }[] }[];
  }>('query ($c: ID!) { improvementPlans(companyId: $c) { tasks { id scenarioId status } } }', {
    c: p.id('compressor'),
  });
  const task = improvementPlans
    .flatMap((plan) => plan.tasks)
    .find((t) => t.scenarioId === 'warehousing-logistics' && t.status !== 'DONE');
  if (task) {
    const { proposeEngagement } = await compressor<{ proposeEngagement: { id: string } }>(
      'mutation ($i: ProposeEngagementInput!) { proposeEngagement(input: $i) { id } }',
      { i: { taskId: task.id, productId: warehousing, note: '希望一个月内上线扫码入库' } },
    );
    await provider(
      'mutation ($e: ID!) { actOnEngagement(engagementId: $e, action: ACCEPT) { status } }',
      { e: proposeEngagement.id },
    );
  }
  say(
    `demo: 2 service providers, ${published.size} products (one revised, one withdrawn)${task ? ', one engagement under way' : ''}`,
  );
}
