/**
 * Seeds the demo chain through the public GraphQL API, the way its people would: the platform
 * admin registers the companies and their admins; the leader creates its chain and imports its
 * tier-1 suppliers from a CSV; members accept and invite their own suppliers; orders move through
 * every state; suppliers report stock and some share it with the leader.
 */
import { seedDay } from './dates';
import { graphqlData } from '../lib/graphql-client';
import {
  DEMO_ADMIN,
  DEMO_COMPANIES,
  DEMO_PASSWORD,
  demoEmail,
  type DemoCompany,
} from './demo-chain';
import { seedAssessments } from './seed-assessments';
import { seedFinance } from './seed-finance';
import { pastPublisher, seedProviders } from './seed-providers';
import { openRuntime, type Endpoints } from '@chainlift/platform';

type Call = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

const as =
  (url: string, token: string): Call =>
  (query, variables) =>
    graphqlData(url, query, variables, { authorization: `Bearer ${token}` });

async function login(url: string, email: string, password: string): Promise<Call> {
  const { login: session } = await graphqlData<{ login: { token: string } }>(
    url,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    {
      e: email,
      p: password,
    },
  );
  return as(url, session.token);
}

const addDays = seedDay;

export async function seedDemo(
  url: string,
  say: (line: string) => void,
  endpoints?: Endpoints,
): Promise<void> {
  const admin = await login(url, DEMO_ADMIN.email, DEMO_ADMIN.password);
  const ids = new Map<string, string>();
  for (const c of DEMO_COMPANIES) {
    const { registerCompany } = await admin<{ registerCompany: { company: { id: string } } }>(
      'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { company { id } } }',
      {
        input: { name: c.name, uscc: c.uscc, kind: c.kind, region: c.region, industry: c.industry },
      },
    );
    ids.set(c.key, registerCompany.company.id);
    await admin('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: {
        companyId: registerCompany.company.id,
        email: demoEmail(c.key),
        name: `${c.name} 管理员`,
        role: 'ADMIN',
        password: DEMO_PASSWORD,
      },
    });
  }
  say(`demo: ${DEMO_COMPANIES.length} companies with their admins registered`);

  const users = new Map<string, Call>();
  const user = async (key: string) => {
    if (!users.has(key)) users.set(key, await login(url, demoEmail(key), DEMO_PASSWORD));
    return users.get(key)!;
  };
  const id = (key: string) => ids.get(key)!;
  const leader = await user('leader');
  const { createChain } = await leader<{ createChain: { id: string } }>(
    'mutation { createChain(name: "海川家电供应链") { id } }',
  );
  const chainId = createChain.id;

  // Tier 1 arrives as the leader's CSV; deeper tiers are invited by their buyers.
  const suppliers = DEMO_COMPANIES.filter(
    (c): c is DemoCompany & { tier: 1 | 2 | 3; invitedBy: string } =>
      c.tier !== undefined && c.invitedBy !== undefined,
  );
  const csv = [
    'name,uscc,email,supplies',
    ...suppliers
      .filter((s) => s.tier === 1)
      .map((s) => `${s.name},${s.uscc},${demoEmail(s.key)},${(s.supplies ?? []).join(';')}`),
  ].join('\n');
  await leader(
    'mutation ($c: ID!, $csv: String!) { importSuppliers(chainId: $c, csv: $csv) { applied } }',
    { c: chainId, csv },
  );
  for (const tier of [1, 2, 3] as const) {
    for (const s of suppliers.filter((x) => x.tier === tier)) {
      if (tier > 1) {
        const inviter = await user(s.invitedBy);
        await inviter(
          'mutation ($c: ID!, $s: SupplierInvite!) { inviteSupplier(chainId: $c, supplier: $s) { applied } }',
          {
            c: chainId,
            s: { name: s.name, uscc: s.uscc, email: demoEmail(s.key), supplies: s.supplies ?? [] },
          },
        );
      }
      if (!s.pending)
        await (
          await user(s.key)
        )('mutation ($c: ID!) { respondToInvitation(chainId: $c, accept: true) { status } }', {
          c: chainId,
        });
    }
  }
  say(`demo: chain 海川家电供应链 with ${suppliers.length} suppliers over three tiers`);

  // Orders in every state: the leader buys from tier 1, tier 1 from tier 2.
  const steps: Record<string, [string, 'buyer' | 'supplier'][]> = {
    PLACED: [],
    CONFIRMED: [['CONFIRM', 'supplier']],
    SHIPPED: [
      ['CONFIRM', 'supplier'],
      ['SHIP', 'supplier'],
    ],
    DELIVERED: [
      ['CONFIRM', 'supplier'],
      ['SHIP', 'supplier'],
      ['DELIVER', 'buyer'],
    ],
    INVOICED: [
      ['CONFIRM', 'supplier'],
      ['SHIP', 'supplier'],
      ['DELIVER', 'buyer'],
      ['INVOICE', 'supplier'],
    ],
    CANCELLED: [['CANCEL', 'buyer']],
  };
  const buying = suppliers.filter((s) => !s.pending && s.tier <= 2);
  let n = 0;
  for (const [i, s] of buying.entries()) {
    const buyer = s.invitedBy;
    for (const state of Object.keys(steps).slice(0, s.tier === 1 ? 6 : 3)) {
      n += 1;
      const number = `PO-2026-${String(n).padStart(4, '0')}`;
      const { placeOrder } = await (
        await user(buyer)
      )<{ placeOrder: { id: string } }>(
        'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
        {
          input: {
            number,
            supplierId: id(s.key),
            promisedDate: addDays(10 + ((i + n) % 20)),
            lines: [
              {
                sku: s.supplies![0],
                productName: s.name.slice(0, 6),
                quantity: 100 * (1 + (n % 5)),
                unitPrice: `${12 + (n % 40)}.${String((n * 37) % 100).padStart(2, '0')}`,
              },
            ],
          },
        },
      );
      for (const [action, party] of steps[state]!) {
        await (
          await user(party === 'buyer' ? buyer : s.key)
        )(
          'mutation ($o: ID!, $a: OrderAction!) { actOnOrder(orderId: $o, action: $a) { status } }',
          {
            o: placeOrder.id,
            a: action,
          },
        );
      }
    }
  }
  say(`demo: ${n} orders in every state`);

  for (const s of buying) {
    const me = await user(s.key);
    await me(
      'mutation ($p: [StockInput!]!) { reportStock(positions: $p, snapshot: true) { status } }',
      {
        p: (s.supplies ?? []).flatMap((sku, k) => [
          {
            sku,
            productName: s.name.slice(0, 6),
            warehouse: 'NB-01',
            quantity: 150 + 37 * k + (s.tier === 1 ? 0 : 500),
          },
          { sku, productName: s.name.slice(0, 6), warehouse: 'NB-02', quantity: 60 },
        ]),
      },
    );
    if (s.sharesInventory)
      await me('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }', {
        g: id(s.invitedBy),
      });
  }
  say(
    `demo: stock reported by ${buying.length} suppliers, ${buying.filter((s) => s.sharesInventory).length} share it with the leader`,
  );

  await seedFinance({ user, id }, say);
  await seedAssessments({ user, id }, say);
  // The providers' past engagements go to Kafka with their dates (see seed-providers.ts).
  const runtime = await openRuntime('seed', {
    ...(endpoints ? { endpoints } : {}),
    logLevel: 'warn',
  });
  try {
    await seedProviders({ user, id }, say, pastPublisher(runtime.bus));
  } finally {
    await runtime.close();
  }
}

/** Logins printed by npm start. */
export function demoLogins(): string[] {
  return [
    `platform admin   ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
    ...['leader', 'motor', 'copper', 'refinery', 'bank', 'warehouse'].map((key) => {
      const c = DEMO_COMPANIES.find((x) => x.key === key)!;
      return (
        `${c.kind === 'SME' ? `SME tier ${c.tier}` : c.kind.toLowerCase().replace('_', ' ')}`.padEnd(
          19,
        ) + `${demoEmail(key)} / ${DEMO_PASSWORD}   (${c.name})`
      );
    }),
    `(every demo company has <key>@demo.chainlift; keys are in scripts/seed/demo-chain.ts)`,
  ];
}
