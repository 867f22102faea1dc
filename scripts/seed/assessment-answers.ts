/**
 * Complete answers to the MIIT 2024 questionnaire (miit-2024.v1) that reach each grade, for the
 * demo seed and the integration tests. Worked by hand; assessment-answers.unit.test.ts scores
 * them, so a change to the questionnaire data that moves them fails there first.
 *
 *   rank 4 (四级)  98.5 points; 12 scenarios at L4 (8 mandatory), the rest at L3
 *   rank 3 (三级)  77.25 points; 9 at L3 (6 mandatory), the rest at L2
 *   rank 2 (二级)  49.2 points; 7 at L2 (4 mandatory), the rest at L1 — 三级 needs 60 points
 *   rank 1 (一级)  28.85 points; 7 at L1 (4 mandatory), the rest at 0 — 二级 needs 40 points
 *   rank 0 (未定级) the 一级 items, 4 scenarios at L1 — 一级 needs 6 scenarios at level 1
 */
import { MIIT_2024_V1, type AssessmentAnswersInput, type ItemAnswer } from '@chainlift/domain';

export type Rank = 0 | 1 | 2 | 3 | 4;

const SCENARIOS = MIIT_2024_V1.operations.scenarios.map((s) => s.id);

/** Every scenario at `rest`, the listed ones at `level`. */
const levels = (rest: number, level: number, ids: string[]): Record<string, number> =>
  Object.fromEntries(SCENARIOS.map((id) => [id, ids.includes(id) ? level : rest]));

/** Every business link of the automatic data capture checklist. */
const CAPTURE = (() => {
  const item = MIIT_2024_V1.items.find((i) => i.id === 'automatic-data-capture');
  return item?.type === 'checklist' ? item.options.map((o) => o.id) : [];
})();

const ITEMS: Record<Exclude<Rank, 0>, Record<string, ItemAnswer>> = {
  4: {
    network: { checked: ['office-network', 'plant-network', 'industrial-network', 'cloud'] },
    'equipment-digitization-rate': { percent: 85 },
    'equipment-networked-rate': { percent: 72 },
    'automatic-data-capture': { checked: CAPTURE },
    'information-system-coverage': { option: 'all' },
    'network-security': {
      checked: ['perimeter', 'endpoint', 'security-policy', 'security-testing'],
    },
    'data-security': { checked: ['backup', 'access-control', 'encryption', 'incident-plan'] },
    'plan-implementation': { option: 'optimizing' },
    'management-mechanism': { checked: ['owner', 'rules', 'incentives', 'data-governance'] },
    talent: {
      checked: ['dedicated-staff', 'training', 'recruitment', 'partners', 'leadership'],
    },
    'digital-investment': { percent: 6.5 },
    'energy-intensity': { option: 'down' },
    'pass-rate': { option: 'up' },
    'revenue-per-head': { option: 'up' },
    'cost-per-revenue': { option: 'flat' },
  },
  3: {
    network: { checked: ['office-network', 'plant-network', 'cloud'] },
    'equipment-digitization-rate': { percent: 50 },
    'equipment-networked-rate': { percent: 45 },
    'automatic-data-capture': { checked: CAPTURE.slice(0, 10) },
    'information-system-coverage': { option: 'over-80-percent' },
    'network-security': { checked: ['perimeter', 'endpoint', 'security-policy'] },
    'data-security': { checked: ['backup', 'access-control', 'incident-plan'] },
    'plan-implementation': { option: 'implementing' },
    'management-mechanism': { checked: ['owner', 'rules', 'data-governance'] },
    talent: { checked: ['dedicated-staff', 'training', 'partners', 'leadership'] },
    'digital-investment': { percent: 4 },
    'energy-intensity': { option: 'down' },
    'pass-rate': { option: 'up' },
    'revenue-per-head': { option: 'flat' },
    'cost-per-revenue': { option: 'flat' },
  },
  2: {
    network: { checked: ['office-network', 'cloud'] },
    'equipment-digitization-rate': { percent: 30 },
    'equipment-networked-rate': { percent: 25 },
    'automatic-data-capture': {
      checked: [
        'marketing',
        'production-control',
        'quality',
        'procurement',
        'warehousing-logistics',
        'finance',
      ],
    },
    'information-system-coverage': { option: 'two-or-more' },
    'network-security': { checked: ['perimeter', 'endpoint'] },
    'data-security': { checked: ['backup', 'access-control'] },
    'plan-implementation': { option: 'resourced' },
    'management-mechanism': { checked: ['owner', 'rules'] },
    talent: { checked: ['training', 'partners'] },
    'digital-investment': { percent: 2 },
    'energy-intensity': { option: 'flat' },
    'pass-rate': { option: 'flat' },
    'revenue-per-head': { option: 'flat' },
    'cost-per-revenue': { option: 'flat' },
  },
  1: {
    network: { checked: ['office-network'] },
    'equipment-digitization-rate': { percent: 15 },
    'equipment-networked-rate': { percent: 12 },
    'automatic-data-capture': { checked: ['procurement', 'warehousing-logistics', 'finance'] },
    'information-system-coverage': { option: 'one' },
    'network-security': { checked: ['endpoint'] },
    'data-security': { checked: ['backup'] },
    'plan-implementation': { option: 'planned' },
    'management-mechanism': { checked: ['owner'] },
    talent: { checked: ['training'] },
    'digital-investment': { percent: 0.5 },
    'energy-intensity': { option: 'flat' },
    'pass-rate': { option: 'flat' },
    'revenue-per-head': { option: 'flat' },
    'cost-per-revenue': { option: 'up' },
  },
};

const LEVELS: Record<Rank, Record<string, number>> = {
  4: levels(4, 3, ['safety', 'energy', 'after-sales', 'human-resources']),
  3: levels(2, 3, [
    'product-design',
    'marketing',
    'production-control',
    'quality',
    'procurement',
    'warehousing-logistics',
    'planning-scheduling',
    'collaboration',
    'human-resources',
  ]),
  2: levels(1, 2, [
    'procurement',
    'warehousing-logistics',
    'finance',
    'marketing',
    'collaboration',
    'human-resources',
    'after-sales',
  ]),
  1: levels(0, 1, [
    'procurement',
    'warehousing-logistics',
    'finance',
    'quality',
    'collaboration',
    'human-resources',
    'after-sales',
  ]),
  0: levels(0, 1, ['procurement', 'warehousing-logistics', 'finance', 'collaboration']),
};

/** Complete answers that reach grade `rank` (0 = no grade), with levels changed as given. */
export function answersFor(
  rank: Rank,
  levelChanges: Record<string, number> = {},
): AssessmentAnswersInput & {
  items: Record<string, ItemAnswer>;
  scenarios: Record<string, number>;
} {
  return {
    items: ITEMS[rank === 0 ? 1 : rank],
    scenarios: { ...LEVELS[rank], ...levelChanges },
  };
}

/** The same answers in the shape of the GraphQL input AssessmentAnswersInput. */
export function graphqlAnswers(answers: {
  items?: Record<string, ItemAnswer>;
  scenarios?: Record<string, number>;
}) {
  return {
    items: Object.entries(answers.items ?? {}).map(([itemId, a]) => ({ itemId, ...a })),
    scenarios: Object.entries(answers.scenarios ?? {}).map(([scenarioId, level]) => ({
      scenarioId,
      level,
    })),
  };
}
