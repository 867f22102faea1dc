/**
 * The digital-assessment part of the demo, through the public API: suppliers assessed at every
 * grade (and some without one), most of them sharing their assessment with the leader, one
 * assessed but not sharing, one with a draft only; two that improved since an earlier
 * submission; declarations the platform's evidence contradicts; and the leader's improvement
 * plan for a large, low-graded supplier, one task under way.
 */
import { answersFor, graphqlAnswers, type Rank } from './assessment-answers';
import type { DemoParties } from './seed-finance';

interface Assessed {
  key: string;
  /** Earlier submissions first, the current one last. */
  ranks: Rank[];
  /** Declared levels that differ from the standard answers of the grade. */
  levels?: Record<string, number>;
  /** Grants the leader an ASSESSMENT consent (default). */
  shares?: boolean;
}

const ASSESSED: Assessed[] = [
  { key: 'motor', ranks: [3, 4] },
  { key: 'control', ranks: [3] },
  { key: 'molding', ranks: [2, 3] },
  { key: 'sheet', ranks: [2] },
  { key: 'compressor', ranks: [1] },
  // Declares mature purchasing and warehousing; the platform sees little of either.
  { key: 'harness', ranks: [2], levels: { procurement: 4, 'warehousing-logistics': 4 } },
  { key: 'copper', ranks: [1] },
  { key: 'resin', ranks: [1] },
  { key: 'refinery', ranks: [1] },
  { key: 'mould', ranks: [0] },
  { key: 'hardware', ranks: [0] },
  // Assessed, but keeps it to itself: the leader's dashboard does not count it.
  { key: 'chip', ranks: [2], shares: false },
  // Outside the chain (no leader to share with): the region's 家电零部件 makers.
  ...(['parts-a', 'parts-b', 'parts-c', 'parts-d', 'parts-e'] as const).map((key) => ({
    key,
    ranks: [2] as Rank[],
    shares: false,
  })),
  { key: 'parts-f', ranks: [1], shares: false },
  { key: 'parts-g', ranks: [3], shares: false },
];

const SUBMIT =
  'mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { result { grade { zh } } } }';

export async function seedAssessments(p: DemoParties, say: (line: string) => void): Promise<void> {
  const leaderId = p.id('leader');
  for (const a of ASSESSED) {
    const me = await p.user(a.key);
    for (const rank of a.ranks) {
      await me(SUBMIT, { a: graphqlAnswers(answersFor(rank, a.levels)) });
    }
    if (a.shares !== false)
      await me('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }', {
        g: leaderId,
      });
  }
  // One shares its assessment with the region's authority: its row shows in the regional view.
  await (
    await p.user('parts-a')
  )('mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }', {
    g: p.id('authority'),
  });
  // Half-way through: the items answered, the scenarios still open.
  await (
    await p.user('wafer')
  )('mutation ($a: AssessmentAnswersInput!) { saveAssessmentDraft(answers: $a) { id } }', {
    a: graphqlAnswers({ items: answersFor(2).items }),
  });
  say(
    `demo: ${ASSESSED.length} suppliers assessed (四级 to 未定级), ${ASSESSED.filter((a) => a.shares !== false).length} share it with the leader; one draft`,
  );

  // The leader plans with compressor: large share of its purchasing, 一级.
  const leader = await p.user('leader');
  const { planImprovement } = await leader<{
    planImprovement: { tasks: { id: string; step: string | null }[] };
  }>('mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { tasks { id step } } }', {
    i: {
      companyId: p.id('compressor'),
      targets: [
        { scenarioId: 'procurement', level: 2 },
        { scenarioId: 'warehousing-logistics', level: 3 },
        { scenarioId: 'collaboration', level: 3 },
      ],
    },
  });
  const first = planImprovement.tasks[0]!;
  await (
    await p.user('compressor')
  )(
    'mutation ($t: ID!) { updateImprovementTask(taskId: $t, status: IN_PROGRESS, note: "已联系 WMS 厂商") { id } }',
    {
      t: first.id,
    },
  );
  say(
    `demo: the leader's improvement plan for 镇海压缩机配件 (${planImprovement.tasks.length} tasks, one under way)`,
  );
}
