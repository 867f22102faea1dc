import { specFor } from '../shared/decider-spec';
import { MIIT_2024_V1 as Q } from '../assessment/questionnaire-versions';
import {
  checkProductFields,
  mayManageProduct,
  mayPublishProducts,
  productMatches,
  publishServiceProduct,
  validateProduct,
  withdrawServiceProduct,
  type FilterableProduct,
  type ProductInput,
  type ProductsState,
  type ServiceProductPublished,
} from './product';

const input: ProductInput = {
  name: ' 仓储云 ',
  description: '扫码入库、库存周报',
  monthlyPrice: '1280.50',
  scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 3 }],
  industries: ['汽车零部件'],
  regions: ['330000'],
  deliveryDays: 30,
  references: ['宁波某汽配厂'],
};

const state = (over: Partial<ProductsState> = {}): ProductsState => ({
  kinds: new Map([
    ['prov', 'SERVICE_PROVIDER'],
    ['other', 'SERVICE_PROVIDER'],
    ['sme', 'SME'],
  ]),
  products: new Map(),
  ...over,
});

const published: ServiceProductPublished = {
  productId: 'p-1',
  providerId: 'prov',
  version: 1,
  questionnaireVersion: Q.version,
  name: '仓储云',
  description: '扫码入库',
  monthlyPriceFen: 128050,
  scenarios: [{ scenarioId: 'warehousing-logistics', targetLevel: 3 }],
  industries: [],
  regions: ['330200'],
  deliveryDays: 30,
  references: [],
};

describe('validateProduct', () => {
  it('given a valid input, when validated, then the price is in fen and the texts trimmed', () => {
    const result = validateProduct(Q, input);
    expect(result).toMatchObject({
      ok: true,
      value: { name: '仓储云', monthlyPriceFen: 128050, regions: ['330000'] },
    });
  });
  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(101) }, 'name'],
    [{ description: ' ' }, 'description'],
    [{ monthlyPrice: '0' }, 'monthlyPrice'],
    [{ monthlyPrice: '1.234' }, 'monthlyPrice'],
    [{ monthlyPrice: '-5' }, 'monthlyPrice'],
    [{ scenarios: [] }, 'scenarios'],
    [{ scenarios: [{ scenarioId: 'nope', targetLevel: 2 }] }, 'scenarios[0].scenarioId'],
    [{ scenarios: [{ scenarioId: 'finance', targetLevel: 0 }] }, 'scenarios[0].targetLevel'],
    [
      { scenarios: [{ scenarioId: 'finance', targetLevel: Q.operations.maxLevel + 1 }] },
      'scenarios[0].targetLevel',
    ],
    [
      {
        scenarios: [
          { scenarioId: 'finance', targetLevel: 2 },
          { scenarioId: 'finance', targetLevel: 3 },
        ],
      },
      'scenarios[1].scenarioId',
    ],
    [{ regions: ['12345'] }, 'regions[0]'],
    [{ regions: ['990000'] }, 'regions[0]'],
    [{ regions: ['330000', '330000'] }, 'regions[1]'],
    [{ deliveryDays: 0 }, 'deliveryDays'],
    [{ deliveryDays: 366 }, 'deliveryDays'],
    [{ references: Array.from({ length: 11 }, (_, i) => `r${i}`) }, 'references'],
  ])('given %j, when validated, then BAD_USER_INPUT on %s', (over, field) => {
    const result = validateProduct(Q, { ...input, ...over } as ProductInput);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', field } });
  });
  it('keeps scenarios in questionnaire order, so equal products store equal', () => {
    const ids = Q.operations.scenarios.map((s) => s.id);
    const result = checkProductFields(Q, {
      ...published,
      scenarios: [
        { scenarioId: ids[1]!, targetLevel: 2 },
        { scenarioId: ids[0]!, targetLevel: 2 },
      ],
    });
    expect(result.ok && result.value.scenarios.map((s) => s.scenarioId)).toEqual([ids[0], ids[1]]);
  });
});

