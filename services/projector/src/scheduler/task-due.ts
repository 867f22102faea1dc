/**
 * Time-driven inbox items: an improvement task whose due date passed falls due (TaskFellDue, which
 * the inbox turns into TASK_DUE items). Runs in every projector but acts in one: the holder of a
 * lease in Neo4j (taken when free or expired, renewed on each tick). Each event's id is derived from
 * the task and its due date, so a second scheduler, a restart or a lost lease publishes the same
 * event again at worst — and the projector applies an event id once. "Today" comes from the
 * platform's business calendar (its clock), never from Date.now().
 */
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import {
  taskFellDueEventId,
  tasksFallingDue,
  type BusinessCalendar,
  type DueTask,
  type TaskFellDue,
} from '@chainlift/domain';
import {
  routeOf,
  validateEvent,
  type Driver,
  type EventBus,
  type Logger,
} from '@chainlift/platform';

export interface TaskDueSchedulerOptions {
  driver: Driver;
  bus: EventBus;
  log: Logger;
  calendar: BusinessCalendar;
  database?: string;
  /** How often it looks (default one minute). */
  everyMs?: number;
  /** Tests: the lease's name (one scheduler per name). */
  leaseName?: string;
}

export interface TaskDueScheduler {
  /** One look now (whether this process holds the lease decides whether it publishes). */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

/** A UUID (version-5 layout) from a name: the same name, the same id. */
export function uuidFromName(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const LEASE_MS = 3 * 60_000;

export function startTaskDueScheduler(options: TaskDueSchedulerOptions): TaskDueScheduler {
  const { driver, bus, log, calendar } = options;
  const me = `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const lease = options.leaseName ?? 'task-due';
  const query = <T>(cypher: string, params: Record<string, unknown>) =>
    driver
      .executeQuery(cypher, params, { database: options.database })
      .then((r) => r.records.map((rec) => rec.toObject() as T));

  /** Takes or renews the lease (locked first, then checked, so two cannot both hold it). */
  const holdsLease = async () => {
    const [row] = await query<{ mine: boolean }>(
      `MERGE (l:SchedulerLease {name: $lease})
       SET l.lock = $me
       WITH l
       CALL (l) {
         WITH l WHERE l.holder IS NULL OR l.holder = $me OR l.until < datetime()
         SET l.holder = $me, l.until = datetime() + duration({milliseconds: $leaseMs})
       }
       RETURN l.holder = $me AS mine`,
      { lease, me, leaseMs: LEASE_MS },
    );
    return row?.mine === true;
  };

  const tick = async (): Promise<number> => {
    if (!(await holdsLease())) return 0;
    const today = calendar.today();
    const open = await query<DueTask>(
      `MATCH (t:ImprovementTask)
       WHERE t.status IN ['OPEN', 'IN_PROGRESS'] AND t.dueDate < date($today)
         AND (t.fellDueOn IS NULL OR t.fellDueOn <> t.dueDate)
       RETURN t.id AS taskId, t.planId AS planId, t.companyId AS companyId,
              t.ownerCompanyId AS ownerCompanyId, toString(t.dueDate) AS dueDate, t.status AS status
       LIMIT 500`,
      { today },
    );
    const due = tasksFallingDue(open, today);
    const route = routeOf('TaskFellDue');
    const messages = [];
    for (const task of due) {
      const payload: TaskFellDue = {
        planId: task.planId,
        companyId: task.companyId,
        ownerCompanyId: task.ownerCompanyId,
        taskId: task.taskId,
        dueDate: task.dueDate,
      };
      const valid = validateEvent({
        id: uuidFromName(taskFellDueEventId(task.taskId, task.dueDate)),
        type: 'TaskFellDue',
        version: 1,
        occurredAt: calendar.instant(),
        actor: { via: 'system' },
        payload,
      });
      if (!valid.ok) {
        log.warn(
          { taskId: task.taskId, error: valid.error },
          'a due task does not make a valid event',
        );
        continue;
      }
      messages.push({
        key: route.key(payload as unknown as Record<string, unknown>),
        value: JSON.stringify(valid.value),
      });
    }
    if (messages.length > 0) {
      await bus.publish(route.topic, messages);
      log.info({ tasks: messages.length }, 'improvement tasks fell due');
    }
    return messages.length;
  };

  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = tick().catch((err: unknown) => log.error({ err }, 'task-due scheduler failed'));
  }, options.everyMs ?? 60_000);
  timer.unref();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
