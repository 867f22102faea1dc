/**
 * Issue 18 items 2 and 4 end to end on the real servers, on a clock the test moves (business dates):
 * a provider publishes a 仓储物流 product; an SME whose 仓储物流 is weak (declared 2, evidenced 0) gets
 * it recommended with its reason, within its budget only once its leader's sponsorship lowers the
 * net price; the sponsorship shows to the leader (with uptake by tier) and to the SME. Three suppliers
 * engage it; the provider accepts; they report stock on four days, so 仓储物流's evidenced level rises
 * from 0 to 2; the provider delivers — and the product's measured outcome shows once the third
 * engagement is delivered, not before, and 90 days later from the evidence as of that day.
 */
import { businessCalendar } from '@chainlift/domain';
import { settableClock } from '@chainlift/platform';
import { answersFor, graphqlAnswers } from '../../scripts/seed/assessment-answers';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { publishWarehousingProduct } from '../support/service-products';
import { codeOf, startTestApi, uniqueUscc, type Account, type TestApi } from '../support/platform';

jest.setTimeout(180_000);

/** Beijing wall-clock time → the instant (UTC+8). */
const beijing = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);

const clock = settableClock(beijing('2027-03-01'));
let api: TestApi;
let w: ChainWorld;
let provider: Account;
let wms: string;
let wmsPremium: string;
let beijingOnly: string;

const WH = 'warehousing-logistics';

const RECOMMENDATIONS = `query ($c: ID!) { recommendedProducts(companyId: $c) {
  company { id } budget { amount } emptyReason
  gaps { code scenarioId currentLevel targetLevel zh }
  items { product { id name } netMonthlyPrice { amount }
    reasons { code scenarioId currentLevel targetLevel zh en }
    sponsorships { id share monthlyShare { amount } leader { id } } } } }`;
interface Recommendations {
  company: { id: string };
  budget: { amount: string } | null;
  emptyReason: string | null;
  gaps: { code: string; scenarioId: string; currentLevel: number; zh: string }[];
  items: {
    product: { id: string; name: string };
    netMonthlyPrice: { amount: string };
    reasons: {
      code: string;
      scenarioId: string | null;
      currentLevel: number | null;
      targetLevel: number | null;
      zh: string;
      en: string;
    }[];
    sponsorships: { id: string; share: string; monthlyShare: { amount: string } }[];
  }[];
}
const recommendations = async (who: Account, companyId = who.companyId) =>
  (await who.data<{ recommendedProducts: Recommendations }>(RECOMMENDATIONS, { c: companyId }))
    .recommendedProducts;
/** This test's provider's products among the items (other test files share the catalogue). */
const ours = (r: Pick<Recommendations, 'items'>) =>
  r.items.filter((i) => [wms, wmsPremium].includes(i.product.id));

const OUTCOMES = `outcomes { delivered minimum shown methodZh methodEn
  scenarios { scenarioId measurable
    atDelivery { engagements improved unchanged declined averageChange }
    after90Days { engagements improved unchanged declined averageChange } } }`;
interface Outcomes {
  delivered: number;
  minimum: number;
  shown: boolean;
  methodZh: string;
  methodEn: string;
  scenarios: {
    scenarioId: string;
    measurable: boolean;
    atDelivery: Record<string, number | string> | null;
    after90Days: Record<string, number | string> | null;
  }[];
}
const outcomes = async (who: Account) =>
  (
    await who.data<{ serviceProduct: { outcomes: Outcomes } }>(
      `query ($p: ID!) { serviceProduct(id: $p) { ${OUTCOMES} } }`,
      { p: wms },
    )
  ).serviceProduct.outcomes;

const evidencedWarehousing = async (who: Account) =>
  (
    await who.data<{ evidence: { scenarios: { scenarioId: string; evidencedLevel: number }[] } }>(
      'query ($c: ID!) { evidence(companyId: $c) { scenarios { scenarioId evidencedLevel } } }',
      { c: who.companyId },
    )
  ).evidence.scenarios.find((s) => s.scenarioId === WH)!.evidencedLevel;

