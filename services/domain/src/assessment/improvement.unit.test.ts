import { specFor } from '../shared/decider-spec';
import {
  mayMoveTask,
  mayPlanImprovement,
  planImprovement,
  updateImprovementTask,
  type ImprovementPlanState,
  type ImprovementTaskState,
} from './improvement';
import { MIIT_2024_V1 as Q } from './questionnaire-versions';
import type { ImprovementPlanned, ImprovementTaskUpdated } from './record';

const planState = (over: Partial<ImprovementPlanState> = {}): ImprovementPlanState => ({
  companies: new Set(['sme', 'leader', 'stranger']),
  leaders: new Map([['sme', ['leader']]]),
  plans: new Set(),
  tasks: new Set(),
  submitted: new Map([['a-1', 'sme']]),
  ...over,
});

const plan: ImprovementPlanned = {
  planId: 'plan-1',
  companyId: 'sme',
  plannedBy: 'leader',
  questionnaireVersion: Q.version,
  baseAssessmentId: 'a-1',
  targets: [{ scenarioId: 'warehousing-logistics', level: 3 }],
  tasks: [
    { taskId: 't-1', title: '推送库存', ownerCompanyId: 'sme', dueDate: '2026-12-31' },
    {
      taskId: 't-2',
      title: '确权',
      ownerCompanyId: 'leader',
      dueDate: '2026-12-31',
      scenarioId: 'warehousing-logistics',
    },
  ],
  on: '2026-11-23',
};

describe('mayPlanImprovement', () => {
  it('lets the company itself and a leader of its chains plan; nobody else', () => {
    expect(mayPlanImprovement('sme', 'sme', [])).toEqual({ ok: true, value: true });
    expect(mayPlanImprovement('sme', 'leader', ['leader'])).toEqual({ ok: true, value: true });
    expect(mayPlanImprovement('sme', 'stranger', ['leader'])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('ImprovementPlanned', () => {
  const given = (over?: Partial<ImprovementPlanState>) =>
    specFor(planImprovement).given(planState(over));
  it("accepts the leader's plan for its supplier, from the supplier's latest submission", () =>
    given().when(plan).then(plan));
  it("accepts the company's own plan without a base assessment", () => {
    const own = { ...plan, plannedBy: 'sme', baseAssessmentId: undefined };
    given().when(own).then(own);
  });
  it('refuses a company that does not exist (NOT_FOUND)', () =>
    given()
      .when({ ...plan, companyId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/, 'companyId'));
  it('refuses a plan id in use, also earlier in the same run (CONFLICT)', () => {
    given({ plans: new Set(['plan-1']) })
      .when(plan)
      .thenFails('CONFLICT', /already in use/);
    const again = {
      ...plan,
      tasks: plan.tasks.map((t) => ({ ...t, taskId: `${t.taskId}-b` })),
    };
    given()
      .when(plan, again)
      .thenFails('CONFLICT', /already in use/);
  });
  it('refuses task ids that repeat or are in use (CONFLICT)', () => {
    given()
      .when({ ...plan, tasks: [plan.tasks[0]!, { ...plan.tasks[1]!, taskId: 't-1' }] })
      .thenFails('CONFLICT', /new and distinct/);
    given({ tasks: new Set(['t-2']) })
      .when(plan)
      .thenFails('CONFLICT', /new and distinct/);
  });
  it('refuses a planner that is neither the company nor a leader of its chains (FORBIDDEN)', () =>
    given()
      .when({ ...plan, plannedBy: 'stranger' })
      .thenFails('FORBIDDEN', /leader of its chain/));
  it("refuses a base assessment that is not the company's submission (NOT_FOUND)", () => {
    given()
      .when({ ...plan, baseAssessmentId: 'a-9' })
      .thenFails('NOT_FOUND', /no submitted assessment/);
    given({ submitted: new Map([['a-1', 'stranger']]) })
      .when(plan)
      .thenFails('NOT_FOUND', /no submitted assessment/);
  });
  it('refuses an unknown questionnaire version (NOT_FOUND)', () =>
    given()
      .when({ ...plan, questionnaireVersion: 'miit-1999' })
      .thenFails('NOT_FOUND', /questionnaire/));
  it('refuses bad targets and tasks (BAD_USER_INPUT on the field)', () => {
    given()
      .when({ ...plan, targets: [{ scenarioId: 'teleportation', level: 2 }] })
      .thenFails('BAD_USER_INPUT', /unknown scenario/, 'targets[0].scenarioId');
    given()
      .when({ ...plan, tasks: [{ ...plan.tasks[0]!, dueDate: '2026-11-22' }] })
      .thenFails('BAD_USER_INPUT', /in the past/, 'tasks[0].dueDate');
    given()
      .when({ ...plan, tasks: [{ ...plan.tasks[0]!, ownerCompanyId: 'stranger' }] })
      .thenFails('BAD_USER_INPUT', /owned by/, 'tasks[0].ownerCompanyId');
  });
});

const task = (over: Partial<ImprovementTaskState> = {}): ImprovementTaskState => ({
  id: 't-1',
  planId: 'plan-1',
  companyId: 'sme',
  plannedBy: 'leader',
  ownerCompanyId: 'owner',
  status: 'OPEN',
  ...over,
});
const move: ImprovementTaskUpdated = {
  planId: 'plan-1',
  companyId: 'sme',
  taskId: 't-1',
  actorCompanyId: 'owner',
  status: 'IN_PROGRESS',
  on: '2026-11-24',
};

describe('mayMoveTask', () => {
  it("lets the plan's company, its planner and the task's owner move it; nobody else", () => {
    for (const actor of ['sme', 'leader', 'owner'])
      expect(mayMoveTask(task(), actor)).toEqual({ ok: true, value: true });
    expect(mayMoveTask(task(), 'stranger')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('ImprovementTaskUpdated', () => {
  const given = (over?: Partial<ImprovementTaskState>) =>
    specFor(updateImprovementTask).given(new Map([['t-1', task(over)]]));
  it('accepts a move by a party along the task lifecycle, in order within a run', () => {
    given().when(move).then(move);
    const done = { ...move, status: 'DONE' as const, actorCompanyId: 'sme' };
    given().when(move, done).then(done);
  });
  it('refuses a task that is not in the named plan of the named company (NOT_FOUND)', () => {
    given()
      .when({ ...move, taskId: 't-9' })
      .thenFails('NOT_FOUND', /has no task/, 'taskId');
    given()
      .when({ ...move, planId: 'plan-2' })
      .thenFails('NOT_FOUND', /has no task/, 'taskId');
    given()
      .when({ ...move, companyId: 'other' })
      .thenFails('NOT_FOUND', /has no task/, 'taskId');
  });
  it('refuses a company that is no party of the task (FORBIDDEN)', () =>
    given()
      .when({ ...move, actorCompanyId: 'stranger' })
      .thenFails('FORBIDDEN', /move a task/));
  it('refuses a move the lifecycle does not allow (CONFLICT on status)', () => {
    given({ status: 'DONE' })
      .when(move)
      .thenFails('CONFLICT', /cannot become/, 'status');
    given()
      .when(move, move)
      .thenFails('CONFLICT', /already IN_PROGRESS/, 'status');
  });
});
