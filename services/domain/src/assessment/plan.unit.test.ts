import { NO_FACTS, type EvidenceFacts } from './evidence';
import {
  checkTargets,
  checkTasks,
  moveTask,
  proposeSteps,
  REASSESS_STEP,
  taskFromStep,
} from './plan';
import { MIIT_2024_V1 as Q } from './questionnaire-versions';

const facts = (over: Partial<EvidenceFacts> = {}): EvidenceFacts => ({ ...NO_FACTS, ...over });
const steps = (list: ReturnType<typeof proposeSteps>) => list.map((s) => s.step);

describe('targets', () => {
  it('keeps known scenarios once, in questionnaire order', () => {
    expect(
      checkTargets(Q, [
        { scenarioId: 'warehousing-logistics', level: 3 },
        { scenarioId: 'procurement', level: 2 },
      ]),
    ).toEqual({
      ok: true,
      value: [
        { scenarioId: 'procurement', level: 2 },
        { scenarioId: 'warehousing-logistics', level: 3 },
      ],
    });
  });

  it.each([
    [[], 'targets'],
    [[{ scenarioId: 'teleportation', level: 2 }], 'targets[0].scenarioId'],
    [
      [
        { scenarioId: 'quality', level: 2 },
        { scenarioId: 'quality', level: 3 },
      ],
      'targets[1].scenarioId',
    ],
    [[{ scenarioId: 'quality', level: 0 }], 'targets[0].level'],
    [[{ scenarioId: 'quality', level: 5 }], 'targets[0].level'],
  ])('refuses %j (field %s)', (targets, field) => {
    expect(checkTargets(Q, targets)).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field },
    });
  });
});

describe('tasks', () => {
  const targets = [{ scenarioId: 'procurement', level: 3 }];
  const task = { taskId: 't1', title: ' 推送库存 ', ownerCompanyId: 'sme', dueDate: '2026-12-31' };

  it('trims titles and opens every task', () => {
    expect(checkTasks([task], targets, ['sme', 'leader'], '2026-11-23')).toEqual({
      ok: true,
      value: [{ ...task, title: '推送库存', status: 'OPEN' }],
    });
  });

  it.each([
    [{ title: ' ' }, 'tasks[0].title'],
    [{ dueDate: '2026-02-30' }, 'tasks[0].dueDate'],
    [{ dueDate: '2026-11-22' }, 'tasks[0].dueDate'],
    [{ ownerCompanyId: 'stranger' }, 'tasks[0].ownerCompanyId'],
    [{ scenarioId: 'quality' }, 'tasks[0].scenarioId'],
  ])('refuses %j', (change, field) => {
    expect(
      checkTasks([{ ...task, ...change }], targets, ['sme', 'leader'], '2026-11-23'),
    ).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', field } });
  });

  it('needs one task at least', () => {
    expect(checkTasks([], targets, ['sme'], '2026-11-23')).toMatchObject({ ok: false });
  });

  it('moves OPEN → IN_PROGRESS → DONE, and refuses to move a DONE task or repeat a status', () => {
    expect(moveTask('OPEN', 'IN_PROGRESS')).toEqual({ ok: true, value: 'IN_PROGRESS' });
    expect(moveTask('IN_PROGRESS', 'DONE')).toEqual({ ok: true, value: 'DONE' });
    expect(moveTask('DROPPED', 'OPEN')).toEqual({ ok: true, value: 'OPEN' });
    expect(moveTask('DONE', 'OPEN')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(moveTask('OPEN', 'OPEN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'the task is already OPEN' },
    });
  });
});

describe('proposed next steps', () => {
  it('proposes streaming stock from the WMS and sharing inventory for 仓储物流 level 4', () => {
    const proposed = proposeSteps(
      Q,
      [{ scenarioId: 'warehousing-logistics', level: 4 }],
      facts({ stockReports: 1, stockReportDays: 1 }),
      { 'warehousing-logistics': 1 },
    );
    expect(steps(proposed)).toEqual([
      'REPORT_STOCK',
      'SHARE_INVENTORY',
      'STREAM_STOCK',
      'REASSESS',
    ]);
    expect(proposed.find((s) => s.step === 'STREAM_STOCK')).toMatchObject({
      scenarioId: 'warehousing-logistics',
      owner: 'COMPANY',
      en: expect.stringContaining('POST /ingest'),
    });
  });

  it('leaves out what the company already does', () => {
    const proposed = proposeSteps(
      Q,
      [{ scenarioId: 'warehousing-logistics', level: 4 }],
      facts({ stockReportDays: 10, stockReportsViaIngest: 3, sharesInventoryWithLeader: false }),
      null,
    );
    expect(steps(proposed)).toEqual(['SHARE_INVENTORY', 'REASSESS']);
  });

  it('proposes nothing but reassessment for a target the platform already evidences', () => {
    const proposed = proposeSteps(
      Q,
      [{ scenarioId: 'warehousing-logistics', level: 4 }],
      facts({
        stockReports: 9,
        stockReportDays: 9,
        stockReportsViaIngest: 9,
        sharesInventoryWithLeader: true,
      }),
      { 'warehousing-logistics': 2 },
    );
    expect(steps(proposed)).toEqual(['REASSESS']);
  });

  it('gives the leader its part: confirming receivables', () => {
    const proposed = proposeSteps(
      Q,
      [{ scenarioId: 'finance', level: 2 }],
      facts({ receivablesRegistered: 2 }),
      null,
    );
    expect(proposed[0]).toMatchObject({ step: 'CONFIRM_RECEIVABLES', owner: 'LEADER' });
  });

  it("falls back to the questionnaire's text of the target level for what the platform cannot see", () => {
    const proposed = proposeSteps(Q, [{ scenarioId: 'quality', level: 4 }], NO_FACTS, {
      quality: 2,
    });
    expect(proposed[0]).toMatchObject({
      step: 'REACH_LEVEL',
      scenarioId: 'quality',
      zh: '质量达到 4 级：质量数据在产业链上下游共享',
    });
    // Already declared at the target: only reassessment.
    expect(
      steps(proposeSteps(Q, [{ scenarioId: 'quality', level: 2 }], NO_FACTS, { quality: 3 })),
    ).toEqual([REASSESS_STEP]);
  });

  it('turns a step into a task with its owner and a due date', () => {
    const [step] = proposeSteps(Q, [{ scenarioId: 'finance', level: 2 }], NO_FACTS, null);
    expect(
      taskFromStep(step!, 'task-1', { company: 'sme', leader: 'leader' }, '2026-11-23'),
    ).toEqual({
      taskId: 'task-1',
      title: step!.zh,
      step: 'REGISTER_RECEIVABLES',
      scenarioId: 'finance',
      ownerCompanyId: 'sme',
      dueDate: '2026-12-23',
    });
  });
});
