/**
 * Plan and act (评估-规划-实施-优化): target scenarios and levels for a company, concrete next steps
 * proposed from what the platform sees ("小快轻准": small, quick, light, precise), tracked as tasks
 * with an owner and a due date.
 *
 * Proposals are a pure rule over the targets, the evidence facts and the latest declared levels:
 * for each target on a scenario the platform can evidence, the platform steps that would show the
 * target level and are not done yet; for any other target above both the declared and the
 * evidenced level, the questionnaire's own description of the target level; and, always last,
 * reassessment.
 */
import { fail, ok, type Result } from '../shared/errors';
import { addDays, isBefore, isIsoDate } from '../calendar/calendar';
import {
  deliversOnTime,
  evidenceFor,
  onTimeRateBp,
  percentText,
  type EvidenceFacts,
} from './evidence';
import type { EvidenceThresholds, Questionnaire } from './questionnaire';

export const TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const MAX_PLAN_TASKS = 50;
export const MAX_TASK_TITLE = 200;

export interface PlanTarget {
  scenarioId: string;
  level: number;
}

export interface PlanTask {
  taskId: string;
  title: string;
  /** The proposal it came from (e.g. STREAM_STOCK), when it did. */
  step?: string;
  scenarioId?: string;
  ownerCompanyId: string;
  /** ISO date. */
  dueDate: string;
  status: TaskStatus;
}

/** Who does a proposed step: the assessed company itself, or its chain leader. */
export type StepOwner = 'COMPANY' | 'LEADER';

export interface ProposedStep {
  step: string;
  scenarioId: string | null;
  zh: string;
  en: string;
  owner: StepOwner;
  /** Quick steps are due sooner than system integrations; reassessment last. */
  dueInDays: number;
}

const bad = (message: string, field: string) => fail('BAD_USER_INPUT', message, field);

/** Targets: at least one, each a known scenario once, at a level from 1 to maxLevel. */
export function checkTargets(
  questionnaire: Questionnaire,
  targets: readonly PlanTarget[],
): Result<PlanTarget[]> {
  const { scenarios, maxLevel } = questionnaire.operations;
  if (targets.length === 0) return bad('pick at least one target scenario and level', 'targets');
  const seen = new Set<string>();
  for (const [i, t] of targets.entries()) {
    if (!scenarios.some((s) => s.id === t.scenarioId))
      return bad(
        `unknown scenario '${t.scenarioId}'; scenarios: ${scenarios.map((s) => s.id).join(', ')}`,
        `targets[${i}].scenarioId`,
      );
    if (seen.has(t.scenarioId))
      return bad(`scenario '${t.scenarioId}' is targeted twice`, `targets[${i}].scenarioId`);
    seen.add(t.scenarioId);
    if (!Number.isInteger(t.level) || t.level < 1 || t.level > maxLevel)
      return bad(`a target level is from 1 to ${maxLevel}; got ${t.level}`, `targets[${i}].level`);
  }
  // Kept in questionnaire order, so equal plans store equal.
  return ok(
    scenarios
      .filter((s) => seen.has(s.id))
      .map((s) => ({ scenarioId: s.id, level: targets.find((t) => t.scenarioId === s.id)!.level })),
  );
}

/**
 * Tasks: 1 to 50, each with a title, a due date not in the past, an owner among `owners` (the
 * company, its leaders, the planner) and, when given, a scenario among the targets.
 */
export function checkTasks(
  tasks: readonly Omit<PlanTask, 'status'>[],
  targets: readonly PlanTarget[],
  owners: readonly string[],
  today: string,
): Result<PlanTask[]> {
  if (tasks.length === 0 || tasks.length > MAX_PLAN_TASKS)
    return bad(`a plan has 1 to ${MAX_PLAN_TASKS} tasks; got ${tasks.length}`, 'tasks');
  const out: PlanTask[] = [];
  for (const [i, task] of tasks.entries()) {
    const title = task.title.trim();
    if (title.length === 0 || title.length > MAX_TASK_TITLE)
      return bad(`a task title has 1 to ${MAX_TASK_TITLE} characters`, `tasks[${i}].title`);
    if (!isIsoDate(task.dueDate))
      return bad(
        `dueDate must be a date like 2026-12-31; got '${task.dueDate}'`,
        `tasks[${i}].dueDate`,
      );
    if (isBefore(task.dueDate, today))
      return bad(`dueDate ${task.dueDate} is in the past`, `tasks[${i}].dueDate`);
    if (!owners.includes(task.ownerCompanyId))
      return bad(
        'a task is owned by the assessed company, its chain leader or the planner',
        `tasks[${i}].ownerCompanyId`,
      );
    if (task.scenarioId !== undefined && !targets.some((t) => t.scenarioId === task.scenarioId))
      return bad(
        `task scenario '${task.scenarioId}' is not one of the plan's targets`,
        `tasks[${i}].scenarioId`,
      );
    out.push({ ...task, title, status: 'OPEN' });
  }
  return ok(out);
}

