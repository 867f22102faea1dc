/**
 * The digital-level assessment end to end on the real servers: an SME saves a draft and submits,
 * gets its grade and the reason; with its ASSESSMENT consent the leader's dashboard moves, and
 * revoking the consent takes it out of the leader's view; the evidence follows what the SME
 * really streams (through the API and through POST /ingest); the leader plans, tasks move, and
 * the next assessment shows whether the level moved.
 */
import { randomUUID } from 'node:crypto';
import { routeOf } from '@chainlift/platform';
import { answersFor, graphqlAnswers, type Rank } from '../../scripts/seed/assessment-answers';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { deliveredOrder } from '../support/finance';
import { codeOf, startTestApi, waitFor, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
}, 180_000);
afterAll(() => api?.close());

const ASSESSMENT = `id status questionnaireVersion answered total missing savedAt submittedAt
  result { total maxTotal grade { rank zh } reason { zh en } gap { condition needed have level }
           dimensions { id points maxPoints } scenarios { scenarioId level } }`;

interface AssessmentView {
  id: string;
  status: string;
  questionnaireVersion: string;
  answered: number;
  total: number;
  missing: string[];
  submittedAt: string | null;
  result: {
    total: string;
    maxTotal: string;
    grade: { rank: number; zh: string };
    reason: { zh: string; en: string };
    gap: { condition: string; needed: string; have: string; level: number | null } | null;
    dimensions: { id: string; points: string; maxPoints: string }[];
    scenarios: { scenarioId: string; level: number }[];
  } | null;
}

const saveDraft = (who: Account, answers: unknown) =>
  who.gql<{ saveAssessmentDraft: AssessmentView }>(
    `mutation ($a: AssessmentAnswersInput!) { saveAssessmentDraft(answers: $a) { ${ASSESSMENT} } }`,
    { a: answers },
  );
const submit = (who: Account, answers?: unknown) =>
  who.gql<{ submitAssessment: AssessmentView }>(
    `mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { ${ASSESSMENT} } }`,
    { a: answers ?? null },
  );
const submitRank = async (who: Account, rank: Rank, levels: Record<string, number> = {}) => {
  const response = await submit(who, graphqlAnswers(answersFor(rank, levels)));
  expect(response.errors).toBeUndefined();
  return response.data!.submitAssessment;
};
const grant = async (who: Account, granteeId: string, scope: string) =>
  (
    await who.data<{ grantConsent: { id: string } }>(
      'mutation ($g: ID!, $s: ConsentScope!) { grantConsent(granteeId: $g, scope: $s) { id } }',
      { g: granteeId, s: scope },
    )
  ).grantConsent.id;
const revoke = (who: Account, consentId: string) =>
  who.data('mutation ($id: ID!) { revokeConsent(consentId: $id) { status } }', { id: consentId });

const DASHBOARD = `query ($c: ID!) { chainDashboard(chainId: $c) {
  coverage { members joined streaming sharingInventory assessed }
  grades { rank count }
  byTier { key assessed grades { rank count } }
  weakestScenarios { scenarioId averageLevel lagging assessed }
  movement { improved declined unchanged firstAssessment }
  timeline { month assessed }
  suppliers { company { id } tier grade { rank zh } total previousGrade { rank } volumeShare disagreements }
  helpFirst { company { id } grade { rank } volumeShare }
} }`;

interface DashboardView {
  coverage: Record<string, number>;
  grades: { rank: number; count: number }[];
  byTier: { key: string | null; assessed: number; grades: { rank: number; count: number }[] }[];
  weakestScenarios: {
    scenarioId: string;
    averageLevel: string;
    lagging: number;
    assessed: number;
  }[];
  movement: Record<string, number>;
  timeline: { month: string; assessed: number }[];
  suppliers: {
    company: { id: string };
    tier: number | null;
    grade: { rank: number; zh: string };
    total: string;
    previousGrade: { rank: number } | null;
    volumeShare: string;
    disagreements: number;
  }[];
  helpFirst: { company: { id: string }; grade: { rank: number }; volumeShare: string }[];
}

