/**
 * Service providers (issue 18 items 1 and 3) on the real servers: a SERVICE_PROVIDER registers and
 * signs in like any company, publishes a product, revises it (history keeps both versions) and
 * withdraws another; the catalogue filters by scenario, region (a province covers its cities),
 * industry and price. An SME plans improvement, engages the product for its task, the provider
 * accepts and delivers on business dates; both see it in engagements(), each step reaches the other
 * side's inbox, and the provider reads the SME's assessment only once the SME granted its consent.
 */
import { addDays, businessCalendar } from '@chainlift/domain';
import { settableClock } from '@chainlift/platform';
import { download, rowsOf } from '../support/exports';
import { inDays } from '../support/finance';
import { codeOf, startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

// The gateway's business calendar runs on a clock the test moves: accepted and delivered on its dates.
const clock = settableClock(new Date());
const calendar = businessCalendar(clock, 'Asia/Shanghai');
let api: TestApi;
let provider: Account;
let sme: Account;
/** Consent is the SME's ADMIN's to grant. */
let smeAdmin: Account;

const PRODUCT = `id status version name monthlyPrice { amount currency } deliveryDays references
  scenarios { scenarioId zh targetLevel } industries regions { code name level }
  provider { id kind } history { version name monthlyPrice { amount } } withdrawnAt`;

const productInput = (over: Record<string, unknown> = {}) => ({
  name: '仓储云',
  description: '扫码入库、每周库存上报，三十天上线',
  monthlyPrice: '1280.50',
  scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 3 }],
  industries: ['家电零部件'],
  regions: ['330000'],
  deliveryDays: 30,
  references: ['宁波某电机厂'],
  ...over,
});

const publish = async (who: Account, input = productInput()) =>
  (
    await who.data<{ publishServiceProduct: { id: string; version: number } }>(
      `mutation ($i: ServiceProductInput!) { publishServiceProduct(input: $i) { ${PRODUCT} } }`,
      { i: input },
    )
  ).publishServiceProduct;

const planTask = async (who: Account) =>
  (
    await who.data<{ planImprovement: { tasks: { id: string }[] } }>(
      'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { tasks { id } } }',
      {
        i: {
          companyId: who.companyId,
          targets: [{ scenarioId: 'warehousing-logistics', level: 3 }],
          tasks: [{ title: '上线仓储系统', dueDate: inDays(60) }],
        },
      },
    )
  ).planImprovement.tasks[0]!.id;

const ENGAGEMENT = `id status productVersion monthlyPrice { amount } acceptedOn deliveredOn assessmentShared
  sponsorship { id } company { id } provider { id } product { id } task { id engagement { id } }`;

beforeAll(async () => {
  api = await startTestApi({ calendar });
  provider = await api.user(
    await api.company('SERVICE_PROVIDER', '甬数科技', { region: '浙江省宁波市', industry: '软件' }),
    'OPERATOR',
  );
  sme = await api.user(await api.company('SME', '甬华电机'), 'OPERATOR');
  smeAdmin = await api.user(sme.companyId, 'ADMIN');
}, 180_000);
afterAll(() => api.close());