/** A plan with one 仓储物流 task; the company engages the product for it. */
async function engage(sme: Account, productId = wms): Promise<string> {
  const { planImprovement } = await sme.data<{ planImprovement: { tasks: { id: string }[] } }>(
    'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { tasks { id } } }',
    {
      i: {
        companyId: sme.companyId,
        targets: [{ scenarioId: WH, level: 3 }],
        tasks: [{ title: '仓库上线 WMS，库存每日上报', scenarioId: WH, dueDate: '2027-06-30' }],
      },
    },
  );
  const { proposeEngagement } = await sme.data<{ proposeEngagement: { id: string } }>(
    'mutation ($t: ID!, $p: ID!) { proposeEngagement(input: { taskId: $t, productId: $p }) { id } }',
    { t: planImprovement.tasks[0]!.id, p: productId },
  );
  return proposeEngagement.id;
}

const act = (engagementId: string, action: 'ACCEPT' | 'DELIVER') =>
  provider.data<{ actOnEngagement: { status: string; acceptedOn: string; deliveredOn: string } }>(
    'mutation ($e: ID!, $a: EngagementAction!) { actOnEngagement(engagementId: $e, action: $a) { status acceptedOn deliveredOn } }',
    { e: engagementId, a: action },
  );

beforeAll(async () => {
  api = await startTestApi({ calendar: businessCalendar(clock, 'Asia/Shanghai') });
  w = await buildChainWorld(api);
  provider = await api.user(await api.company('SERVICE_PROVIDER', '甬智数科'), 'ADMIN');
  // 浙江 and nationwide products; one for 北京 only, which no 宁波 supplier is offered.
  wms = await publishWarehousingProduct(provider, { regions: ['330000'] });
  wmsPremium = await publishWarehousingProduct(provider, {
    name: '仓储数字孪生',
    monthlyPrice: '9000',
    targetLevel: 4,
  });
  beijingOnly = await publishWarehousingProduct(provider, {
    name: '北京仓配一体化',
    monthlyPrice: '1000',
    regions: ['110000'],
  });
  // t1a declares 仓储物流 at 2; the platform sees no stock report: evidenced 0.
  const submitted = await w.t1a.gql(
    'mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { id } }',
    { a: graphqlAnswers(answersFor(3, { [WH]: 2 })) },
  );
  expect(submitted.errors).toBeUndefined();
}, 180_000);
afterAll(() => api?.close());