const dashboard = async () =>
  (await w.leader.data<{ chainDashboard: DashboardView }>(DASHBOARD, { c: w.chainId }))
    .chainDashboard;
const gradeCounts = (grades: { rank: number; count: number }[]) =>
  Object.fromEntries(grades.filter((g) => g.count > 0).map((g) => [g.rank, g.count]));

describe('an SME assesses itself', () => {
  it('reads the questionnaire, saves a draft, finishes it later and gets its grade and the reason', async () => {
    const { questionnaire } = await w.t1a.data<{
      questionnaire: {
        version: string;
        maxScore: string;
        scenarios: { id: string; mandatory: boolean }[];
        grades: { rank: number; zh: string; minScore: string }[];
        dimensions: { groups: { items: { id: string; type: string }[] }[] }[];
      };
    }>(
      '{ questionnaire { version maxScore scenarios { id mandatory } grades { rank zh minScore } dimensions { groups { items { id type } } } } }',
    );
    expect(questionnaire.version).toBe('miit-2024.v1');
    expect(questionnaire.maxScore).toBe('100');
    expect(questionnaire.scenarios).toHaveLength(16);
    expect(questionnaire.grades.map((g) => `${g.zh}≥${g.minScore}`)).toEqual([
      '一级≥20',
      '二级≥40',
      '三级≥60',
      '四级≥80',
    ]);

    // Half of it today: the items only.
    const full = answersFor(3);
    const first = await saveDraft(w.t1a, graphqlAnswers({ items: full.items }));
    expect(first.errors).toBeUndefined();
    const draft = first.data!.saveAssessmentDraft;
    expect(draft).toMatchObject({ status: 'DRAFT', answered: 15, total: 31, result: null });
    expect(draft.missing).toContain('scenarios.procurement');

    // Submitting the unfinished draft names what is missing and changes nothing.
    const early = await submit(w.t1a);
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0]!.message).toContain('16 answers missing');

    // A wrong answer is refused with its field; the draft stays as it was.
    const wrong = await saveDraft(w.t1a, { scenarios: [{ scenarioId: 'quality', level: 7 }] });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions?.field).toBe('scenarios.quality');

    // The rest later: the same draft.
    const second = await saveDraft(w.t1a, graphqlAnswers(full));
    expect(second.data!.saveAssessmentDraft).toMatchObject({
      id: draft.id,
      answered: 31,
      missing: [],
    });

    const submitted = await submit(w.t1a);
    expect(submitted.errors).toBeUndefined();
    const result = submitted.data!.submitAssessment;
    expect(result).toMatchObject({
      id: draft.id,
      status: 'SUBMITTED',
      questionnaireVersion: 'miit-2024.v1',
    });
    expect(result.result).toMatchObject({
      total: '77.25',
      maxTotal: '100',
      grade: { rank: 3, zh: '三级' },
      reason: {
        zh: '四级需要 80 分，目前只有 77.25 分',
        en: '四级 needs 80 points; you have 77.25',
      },
      gap: { condition: 'SCORE', needed: '80', have: '77.25', level: null },
    });
    expect(result.result!.dimensions.map((d) => [d.id, d.points, d.maxPoints])).toEqual([
      ['foundation', '37', '50'],
      ['management', '23.25', '30'],
      ['results', '17', '20'],
    ]);

    // Submitted assessments are kept as they are; the history lists them.
    const { myAssessments } = await w.t1a.data<{ myAssessments: { id: string; status: string }[] }>(
      '{ myAssessments { id status } }',
    );
    expect(myAssessments).toEqual([{ id: draft.id, status: 'SUBMITTED' }]);
  });

  it('is a self-declaration: a VIEWER cannot submit, a bank cannot assess itself here', async () => {
    const viewer = await api.user(w.t1a.companyId, 'VIEWER');
    expect(codeOf(await submit(viewer, graphqlAnswers(answersFor(2))))).toBe('FORBIDDEN');
    const bank = await api.user(await api.company('BANK', '评估测试银行'), 'ADMIN');
    expect(codeOf(await saveDraft(bank, { items: [] }))).toBe('FORBIDDEN');
  });
});