/** Task moves: OPEN → IN_PROGRESS → DONE; OPEN or IN_PROGRESS → DROPPED; reopening a dropped task. */
const MOVES: Record<TaskStatus, readonly TaskStatus[]> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'DROPPED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'DROPPED'],
  DONE: [],
  DROPPED: ['OPEN'],
};

export function moveTask(current: TaskStatus, next: TaskStatus): Result<TaskStatus> {
  if (!MOVES[current].includes(next))
    return fail(
      'CONFLICT',
      current === next
        ? `the task is already ${current}`
        : `a ${current} task cannot become ${next}${MOVES[current].length ? ` (allowed: ${MOVES[current].join(', ')})` : ''}`,
      'status',
    );
  return ok(next);
}

// ─── proposals ───────────────────────────────────────────────────────────────────────────────

interface StepRule {
  step: string;
  /** Proposed for a target on one of these scenarios at or above the level. */
  when: Record<string, number>;
  /** Already done for a target at `level` (by the questionnaire's evidence thresholds): not proposed. */
  done: (f: EvidenceFacts, level: number, t: EvidenceThresholds) => boolean;
  zh: (f: EvidenceFacts, t: EvidenceThresholds) => string;
  en: (f: EvidenceFacts, t: EvidenceThresholds) => string;
  owner: StepOwner;
  dueInDays: number;
}

const rateText = (bp: number | null) => (bp === null ? '—' : percentText(bp));

/** The catalogue, in the order steps are proposed (quick ones first). */
export const STEP_RULES: readonly StepRule[] = [
  {
    step: 'DECLARE_SUPPLIERS',
    when: { procurement: 1 },
    done: (f, level) => f.declaredSuppliers >= (level >= 4 ? 2 : 1),
    zh: () => '在平台上登记自己的上游供应商（declareSupplier），把供应网络带上链',
    en: () =>
      'Declare your own suppliers on the platform (declareSupplier): bring your supply network on',
    owner: 'COMPANY',
    dueInDays: 14,
  },
  {
    step: 'PLACE_ORDERS',
    when: { procurement: 2 },
    done: (f, _level, t) => f.ordersPlaced >= t.purchaseOrders,
    zh: (_f, t) =>
      `把采购订单放到平台上下给供应商（placeOrder），每季度至少 ${t.purchaseOrders} 张`,
    en: (_f, t) =>
      `Place your purchase orders with your suppliers on the platform (placeOrder), ${t.purchaseOrders} or more a quarter`,
    owner: 'COMPANY',
    dueInDays: 30,
  },
  {
    step: 'REPORT_STOCK',
    when: { 'warehousing-logistics': 1 },
    done: (f, _level, t) => f.stockReportDays >= t.stockReportDays,
    zh: () => '每周在平台上报告一次库存（reportStock，或上传库存 CSV）',
    en: () => 'Report your stock on the platform every week (reportStock, or upload a stock CSV)',
    owner: 'COMPANY',
    dueInDays: 14,
  },
  {
    step: 'ACT_ON_ORDERS',
    when: { collaboration: 2 },
    done: (f) => f.orderActions >= 1,
    zh: () => '在平台上确认、发货、开票客户的订单（actOnOrder），让客户实时看到进度',
    en: () =>
      "Confirm, ship and invoice your customers' orders on the platform (actOnOrder) so they see progress as it happens",
    owner: 'COMPANY',
    dueInDays: 14,
  },
  {
    step: 'SHARE_INVENTORY',
    when: { 'warehousing-logistics': 4, procurement: 4, collaboration: 4 },
    done: (f) => f.sharesInventoryWithLeader,
    zh: () => '向链主授予库存共享授权（grantConsent，范围 INVENTORY），让链主按你的库存排产',
    en: () =>
      'Grant your leader an INVENTORY consent (grantConsent) so it can plan production against your stock',
    owner: 'COMPANY',
    dueInDays: 7,
  },
  {
    step: 'REGISTER_RECEIVABLES',
    when: { finance: 1 },
    done: (f) => f.receivablesRegistered >= 1,
    zh: () => '为已交付的订单在平台上登记应收账款（registerReceivable）',
    en: () => 'Register receivables for your delivered orders on the platform (registerReceivable)',
    owner: 'COMPANY',
    dueInDays: 30,
  },
  {
    step: 'CONFIRM_RECEIVABLES',
    when: { finance: 2 },
    done: (f) => f.receivablesConfirmed >= 1,
    zh: () => '链主在平台上对供应商的应收账款确权（confirmReceivables）',
    en: () =>
      "The leader confirms (确权) the supplier's receivables on the platform (confirmReceivables)",
    owner: 'LEADER',
    dueInDays: 30,
  },
  {
    step: 'DELIVER_ON_TIME',
    when: { collaboration: 3 },
    done: (f, _level, t) => deliversOnTime(f, t),
    zh: (f, t) =>
      `按承诺交期交货并在平台上确认：至少 ${t.onTimeMinDeliveries} 单、准时率 ${percentText(t.onTimeRateBp)}（目前 ${f.deliveredOrders} 单，准时率 ${rateText(onTimeRateBp(f))}）`,
    en: (f, t) =>
      `Deliver on the promised date, recorded on the platform: ${t.onTimeMinDeliveries} or more deliveries, ${percentText(t.onTimeRateBp)} on time (now ${f.deliveredOrders}, ${rateText(onTimeRateBp(f))} on time)`,
    owner: 'COMPANY',
    dueInDays: 60,
  },
  {
    step: 'STREAM_STOCK',
    when: { 'warehousing-logistics': 3, collaboration: 4 },
    done: (f) => f.stockReportsViaIngest >= 1,
    zh: () =>
      '用 API 密钥把 WMS 的库存通过 POST /ingest 实时推送（管理员 createApiKey；CSV 可用 npm run ingest）',
    en: () =>
      'Start streaming stock from your WMS through POST /ingest (an ADMIN creates an API key; npm run ingest sends a CSV)',
    owner: 'COMPANY',
    dueInDays: 45,
  },
  {
    step: 'STREAM_ORDERS',
    when: { procurement: 3 },
    done: (f) => f.orderEventsViaIngest >= 1,
    zh: () => '从 ERP 通过 POST /ingest 推送采购订单及其状态变化',
    en: () => 'Send purchase orders and their status changes from your ERP through POST /ingest',
    owner: 'COMPANY',
    dueInDays: 60,
  },
];

