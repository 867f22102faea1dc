import { MIIT_2024_V1 as Q } from './questionnaire-versions';
import {
  validateAnswers,
  validateDraft,
  type AssessmentAnswersInput,
  type ItemAnswer,
} from './answers';
import { scoreAssessment, type AssessmentResult } from './scoring';

/*
 * Hand-worked examples against the shipped questionnaire (miit-2024.v1.json).
 *
 * Scenarios, in order (M = mandatory 约束性, ten of them):
 *   product-design M, process-design, marketing M, after-sales,
 *   planning-scheduling, production-control M, quality M, equipment M, safety M, energy M,
 *   procurement M, warehousing-logistics M, finance M, human-resources, collaboration,
 *   decision-support.
 * Grades: 一级 ≥20 pts, ≥6 at ≥L1 (≥3 M); 二级 ≥40, ≥6 at ≥L2 (≥3 M);
 *         三级 ≥60, ≥8 at ≥L3 (≥5 M); 四级 ≥80, ≥10 at L4 (≥6 M).
 */

type Items = Record<string, ItemAnswer>;

/** Levels: each listed scenario at the given level; all 16 must be listed once. */
function levels(...groups: [number, ...string[]][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [level, ...ids] of groups) for (const id of ids) out[id] = level;
  expect(Object.keys(out).sort()).toEqual(Q.operations.scenarios.map((s) => s.id).sort());
  return out;
}