describe("the leader's dashboard counts what the suppliers consent to", () => {
  let t1aConsent: string;

  it('shows nothing assessed before any consent, and refuses the assessment itself', async () => {
    const d = await dashboard();
    expect(d.coverage).toMatchObject({ members: 4, joined: 4, assessed: 0 });
    expect(d.suppliers).toEqual([]);
    const refused = await w.leader.gql(
      'query ($c: ID!) { assessment(companyId: $c) { latest { id } } }',
      {
        c: w.t1a.companyId,
      },
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toContain('ASSESSMENT consent');
  });

  it('moves when the SMEs consent: grades by tier, help first by share of the leader’s purchasing', async () => {
    // The leader buys from t1a, t1a from t2: all of the leader's purchasing depends on both.
    await deliveredOrder(w.leader, w.t1a, '1000.00');
    await deliveredOrder(w.t1a, w.t2, '300.00');
    t1aConsent = await grant(w.t1a, w.leader.companyId, 'ASSESSMENT');
    await submitRank(w.t2, 1);
    await grant(w.t2, w.leader.companyId, 'ASSESSMENT');

    const d = await dashboard();
    expect(d.coverage).toMatchObject({ members: 4, assessed: 2 });
    expect(gradeCounts(d.grades)).toEqual({ 1: 1, 3: 1 });
    expect(d.byTier.map((t) => [t.key, t.assessed, gradeCounts(t.grades)])).toEqual([
      ['1', 1, { 3: 1 }],
      ['2', 1, { 1: 1 }],
    ]);
    expect(d.suppliers.map((s) => [s.company.id, s.tier, s.grade.zh, s.volumeShare])).toEqual([
      [w.t1a.companyId, 1, '三级', '100.00'],
      [w.t2.companyId, 2, '一级', '100.00'],
    ]);
    // 三级 and above need no help first.
    expect(d.helpFirst.map((s) => s.company.id)).toEqual([w.t2.companyId]);
    expect(d.weakestScenarios[0]).toMatchObject({ assessed: 2 });
    expect(d.movement).toMatchObject({ firstAssessment: 2 });
    expect(d.timeline.at(-1)).toMatchObject({ assessed: 2 });

    // The leader reads t1a's assessment; t1a sees every such read in its access log.
    const { assessment } = await w.leader.data<{
      assessment: { latest: { result: { grade: { zh: string } } }; history: { id: string }[] };
    }>(
      'query ($c: ID!) { assessment(companyId: $c) { latest { result { grade { zh } } } history { id } } }',
      {
        c: w.t1a.companyId,
      },
    );
    expect(assessment.latest.result.grade.zh).toBe('三级');
    const log = await waitFor(async () => {
      const { accessLog } = await w.t1a.data<{
        accessLog: { what: string; viewer: { id: string } }[];
      }>('{ accessLog(scope: ASSESSMENT) { what viewer { id } } }');
      return accessLog.length >= 2 ? accessLog : undefined;
    });
    expect(log.map((l) => l.what).sort()).toEqual(['assessment', 'chain dashboard']);
    expect(log.every((l) => l.viewer.id === w.leader.companyId)).toBe(true);
  });

  it('shows movement when a supplier reassesses', async () => {
    await submitRank(w.t1a, 4);
    const d = await dashboard();
    expect(d.movement).toMatchObject({ improved: 1, firstAssessment: 1 });
    expect(d.suppliers.find((s) => s.company.id === w.t1a.companyId)).toMatchObject({
      grade: { rank: 4 },
      previousGrade: { rank: 3 },
      total: '98.5',
    });
  });

  it('drops a supplier from the leader’s view as soon as it revokes the consent', async () => {
    await revoke(w.t1a, t1aConsent);
    const d = await dashboard();
    expect(d.coverage).toMatchObject({ members: 4, assessed: 1 });
    expect(d.suppliers.map((s) => s.company.id)).toEqual([w.t2.companyId]);
    expect(gradeCounts(d.grades)).toEqual({ 1: 1 });
    expect(
      codeOf(
        await w.leader.gql('query ($c: ID!) { evidence(companyId: $c) { windowDays } }', {
          c: w.t1a.companyId,
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('evidence from the platform', () => {
  const EVIDENCE = `query ($c: ID!) { evidence(companyId: $c) {
    windowDays disagreements assessmentId
    facts { stockReports stockReportDays stockReportsViaIngest ordersPlaced orderEventsViaIngest activeApiKeys sharesInventoryWithLeader declaredSuppliers }
    scenarios { scenarioId zh declaredLevel evidencedLevel ceiling agreement disagrees levels { level met conditions { code met zh } } }
  } }`;
  interface EvidenceView {
    windowDays: number;
    disagreements: number;
    assessmentId: string | null;
    facts: Record<string, number | boolean>;
    scenarios: {
      scenarioId: string;
      zh: string;
      declaredLevel: number | null;
      evidencedLevel: number;
      ceiling: number;
      agreement: string;
      disagrees: boolean;
    }[];
  }
  const evidence = async (who: Account = w.t1b) =>
    (await who.data<{ evidence: EvidenceView }>(EVIDENCE, { c: w.t1b.companyId })).evidence;
  const level = (e: EvidenceView, id: string) =>
    e.scenarios.find((s) => s.scenarioId === id)!.evidencedLevel;

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const stockEvent = (occurredAt: string, quantity: number) => ({
    id: randomUUID(),
    type: 'StockReported',
    occurredAt,
    payload: {
      companyId: w.t1b.companyId,
      mode: 'UPDATE',
      reportedAt: occurredAt,
      positions: [{ sku: 'EV-SHELL', productName: '外壳', warehouse: 'WMS-1', quantity }],
    },
  });

  it('follows what the SME streams: typed-in stock, then its WMS through POST /ingest, then sharing', async () => {
    const before = await evidence();
    expect(before.windowDays).toBe(90);
    expect(before.facts).toMatchObject({ stockReports: 0, stockReportsViaIngest: 0 });
    expect(level(before, 'warehousing-logistics')).toBe(0);
    expect(before.scenarios.map((s) => s.zh)).toEqual(['采购管理', '仓储物流', '协同办公', '财务']);

    await w.t1b.data(
      'mutation { reportStock(positions: [{ sku: "EV-SHELL", quantity: 40 }]) { status } }',
    );
    const typed = await evidence();
    expect(typed.facts).toMatchObject({
      stockReports: 1,
      stockReportDays: 1,
      stockReportsViaIngest: 0,
    });
    expect(level(typed, 'warehousing-logistics')).toBe(1);

    // The WMS streamed on three earlier days of the window — the events as /ingest stamped them on
    // those days (the server sets occurredAt, so a client cannot backdate them) — and streams today.
    const { createApiKey } = await w.t1b.data<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(name: "WMS") { key } }',
    );
    await api.bus.publish(
      routeOf('StockReported').topic,
      [stockEvent(daysAgo(30), 35), stockEvent(daysAgo(20), 38), stockEvent(daysAgo(10), 41)].map(
        (e) => ({
          key: w.t1b.companyId,
          value: JSON.stringify({
            ...e,
            version: 1,
            actor: { via: 'ingest', companyId: w.t1b.companyId },
          }),
        }),
      ),
    );
    const response = await fetch(api.url.replace(/\/graphql$/, '/ingest'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${createApiKey.key}`,
        'content-type': 'application/x-ndjson',
      },
      body: JSON.stringify(stockEvent(daysAgo(0), 44)),
    });
    expect(response.status).toBe(202);
    const streamed = await waitFor(async () => {
      const e = await evidence();
      return e.facts.stockReportsViaIngest === 4 ? e : undefined;
    });
    expect(streamed.facts).toMatchObject({ stockReports: 5, stockReportDays: 4, activeApiKeys: 1 });
    expect(level(streamed, 'warehousing-logistics')).toBe(3);

    // Sharing inventory with the leader: 仓储物流 level 4 (stock coordinated with the customer).
    await grant(w.t1b, w.leader.companyId, 'INVENTORY');
    const shared = await evidence();
    expect(shared.facts.sharesInventoryWithLeader).toBe(true);
    expect(level(shared, 'warehousing-logistics')).toBe(4);
  });

  it('shows the declared level beside the evidence and flags where they disagree', async () => {
    // Declares 仓储物流 at 2 (the platform sees 4) and 采购管理 at 4 (the platform sees 1: a declared supplier, no orders).
    const { id } = await submitRank(w.t1b, 2, { 'warehousing-logistics': 2, procurement: 4 });
    const e = await evidence();
    expect(e.assessmentId).toBe(id);
    const byId = Object.fromEntries(e.scenarios.map((s) => [s.scenarioId, s]));
    expect(byId['warehousing-logistics']).toMatchObject({
      declaredLevel: 2,
      evidencedLevel: 4,
      agreement: 'UNDERSTATED',
      disagrees: true,
    });
    expect(byId.procurement).toMatchObject({
      declaredLevel: 4,
      evidencedLevel: 1,
      agreement: 'NOT_EVIDENCED',
      disagrees: true,
    });
    expect(e.disagreements).toBeGreaterThanOrEqual(2);

    // With its consent the leader sees the same evidence (and t1b's dashboard row counts the disagreements).
    await grant(w.t1b, w.leader.companyId, 'ASSESSMENT');
    expect((await evidence(w.leader)).disagreements).toBe(e.disagreements);
    const row = (await dashboard()).suppliers.find((s) => s.company.id === w.t1b.companyId);
    expect(row).toMatchObject({ grade: { rank: 2 }, disagreements: e.disagreements });
  });
});

describe('plan and act', () => {
  const PLAN = `id company { id } plannedBy { id }
    targets { scenarioId level baseLevel currentLevel reached }
    tasks { id title step scenarioId owner { id } dueDate status overdue note }`;
  interface PlanView {
    id: string;
    plannedBy: { id: string };
    targets: {
      scenarioId: string;
      level: number;
      baseLevel: number | null;
      currentLevel: number | null;
      reached: boolean;
    }[];
    tasks: {
      id: string;
      step: string | null;
      scenarioId: string | null;
      owner: { id: string };
      dueDate: string;
      status: string;
    }[];
  }
  const targets = [
    { scenarioId: 'warehousing-logistics', level: 4 },
    { scenarioId: 'finance', level: 2 },
    { scenarioId: 'quality', level: 3 },
  ];
  let plan: PlanView;
  const move = (who: Account, taskId: string, status: string, note?: string) =>
    who.gql<{ updateImprovementTask: { status: string; note: string | null } }>(
      'mutation ($t: ID!, $s: TaskStatus!, $n: String) { updateImprovementTask(taskId: $t, status: $s, note: $n) { status note } }',
      { t: taskId, s: status, n: note ?? null },
    );

  it('lets the leader plan with the supplier’s consent, from the steps the platform proposes', async () => {
    // t1b (consented above) streams stock and shares inventory already: those steps are not proposed.
    const { proposedSteps } = await w.leader.data<{
      proposedSteps: { step: string; owner: string; ownerCompany: { id: string } }[];
    }>(
      'query ($c: ID!, $t: [ImprovementTargetInput!]!) { proposedSteps(companyId: $c, targets: $t) { step owner ownerCompany { id } } }',
      { c: w.t1b.companyId, t: targets },
    );
    expect(proposedSteps.map((s) => s.step)).toEqual([
      'REGISTER_RECEIVABLES',
      'CONFIRM_RECEIVABLES',
      'REACH_LEVEL',
      'REASSESS',
    ]);
    expect(proposedSteps[1]).toMatchObject({
      owner: 'LEADER',
      ownerCompany: { id: w.leader.companyId },
    });

    const response = await w.leader.gql<{ planImprovement: PlanView }>(
      `mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { ${PLAN} } }`,
      { i: { companyId: w.t1b.companyId, targets } },
    );
    expect(response.errors).toBeUndefined();
    plan = response.data!.planImprovement;
    expect(plan.plannedBy.id).toBe(w.leader.companyId);
    expect(plan.tasks.map((t) => [t.step, t.owner.id, t.status])).toEqual([
      ['REGISTER_RECEIVABLES', w.t1b.companyId, 'OPEN'],
      ['CONFIRM_RECEIVABLES', w.leader.companyId, 'OPEN'],
      ['REACH_LEVEL', w.t1b.companyId, 'OPEN'],
      ['REASSESS', w.t1b.companyId, 'OPEN'],
    ]);
    expect(plan.targets.find((t) => t.scenarioId === 'quality')).toMatchObject({
      level: 3,
      baseLevel: 1,
      currentLevel: 1,
      reached: false,
    });
  });

  it('refuses a plan from a company that is not the supplier’s leader, or without its consent', async () => {
    const input = { companyId: w.t1b.companyId, targets };
    const PLAN_MUTATION =
      'mutation ($i: PlanImprovementInput!) { planImprovement(input: $i) { id } }';
    expect(codeOf(await w.outsider.gql(PLAN_MUTATION, { i: input }))).toBe('FORBIDDEN');
    // t3 is in the chain but has not consented: its leader may not plan for it.
    expect(
      codeOf(await w.leader.gql(PLAN_MUTATION, { i: { ...input, companyId: w.t3.companyId } })),
    ).toBe('FORBIDDEN');
    // Hand-written tasks are checked like proposals: an owner outside the plan is refused.
    const stranger = await w.t1b.gql(PLAN_MUTATION, {
      i: {
        ...input,
        tasks: [{ title: '上线 WMS', ownerCompanyId: w.outsider.companyId, dueDate: '2099-01-01' }],
      },
    });
    expect(codeOf(stranger)).toBe('BAD_USER_INPUT');
  });

  it('moves tasks by their parties, and the next assessment shows whether the level moved', async () => {
    const [register, confirm, reach] = plan.tasks;
    expect(
      (await move(w.t1b, register!.id, 'IN_PROGRESS')).data?.updateImprovementTask.status,
    ).toBe('IN_PROGRESS');
    expect(
      (await move(w.t1b, register!.id, 'DONE', '已登记 2 笔')).data?.updateImprovementTask,
    ).toEqual({
      status: 'DONE',
      note: '已登记 2 笔',
    });
    expect(codeOf(await move(w.t1b, register!.id, 'OPEN'))).toBe('CONFLICT');
    expect(codeOf(await move(w.leader, confirm!.id, 'DONE'))).toBe('OK');
    expect(codeOf(await move(w.outsider, reach!.id, 'DONE'))).toBe('FORBIDDEN');

    await submitRank(w.t1b, 2, { quality: 3 });
    const { improvementPlans } = await w.t1b.data<{ improvementPlans: PlanView[] }>(
      `query ($c: ID!) { improvementPlans(companyId: $c) { ${PLAN} } }`,
      { c: w.t1b.companyId },
    );
    expect(improvementPlans.map((p) => p.id)).toEqual([plan.id]);
    expect(improvementPlans[0]!.targets.find((t) => t.scenarioId === 'quality')).toMatchObject({
      baseLevel: 1,
      currentLevel: 3,
      reached: true,
    });
    expect(improvementPlans[0]!.tasks.map((t) => t.status)).toEqual([
      'DONE',
      'DONE',
      'OPEN',
      'OPEN',
    ]);
  });
});