describe('a service provider', () => {
  it('registers and signs in like any company: me shows its kind', async () => {
    const { me } = await provider.data<{ me: { company: { kind: string } } }>(
      '{ me { company { kind } } }',
    );
    expect(me.company.kind).toBe('SERVICE_PROVIDER');
  });

  it('publishes, revises (history has both versions) and withdraws products', async () => {
    const first = await publish(provider);
    expect(first).toMatchObject({
      status: 'ACTIVE',
      version: 1,
      name: '仓储云',
      monthlyPrice: { amount: '1280.50', currency: 'CNY' },
      regions: [{ code: '330000', name: '浙江省', level: 'PROVINCE' }],
      scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 3 }],
      provider: { id: provider.companyId, kind: 'SERVICE_PROVIDER' },
    });
    const [stored] = await api.cypher(
      'MATCH (p:ServiceProduct {id: $id}) RETURN p.monthlyPriceFen AS fen',
      { id: first.id },
    );
    expect(Number(stored!.fen)).toBe(128050);

    const { reviseServiceProduct } = await provider.data<{
      reviseServiceProduct: {
        version: number;
        name: string;
        history: { version: number; name: string }[];
      };
    }>(
      `mutation ($p: ID!, $i: ServiceProductInput!) { reviseServiceProduct(productId: $p, input: $i) { ${PRODUCT} } }`,
      { p: first.id, i: productInput({ name: '仓储云 2.0', monthlyPrice: '1500' }) },
    );
    expect(reviseServiceProduct.version).toBe(2);
    expect(reviseServiceProduct.history.map((h) => [h.version, h.name])).toEqual([
      [2, '仓储云 2.0'],
      [1, '仓储云'],
    ]);

    const other = await publish(
      provider,
      productInput({ name: '财务小助手', scenarios: [{ scenarioId: 'finance', targetLevel: 2 }] }),
    );
    const { withdrawServiceProduct } = await provider.data<{
      withdrawServiceProduct: { status: string; withdrawnAt: string; history: unknown[] };
    }>(`mutation ($p: ID!) { withdrawServiceProduct(productId: $p) { ${PRODUCT} } }`, {
      p: other.id,
    });
    expect(withdrawServiceProduct.status).toBe('WITHDRAWN');
    expect(withdrawServiceProduct.withdrawnAt).toBeTruthy();
    expect(withdrawServiceProduct.history).toHaveLength(1);
    const again = await provider.gql(
      'mutation ($p: ID!) { withdrawServiceProduct(productId: $p) { id } }',
      { p: other.id },
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const before = await api.cypher(
      'MATCH (p:ServiceProduct {providerId: $id}) RETURN count(p) AS n',
      { id: provider.companyId },
    );
    for (const [over, field] of [
      [{ monthlyPrice: '0' }, 'monthlyPrice'],
      [{ regions: ['999999'] }, 'regions[0]'],
      [
        { scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 9 }] },
        'scenarios[0].targetLevel',
      ],
      [{ deliveryDays: 400 }, 'deliveryDays'],
    ] as const) {
      const response = await provider.gql(
        'mutation ($i: ServiceProductInput!) { publishServiceProduct(input: $i) { id } }',
        { i: productInput(over) },
      );
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
    }
    const after = await api.cypher(
      'MATCH (p:ServiceProduct {providerId: $id}) RETURN count(p) AS n',
      { id: provider.companyId },
    );
    expect(after).toEqual(before);
  });

  it('is the only kind that publishes', async () => {
    const response = await sme.gql(
      'mutation ($i: ServiceProductInput!) { publishServiceProduct(input: $i) { id } }',
      { i: productInput() },
    );
    expect(codeOf(response)).toBe('FORBIDDEN');
  });
});