function score(items: Items, scenarios: Record<string, number>): AssessmentResult {
  const result = scoreAssessment(Q, { items, scenarios });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The parts a person reads: per group and dimension, total, counts per level, grade, reason. */
const summary = (r: AssessmentResult) => ({
  groups: Object.fromEntries(r.dimensions.flatMap((d) => d.groups.map((g) => [g.id, g.points]))),
  dimensions: Object.fromEntries(r.dimensions.map((d) => [d.id, d.points])),
  total: r.total,
  atLevel: r.levelCounts.map((c) => `L${c.level}: ${c.scenarios} (${c.mandatory} M)`),
  grade: r.grade.zh,
  reason: r.reason,
});

// Example A — no grade: the score is short.
//   network [office-network] 2; digitization 10% → 0 (≤10); networked 15% → 1.5
//     → 设备系统 3.5
//   data capture [finance 0.7, human-resources 0.9] → 1.6
//   information systems: one link → 2.5
//   network security [endpoint] 1.25; data security [] 0 → 1.25
//   数字化基础 = 3.5 + 1.6 + 2.5 + 1.25 = 8.85
//   plan: intent 1.5; mechanisms [] 0 → 1.5; talent [] 0; investment 0% → 0 → 0
//   数字化管理 = 1.5
//   energy flat 3.5; pass rate flat 3.5; revenue/head down 0; cost up 0 → 3.5, 3.5, 0
//   数字化成效 = 7
//   total = 8.85 + 1.5 + 7 = 17.35 < 20 → no grade; 一级's first unmet condition is the score.
const exampleA: Items = {
  network: { checked: ['office-network'] },
  'equipment-digitization-rate': { percent: 10 },
  'equipment-networked-rate': { percent: 15 },
  'automatic-data-capture': { checked: ['finance', 'human-resources'] },
  'information-system-coverage': { option: 'one' },
  'network-security': { checked: ['endpoint'] },
  'data-security': { checked: [] },
  'plan-implementation': { option: 'intent' },
  'management-mechanism': { checked: [] },
  talent: { checked: [] },
  'digital-investment': { percent: 0 },
  'energy-intensity': { option: 'flat' },
  'pass-rate': { option: 'flat' },
  'revenue-per-head': { option: 'down' },
  'cost-per-revenue': { option: 'up' },
};
// Eight scenarios at L1, five of them mandatory: enough for 一级 were it not for the score.
const levelsA = levels(
  [1, 'product-design', 'marketing', 'quality', 'finance', 'procurement'],
  [1, 'process-design', 'after-sales', 'collaboration'],
  [0, 'planning-scheduling', 'production-control', 'equipment', 'safety', 'energy'],
  [0, 'warehousing-logistics', 'human-resources', 'decision-support'],
);

// Example B — 一级: score 39, short of 二级's 40.
//   network [office-network, plant-network] 4; digitization 20% → 1.5 (≤20);
//   networked 20.01% → 3 (≤40) → 设备系统 8.5
//   data capture 5 links × 0.7 → 3.5
//   information systems: two or more → 5
//   network security [perimeter, endpoint] 2.5; data security [backup] 1.25 → 3.75
//   数字化基础 = 8.5 + 3.5 + 5 + 3.75 = 20.75
//   plan: planned 3; mechanisms [owner] 1.875 → 规划管理 4.875
//   talent [training] 1.5; investment 0.5% → 1.875 (≤1) → 要素保障 3.375
//   数字化管理 = 8.25
//   energy flat 3.5; pass rate flat 3.5; revenue/head flat 1.5; cost flat 1.5 → 绿色 3.5, 质量 3.5, 市场 3
//   数字化成效 = 10
//   total = 20.75 + 8.25 + 10 = 39
const exampleB: Items = {
  network: { checked: ['plant-network', 'office-network'] },
  'equipment-digitization-rate': { percent: 20 },
  'equipment-networked-rate': { percent: 20.01 },
  'automatic-data-capture': {
    checked: ['marketing', 'production-control', 'procurement', 'warehousing-logistics', 'finance'],
  },
  'information-system-coverage': { option: 'two-or-more' },
  'network-security': { checked: ['perimeter', 'endpoint'] },
  'data-security': { checked: ['backup'] },
  'plan-implementation': { option: 'planned' },
  'management-mechanism': { checked: ['owner'] },
  talent: { checked: ['training'] },
  'digital-investment': { percent: 0.5 },
  'energy-intensity': { option: 'flat' },
  'pass-rate': { option: 'flat' },
  'revenue-per-head': { option: 'flat' },
  'cost-per-revenue': { option: 'flat' },
};
//   L2: product-design M, marketing M, production-control M, procurement M, warehousing M,
//       finance M, collaboration → 7 (6 M)
//   L1: process-design, after-sales, planning, quality M, equipment M, human-resources → 6 (2 M)
//   L0: safety M, energy M, decision-support
//   ≥L1: 13 (8 M) → 一级 holds (39 ≥ 20, 13 ≥ 6, 8 ≥ 3); 二级 fails on the score (39 < 40).
const levelsB = levels(
  [2, 'product-design', 'marketing', 'production-control', 'procurement'],
  [2, 'warehousing-logistics', 'finance', 'collaboration'],
  [1, 'process-design', 'after-sales', 'planning-scheduling', 'quality', 'equipment'],
  [1, 'human-resources'],
  [0, 'safety', 'energy', 'decision-support'],
);

// Example C — 二级: score 72.825, but only 6 scenarios at L3 (三级 needs 8).
//   network all 4 → 8; digitization 60% → 4.5 (≤60); networked 60.5% → 6 (>60) → 设备系统 18.5
//   data capture 9 links × 0.7 + human-resources 0.9 = 6.3 + 0.9 → 7.2
//   information systems: over 80% → 7.5
//   network security 3 × 1.25 = 3.75; data security 2 × 1.25 = 2.5 → 6.25
//   数字化基础 = 18.5 + 7.2 + 7.5 + 6.25 = 39.45
//   plan: resourced 4.5; mechanisms 3 × 1.875 = 5.625 → 规划管理 10.125
//   talent 3 × 1.5 = 4.5; investment 3% → 3.75 (≤3) → 要素保障 8.25
//   数字化管理 = 18.375
//   energy down 7; pass rate flat 3.5; revenue/head up 3; cost flat 1.5 → 7, 3.5, 4.5
//   数字化成效 = 15
//   total = 39.45 + 18.375 + 15 = 72.825
const exampleC: Items = {
  network: { checked: ['office-network', 'plant-network', 'industrial-network', 'cloud'] },
  'equipment-digitization-rate': { percent: 60 },
  'equipment-networked-rate': { percent: 60.5 },
  'automatic-data-capture': {
    checked: [
      'product-design',
      'marketing',
      'planning-scheduling',
      'production-control',
      'quality',
      'equipment',
      'procurement',
      'warehousing-logistics',
      'finance',
      'human-resources',
    ],
  },
  'information-system-coverage': { option: 'over-80-percent' },
  'network-security': { checked: ['perimeter', 'endpoint', 'security-policy'] },
  'data-security': { checked: ['backup', 'access-control'] },
  'plan-implementation': { option: 'resourced' },
  'management-mechanism': { checked: ['owner', 'rules', 'data-governance'] },
  talent: { checked: ['dedicated-staff', 'training', 'leadership'] },
  'digital-investment': { percent: 3 },
  'energy-intensity': { option: 'down' },
  'pass-rate': { option: 'flat' },
  'revenue-per-head': { option: 'up' },
  'cost-per-revenue': { option: 'flat' },
};
//   L3: product-design M, marketing M, production-control M, quality M, procurement M,
//       warehousing M → 6 (6 M)
//   L2: process-design, after-sales, planning, equipment M, safety M, finance M, collaboration
//   L1: energy M, human-resources, decision-support
//   ≥L2: 13 (9 M) → 二级 holds (72.825 ≥ 40); 三级: 72.825 ≥ 60 but 6 < 8 at ≥L3.
const levelsC = levels(
  [3, 'product-design', 'marketing', 'production-control', 'quality', 'procurement'],
  [3, 'warehousing-logistics'],
  [2, 'process-design', 'after-sales', 'planning-scheduling', 'equipment', 'safety', 'finance'],
  [2, 'collaboration'],
  [1, 'energy', 'human-resources', 'decision-support'],
);

// Example D — 三级: score 92 and 11 scenarios at L4, but only 5 mandatory ones (四级 needs 6).
//   network 8; digitization 100% → 6; networked 75% → 6 → 设备系统 20
//   data capture all 14 → 13 × 0.7 + 0.9 = 10; information systems: all → 10
//   network security 4 × 1.25 = 5; data security 3 × 1.25 = 3.75 → 8.75
//   数字化基础 = 20 + 10 + 10 + 8.75 = 48.75
//   plan: implementing 6; mechanisms 4 × 1.875 = 7.5 → 规划管理 13.5
//   talent 4 × 1.5 = 6; investment 2.5% → 3.75 (≤3) → 要素保障 9.75
//   数字化管理 = 23.25
//   energy down 7; pass rate up 7; revenue/head up 3; cost down 3 → 数字化成效 20
//   total = 48.75 + 23.25 + 20 = 92
const exampleD: Items = {
  network: { checked: ['office-network', 'plant-network', 'industrial-network', 'cloud'] },
  'equipment-digitization-rate': { percent: 100 },
  'equipment-networked-rate': { percent: 75 },
  'automatic-data-capture': { checked: allOptions('automatic-data-capture') },
  'information-system-coverage': { option: 'all' },
  'network-security': { checked: ['perimeter', 'endpoint', 'security-policy', 'security-testing'] },
  'data-security': { checked: ['backup', 'access-control', 'encryption'] },
  'plan-implementation': { option: 'implementing' },
  'management-mechanism': { checked: ['owner', 'rules', 'incentives', 'data-governance'] },
  talent: { checked: ['dedicated-staff', 'training', 'recruitment', 'leadership'] },
  'digital-investment': { percent: 2.5 },
  'energy-intensity': { option: 'down' },
  'pass-rate': { option: 'up' },
  'revenue-per-head': { option: 'up' },
  'cost-per-revenue': { option: 'down' },
};
//   L4: product-design M, marketing M, production-control M, quality M, procurement M, and the
//       six optional ones → 11 (5 M)
//   L3: equipment M, safety M, energy M, warehousing M, finance M
//   ≥L3: 16 (10 M) → 三级 holds; 四级: 92 ≥ 80, 11 ≥ 10 at L4, but 5 < 6 mandatory.
const levelsD = levels(
  [4, 'product-design', 'marketing', 'production-control', 'quality', 'procurement'],
  [4, 'process-design', 'after-sales', 'planning-scheduling', 'human-resources'],
  [4, 'collaboration', 'decision-support'],
  [3, 'equipment', 'safety', 'energy', 'warehousing-logistics', 'finance'],
);

// Example E — 四级, exactly at the scenario thresholds (10 at L4, 6 of them mandatory).
//   network 8; digitization 61% → 6; networked 60.01% → 6 → 设备系统 20
//   data capture all but human-resources: 13 × 0.7 → 9.1
//   information systems: over 80% → 7.5
//   network security 5; data security 5 → 10
//   数字化基础 = 20 + 9.1 + 7.5 + 10 = 46.6
//   plan: optimizing 7.5; mechanisms 3 × 1.875 = 5.625 → 规划管理 13.125
//   talent 5 × 1.5 = 7.5; investment 5.01% → 7.5 (>5) → 要素保障 15
//   数字化管理 = 28.125
//   energy down 7; pass rate up 7; revenue/head flat 1.5; cost down 3 → 7, 7, 4.5
//   数字化成效 = 18.5
//   total = 46.6 + 28.125 + 18.5 = 93.225
const exampleE: Items = {
  network: { checked: ['office-network', 'plant-network', 'industrial-network', 'cloud'] },
  'equipment-digitization-rate': { percent: 61 },
  'equipment-networked-rate': { percent: 60.01 },
  'automatic-data-capture': {
    checked: allOptions('automatic-data-capture').filter((o) => o !== 'human-resources'),
  },
  'information-system-coverage': { option: 'over-80-percent' },
  'network-security': { checked: ['perimeter', 'endpoint', 'security-policy', 'security-testing'] },
  'data-security': { checked: ['backup', 'access-control', 'encryption', 'incident-plan'] },
  'plan-implementation': { option: 'optimizing' },
  'management-mechanism': { checked: ['owner', 'incentives', 'data-governance'] },
  talent: { checked: ['dedicated-staff', 'training', 'recruitment', 'partners', 'leadership'] },
  'digital-investment': { percent: 5.01 },
  'energy-intensity': { option: 'down' },
  'pass-rate': { option: 'up' },
  'revenue-per-head': { option: 'flat' },
  'cost-per-revenue': { option: 'down' },
};
//   L4: product-design M, marketing M, production-control M, quality M, procurement M,
//       warehousing M, process-design, planning, collaboration, decision-support → 10 (6 M)
//   L3: after-sales, equipment M, safety M, energy M, finance M; L2: human-resources
//   → every grade holds: 93.225 ≥ 80, 10 ≥ 10 at L4, 6 ≥ 6 mandatory.
const levelsE = levels(
  [4, 'product-design', 'marketing', 'production-control', 'quality', 'procurement'],
  [4, 'warehousing-logistics', 'process-design', 'planning-scheduling', 'collaboration'],
  [4, 'decision-support'],
  [3, 'after-sales', 'equipment', 'safety', 'energy', 'finance'],
  [2, 'human-resources'],
);

function allOptions(itemId: string): string[] {
  const item = Q.items.find((i) => i.id === itemId)!;
  return item.type === 'percentBands' ? [] : item.options.map((o) => o.id);
}

describe('hand-worked assessments', () => {
  it('A: no grade — 17.35 points is short of 一级', () => {
    const result = score(exampleA, levelsA);
    expect(summary(result)).toEqual({
      groups: {
        'equipment-systems': '3.5',
        'data-capture': '1.6',
        'information-systems': '2.5',
        'information-security': '1.25',
        planning: '1.5',
        resources: '0',
        green: '3.5',
        quality: '3.5',
        market: '0',
      },
      dimensions: { foundation: '8.85', management: '1.5', results: '7' },
      total: '17.35',
      atLevel: ['L1: 8 (5 M)', 'L2: 0 (0 M)', 'L3: 0 (0 M)', 'L4: 0 (0 M)'],
      grade: '未定级',
      reason: {
        zh: '一级需要 20 分，目前只有 17.35 分',
        en: '一级 needs 20 points; you have 17.35',
      },
    });
    expect(result.grade).toEqual({ rank: 0, zh: '未定级', en: 'No grade' });
    expect(result.gap).toEqual({
      rank: 1,
      grade: '一级',
      condition: 'score',
      neededUnits: 200_000,
      haveUnits: 173_500,
    });
    expect(result.totalUnits).toBe(173_500);
    expect(result.maxTotal).toBe('100');
    expect(result.questionnaireVersion).toBe('miit-2024.v1');
  });

  it('B: 一级 — 39 points is short of 二级', () => {
    expect(summary(score(exampleB, levelsB))).toEqual({
      groups: {
        'equipment-systems': '8.5',
        'data-capture': '3.5',
        'information-systems': '5',
        'information-security': '3.75',
        planning: '4.875',
        resources: '3.375',
        green: '3.5',
        quality: '3.5',
        market: '3',
      },
      dimensions: { foundation: '20.75', management: '8.25', results: '10' },
      total: '39',
      atLevel: ['L1: 13 (8 M)', 'L2: 7 (6 M)', 'L3: 0 (0 M)', 'L4: 0 (0 M)'],
      grade: '一级',
      reason: { zh: '二级需要 40 分，目前只有 39 分', en: '二级 needs 40 points; you have 39' },
    });
  });

  it('C: 二级 — 三级 needs 8 scenarios at level 3; there are 6', () => {
    const result = score(exampleC, levelsC);
    expect(summary(result)).toEqual({
      groups: {
        'equipment-systems': '18.5',
        'data-capture': '7.2',
        'information-systems': '7.5',
        'information-security': '6.25',
        planning: '10.125',
        resources: '8.25',
        green: '7',
        quality: '3.5',
        market: '4.5',
      },
      dimensions: { foundation: '39.45', management: '18.375', results: '15' },
      total: '72.825',
      atLevel: ['L1: 16 (10 M)', 'L2: 13 (9 M)', 'L3: 6 (6 M)', 'L4: 0 (0 M)'],
      grade: '二级',
      reason: {
        zh: '三级需要 8 个场景达到 3 级，目前只有 6 个',
        en: '三级 needs 8 scenarios at level 3; you have 6',
      },
    });
    expect(result.gap).toEqual({
      rank: 3,
      grade: '三级',
      condition: 'scenarios',
      level: 3,
      needed: 8,
      have: 6,
    });
    expect(result.totalUnits).toBe(728_250);
  });

  it('D: 三级 — 四级 needs 6 mandatory scenarios at level 4; there are 5', () => {
    const result = score(exampleD, levelsD);
    expect(summary(result)).toEqual({
      groups: {
        'equipment-systems': '20',
        'data-capture': '10',
        'information-systems': '10',
        'information-security': '8.75',
        planning: '13.5',
        resources: '9.75',
        green: '7',
        quality: '7',
        market: '6',
      },
      dimensions: { foundation: '48.75', management: '23.25', results: '20' },
      total: '92',
      atLevel: ['L1: 16 (10 M)', 'L2: 16 (10 M)', 'L3: 16 (10 M)', 'L4: 11 (5 M)'],
      grade: '三级',
      reason: {
        zh: '四级需要 6 个约束性场景达到 4 级，目前只有 5 个',
        en: '四级 needs 6 mandatory scenarios at level 4; you have 5',
      },
    });
    expect(result.gap).toMatchObject({ rank: 4, condition: 'mandatory', needed: 6, have: 5 });
  });

  it('E: 四级 — every condition met, exactly at the scenario thresholds', () => {
    const result = score(exampleE, levelsE);
    expect(summary(result)).toEqual({
      groups: {
        'equipment-systems': '20',
        'data-capture': '9.1',
        'information-systems': '7.5',
        'information-security': '10',
        planning: '13.125',
        resources: '15',
        green: '7',
        quality: '7',
        market: '4.5',
      },
      dimensions: { foundation: '46.6', management: '28.125', results: '18.5' },
      total: '93.225',
      atLevel: ['L1: 16 (10 M)', 'L2: 16 (10 M)', 'L3: 15 (10 M)', 'L4: 10 (6 M)'],
      grade: '四级',
      reason: { zh: '已达到最高等级四级', en: '四级 reached: the highest grade' },
    });
    expect(result.grade).toEqual({ rank: 4, zh: '四级', en: 'Grade 4' });
    expect(result.gap).toBeNull();
  });

  it('reports every item with exact units and display points', () => {
    const result = score(exampleE, levelsE);
    expect(result.items.map((i) => [i.itemId, i.points])).toEqual([
      ['network', '8'],
      ['equipment-digitization-rate', '6'],
      ['equipment-networked-rate', '6'],
      ['automatic-data-capture', '9.1'],
      ['information-system-coverage', '7.5'],
      ['network-security', '5'],
      ['data-security', '5'],
      ['plan-implementation', '7.5'],
      ['management-mechanism', '5.625'],
      ['talent', '7.5'],
      ['digital-investment', '7.5'],
      ['energy-intensity', '7'],
      ['pass-rate', '7'],
      ['revenue-per-head', '1.5'],
      ['cost-per-revenue', '3'],
    ]);
    expect(result.items.find((i) => i.itemId === 'management-mechanism')).toEqual({
      itemId: 'management-mechanism',
      dimensionId: 'management',
      groupId: 'planning',
      units: 56_250,
      maxUnits: 75_000,
      points: '5.625',
    });
    // Fourteen 0.7s and a 0.9 add up exactly: no floating-point drift.
    expect(score(exampleD, levelsD).items[3]).toMatchObject({ units: 100_000, points: '10' });
  });
});

describe('grade boundaries', () => {
  // Example A plus [perimeter] +1.25 and two more captured links +1.4: 17.35 + 2.65 = 20 exactly.
  const twenty: Items = {
    ...exampleA,
    'network-security': { checked: ['endpoint', 'perimeter'] },
    'automatic-data-capture': {
      checked: ['finance', 'human-resources', 'marketing', 'procurement'],
    },
  };

  it('exactly 20 points reaches 一级; 19.3 does not', () => {
    const at20 = score(twenty, levelsA);
    expect([at20.total, at20.grade.zh]).toEqual(['20', '一级']);
    expect(at20.reason.en).toBe('二级 needs 40 points; you have 20');
    const below = score(
      {
        ...twenty,
        'automatic-data-capture': { checked: ['finance', 'human-resources', 'marketing'] },
      },
      levelsA,
    );
    expect([below.total, below.grade.zh, below.reason.en]).toEqual([
      '19.3',
      '未定级',
      '一级 needs 20 points; you have 19.3',
    ]);
  });

  it('a mandatory-scenario shortfall keeps an assessment with enough points ungraded', () => {
    // Example B's 39 points; eight scenarios at ≥L1 but only two mandatory ones (一级 needs 3).
    const result = score(
      exampleB,
      levels(
        [1, 'product-design', 'marketing', 'process-design', 'planning-scheduling'],
        [1, 'human-resources', 'decision-support'],
        [2, 'after-sales'],
        [3, 'collaboration'],
        [0, 'production-control', 'quality', 'equipment', 'safety', 'energy', 'procurement'],
        [0, 'warehousing-logistics', 'finance'],
      ),
    );
    expect(result.grade.rank).toBe(0);
    expect(result.reason).toEqual({
      zh: '一级需要 3 个约束性场景达到 1 级，目前只有 2 个',
      en: '一级 needs 3 mandatory scenarios at level 1; you have 2',
    });
    expect(result.gap).toEqual({
      rank: 1,
      grade: '一级',
      condition: 'mandatory',
      level: 1,
      needed: 3,
      have: 2,
    });
  });

  it('too few scenarios at level 1 is named before the mandatory count', () => {
    // 39 points; five scenarios at L1 (all mandatory): 一级 needs six.
    const result = score(
      exampleB,
      levels(
        [1, 'product-design', 'marketing', 'quality', 'finance', 'procurement'],
        [0, 'process-design', 'after-sales', 'planning-scheduling', 'production-control'],
        [0, 'equipment', 'safety', 'energy', 'warehousing-logistics', 'human-resources'],
        [0, 'collaboration', 'decision-support'],
      ),
    );
    expect(result.reason.en).toBe('一级 needs 6 scenarios at level 1; you have 5');
    expect(result.reason.zh).toBe('一级需要 6 个场景达到 1 级，目前只有 5 个');
  });

  it('a high score alone does not lift the grade: 92 points with every scenario at L1 is 一级', () => {
    const allAtOne = levels([1, ...Q.operations.scenarios.map((s) => s.id)]);
    const result = score(exampleD, allAtOne);
    expect([result.total, result.grade.zh, result.reason.en]).toEqual([
      '92',
      '一级',
      '二级 needs 6 scenarios at level 2; you have 0',
    ]);
  });
});

describe('percentage bands', () => {
  const pointsFor = (itemId: string, percent: number) =>
    score({ ...exampleB, [itemId]: { percent } }, levelsB).items.find((i) => i.itemId === itemId)!
      .points;

  it.each([
    [0, '0'],
    [10, '0'],
    [10.01, '1.5'],
    [20, '1.5'],
    [20.5, '3'],
    [40, '3'],
    [40.0001, '4.5'],
    [60, '4.5'],
    [60.01, '6'],
    [100, '6'],
  ])('设备数字化率 %p%% → %s points', (percent, points) => {
    expect(pointsFor('equipment-digitization-rate', percent)).toBe(points);
    expect(pointsFor('equipment-networked-rate', percent)).toBe(points);
  });

  it.each([
    [0, '0'],
    [0.01, '1.875'],
    [1, '1.875'],
    [3, '3.75'],
    [5, '5.625'],
    [5.5, '7.5'],
    [100, '7.5'],
  ])('数字化投入 %p%% → %s points', (percent, points) => {
    expect(pointsFor('digital-investment', percent)).toBe(points);
  });
});

describe('validating answers', () => {
  const complete: AssessmentAnswersInput = { items: exampleB, scenarios: levelsB };
  const refused = (input: AssessmentAnswersInput, field: string) =>
    expect(validateDraft(Q, input)).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field },
    });

  it.each<[string, AssessmentAnswersInput, string]>([
    ['an unknown item', { items: { 'no-such-item': { option: 'x' } } }, 'items.no-such-item'],
    ['an unknown scenario', { scenarios: { teleportation: 2 } }, 'scenarios.teleportation'],
    [
      'an item named like an object property',
      JSON.parse('{"items":{"__proto__":{"option":"x"}}}') as AssessmentAnswersInput,
      'items.__proto__',
    ],
    [
      'a scenario named like an object property',
      { scenarios: { constructor: 1 } },
      'scenarios.constructor',
    ],
    [
      'an option the item does not have',
      { items: { 'information-system-coverage': { option: 'some' } } },
      'items.information-system-coverage.option',
    ],
    [
      'an unknown checked option',
      { items: { network: { checked: ['cloud', 'satellite'] } } },
      'items.network.checked[1]',
    ],
    [
      'an option checked twice',
      { items: { network: { checked: ['cloud', 'cloud'] } } },
      'items.network.checked[1]',
    ],
    [
      'the wrong kind of answer',
      { items: { 'pass-rate': { percent: 50 } } },
      'items.pass-rate.percent',
    ],
    ['an empty answer', { items: { 'pass-rate': {} } }, 'items.pass-rate.option'],
    [
      'a percentage above 100',
      { items: { 'equipment-networked-rate': { percent: 100.5 } } },
      'items.equipment-networked-rate.percent',
    ],
    [
      'a negative percentage',
      { items: { 'digital-investment': { percent: -1 } } },
      'items.digital-investment.percent',
    ],
    [
      'a percentage that is not a number',
      { items: { 'digital-investment': { percent: Number.NaN } } },
      'items.digital-investment.percent',
    ],
    ['level 5', { scenarios: { quality: 5 } }, 'scenarios.quality'],
    ['level 2.5', { scenarios: { quality: 2.5 } }, 'scenarios.quality'],
    ['a negative level', { scenarios: { quality: -1 } }, 'scenarios.quality'],
  ])('refuses %s, naming the field', (_why, input, field) => {
    refused(input, field);
    refused(
      { items: { ...exampleB, ...input.items }, scenarios: { ...levelsB, ...input.scenarios } },
      field,
    );
  });

  it('explains an unknown option with the options there are', () => {
    expect(validateDraft(Q, { items: { 'pass-rate': { option: 'better' } } })).toEqual({
      ok: false,
      error: {
        code: 'BAD_USER_INPUT',
        message:
          "'better' is not an option of item 'pass-rate' (产品合格率变化); options: down, flat, up",
        field: 'items.pass-rate.option',
      },
    });
  });

  it('a draft may be partial, and lists what is still open', () => {
    const draft = validateDraft(Q, {
      items: { network: { checked: ['cloud', 'office-network'] }, talent: null },
      scenarios: { quality: 3, finance: null },
    });
    expect(draft.ok && draft.value.answers).toEqual({
      items: { network: { checked: ['office-network', 'cloud'] } },
      scenarios: { quality: 3 },
    });
    expect(draft.ok && [draft.value.answered, draft.value.total]).toEqual([2, 31]);
    expect(draft.ok && draft.value.missing.slice(0, 2)).toEqual([
      'items.equipment-digitization-rate',
      'items.equipment-networked-rate',
    ]);
    expect(draft.ok && draft.value.missing).toHaveLength(29);
    expect(draft.ok && draft.value.missing).toContain('scenarios.finance');
    expect(validateDraft(Q, {})).toMatchObject({ ok: true, value: { answered: 0, total: 31 } });
  });

  it('finishing needs every answer; the error names the first missing one', () => {
    const { 'pass-rate': _dropped, ...items } = exampleB;
    const { energy: _open, ...scenarios } = levelsB;
    expect(validateAnswers(Q, { items, scenarios })).toEqual({
      ok: false,
      error: {
        code: 'BAD_USER_INPUT',
        message:
          "2 answers missing, the first is item 'pass-rate' (产品合格率变化); answer everything to finish, or save a draft",
        field: 'items.pass-rate',
      },
    });
    expect(scoreAssessment(Q, { items: exampleB, scenarios })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field: 'scenarios.energy' },
    });
    expect(validateDraft(Q, { items, scenarios })).toMatchObject({
      ok: true,
      value: { missing: ['items.pass-rate', 'scenarios.energy'] },
    });
  });

  it('complete answers pass both checks and come back in questionnaire order', () => {
    const valid = validateAnswers(Q, complete);
    expect(valid.ok && Object.keys(valid.value.items)).toEqual(Q.items.map((i) => i.id));
    expect(valid.ok && valid.value.items.network).toEqual({
      checked: ['office-network', 'plant-network'],
    });
    expect(validateDraft(Q, complete)).toMatchObject({ ok: true, value: { missing: [] } });
  });
});
