import { specFor } from '../shared/decider-spec';
import { evidenceFor, NO_FACTS } from '../assessment/evidence';
import { MIIT_2024_V1 as Q } from '../assessment/questionnaire-versions';
import {
  currentLevels,
  matchGaps,
  maySeeRecommendations,
  parseServiceBudget,
  productServes,
  recommendProducts,
  setServiceBudget,
  WEAK_SCENARIO_MIN,
  type EvidencedScenario,
  type MatchableProduct,
  type MatchInput,
  type OfferedSponsorship,
} from './matching';

const ALL_AT = (level: number) =>
  Object.fromEntries(Q.operations.scenarios.map((s) => [s.id, level]));

/** Declared: 4 everywhere but these; the platform evidences four scenarios. */
const declared = {
  ...ALL_AT(4),
  'warehousing-logistics': 2,
  procurement: 2,
  collaboration: 4,
  marketing: 1,
  quality: 3,
  energy: 3,
};
const evidence: EvidencedScenario[] = [
  { scenarioId: 'procurement', evidencedLevel: 3, ceiling: 4 },
  { scenarioId: 'warehousing-logistics', evidencedLevel: 1, ceiling: 4 },
  { scenarioId: 'collaboration', evidencedLevel: 0, ceiling: 4 },
  { scenarioId: 'finance', evidencedLevel: 2, ceiling: 2 },
];

const product = (id: string, over: Partial<MatchableProduct> = {}): MatchableProduct => ({
  productId: id,
  status: 'ACTIVE',
  monthlyPriceFen: 300_000,
  scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 3 }],
  industries: [],
  regions: [],
  ...over,
});

const input = (
  over: Partial<MatchInput<MatchableProduct, OfferedSponsorship>> = {},
): MatchInput<MatchableProduct, OfferedSponsorship> => ({
  questionnaire: Q,
  declared,
  evidence,
  planTargets: [],
  industry: '家电',
  regionCode: '330203',
  budgetFen: null,
  sponsorships: [],
  products: [product('p-wms')],
  ...over,
});

const ids = (r: ReturnType<typeof recommendProducts>) => r.items.map((i) => i.product.productId);

describe('current levels', () => {
  const levels = new Map(currentLevels(Q, declared, evidence).map((l) => [l.scenarioId, l]));
  it('lowers a declared level to the evidence: 仓储物流 declared 2, evidenced 1 → 1', () =>
    expect(levels.get('warehousing-logistics')).toMatchObject({
      declared: 2,
      evidenced: 1,
      current: 1,
    }));
  it('keeps the declared level when the evidence is higher (the lower of the two)', () =>
    expect(levels.get('procurement')).toMatchObject({ declared: 2, evidenced: 3, current: 2 }));
  it('keeps the declared level above the evidence ceiling: 财务 evidenced 2 of 2, declared 4 → 4', () =>
    expect(levels.get('finance')).toMatchObject({ declared: 4, evidenced: 2, current: 4 }));
  it('takes the declared level where the platform cannot evidence', () =>
    expect(levels.get('marketing')).toMatchObject({ declared: 1, evidenced: null, current: 1 }));
  it('uses the evidenced levels of evidenceFor, never its declared ones', () => {
    const fromEvidence = evidenceFor(NO_FACTS, { 'warehousing-logistics': 4 }, Q);
    const l = currentLevels(Q, { 'warehousing-logistics': 4 }, fromEvidence).find(
      (x) => x.scenarioId === 'warehousing-logistics',
    );
    expect(l).toMatchObject({ declared: 4, evidenced: 0, current: 0 });
  });
});