export const REASSESS_STEP = 'REASSESS';
export const REACH_LEVEL_STEP = 'REACH_LEVEL';

/**
 * Next steps toward the targets. `declared` are the latest submission's levels (null: never
 * assessed); a target the company already declared at or above gets only platform steps that
 * are still missing.
 */
export function proposeSteps(
  questionnaire: Questionnaire,
  targets: readonly PlanTarget[],
  facts: EvidenceFacts,
  declared: Readonly<Record<string, number>> | null,
): ProposedStep[] {
  const thresholds = questionnaire.evidenceThresholds;
  const steps: ProposedStep[] = [];
  const covered = new Set<string>();
  for (const rule of STEP_RULES) {
    const target = targets.find(
      (t) => rule.when[t.scenarioId] !== undefined && t.level >= rule.when[t.scenarioId]!,
    );
    if (!target || rule.done(facts, target.level, thresholds)) continue;
    covered.add(target.scenarioId);
    steps.push({
      step: rule.step,
      scenarioId: target.scenarioId,
      zh: rule.zh(facts, thresholds),
      en: rule.en(facts, thresholds),
      owner: rule.owner,
      dueInDays: rule.dueInDays,
    });
  }
  // What the platform already evidences needs no step, only declaring at the reassessment.
  const evidenced = new Map(
    evidenceFor(facts, null, questionnaire).map((e) => [e.scenarioId, e.evidencedLevel]),
  );
  for (const target of targets) {
    if (covered.has(target.scenarioId)) continue;
    if ((declared?.[target.scenarioId] ?? 0) >= target.level) continue;
    if ((evidenced.get(target.scenarioId) ?? 0) >= target.level) continue;
    const scenario = questionnaire.operations.scenarios.find((s) => s.id === target.scenarioId)!;
    const text = scenario.levels[target.level - 1]!;
    steps.push({
      step: REACH_LEVEL_STEP,
      scenarioId: target.scenarioId,
      zh: `${scenario.zh}达到 ${target.level} 级：${text.zh}`,
      en: `${scenario.en} to level ${target.level}: ${text.en}`,
      owner: 'COMPANY',
      dueInDays: 60,
    });
  }
  steps.push({
    step: REASSESS_STEP,
    scenarioId: null,
    zh: '完成以上步骤后重新评估，看等级是否提升',
    en: 'Reassess once the steps are done, to see whether the levels moved',
    owner: 'COMPANY',
    dueInDays: 90,
  });
  return steps;
}

/** A proposal as a task: its owner resolved to a company, its due date from `today`. */
export function taskFromStep(
  step: ProposedStep,
  taskId: string,
  owners: { company: string; leader: string },
  today: string,
): Omit<PlanTask, 'status'> {
  return {
    taskId,
    title: step.zh,
    step: step.step,
    ...(step.scenarioId === null ? {} : { scenarioId: step.scenarioId }),
    ownerCompanyId: step.owner === 'LEADER' ? owners.leader : owners.company,
    dueDate: addDays(today, step.dueInDays),
  };
}
