/**
 * The service providers of the demo, through the public API: two 数字化转型服务商 publish 小快轻准
 * products (one revised, so its history shows two versions; one withdrawn), and 镇海压缩机配件 engages
 * one for the warehousing task of the leader's improvement plan; the provider has accepted it.
 *
 * History the API cannot write today: three 家电配件 makers engaged the warehousing product weeks
 * ago, reported stock from then on, and it was delivered. The gateway stamps acceptedOn/deliveredOn
 * with today's business date, so these events are published to Kafka with their past dates
 * (actor.via 'seed', as the benches publish theirs); the projector applies them through its
 * deciders and records the stock reports' data activity on their days, so the product's measured
 * outcome is computed from that evidence like any other — no outcome figure is written here.
 */
import { randomUUID } from 'node:crypto';
import { parseAmount, type BusinessDate } from '@chainlift/domain';
import { validateEvent, type EventBus } from '@chainlift/platform';
import { seedDay } from './dates';
import type { DemoParties } from './seed-finance';

/** Publishes one event with a past business date (the seed's own history): see seedDemo. */
export type PublishPast = (event: {
  topic: 'chainlift.assessments' | 'chainlift.inventory';
  type: 'EngagementProposed' | 'EngagementActedOn' | 'StockReported';
  key: string;
  payload: object;
  /** The business day it happened; the envelope's occurredAt is noon of that day in China. */
  on: BusinessDate;
}) => Promise<void>;

const fenOf = (amount: string): number => {
  const fen = parseAmount(amount);
  if (!fen.ok) throw new Error(`not an amount: ${amount}`);
  return fen.value;
};

/**
 * The delivered engagements: who, the days (from today) it was proposed, accepted and delivered,
 * and the days in between its stock was reported (the 仓储物流 evidence that moved).
 */
const DELIVERED = [
  {
    key: 'parts-a',
    proposed: -82,
    accepted: -80,
    delivered: -20,
    stockDays: [-75, -68, -61, -54, -47, -40, -33, -26],
  },
  {
    key: 'parts-b',
    proposed: -71,
    accepted: -70,
    delivered: -15,
    stockDays: [-60, -50, -40, -30, -20],
  },
  { key: 'parts-c', proposed: -65, accepted: -63, delivered: -12, stockDays: [-30, -14] },
] as const;

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

export async function seedProviders(
  p: DemoParties,
  say: (line: string) => void,
  publishPast: PublishPast,
): Promise<void> {
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
  const { reviseServiceProduct: revised } = await provider<{
    reviseServiceProduct: { version: number; monthlyPrice: { amount: string } };
  }>(
    'mutation ($p: ID!, $i: ServiceProductInput!) { reviseServiceProduct(productId: $p, input: $i) { version monthlyPrice { amount } } }',
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

  const engagementIds: string[] = [];
  for (const d of DELIVERED) {
    const sme = await p.user(d.key);
    const companyId = p.id(d.key);
    const { planImprovement } = await sme<{
      planImprovement: { id: string; tasks: { id: string }[] };
    }>('mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { id tasks { id } } }', {
      i: {
        companyId,
        targets: [{ scenarioId: 'warehousing-logistics', level: 2 }],
        tasks: [
          {
            title: '扫码入库、库存每日上报',
            scenarioId: 'warehousing-logistics',
            dueDate: seedDay(30),
          },
        ],
      },
    });
    for (const on of d.stockDays)
      await publishPast({
        topic: 'chainlift.inventory',
        type: 'StockReported',
        key: companyId,
        on: seedDay(on),
        payload: {
          companyId,
          mode: 'UPDATE',
          reportedAt: `${seedDay(on)}T17:00:00+08:00`,
          positions: [
            {
              sku: 'WMS-PART-01',
              productName: '家电配件',
              warehouse: 'WMS-01',
              quantity: 400 - on,
            },
          ],
        },
      });
    const engagementId = randomUUID();
    const parties = { engagementId, companyId, providerId: p.id('provider') };
    await publishPast({
      topic: 'chainlift.assessments',
      type: 'EngagementProposed',
      key: companyId,
      on: seedDay(d.proposed),
      payload: {
        ...parties,
        productId: warehousing,
        productVersion: revised.version,
        planId: planImprovement.id,
        taskId: planImprovement.tasks[0]!.id,
        monthlyPriceFen: fenOf(revised.monthlyPrice.amount),
        on: seedDay(d.proposed),
      },
    });
    for (const [action, day] of [
      ['accept', d.accepted],
      ['deliver', d.delivered],
    ] as const)
      await publishPast({
        topic: 'chainlift.assessments',
        type: 'EngagementActedOn',
        key: companyId,
        on: seedDay(day),
        payload: { ...parties, actorCompanyId: parties.providerId, action, on: seedDay(day) },
      });
    engagementIds.push(engagementId);
  }
  // The projector applies them like any event: wait until the three are delivered.
  for (let tries = 0; ; tries += 1) {
    const { engagements } = await provider<{ engagements: { id: string; status: string }[] }>(
      '{ engagements { id status } }',
    );
    const delivered = engagements.filter(
      (e) => engagementIds.includes(e.id) && e.status === 'DELIVERED',
    );
    if (delivered.length === engagementIds.length) break;
    if (tries >= 120)
      throw new Error(
        `the seed's past engagements were not all delivered (${delivered.length}/${engagementIds.length}): see the projector's log`,
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  say(
    `demo: ${DELIVERED.length} engagements of 仓储云·轻量版 delivered weeks ago, with the stock reports since (its measured outcome)`,
  );
}

/** PublishPast on `bus`: the envelope the platform's own writers build, checked against the contracts. */
export const pastPublisher =
  (bus: Pick<EventBus, 'publish'>): PublishPast =>
  async ({ topic, type, key, payload, on }) => {
    const event = {
      id: randomUUID(),
      type,
      version: 1,
      occurredAt: new Date(`${on}T12:00:00+08:00`).toISOString(),
      actor: { via: 'seed' as const },
      payload,
    };
    const valid = validateEvent(event);
    if (!valid.ok) throw new Error(`the seed's ${type} is invalid: ${valid.error.message}`);
    await bus.publish(topic, [{ key, value: JSON.stringify(event) }]);
  };