describe('gaps', () => {
  it('takes the weakest scenarios whole levels at a time until at least five, weakest first', () => {
    const levels = currentLevels(Q, declared, evidence);
    const gaps = matchGaps(levels, [], Q.operations.maxLevel);
    // collaboration 0; marketing, 仓储物流 1; procurement 2 (4 so far); quality, energy 3 (6)
    expect(gaps.map((g) => [g.scenarioId, g.currentLevel])).toEqual([
      ['collaboration', 0],
      ['marketing', 1],
      ['warehousing-logistics', 1],
      ['procurement', 2],
      ['quality', 3],
      ['energy', 3],
    ]);
    expect(gaps.every((g) => g.code === 'WEAK_SCENARIO')).toBe(true);
  });
  it('stops once five are taken: a level above them is not weak', () => {
    const five = Q.operations.scenarios.slice(0, WEAK_SCENARIO_MIN).map((s) => s.id);
    const d = { ...ALL_AT(4), ...Object.fromEntries(five.map((id) => [id, 1])), energy: 2 };
    const gaps = matchGaps(currentLevels(Q, d, []), [], Q.operations.maxLevel);
    expect(gaps.map((g) => g.scenarioId).sort()).toEqual([...five].sort());
  });
  it('puts 约束性 scenarios first among equals', () => {
    const d = { ...ALL_AT(4), 'process-design': 1, 'product-design': 1 };
    const gaps = matchGaps(currentLevels(Q, d, []), [], Q.operations.maxLevel);
    // product-design is mandatory, process-design is not
    expect(gaps.slice(0, 2).map((g) => g.scenarioId)).toEqual(['product-design', 'process-design']);
  });
  it('adds open plan targets (the highest per scenario) and leaves reached ones out', () => {
    const levels = currentLevels(Q, { ...ALL_AT(4), quality: 3, energy: 2 }, []);
    const gaps = matchGaps(
      levels,
      [
        { scenarioId: 'quality', level: 4 },
        { scenarioId: 'quality', level: 3 },
        { scenarioId: 'safety', level: 4 },
      ],
      Q.operations.maxLevel,
    );
    const plan = gaps.filter((g) => g.code === 'PLAN_TARGET');
    expect(plan).toEqual([
      expect.objectContaining({ scenarioId: 'quality', currentLevel: 3, targetLevel: 4 }),
    ]);
    expect(plan[0]!.zh).toBe('改进计划的目标：质量达到 4 级，目前 3 级');
  });
  it('says what the level rests on: 仓储物流 at 1 (declared 2, evidenced 1)', () => {
    const gaps = matchGaps(currentLevels(Q, declared, evidence), [], 4);
    const wh = gaps.find((g) => g.scenarioId === 'warehousing-logistics')!;
    expect(wh.zh).toBe('仓储物流目前 1 级（自评 2 级，平台证据 1 级），是最弱的场景之一');
    expect(wh.en).toBe(
      'Warehousing and logistics is at level 1 (declared 2, evidenced 1), one of the weakest scenarios',
    );
  });
  it('has none when every scenario is at the top level and no target is open', () =>
    expect(matchGaps(currentLevels(Q, ALL_AT(4), []), [], 4)).toEqual([]));
});

describe('productServes', () => {
  it('serves any industry when it names none, else only those it names', () => {
    expect(productServes(product('p'), null, null)).toBe(true);
    const auto = product('p', { industries: ['汽车零部件'] });
    expect(productServes(auto, '汽车零部件', null)).toBe(true);
    expect(productServes(auto, '家电', null)).toBe(false);
    expect(productServes(auto, null, null)).toBe(false);
  });
  it('serves nationwide when it names no region; a province covers its cities and districts', () => {
    const zhejiang = product('p', { regions: ['330000'] });
    expect(productServes(zhejiang, null, '330203')).toBe(true);
    expect(productServes(zhejiang, null, '110105')).toBe(false);
    expect(productServes(zhejiang, null, null)).toBe(false);
    expect(productServes(product('p', { regions: ['330200'] }), null, '330100')).toBe(false);
  });
});

