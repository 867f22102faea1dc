/**
 * The demo seed's service providers (scripts/seed/seed-providers.ts) run against the real API: the
 * products are published (one revised, one withdrawn) and the compressor's warehousing task is
 * engaged and accepted. `npm start` runs the same function after the rest of the demo.
 */
import { seedProviders } from '../../scripts/seed/seed-providers';
import { inDays } from '../support/finance';
import { startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
afterAll(() => api?.close());

it('publishes the demo products and the engagement', async () => {
  api = await startTestApi();
  const accounts: Record<string, Account> = {
    provider: await api.user(await api.company('SERVICE_PROVIDER', '甬数云科技'), 'ADMIN'),
    provider2: await api.user(await api.company('SERVICE_PROVIDER', '链智数字'), 'ADMIN'),
    compressor: await api.user(await api.company('SME', '镇海压缩机配件'), 'ADMIN'),
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
  );
  expect(lines).toEqual([
    'demo: 2 service providers, 4 products (one revised, one withdrawn), one engagement under way',
  ]);
  const { engagements } = await accounts.provider!.data<{
    engagements: { status: string; productVersion: number; product: { name: string } }[];
  }>('{ engagements { status productVersion product { name } } }');
  expect(engagements).toEqual([
    { status: 'ACTIVE', productVersion: 2, product: { name: '仓储云·轻量版' } },
  ]);
}, 180_000);
