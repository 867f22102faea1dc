/**
 * The demo seed's service providers (scripts/seed/seed-providers.ts) run against the real API: the
 * products are published (one revised, one withdrawn) and the compressor's warehousing task is
 * engaged and accepted; three 家电配件 makers' engagements were delivered weeks ago (published to Kafka
 * with their past dates, stock reported in between), so the product's measured outcome is shown.
 * `npm start` runs the same function after the rest of the demo.
 */
import { pastPublisher, seedProviders } from '../../scripts/seed/seed-providers';
import { inDays } from '../support/finance';
import { startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
afterAll(() => api?.close());

it('publishes the demo products, the engagement under way and three delivered ones with their measured outcome', async () => {
  api = await startTestApi();
  const accounts: Record<string, Account> = {
    provider: await api.user(await api.company('SERVICE_PROVIDER', '甬数云科技'), 'ADMIN'),
    provider2: await api.user(await api.company('SERVICE_PROVIDER', '链智数字'), 'ADMIN'),
    compressor: await api.user(await api.company('SME', '镇海压缩机配件'), 'ADMIN'),
    'parts-a': await api.user(await api.company('SME', '宁波东钱湖家电配件'), 'ADMIN'),
    'parts-b': await api.user(await api.company('SME', '恒泰电器配件'), 'ADMIN'),
    'parts-c': await api.user(await api.company('SME', '北仑润禾家电部件'), 'ADMIN'),
  };
  await accounts.compressor!.data(
    'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { id } }',
    {
      i: {
        companyId: accounts.compressor!.companyId,
        targets: [{ scenarioId: 'warehousing-logistics', level: 3 }],
        tasks: [{ title: '上线 WMS', scenarioId: 'warehousing-logistics', dueDate: inDays(30) }],
      },
    },
  );
  const lines: string[] = [];
  await seedProviders(
    {
      user: async (key) => (query, variables) => accounts[key]!.data(query, variables),
      id: (key) => accounts[key]!.companyId,
    },
    (line) => lines.push(line),
    pastPublisher(api.bus),
  );
  expect(lines).toEqual([
    'demo: 2 service providers, 4 products (one revised, one withdrawn), one engagement under way',
    'demo: 3 engagements of 仓储云·轻量版 delivered weeks ago, with the stock reports since (its measured outcome)',
  ]);
  const { engagements } = await accounts.provider!.data<{
    engagements: { status: string; productVersion: number; product: { name: string } }[];
  }>('{ engagements { status productVersion product { name } } }');
  const warehousing = { productVersion: 2, product: { name: '仓储云·轻量版' } };
  expect(engagements).toHaveLength(4);
  expect(engagements).toEqual(
    expect.arrayContaining([
      { status: 'ACTIVE', ...warehousing },
      ...[1, 2, 3].map(() => ({ status: 'DELIVERED', ...warehousing })),
    ]),
  );
  expect(engagements.filter((e) => e.status === 'DELIVERED')).toHaveLength(3);

  // The measured outcome, from the evidence the stock reports left on their days (projected
  // asynchronously on the inventory topic: polled until all three measured).
  type Change = {
    engagements: number;
    improved: number;
    unchanged: number;
    declined: number;
    averageChange: string;
  };
  type Outcomes = {
    delivered: number;
    shown: boolean;
    scenarios: {
      scenarioId: string;
      measurable: boolean;
      atDelivery: Change | null;
      after90Days: Change | null;
    }[];
  };
  let outcomes: Outcomes | undefined;
  for (let tries = 0; tries < 60; tries += 1) {
    const { providerOutcomes } = await accounts.compressor!.data<{
      providerOutcomes: { outcomes: Outcomes };
    }>(
      'query ($p: ID!) { providerOutcomes(providerId: $p) { outcomes { delivered shown scenarios { scenarioId measurable atDelivery { engagements improved unchanged declined averageChange } after90Days { engagements } } } } }',
      { p: accounts.provider!.companyId },
    );
    outcomes = providerOutcomes.outcomes;
    if (
      outcomes.scenarios.find((s) => s.scenarioId === 'warehousing-logistics')?.atDelivery
        ?.improved === 3
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(outcomes).toMatchObject({ delivered: 3, shown: true });
  // parts-a and parts-b reported on ≥ 4 days (level 2, 有规律), parts-c on 2 (level 1), none before acceptance.
  expect(outcomes!.scenarios.find((s) => s.scenarioId === 'warehousing-logistics')).toEqual({
    scenarioId: 'warehousing-logistics',
    measurable: true,
    atDelivery: { engagements: 3, improved: 3, unchanged: 0, declined: 0, averageChange: '1.67' },
    after90Days: null,
  });
}, 240_000);