describe('who may publish and manage', () => {
  it('lets only service providers publish', () => {
    expect(mayPublishProducts('SERVICE_PROVIDER').ok).toBe(true);
    for (const kind of ['SME', 'CHAIN_LEADER', 'BANK', 'AUTHORITY', undefined])
      expect(mayPublishProducts(kind)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
  it("lets only a product's own provider revise or withdraw it", () => {
    expect(mayManageProduct({ providerId: 'prov' }, 'prov').ok).toBe(true);
    expect(mayManageProduct({ providerId: 'prov' }, 'other')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('ServiceProductPublished', () => {
  const given = (over?: Partial<ProductsState>) =>
    specFor(publishServiceProduct).given(state(over));
  it('given nothing, when a provider publishes version 1, then it is accepted', () =>
    given().when(published).then(published));
  it('given version 1, when its provider publishes version 2 in the same run, then it is accepted', () =>
    given()
      .when(published, { ...published, version: 2, name: '仓储云 2' })
      .thenAccepts((d) => expect(d.version).toBe(2)));
  it('refuses an SME publishing (FORBIDDEN)', () =>
    given()
      .when({ ...published, providerId: 'sme' })
      .thenFails('FORBIDDEN'));
  it('refuses another provider revising the product (FORBIDDEN)', () =>
    given()
      .when(published, { ...published, providerId: 'other', version: 2 })
      .thenFails('FORBIDDEN', /own provider/));
  it('refuses a version that skips or repeats (CONFLICT)', () => {
    given()
      .when(published, { ...published, version: 3 })
      .thenFails('CONFLICT', /next is 2/);
    given()
      .when(published, published)
      .thenFails('CONFLICT', /already in use/);
  });
  it('refuses revising an unknown product (NOT_FOUND) or a withdrawn one (CONFLICT)', () => {
    given()
      .when({ ...published, version: 2 })
      .thenFails('NOT_FOUND');
    given({
      products: new Map([['p-1', { providerId: 'prov', status: 'WITHDRAWN', version: 1 }]]),
    })
      .when({ ...published, version: 2 })
      .thenFails('CONFLICT', /WITHDRAWN/);
  });
  it('checks the fields of an event that did not come through the gateway', () =>
    given()
      .when({ ...published, monthlyPriceFen: 0 })
      .thenFails('BAD_USER_INPUT', /above zero/, 'monthlyPrice'));
});

describe('ServiceProductWithdrawn', () => {
  const withOne = state({
    products: new Map([['p-1', { providerId: 'prov', status: 'ACTIVE', version: 2 }]]),
  });
  const spec = specFor(withdrawServiceProduct);
  it('given an active product, when its provider withdraws it, then accepted', () =>
    spec
      .given(withOne)
      .when({ productId: 'p-1', providerId: 'prov' })
      .then({ productId: 'p-1', providerId: 'prov' }));
  it('refuses another provider (FORBIDDEN) and a second withdrawal (CONFLICT)', () => {
    spec
      .given(state({ products: new Map(withOne.products) }))
      .when({ productId: 'p-1', providerId: 'other' })
      .thenFails('FORBIDDEN');
    spec
      .given(
        state({
          products: new Map([['p-1', { providerId: 'prov', status: 'ACTIVE', version: 2 }]]),
        }),
      )
      .when({ productId: 'p-1', providerId: 'prov' }, { productId: 'p-1', providerId: 'prov' })
      .thenFails('CONFLICT');
  });
});

describe('productMatches', () => {
  const product: FilterableProduct = {
    providerId: 'prov',
    status: 'ACTIVE',
    monthlyPriceFen: 100_00,
    scenarios: [{ scenarioId: 'finance', targetLevel: 2 }],
    industries: ['汽车零部件'],
    regions: ['330000'],
  };
  it('a product serving a province serves its cities and districts, not another province', () => {
    expect(productMatches(product, { regionCode: '330200' })).toBe(true);
    expect(productMatches(product, { regionCode: '330203' })).toBe(true);
    expect(productMatches(product, { regionCode: '320500' })).toBe(false);
  });
  it('a product serving one city does not serve the whole province; a nationwide one serves all', () => {
    expect(productMatches({ ...product, regions: ['330200'] }, { regionCode: '330000' })).toBe(
      false,
    );
    expect(productMatches({ ...product, regions: [] }, { regionCode: '110000' })).toBe(true);
  });
  it('filters by scenario, industry (empty = any), price cap, provider and status', () => {
    expect(productMatches(product, { scenarioId: 'finance' })).toBe(true);
    expect(productMatches(product, { scenarioId: 'procurement' })).toBe(false);
    expect(productMatches(product, { industry: '纺织' })).toBe(false);
    expect(productMatches({ ...product, industries: [] }, { industry: '纺织' })).toBe(true);
    expect(productMatches(product, { maxMonthlyPriceFen: 100_00 })).toBe(true);
    expect(productMatches(product, { maxMonthlyPriceFen: 99_99 })).toBe(false);
    expect(productMatches(product, { providerId: 'other' })).toBe(false);
    expect(productMatches({ ...product, status: 'WITHDRAWN' }, {})).toBe(false);
    expect(productMatches({ ...product, status: 'WITHDRAWN' }, { includeWithdrawn: true })).toBe(
      true,
    );
  });
});
