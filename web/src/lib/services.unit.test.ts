import {
  engageableTasks,
  engagementActions,
  productFormValues,
  productInput,
  signedChange,
  changeTone,
  uptakeTotals,
  type TaskLike,
} from './services';

describe('productInput', () => {
  it('trims, sends yuan as the exact decimal string, and splits references one a line', () => {
    expect(
      productInput({
        name: ' 云仓 WMS ',
        description: ' 仓储数字化 ',
        monthlyPrice: '1,999.5',
        scenarios: [{ scenarioId: 'S06', targetLevel: 2 }],
        industries: ['家电', ' '],
        regions: ['330200'],
        deliveryDays: 30,
        references: '甬华电机\n\n 象山精铜 ',
      }),
    ).toEqual({
      name: '云仓 WMS',
      description: '仓储数字化',
      monthlyPrice: '1999.50',
      scenarios: [{ scenarioId: 'S06', targetLevel: 2 }],
      industries: ['家电'],
      regions: ['330200'],
      deliveryDays: 30,
      references: ['甬华电机', '象山精铜'],
    });
  });

  it('given no industries, regions or references, sends empty lists (any, nationwide, none)', () => {
    const input = productInput({
      name: 'a',
      description: 'b',
      monthlyPrice: '100',
      scenarios: [],
      deliveryDays: 7,
    });
    expect([input.industries, input.regions, input.references]).toEqual([[], [], []]);
  });

  it('round-trips a product through the form', () => {
    const product = {
      name: '采购云',
      description: 'd',
      monthlyPrice: { amount: '800.00' },
      scenarios: [{ scenarioId: 'S03', targetLevel: 3 }],
      industries: ['电机'],
      regions: [{ code: '330200' }],
      deliveryDays: 14,
      references: ['甲', '乙'],
    };
    expect(productInput(productFormValues(product))).toEqual({
      name: '采购云',
      description: 'd',
      monthlyPrice: '800.00',
      scenarios: [{ scenarioId: 'S03', targetLevel: 3 }],
      industries: ['电机'],
      regions: ['330200'],
      deliveryDays: 14,
      references: ['甲', '乙'],
    });
  });
});

describe('engagementActions', () => {
  it('lets the provider accept or cancel a proposal, deliver or cancel an active one', () => {
    expect(engagementActions('PROVIDER', 'PROPOSED')).toEqual(['ACCEPT', 'CANCEL']);
    expect(engagementActions('PROVIDER', 'ACTIVE')).toEqual(['DELIVER', 'CANCEL']);
  });
  it('lets the company only cancel, before delivery', () => {
    expect(engagementActions('COMPANY', 'PROPOSED')).toEqual(['CANCEL']);
    expect(engagementActions('COMPANY', 'ACTIVE')).toEqual(['CANCEL']);
  });
  it('offers nothing once delivered or cancelled', () => {
    for (const viewer of ['PROVIDER', 'COMPANY'] as const) {
      expect(engagementActions(viewer, 'DELIVERED')).toEqual([]);
      expect(engagementActions(viewer, 'CANCELLED')).toEqual([]);
    }
  });
});

describe('engageableTasks', () => {
  const task = (id: string, over: Partial<TaskLike> = {}): TaskLike => ({
    id,
    title: id,
    scenarioId: null,
    status: 'OPEN',
    engagement: null,
    ...over,
  });
  it('keeps open and in-progress tasks without an engagement under way, the product’s scenarios first', () => {
    const plans = [
      {
        tasks: [
          task('other', { scenarioId: 'S01' }),
          task('fits', { scenarioId: 'S06', status: 'IN_PROGRESS' }),
          task('done', { scenarioId: 'S06', status: 'DONE' }),
          task('dropped', { status: 'DROPPED' }),
          task('engaged', { scenarioId: 'S06', engagement: { status: 'ACTIVE' } }),
          task('freed', { engagement: { status: 'CANCELLED' } }),
        ],
      },
    ];
    expect(engageableTasks(plans, ['S06']).map((t) => t.id)).toEqual(['fits', 'other', 'freed']);
  });
});

it('uptakeTotals adds the tiers up', () => {
  expect(
    uptakeTotals([
      { members: 4, engaged: 2, delivered: 1 },
      { members: 6, engaged: 1, delivered: 0 },
    ]),
  ).toEqual({ members: 10, engaged: 3, delivered: 1 });
});

describe('signedChange and changeTone', () => {
  it.each([
    ['0.67', '+0.67', 'green'],
    ['1.00', '+1.00', 'green'],
    ['0.00', '0.00', 'default'],
    ['-0.50', '-0.50', 'red'],
    ['-0.00', '-0.00', 'default'],
  ])('%s → %s (%s)', (value, text, tone) => {
    expect(signedChange(value)).toBe(text);
    expect(changeTone(value)).toBe(tone);
  });
});
