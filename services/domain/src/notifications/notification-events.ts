/**
 * The inbox's own events: a user marks items read, sets its preferences; the scheduler says a task
 * fell due. Deciders (shared/decider.ts): the gateway calls them before publishing, the projector
 * when the event lands.
 */
import type {
  NotificationsReadV1,
  NotificationPreferencesSetV1,
  TaskFellDueV1,
} from '../events/catalogue';
import type { Decider } from '../shared/decider';
import { fail, ok } from '../shared/errors';

export type NotificationsRead = NotificationsReadV1;
export type NotificationPreferencesSet = NotificationPreferencesSetV1;
export type TaskFellDue = TaskFellDueV1;

/** The user an inbox event speaks for, as the projector or gateway finds it (undefined: unknown). */
export interface InboxOwners {
  /** userId → its company and whether it is active. */
  users: Map<string, { companyId: string; active: boolean }>;
}

const ownInbox = (state: InboxOwners, userId: string, companyId: string) => {
  const user = state.users.get(userId);
  if (!user || user.companyId !== companyId)
    return fail('NOT_FOUND', `user ${userId} does not exist`, 'userId');
  if (!user.active) return fail('FORBIDDEN', 'this account is deactivated', 'userId');
  return ok(true);
};

export const markNotificationsRead: Decider<InboxOwners, NotificationsRead> = {
  decide(state, command) {
    const owner = ownInbox(state, command.userId, command.companyId);
    if (!owner.ok) return owner;
    const ids = command.ids ?? [];
    if (ids.length === 0 && !command.allBefore)
      return fail('BAD_USER_INPUT', 'name the notifications to mark read, or mark all', 'ids');
    return ok(command);
  },
  evolve: (state) => state,
};

export const setNotificationPreferences: Decider<InboxOwners, NotificationPreferencesSet> = {
  decide(state, command) {
    const owner = ownInbox(state, command.userId, command.companyId);
    if (!owner.ok) return owner;
    const seen = new Set<string>();
    for (const m of command.muted) {
      const key = `${m.kind}/${m.channel}`;
      if (seen.has(key))
        return fail('BAD_USER_INPUT', `${m.kind} on ${m.channel} is listed twice`, 'muted');
      seen.add(key);
    }
    return ok(command);
  },
  evolve: (state) => state,
};

/** An open improvement task as the scheduler and the projector see it. */
export interface DueTask {
  taskId: string;
  planId: string;
  companyId: string;
  ownerCompanyId: string;
  dueDate: string;
  status: 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
}

/** Tasks still open whose due date is before `today` (yyyy-MM-dd, the business calendar's day). */
export const tasksFallingDue = (tasks: readonly DueTask[], today: string): DueTask[] =>
  tasks.filter((t) => (t.status === 'OPEN' || t.status === 'IN_PROGRESS') && t.dueDate < today);

/** The event id of a task falling due: one per task and due date, however often the scheduler runs. */
export const taskFellDueEventId = (taskId: string, dueDate: string) =>
  `task-due:${taskId}:${dueDate}`;

export const taskFellDue: Decider<Map<string, DueTask>, TaskFellDue> = {
  decide(tasks, command) {
    const task = tasks.get(command.taskId);
    if (!task || task.planId !== command.planId || task.companyId !== command.companyId)
      return fail('NOT_FOUND', `improvement task ${command.taskId} does not exist`, 'taskId');
    if (task.dueDate !== command.dueDate)
      return fail(
        'CONFLICT',
        `the task is due on ${task.dueDate}, not ${command.dueDate}`,
        'dueDate',
      );
    if (task.status === 'DONE' || task.status === 'DROPPED')
      return fail('CONFLICT', `the task is ${task.status}`, 'taskId');
    return ok(command);
  },
  evolve: (tasks) => tasks,
};