describe('the catalogue', () => {
  const names = async (filter: Record<string, unknown>) =>
    (
      await sme.data<{ serviceProducts: { name: string }[] }>(
        'query ($f: ServiceProductFilter) { serviceProducts(filter: $f, first: 100) { name } }',
        { f: { providerId: provider.companyId, ...filter } },
      )
    ).serviceProducts.map((p) => p.name);

  it('filters by scenario, region (a province serves its cities), industry, price and status', async () => {
    // Newest first: a minute later on the gateway's clock (events carry its time).
    clock.set(new Date(clock.now().getTime() + 60_000));
    await publish(
      provider,
      productInput({ name: '苏州专用', regions: ['320500'], monthlyPrice: '300' }),
    );
    expect(await names({})).toEqual(['苏州专用', '仓储云 2.0']);
    expect(await names({ regionCode: '330203' })).toEqual(['仓储云 2.0']);
    expect(await names({ regionCode: '320500' })).toEqual(['苏州专用']);
    expect(await names({ scenarioId: 'finance' })).toEqual([]);
    expect(await names({ scenarioId: 'finance', includeWithdrawn: true })).toEqual(['财务小助手']);
    expect(await names({ maxMonthlyPrice: '1000' })).toEqual(['苏州专用']);
    expect(await names({ industry: '纺织' })).toEqual([]);
    const bad = await sme.gql('query { serviceProducts(filter: { regionCode: "12" }) { id } }');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('an engagement', () => {
  it('goes from proposal to delivery; both sides see it, each step reaches the other inbox, the consent opens the assessment', async () => {
    const [product] = (
      await sme.data<{ serviceProducts: { id: string; version: number }[] }>(
        'query ($f: ServiceProductFilter) { serviceProducts(filter: $f) { id version } }',
        { f: { providerId: provider.companyId, regionCode: '330200' } },
      )
    ).serviceProducts;
    const taskId = await planTask(sme);

    // Before any consent the provider cannot read the SME's assessment or evidence.
    const ASSESSMENT = 'query ($c: ID!) { assessment(companyId: $c) { company { id } } }';
    expect(codeOf(await provider.gql(ASSESSMENT, { c: sme.companyId }))).toBe('FORBIDDEN');

    const { proposeEngagement } = await sme.data<{
      proposeEngagement: {
        id: string;
        status: string;
        productVersion: number;
        assessmentShared: boolean;
        sponsorship: null;
        task: { engagement: { id: string } };
      };
    }>(
      `mutation ($i: ProposeEngagementInput!) { proposeEngagement(input: $i) { ${ENGAGEMENT} } }`,
      { i: { taskId, productId: product!.id, note: '请尽快上线' } },
    );
    expect(proposeEngagement).toMatchObject({
      status: 'PROPOSED',
      productVersion: 2,
      assessmentShared: false,
      sponsorship: null,
      task: { engagement: { id: proposeEngagement.id } },
    });
    const id = proposeEngagement.id;
    const [task] = await api.cypher(
      'MATCH (t:ImprovementTask {id: $taskId}) RETURN t.providerId AS providerId, t.productId AS productId',
      { taskId },
    );
    expect(task).toEqual({ providerId: provider.companyId, productId: product!.id });

    // One engagement per task.
    const second = await sme.gql(
      'mutation ($i: ProposeEngagementInput!) { proposeEngagement(input: $i) { id } }',
      { i: { taskId, productId: product!.id } },
    );
    expect(codeOf(second)).toBe('CONFLICT');

    const inbox = (who: Account) =>
      who.data<{ notifications: { kind: string; subjectId: string; link: string }[] }>(
        '{ notifications(first: 50) { kind subjectId link } }',
      );
    await waitFor(async () =>
      (await inbox(provider)).notifications.find(
        (n) => n.kind === 'ENGAGEMENT_PROPOSED' && n.subjectId === id,
      ),
    );

    // The SME cannot accept; the provider cannot deliver before accepting.
    const act = (who: Account, action: string) =>
      who.gql(
        `mutation ($e: ID!, $a: EngagementAction!) { actOnEngagement(engagementId: $e, action: $a) { ${ENGAGEMENT} } }`,
        { e: id, a: action },
      );
    expect(codeOf(await act(sme, 'ACCEPT'))).toBe('FORBIDDEN');
    expect(codeOf(await act(provider, 'DELIVER'))).toBe('CONFLICT');

    const accepted = await act(provider, 'ACCEPT');
    expect(accepted.data).toMatchObject({ actOnEngagement: { status: 'ACTIVE' } });
    const acceptedOn = calendar.today();
    expect(accepted.data).toMatchObject({ actOnEngagement: { acceptedOn, deliveredOn: null } });
    await waitFor(async () =>
      (await inbox(sme)).notifications.find(
        (n) => n.kind === 'ENGAGEMENT_UPDATED' && n.subjectId === id,
      ),
    );

    // Delivered three days later, on that business date.
    clock.set(new Date(clock.now().getTime() + 3 * 86_400_000));
    const delivered = await act(provider, 'DELIVER');
    expect(delivered.data).toMatchObject({
      actOnEngagement: { status: 'DELIVERED', acceptedOn, deliveredOn: addDays(acceptedOn, 3) },
    });
    expect(codeOf(await act(sme, 'CANCEL'))).toBe('CONFLICT');

    for (const who of [sme, provider]) {
      const { engagements } = await who.data<{ engagements: { id: string; status: string }[] }>(
        '{ engagements(status: DELIVERED) { id status } }',
      );
      expect(engagements.map((e) => e.id)).toContain(id);
    }
    const { engagements: none } = await sme.data<{ engagements: { id: string }[] }>(
      '{ engagements(status: CANCELLED) { id } }',
    );
    expect(none.map((e) => e.id)).not.toContain(id);

    // The provider it engaged is offered as a grantee, for the assessment only.
    const { consentCandidates } = await sme.data<{
      consentCandidates: { company: { id: string }; relations: string[]; scopes: string[] }[];
    }>('{ consentCandidates { company { id } relations scopes } }');
    expect(consentCandidates.find((c) => c.company.id === provider.companyId)).toMatchObject({
      relations: ['ENGAGED_PROVIDER'],
      scopes: ['ASSESSMENT'],
    });
    // The SME grants the provider an ASSESSMENT consent: now it reads it (audited), and the engagement says so.
    await smeAdmin.data(
      'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }',
      {
        g: provider.companyId,
      },
    );
    const read = await provider.gql(ASSESSMENT, { c: sme.companyId });
    expect(read.errors).toBeUndefined();
    const evidence = await provider.gql(
      'query ($c: ID!) { evidence(companyId: $c) { company { id } } }',
      { c: sme.companyId },
    );
    expect(evidence.errors).toBeUndefined();
    const { engagements } = await provider.data<{
      engagements: { id: string; assessmentShared: boolean }[];
    }>('{ engagements { id assessmentShared } }');
    expect(engagements.find((e) => e.id === id)?.assessmentShared).toBe(true);
  });

  it('can be cancelled by either side before delivery, and the task can then be engaged again', async () => {
    const product = await publish(provider, productInput({ name: '再来一次' }));
    const taskId = await planTask(sme);
    const propose = async () =>
      (
        await sme.data<{ proposeEngagement: { id: string } }>(
          'mutation ($i: ProposeEngagementInput!) { proposeEngagement(input: $i) { id } }',
          { i: { taskId, productId: product.id } },
        )
      ).proposeEngagement.id;
    const first = await propose();
    const { actOnEngagement } = await provider.data<{ actOnEngagement: { status: string } }>(
      'mutation ($e: ID!) { actOnEngagement(engagementId: $e, action: CANCEL) { status } }',
      { e: first },
    );
    expect(actOnEngagement.status).toBe('CANCELLED');
    const second = await propose();
    expect(second).not.toBe(first);
    // A withdrawn product cannot be engaged.
    await provider.data('mutation ($p: ID!) { withdrawServiceProduct(productId: $p) { id } }', {
      p: product.id,
    });
    const taskTwo = await planTask(sme);
    const refused = await sme.gql(
      'mutation ($i: ProposeEngagementInput!) { proposeEngagement(input: $i) { id } }',
      { i: { taskId: taskTwo, productId: product.id } },
    );
    expect(codeOf(refused)).toBe('CONFLICT');
  });
});

describe('Excel exports', () => {
  it('the catalogue and the engagements download as the tables show them', async () => {
    const products = await download(api, sme, 'service-products.xlsx', {
      providerId: provider.companyId,
      regionCode: '330200',
    });
    expect(products.status).toBe(200);
    const rows = rowsOf(products.book!.getWorksheet('服务产品')!);
    expect(rows.map((r) => r['产品']!.value)).toEqual(['仓储云 2.0']);
    expect(rows[0]!['服务地区']!.value).toBe('浙江省');

    const engagements = await download(api, provider, 'engagements.xlsx', { status: 'DELIVERED' });
    expect(engagements.status).toBe(200);
    const delivered = rowsOf(engagements.book!.getWorksheet('服务委托')!);
    expect(delivered.map((r) => r['状态']!.value)).toEqual(['DELIVERED']);
    expect(delivered[0]!['委托企业']!.value).toBe('甬华电机');
  });
});