describe('matching to measured gaps', () => {
  it('recommends the 仓储物流 products to an SME whose 仓储物流 is weak, each with its reason', async () => {
    const r = await recommendations(w.t1a);
    expect(r.emptyReason).toBeNull();
    expect(r.gaps).toContainEqual(
      expect.objectContaining({ code: 'WEAK_SCENARIO', scenarioId: WH, currentLevel: 0 }),
    );
    // The lowest level lifted, then the cheaper: both aim 仓储物流 from 0; the 北京 one is left out.
    const items = ours(r);
    expect(items.map((i) => i.product.id)).toEqual([wms, wmsPremium]);
    expect(r.items.map((i) => i.product.id)).not.toContain(beijingOnly);
    expect(items[0]!.reasons).toEqual([
      {
        code: 'WEAK_SCENARIO',
        scenarioId: WH,
        currentLevel: 0,
        targetLevel: 3,
        zh: '仓储物流目前 0 级（自评 2 级，平台证据 0 级），是最弱的场景之一，本产品目标 3 级',
        en: 'Warehousing and logistics is at level 0 (declared 2, evidenced 0), one of the weakest scenarios; this product aims for level 3',
      },
    ]);
    expect(items[0]!.netMonthlyPrice.amount).toBe('3000.00');
  });

  it('keeps to the budget on the net price; the leader’s sponsorship brings a product within it, shown to both sides', async () => {
    const { setServiceBudget } = await w.t1a.data<{ setServiceBudget: Recommendations }>(
      `mutation { setServiceBudget(monthlyCap: "2000") { budget { amount } emptyReason items { product { id } netMonthlyPrice { amount } } } }`,
    );
    // Both cost more than 2000.00 a month (OVER_BUDGET when nothing else matches: domain unit tests);
    // whatever else the shared catalogue offers is within the budget.
    expect(setServiceBudget.budget).toEqual({ amount: '2000.00' });
    expect(ours(setServiceBudget)).toEqual([]);
    for (const i of setServiceBudget.items)
      expect(Number(i.netMonthlyPrice.amount)).toBeLessThanOrEqual(2000);

    const { sponsorServiceProduct } = await w.leader.data<{
      sponsorServiceProduct: {
        id: string;
        share: string;
        monthlyShare: { amount: string };
        status: string;
      };
    }>(
      'mutation ($i: SponsorProductInput!) { sponsorServiceProduct(input: $i) { id share monthlyShare { amount } status } }',
      { i: { chainId: w.chainId, productId: wms, share: '50', note: '链主承担一半' } },
    );
    expect(sponsorServiceProduct).toMatchObject({
      share: '50.00',
      monthlyShare: { amount: '1500.00' },
      status: 'ACTIVE',
    });

    const r = ours(await recommendations(w.t1a));
    expect(r.map((i) => i.product.id)).toEqual([wms]);
    expect(r[0]!.netMonthlyPrice.amount).toBe('1500.00');
    expect(r[0]!.reasons.map((x) => x.code)).toEqual(['WEAK_SCENARIO', 'SPONSORED']);
    expect(r[0]!.reasons[1]!.zh).toBe('海川家电承担月费的 50.00%（每月 1,500.00 元）');
    expect(r[0]!.sponsorships.map((s) => s.id)).toEqual([sponsorServiceProduct.id]);

    // The SME sees its leader's commitment; a second sponsorship of the same product is refused.
    const { mySponsorships } = await w.t1a.data<{
      mySponsorships: { id: string; product: { id: string } }[];
    }>('{ mySponsorships { id product { id } } }');
    expect(mySponsorships).toEqual([{ id: sponsorServiceProduct.id, product: { id: wms } }]);
    const again = await w.leader.gql(
      'mutation ($i: SponsorProductInput!) { sponsorServiceProduct(input: $i) { id } }',
      { i: { chainId: w.chainId, productId: wms, share: '80' } },
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const tooMuch = await w.leader.gql(
      'mutation ($i: SponsorProductInput!) { sponsorServiceProduct(input: $i) { id } }',
      { i: { chainId: w.chainId, productId: wmsPremium, share: '100.5' } },
    );
    expect(codeOf(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors![0]!.extensions!.field).toBe('share');
  });

  it('removing the budget shows every match again', async () => {
    const { setServiceBudget } = await w.t1a.data<{ setServiceBudget: Recommendations }>(
      'mutation { setServiceBudget(monthlyCap: null) { budget { amount } items { product { id } } } }',
    );
    expect(setServiceBudget.budget).toBeNull();
    expect(ours(setServiceBudget).map((i) => i.product.id)).toEqual([wms, wmsPremium]);
  });
});

describe('engagements, evidence and measured outcomes', () => {
  const engagements: string[] = [];
  let smes: Account[];
  /** Five SMEs of 慈溪市 (330282) engaging a nationwide product: the regional view's figures. */
  const CIXI = '330282';
  const regionalEngagements: string[] = [];
  const cixi: Account[] = [];
  let regionalWms: string;

  it('three suppliers engage the product; the leader sees uptake by tier; the engagement shows the sponsorship to both sides', async () => {
    smes = [w.t1a, w.t1b, w.t2];
    for (const sme of smes) engagements.push(await engage(sme));
    regionalWms = await publishWarehousingProduct(provider, { name: '慈溪仓储云' });
    for (let i = 0; i < 5; i += 1) {
      const id = await api.company('SME', `慈溪配套厂${i + 1}`, {
        industry: '家电零部件',
        uscc: uniqueUscc(CIXI),
      });
      cixi.push(await api.user(id, 'ADMIN'));
      regionalEngagements.push(await engage(cixi[i]!, regionalWms));
    }

    const byTier = async () =>
      (
        await w.leader.data<{
          chainSponsorships: {
            sponsorship: { product: { id: string } };
            byTier: Record<string, number | null>[];
          }[];
        }>(
          'query ($c: ID!) { chainSponsorships(chainId: $c) { sponsorship { product { id } } byTier { tier members engaged delivered } } }',
          {
            c: w.chainId,
          },
        )
      ).chainSponsorships.find((s) => s.sponsorship.product.id === wms)!.byTier;
    // leader ← t1a, t1b (tier 1) ← t2 (tier 2) ← t3 (tier 3)
    expect(await byTier()).toEqual([
      { tier: 1, members: 2, engaged: 2, delivered: 0 },
      { tier: 2, members: 1, engaged: 1, delivered: 0 },
      { tier: 3, members: 1, engaged: 0, delivered: 0 },
    ]);

    const SPONSORSHIP = '{ engagements { id sponsorship { share leader { id } } } }';
    for (const who of [w.t1a, provider]) {
      const { engagements: list } = await who.data<{
        engagements: {
          id: string;
          sponsorship: { share: string; leader: { id: string } } | null;
        }[];
      }>(SPONSORSHIP);
      expect(list.find((e) => e.id === engagements[0])!.sponsorship).toEqual({
        share: '50.00',
        leader: { id: w.leader.companyId },
      });
    }
  });

  it('the provider accepts; the suppliers report stock on four days; their 仓储物流 evidence rises from 0 to 2', async () => {
    clock.set(beijing('2027-03-02'));
    for (const e of [...engagements, ...regionalEngagements])
      expect((await act(e, 'ACCEPT')).actOnEngagement).toMatchObject({
        status: 'ACTIVE',
        acceptedOn: '2027-03-02',
      });
    expect(await evidencedWarehousing(w.t1a)).toBe(0);
    for (const day of ['2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06']) {
      clock.set(beijing(day));
      for (const sme of [...smes, ...cixi])
        await sme.data(
          'mutation { reportStock(positions: [{ sku: "WH-1", quantity: 10 }]) { status } }',
        );
    }
    for (const sme of [...smes, ...cixi]) expect(await evidencedWarehousing(sme)).toBe(2);
  });

  it('shows the measured outcome once the third engagement is delivered, not before', async () => {
    clock.set(beijing('2027-03-08'));
    const before = await outcomes(provider);
    expect(before).toMatchObject({ delivered: 0, minimum: 3, shown: false });
    for (const [i, e] of engagements.entries()) {
      expect((await act(e, 'DELIVER')).actOnEngagement).toMatchObject({
        status: 'DELIVERED',
        deliveredOn: '2027-03-08',
      });
      const o = await outcomes(w.outsider);
      expect(o.delivered).toBe(i + 1);
      const wh = o.scenarios.find((s) => s.scenarioId === WH)!;
      if (i < 2) {
        expect(o.shown).toBe(false);
        expect(wh.atDelivery).toBeNull();
      } else {
        expect(o.shown).toBe(true);
        expect(wh).toMatchObject({
          measurable: true,
          atDelivery: {
            engagements: 3,
            improved: 3,
            unchanged: 0,
            declined: 0,
            averageChange: '2.00',
          },
          after90Days: null,
        });
        expect(o.methodZh).toMatch(/从不使用企业自评等级/);
      }
    }
    // The leader sees the deliveries in its uptake.
    const { chainSponsorships } = await w.leader.data<{
      chainSponsorships: { byTier: { tier: number | null; delivered: number }[] }[];
    }>('query ($c: ID!) { chainSponsorships(chainId: $c) { byTier { tier delivered } } }', {
      c: w.chainId,
    });
    expect(chainSponsorships[0]!.byTier).toEqual([
      { tier: 1, delivered: 2 },
      { tier: 2, delivered: 1 },
      { tier: 3, delivered: 0 },
    ]);
  });

  it("an authority sees its region's measured outcomes by scenario, never another region's, through the suppression", async () => {
    for (const e of regionalEngagements.slice(0, 4)) await act(e, 'DELIVER');
    const authority = async (region: string) =>
      api.user(
        await api.company('AUTHORITY', `${region} 经信局`, { region, industry: '政府' }),
        'VIEWER',
      );
    const view = async (who: Account) =>
      (
        await who.data<{
          regionalStatistics: {
            providerOutcomes: {
              rows: { key: string; cells: { value: string | null; hidden: string | null }[] }[];
            };
          };
        }>('{ regionalStatistics { providerOutcomes { rows { key cells { value hidden } } } } }')
      ).regionalStatistics.providerOutcomes.rows.find((r) => r.key === WH)!.cells;
    const cixiAuthority = await authority(CIXI);
    // Four delivered: every figure rests on four companies or none.
    expect(await view(cixiAuthority)).toEqual([
      { value: null, hidden: 'FEWER_THAN_MINIMUM' },
      { value: null, hidden: 'FEWER_THAN_MINIMUM' },
      { value: '0', hidden: null },
      { value: '0', hidden: null },
    ]);
    await act(regionalEngagements[4]!, 'DELIVER');
    expect(await view(cixiAuthority)).toEqual([
      { value: '5', hidden: null },
      { value: '5', hidden: null },
      { value: '0', hidden: null },
      { value: '0', hidden: null },
    ]);
    // 余姚市's authority counts none of 慈溪's.
    expect((await view(await authority('330281'))).map((c) => c.value)).toEqual([
      '0',
      '0',
      '0',
      '0',
    ]);
  });

  it('90 days after delivery, measures again from the evidence as of that day (at delivery stays as it was)', async () => {
    clock.set(beijing('2027-06-05'));
    expect(
      (await outcomes(provider)).scenarios.find((s) => s.scenarioId === WH)!.after90Days,
    ).toBeNull();
    clock.set(beijing('2027-06-06'));
    // No stock reported since: the window ending 2027-06-06 holds none, the level is back at 0.
    const wh = (await outcomes(provider)).scenarios.find((s) => s.scenarioId === WH)!;
    expect(wh.atDelivery).toMatchObject({ improved: 3, averageChange: '2.00' });
    expect(wh.after90Days).toEqual({
      engagements: 3,
      improved: 0,
      unchanged: 3,
      declined: 0,
      averageChange: '0.00',
    });
    const { providerOutcomes } = await w.t3.data<{
      providerOutcomes: {
        provider: { id: string };
        products: { id: string }[];
        outcomes: Outcomes;
      };
    }>(
      `query ($p: ID!) { providerOutcomes(providerId: $p) { provider { id } products { id } ${OUTCOMES} } }`,
      {
        p: provider.companyId,
      },
    );
    // Over all its products: the chain's three and 慈溪's five engagements.
    expect(providerOutcomes.products).toHaveLength(4);
    expect(providerOutcomes.outcomes).toMatchObject({ delivered: 8, shown: true });
    expect(
      providerOutcomes.outcomes.scenarios.find((s) => s.scenarioId === WH)!.atDelivery,
    ).toMatchObject({ engagements: 8, improved: 8, averageChange: '2.00' });
  });

  it('the leader ends its sponsorship: the SME pays the full price again', async () => {
    const { chainSponsorships } = await w.leader.data<{
      chainSponsorships: { sponsorship: { id: string } }[];
    }>('query ($c: ID!) { chainSponsorships(chainId: $c) { sponsorship { id } } }', {
      c: w.chainId,
    });
    const id = chainSponsorships[0]!.sponsorship.id;
    const { endSponsorship } = await w.leader.data<{
      endSponsorship: { status: string; endedAt: string };
    }>('mutation ($s: ID!) { endSponsorship(sponsorshipId: $s) { status endedAt } }', { s: id });
    expect(endSponsorship.status).toBe('ENDED');
    expect(
      codeOf(
        await w.leader.gql('mutation ($s: ID!) { endSponsorship(sponsorshipId: $s) { id } }', {
          s: id,
        }),
      ),
    ).toBe('CONFLICT');
    const { mySponsorships } = await w.t1b.data<{ mySponsorships: unknown[] }>(
      '{ mySponsorships { id } }',
    );
    expect(mySponsorships).toEqual([]);
  });
});
