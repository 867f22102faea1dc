/**
 * Pure shaping for the service-provider screens: a product's form values ⇄ the API's input, which
 * actions each side may offer on an engagement in each state, the plan tasks a product can be
 * engaged for, and a sponsorship's uptake totals.
 */
import { yuanToAmount } from './money-input';

export interface ProductFormValues {
  name: string;
  description: string;
  /** Yuan per month as typed. */
  monthlyPrice: string;
  scenarios: { scenarioId: string; targetLevel: number }[];
  industries?: string[];
  regions?: string[];
  deliveryDays: number;
  /** One per line. */
  references?: string;
}

export interface ProductLike {
  name: string;
  description: string;
  monthlyPrice: { amount: string };
  scenarios: readonly { scenarioId: string; targetLevel: number }[];
  industries: readonly string[];
  regions: readonly { code: string }[];
  deliveryDays: number;
  references: readonly string[];
}

/** The API's ServiceProductInput from the form: trimmed, yuan through fen, references one a line. */
export function productInput(v: ProductFormValues) {
  return {
    name: v.name.trim(),
    description: v.description.trim(),
    monthlyPrice: yuanToAmount(v.monthlyPrice),
    scenarios: v.scenarios.map((s) => ({ scenarioId: s.scenarioId, targetLevel: s.targetLevel })),
    industries: (v.industries ?? []).map((i) => i.trim()).filter(Boolean),
    regions: (v.regions ?? []).map((r) => r.trim()).filter(Boolean),
    deliveryDays: v.deliveryDays,
    references: (v.references ?? '')
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean),
  };
}

/** A product's current version as the form's starting values (revising it). */
export function productFormValues(p: ProductLike): ProductFormValues {
  return {
    name: p.name,
    description: p.description,
    monthlyPrice: p.monthlyPrice.amount,
    scenarios: p.scenarios.map((s) => ({ scenarioId: s.scenarioId, targetLevel: s.targetLevel })),
    industries: [...p.industries],
    regions: p.regions.map((r) => r.code),
    deliveryDays: p.deliveryDays,
    references: p.references.join('\n'),
  };
}

export type EngagementStatus = 'PROPOSED' | 'ACTIVE' | 'DELIVERED' | 'CANCELLED';
export type EngagementAction = 'ACCEPT' | 'DELIVER' | 'CANCEL';

/**
 * The buttons an engagement offers: the provider accepts a proposal and delivers an active one;
 * either side cancels before delivery (the server decides; this only hides what cannot apply).
 */
export function engagementActions(
  viewer: 'PROVIDER' | 'COMPANY',
  status: EngagementStatus,
): EngagementAction[] {
  if (status === 'DELIVERED' || status === 'CANCELLED') return [];
  if (viewer === 'COMPANY') return ['CANCEL'];
  return status === 'PROPOSED' ? ['ACCEPT', 'CANCEL'] : ['DELIVER', 'CANCEL'];
}

export interface TaskLike {
  id: string;
  title: string;
  scenarioId?: string | null;
  status: string;
  engagement?: { status: EngagementStatus } | null;
}

/**
 * The tasks of a company's plans a product can be engaged for: open or in progress, without an
 * engagement under way (a cancelled one frees the task); those of the product's scenarios first.
 */
export function engageableTasks<T extends TaskLike>(
  plans: readonly { tasks: readonly T[] }[],
  scenarioIds: readonly string[],
): T[] {
  const free = plans
    .flatMap((p) => p.tasks)
    .filter((task) => task.status === 'OPEN' || task.status === 'IN_PROGRESS')
    .filter((task) => !task.engagement || task.engagement.status === 'CANCELLED');
  const fits = (task: T) => (task.scenarioId ? scenarioIds.includes(task.scenarioId) : false);
  return [...free.filter(fits), ...free.filter((task) => !fits(task))];
}

/** A sponsorship's uptake over all tiers. */
export function uptakeTotals(
  byTier: readonly { members: number; engaged: number; delivered: number }[],
) {
  return byTier.reduce(
    (sum, t) => ({
      members: sum.members + t.members,
      engaged: sum.engaged + t.engaged,
      delivered: sum.delivered + t.delivered,
    }),
    { members: 0, engaged: 0, delivered: 0 },
  );
}

/** An average change of levels ("0.67", "-0.50", "0.00") with its sign: "+0.67", "-0.50", "0.00". */
export function signedChange(decimal: string): string {
  return /^\d*\.?\d*[1-9]/.test(decimal) ? `+${decimal}` : decimal;
}

/** The tag colour of a change: green up, red down, grey none. */
export function changeTone(decimal: string): 'green' | 'red' | 'default' {
  if (decimal.startsWith('-') && /[1-9]/.test(decimal)) return 'red';
  return /[1-9]/.test(decimal) ? 'green' : 'default';
}