describe('recommendProducts', () => {
  it('given a weak 仓储物流, when a product aims it at 3, then it is recommended with its reason', () => {
    const r = recommendProducts(input());
    expect(r.emptyReason).toBeNull();
    expect(ids(r)).toEqual(['p-wms']);
    expect(r.items[0]!.reasons).toEqual([
      {
        code: 'WEAK_SCENARIO',
        scenarioId: 'warehousing-logistics',
        currentLevel: 1,
        targetLevel: 3,
        zh: '仓储物流目前 1 级（自评 2 级，平台证据 1 级），是最弱的场景之一，本产品目标 3 级',
        en: 'Warehousing and logistics is at level 1 (declared 2, evidenced 1), one of the weakest scenarios; this product aims for level 3',
      },
    ]);
    expect(r.items[0]!.netMonthlyPriceFen).toBe(300_000);
  });
  it('needs a target above the current level', () => {
    const r = recommendProducts(
      input({
        products: [
          product('p-same', {
            scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 1 }],
          }),
        ],
      }),
    );
    expect(r).toMatchObject({ items: [], emptyReason: 'NOTHING_MATCHES' });
  });
  it('does not recommend for a scenario that is no gap (finance at 4 by its ceiling rule)', () => {
    const r = recommendProducts(
      input({
        products: [product('p-fin', { scenarios: [{ scenarioId: 'finance', targetLevel: 4 }] })],
      }),
    );
    expect(r.emptyReason).toBe('NOTHING_MATCHES');
  });
  it('leaves out withdrawn products, other industries and other regions', () => {
    const r = recommendProducts(
      input({
        products: [
          product('p-gone', { status: 'WITHDRAWN' }),
          product('p-auto', { industries: ['汽车零部件'] }),
          product('p-beijing', { regions: ['110000'] }),
          product('p-zhejiang', { regions: ['330000'] }),
        ],
      }),
    );
    expect(ids(r)).toEqual(['p-zhejiang']);
  });
  it('ranks plan targets first, then the lowest level lifted, then scenarios addressed, then price', () => {
    const r = recommendProducts(
      input({
        planTargets: [{ scenarioId: 'quality', level: 4 }],
        products: [
          product('p-wms-dear', { monthlyPriceFen: 500_000 }),
          product('p-wms'),
          product('p-quality', { scenarios: [{ scenarioId: 'quality', targetLevel: 4 }] }),
          product('p-collab', { scenarios: [{ scenarioId: 'collaboration', targetLevel: 2 }] }),
          product('p-both', {
            monthlyPriceFen: 900_000,
            scenarios: [
              { scenarioId: 'warehousing-logistics', targetLevel: 2 },
              { scenarioId: 'procurement', targetLevel: 3 },
            ],
          }),
        ],
      }),
    );
    expect(ids(r)).toEqual(['p-quality', 'p-collab', 'p-both', 'p-wms', 'p-wms-dear']);
    // quality is both weak (level 3 is among the weakest here) and a plan target: two reasons
    expect(r.items[0]!.reasons.map((x) => x.code)).toEqual(['WEAK_SCENARIO', 'PLAN_TARGET']);
    expect(r.items[0]!.reasons[1]!.zh).toBe('质量目前 3 级（改进计划目标 4 级），本产品目标 4 级');
  });
  it("given a leader's sponsorship, the net price falls by the best share and SPONSORED is a reason", () => {
    const sponsorships: OfferedSponsorship[] = [
      {
        sponsorshipId: 's-1',
        chainId: 'c-1',
        leaderId: 'l-1',
        leaderName: '海川家电',
        productId: 'p-wms',
        shareBp: 5000,
        status: 'ACTIVE',
      },
      {
        sponsorshipId: 's-2',
        chainId: 'c-2',
        leaderId: 'l-2',
        productId: 'p-wms',
        shareBp: 0,
        status: 'ACTIVE',
      },
      {
        sponsorshipId: 's-3',
        chainId: 'c-1',
        leaderId: 'l-1',
        productId: 'p-wms',
        shareBp: 10_000,
        status: 'ENDED',
      },
    ];
    const r = recommendProducts(input({ sponsorships }));
    const item = r.items[0]!;
    expect(item.netMonthlyPriceFen).toBe(150_000);
    expect(item.shareBp).toBe(5000);
    expect(item.sponsorships.map((s) => s.sponsorshipId)).toEqual(['s-1', 's-2']);
    expect(item.reasons.filter((x) => x.code === 'SPONSORED').map((x) => x.zh)).toEqual([
      '海川家电承担月费的 50.00%（每月 1,500.00 元）',
      '链主向供应商推荐本产品',
    ]);
  });
  it('ranks a sponsored product above an equal one', () => {
    const r = recommendProducts(
      input({
        products: [product('p-a'), product('p-b')],
        sponsorships: [
          {
            sponsorshipId: 's',
            chainId: 'c',
            leaderId: 'l',
            productId: 'p-b',
            shareBp: 1000,
            status: 'ACTIVE',
          },
        ],
      }),
    );
    expect(ids(r)).toEqual(['p-b', 'p-a']);
  });
  it('filters on the net price against the budget: sponsorship can bring a product within it', () => {
    const over = recommendProducts(input({ budgetFen: 200_000 }));
    expect(over).toMatchObject({ items: [], emptyReason: 'OVER_BUDGET' });
    const exact = recommendProducts(input({ budgetFen: 300_000 }));
    expect(ids(exact)).toEqual(['p-wms']);
    const sponsored = recommendProducts(
      input({
        budgetFen: 200_000,
        sponsorships: [
          {
            sponsorshipId: 's',
            chainId: 'c',
            leaderId: 'l',
            productId: 'p-wms',
            shareBp: 5000,
            status: 'ACTIVE',
          },
        ],
      }),
    );
    expect(ids(sponsored)).toEqual(['p-wms']);
  });
  it('says why it is empty: never assessed, no gaps, nothing matches', () => {
    expect(recommendProducts(input({ declared: null }))).toEqual({
      levels: [],
      gaps: [],
      items: [],
      emptyReason: 'NO_ASSESSMENT',
    });
    expect(recommendProducts(input({ declared: ALL_AT(4), evidence: [] })).emptyReason).toBe(
      'NO_GAPS',
    );
    expect(recommendProducts(input({ products: [] })).emptyReason).toBe('NOTHING_MATCHES');
  });
  it('gives equal lists for equal inputs, whatever order the products came in', () => {
    const products = [product('p-b'), product('p-a'), product('p-c')];
    expect(ids(recommendProducts(input({ products })))).toEqual(['p-a', 'p-b', 'p-c']);
    expect(ids(recommendProducts(input({ products: [...products].reverse() })))).toEqual([
      'p-a',
      'p-b',
      'p-c',
    ]);
  });
});

