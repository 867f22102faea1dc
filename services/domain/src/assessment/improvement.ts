/**
 * ImprovementPlanned and ImprovementTaskUpdated: a company's improvement plan (targets and tasks),
 * made by the company itself or the leader of a chain it belongs to, and its tasks moved along by
 * the plan's company, its planner or the task's owner. The who-may predicates are the ones the
 * gateway's authorization module asks too.
 */
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import { checkTargets, checkTasks, moveTask, type TaskStatus } from './plan';
import { findQuestionnaire } from './questionnaire-versions';
import type { ImprovementPlanned, ImprovementTaskUpdated } from './record';

/** A company's improvement is planned by the company itself or the leader of a chain it belongs to. */
export function mayPlanImprovement(
  companyId: string,
  plannerId: string,
  leadersOfCompany: readonly string[],
): Result<true> {
  return plannerId === companyId || leadersOfCompany.includes(plannerId)
    ? ok(true)
    : fail('FORBIDDEN', 'only the company itself or the leader of its chain plans its improvement');
}

/** Who an improvement task concerns. */
export interface ImprovementTaskParties {
  companyId: string;
  plannedBy: string;
  ownerCompanyId: string;
}

/** A task is moved by the plan's company, its planner or the task's owner. */
export const mayMoveTask = (task: ImprovementTaskParties, actorCompanyId: string): Result<true> =>
  [task.companyId, task.plannedBy, task.ownerCompanyId].includes(actorCompanyId)
    ? ok(true)
    : fail('FORBIDDEN', "only the plan's company, its planner and the task's owner move a task");

export interface ImprovementPlanState {
  /** Companies that exist (among those the events name). */
  companies: Set<string>;
  /** companyId → leaders of the chains it belongs to (as a member in the network). */
  leaders: Map<string, string[]>;
  /** Plan ids already in use. */
  plans: Set<string>;
  /** Task ids already in use. */
  tasks: Set<string>;
  /** Submitted assessments by id → their company. */
  submitted: Map<string, string>;
}

export const planImprovement: Decider<ImprovementPlanState, ImprovementPlanned> = {
  decide(state, command) {
    if (!state.companies.has(command.companyId))
      return fail('NOT_FOUND', `company ${command.companyId} does not exist`, 'companyId');
    if (state.plans.has(command.planId))
      return fail('CONFLICT', `plan id ${command.planId} is already in use`);
    const taskIds = command.tasks.map((t) => t.taskId);
    if (new Set(taskIds).size !== taskIds.length || taskIds.some((id) => state.tasks.has(id)))
      return fail('CONFLICT', 'task ids must be new and distinct');
    const leaders = state.leaders.get(command.companyId) ?? [];
    const planner = mayPlanImprovement(command.companyId, command.plannedBy, leaders);
    if (!planner.ok) return planner;
    if (
      command.baseAssessmentId !== undefined &&
      state.submitted.get(command.baseAssessmentId) !== command.companyId
    )
      return fail(
        'NOT_FOUND',
        `no submitted assessment ${command.baseAssessmentId} of this company`,
      );
    const questionnaire = findQuestionnaire(command.questionnaireVersion);
    if (!questionnaire.ok) return questionnaire;
    const targets = checkTargets(questionnaire.value, command.targets);
    if (!targets.ok) return targets;
    const tasks = checkTasks(
      command.tasks,
      targets.value,
      [command.companyId, command.plannedBy, ...leaders],
      command.on,
    );
    return tasks.ok ? ok(command) : tasks;
  },
  evolve(state, command) {
    state.plans.add(command.planId);
    for (const t of command.tasks) state.tasks.add(t.taskId);
    return state;
  },
};

export interface ImprovementTaskState extends ImprovementTaskParties {
  id: string;
  planId: string;
  status: TaskStatus;
}

/** The tasks the events name, by id. */
export type ImprovementTasksState = Map<string, ImprovementTaskState>;

export const updateImprovementTask: Decider<ImprovementTasksState, ImprovementTaskUpdated> = {
  decide(tasks, command) {
    const task = tasks.get(command.taskId);
    if (!task || task.planId !== command.planId || task.companyId !== command.companyId)
      return fail('NOT_FOUND', `plan ${command.planId} has no task ${command.taskId}`, 'taskId');
    const actor = mayMoveTask(task, command.actorCompanyId);
    if (!actor.ok) return actor;
    const moved = moveTask(task.status, command.status);
    return moved.ok ? ok(command) : moved;
  },
  evolve(tasks, command) {
    tasks.get(command.taskId)!.status = command.status;
    return tasks;
  },
};
