import { buildDashboard, volumeSharesBp, type DashboardMember, type Submission } from './dashboard';
import { MIIT_2024_V1 as Q } from './questionnaire-versions';

const ALL_AT = (level: number) =>
  Object.fromEntries(Q.operations.scenarios.map((s) => [s.id, level]));

const submission = (rank: number, submittedAt: string, levels = ALL_AT(rank)): Submission => ({
  assessmentId: `${rank}-${submittedAt}`,
  rank,
  totalUnits: rank * 200_000,
  submittedAt,
  levels,
});

const member = (companyId: string, over: Partial<DashboardMember> = {}): DashboardMember => ({
  companyId,
  status: 'ACTIVE',
  tier: 1,
  region: '浙江省宁波市',
  industry: '电机',
  streaming: false,
  sharesInventory: false,
  visible: true,
  submissions: [],
  volumeShareBp: 0,
  disagreements: 0,
  ...over,
});

const counts = (grades: { rank: number; count: number }[]) =>
  Object.fromEntries(grades.filter((g) => g.count > 0).map((g) => [g.rank, g.count]));

describe('the chain dashboard', () => {
  const members: DashboardMember[] = [
    member('a', {
      submissions: [submission(2, '2026-11-10T08:00:00Z'), submission(1, '2026-09-01T08:00:00Z')],
      streaming: true,
      sharesInventory: true,
      volumeShareBp: 6000,
    }),
    member('b', {
      tier: 2,
      region: '浙江省慈溪市',
      submissions: [submission(4, '2026-10-05T08:00:00Z')],
      volumeShareBp: 3000,
    }),
    member('c', {
      tier: 2,
      submissions: [submission(0, '2026-11-20T08:00:00Z', { ...ALL_AT(0), quality: 1 })],
      streaming: true,
      volumeShareBp: 1000,
    }),
    // Assessed, but no ASSESSMENT consent: counted nowhere but in coverage.
    member('hidden', { visible: false, streaming: true, volumeShareBp: 9000 }),
    member('invited', { status: 'INVITED', tier: 3 }),
  ];
  const d = buildDashboard(Q, members, { today: '2026-11-23', months: 4 });

  it('counts coverage over every member, assessed only over what the leader may see', () => {
    expect(d.coverage).toEqual({
      members: 5,
      joined: 4,
      streaming: 3,
      sharingInventory: 1,
      assessed: 3,
    });
  });

  it('distributes the latest grades, including 未定级, by tier, region and industry', () => {
    expect(counts(d.grades)).toEqual({ 0: 1, 2: 1, 4: 1 });
    expect(d.grades.map((g) => g.zh)).toEqual(['未定级', '一级', '二级', '三级', '四级']);
    expect(d.byTier.map((t) => [t.key, t.assessed, counts(t.grades)])).toEqual([
      ['1', 1, { 2: 1 }],
      ['2', 2, { 0: 1, 4: 1 }],
    ]);
    expect(d.byRegion.map((r) => [r.key, r.assessed])).toEqual([
      ['浙江省慈溪市', 1],
      ['浙江省宁波市', 2],
    ]);
    expect(d.byIndustry).toHaveLength(1);
  });

  it('ranks scenarios weakest first by average declared level', () => {
    // Levels: a 2, b 4, c 0 everywhere except c's quality at 1.
    const [first, second] = d.weakestScenarios;
    expect(first).toMatchObject({ averageHundredths: 200, lagging: 1, assessed: 3 });
    expect(first!.scenarioId).toBe('product-design'); // ties keep questionnaire order
    expect(d.weakestScenarios.at(-1)).toMatchObject({
      scenarioId: 'quality',
      averageHundredths: 233, // (2 + 4 + 1) / 3 = 2.333… half-up
      lagging: 1,
    });
    expect(second!.averageHundredths).toBe(200);
  });

  it('shows movement: improved since the previous submission, or a first assessment', () => {
    expect(d.movement).toEqual({ improved: 1, declined: 0, unchanged: 0, firstAssessment: 2 });
  });

  it('draws the grade timeline as of each month end', () => {
    expect(d.timeline.map((p) => [p.month, p.assessed, counts(p.grades)])).toEqual([
      ['2026-08', 0, {}],
      ['2026-09', 1, { 1: 1 }],
      ['2026-10', 2, { 1: 1, 4: 1 }],
      ['2026-11', 3, { 0: 1, 2: 1, 4: 1 }],
    ]);
  });

  it('helps first the large, low-graded suppliers the leader may see', () => {
    // a: 6000 × (4 − 2) = 12000; c: 1000 × 4 = 4000; b is 四级; hidden is not visible.
    expect(d.helpFirst.map((e) => e.member.companyId)).toEqual(['a', 'c']);
    expect(d.suppliers.map((e) => e.member.companyId)).toEqual(['a', 'c', 'b']);
    expect(d.suppliers[0]!.previous?.rank).toBe(1);
  });
});

describe("share of the leader's purchasing", () => {
  const tiers = new Map([
    ['t1a', 1],
    ['t1b', 1],
    ['t2', 2],
    ['t3', 3],
  ]);

  it('passes each buyer’s share down to its suppliers in proportion to what it orders', () => {
    const shares = volumeSharesBp('L', tiers, [
      { buyerId: 'L', supplierId: 't1a', valueFen: 75_000 },
      { buyerId: 'L', supplierId: 't1b', valueFen: 25_000 },
      { buyerId: 't1a', supplierId: 't2', valueFen: 10_000 },
      { buyerId: 't1a', supplierId: 't1b', valueFen: 10_000 }, // same tier: in t1a's total, passes nothing
      { buyerId: 't1b', supplierId: 't2', valueFen: 5_000 },
      { buyerId: 't2', supplierId: 't3', valueFen: 1 },
      { buyerId: 't3', supplierId: 't1a', valueFen: 99 }, // upstream back to tier 1: ignored
    ]);
    // t2: 7500 × 1/2 + 2500 × 1 = 6250; t3: all of t2's purchases.
    expect(Object.fromEntries(shares)).toEqual({ t1a: 7500, t1b: 2500, t2: 6250, t3: 6250 });
  });

  it('is empty without orders', () => {
    expect(volumeSharesBp('L', tiers, []).size).toBe(0);
  });
});