describe('the service budget', () => {
  it('reads yuan to the fen; null removes the cap', () => {
    expect(parseServiceBudget('3000')).toEqual({ ok: true, value: 300_000 });
    expect(parseServiceBudget('99.99')).toEqual({ ok: true, value: 9999 });
    expect(parseServiceBudget(null)).toEqual({ ok: true, value: null });
    expect(parseServiceBudget('-1')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'monthlyCap' },
    });
    expect(parseServiceBudget('1.234')).toMatchObject({
      ok: false,
      error: { field: 'monthlyCap' },
    });
  });
  const given = () =>
    specFor(setServiceBudget).given(
      new Map([
        ['sme', 'SME'],
        ['leader', 'CHAIN_LEADER'],
        ['bank', 'BANK'],
      ]),
    );
  it("accepts an SME's or a leader's cap, and its removal", () => {
    given().when({ companyId: 'sme', monthlyCapFen: 300_000 }).then({
      companyId: 'sme',
      monthlyCapFen: 300_000,
    });
    given()
      .when({ companyId: 'leader', monthlyCapFen: null })
      .then({ companyId: 'leader', monthlyCapFen: null });
  });
  it('refuses a company that buys no services through matching (FORBIDDEN) or none at all (NOT_FOUND)', () => {
    given().when({ companyId: 'bank', monthlyCapFen: 1 }).thenFails('FORBIDDEN');
    given()
      .when({ companyId: 'ghost', monthlyCapFen: 1 })
      .thenFails('NOT_FOUND', /does not exist/, 'companyId');
  });
  it('refuses an amount that is not whole fen or beyond the platform bound', () => {
    given().when({ companyId: 'sme', monthlyCapFen: 1.5 }).thenFails('BAD_USER_INPUT');
    given()
      .when({ companyId: 'sme', monthlyCapFen: 10_000_000_000_001 })
      .thenFails('BAD_USER_INPUT', /larger/, 'monthlyCap');
  });
});

describe('maySeeRecommendations', () => {
  it('lets the company and a leader of its chains see them; nobody else', () => {
    expect(maySeeRecommendations('sme', 'sme', [])).toEqual({ ok: true, value: true });
    expect(maySeeRecommendations('sme', 'leader', ['leader'])).toEqual({ ok: true, value: true });
    expect(maySeeRecommendations('sme', 'other-sme', ['leader'])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
