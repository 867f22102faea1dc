/**
 * Release requests (放货申请) under an active inventory loan: the borrower asks for some pledged
 * goods to leave the warehouse (to ship an order, after a partial repayment), the bank decides,
 * and the warehouse operator lets the goods go.
 *
 *   REQUESTED ──approve (bank)──▶ APPROVED ──execute (operator)──▶ RELEASED
 *       ├──reject (bank)──▶ REJECTED
 *       └──cancel (borrower, also from APPROVED)──▶ CANCELLED
 *
 * Approval follows the release rule of 动态质押 (`checkRelease`): after the goods leave — this
 * request together with every release already approved and not yet executed — the loan must stay
 * at level NONE (value at or above the control line, LTV below the margin-call line). Execution
 * applies the release as `releaseGoods` does and checks the rule again for this release, since
 * prices or stock may have moved since approval.
 */
import { fail, ok, type Result } from '../shared/errors';
import {
  checkRelease,
  collateralValue,
  valuate,
  type LoanParties,
  type LoanTerms,
  type PledgedItem,
  type Valuation,
} from './inventory-loan';
import { formatPercent } from '../finance/rates';
import { formatYuan } from '../money/money';

export const RELEASE_STATUSES = [
  'REQUESTED',
  'APPROVED',
  'REJECTED',
  'RELEASED',
  'CANCELLED',
] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];
export const RELEASE_ACTIONS = ['approve', 'reject', 'cancel', 'execute'] as const;
export type ReleaseAction = (typeof RELEASE_ACTIONS)[number];

/** Requests that still hold goods back: open, so counted against what may be requested or approved. */
export const OPEN_RELEASE_STATUSES: readonly ReleaseStatus[] = ['REQUESTED', 'APPROVED'];

type Party = keyof Omit<LoanParties, 'status'>;

const RELEASE_MOVES: Record<
  ReleaseAction,
  { from: ReleaseStatus[]; to: ReleaseStatus; by: Party }
> = {
  approve: { from: ['REQUESTED'], to: 'APPROVED', by: 'bankId' },
  reject: { from: ['REQUESTED'], to: 'REJECTED', by: 'bankId' },
  cancel: { from: ['REQUESTED', 'APPROVED'], to: 'CANCELLED', by: 'borrowerId' },
  execute: { from: ['APPROVED'], to: 'RELEASED', by: 'operatorId' },
};

const WHO: Record<Party, string> = {
  operatorId: 'the warehouse operator',
  bankId: 'the lending bank',
  borrowerId: 'the borrower',
};

/** The party each action belongs to (the authorization module asks the same question). */
export const releaseActor = (action: ReleaseAction): Party => RELEASE_MOVES[action].by;
export const releaseStatusAfter = (action: ReleaseAction): ReleaseStatus =>
  RELEASE_MOVES[action].to;

/** The request's parties are its loan's; `status` is the request's. */
export function transitionRelease(
  request: { status: ReleaseStatus } & Omit<LoanParties, 'status'>,
  action: ReleaseAction,
  actorId: string,
): Result<ReleaseStatus> {
  const move = RELEASE_MOVES[action];
  if (request[move.by] !== actorId)
    return fail('FORBIDDEN', `only ${WHO[move.by]} can ${action} a release request`, 'id');
  if (!move.from.includes(request.status))
    return fail('CONFLICT', `a ${request.status} release request cannot ${action}`, 'id');
  return ok(move.to);
}

export interface Release {
  sku: string;
  quantity: number;
}

/** The pledged goods after these releases (quantities never below zero). */
export function afterReleases(items: PledgedItem[], releases: readonly Release[]): PledgedItem[] {
  return items.map((item) => {
    const out = releases.filter((r) => r.sku === item.sku).reduce((n, r) => n + r.quantity, 0);
    return { ...item, quantity: Math.max(0, item.quantity - out) };
  });
}

/** What the collateral is valued from now: the loan's goods, what the operator holds, the lender's prices. */
export interface Collateral {
  principalFen: number;
  terms: LoanTerms;
  items: PledgedItem[];
  /** Per SKU, the quantity the warehouse operator's receipt says it holds for the borrower. */
  held: ReadonlyMap<string, number>;
  /** Per SKU, the lender's own market price. */
  prices: ReadonlyMap<string, number>;
}

/** The loan valued now as if these goods had already left. */
export function valuationAfter(c: Collateral, releases: readonly Release[]): Result<Valuation> {
  const value = collateralValue(afterReleases(c.items, releases), c.held, c.prices);
  return value.ok ? ok(valuate(c.principalFen, value.value, c.terms)) : value;
}

/** Goods leave in positive whole quantities. */
export const checkReleaseQuantity = (quantity: number): Result<number> =>
  Number.isSafeInteger(quantity) && quantity > 0
    ? ok(quantity)
    : fail('BAD_USER_INPUT', 'release a positive whole quantity', 'quantity');

/**
 * A request names a pledged product and a positive whole quantity, no more than is under pledge
 * and not already held by the loan's other open requests.
 */
export function checkReleaseRequest(
  items: PledgedItem[],
  open: readonly Release[],
  request: Release,
): Result<true> {
  const quantity = checkReleaseQuantity(request.quantity);
  if (!quantity.ok) return quantity;
  const item = items.find((i) => i.sku === request.sku);
  if (!item) return fail('BAD_USER_INPUT', `${request.sku} is not pledged under this loan`, 'sku');
  const held = open.filter((r) => r.sku === request.sku).reduce((n, r) => n + r.quantity, 0);
  if (request.quantity > item.quantity - held)
    return fail(
      'BAD_USER_INPUT',
      held > 0
        ? `only ${item.quantity - held} of ${request.sku} can be asked for: ${item.quantity} are under pledge and ${held} are in other open requests`
        : `only ${item.quantity} of ${request.sku} are under pledge`,
      'quantity',
    );
  return ok(true);
}

const levelText = (after: Valuation, terms: LoanTerms) =>
  `${after.level}: collateral ${formatYuan(after.valueFen)}, LTV ${after.ltvBp === null ? 'unbounded' : `${formatPercent(after.ltvBp)}%`} ` +
  `(margin call at ${formatPercent(terms.marginCallLtvBp)}%, control line ${formatYuan(terms.controlLineFen)})`;

/**
 * The bank may approve only what keeps the loan safe: the release rule (`checkRelease`) applied
 * to the value after this request and every release already approved. Returns the valuation after.
 */
export function checkReleaseApproval(
  c: Collateral,
  approved: readonly Release[],
  request: Release,
): Result<Valuation> {
  const valued = valuationAfter(c, [...approved, request]);
  if (!valued.ok) return valued;
  const after = valued.value;
  const rule = checkRelease('OPERATOR', c.principalFen, after.valueFen, c.terms);
  return rule.ok
    ? ok(after)
    : fail(
        'CONFLICT',
        `releasing ${request.quantity} of ${request.sku}${approved.length > 0 ? ' with the releases already approved' : ''} would leave the loan at ${levelText(after, c.terms)}; ` +
          'approve a smaller quantity after a repayment or more goods',
        'quantity',
      );
}

/**
 * The operator executes an approved request while the release rule still holds for it (prices or
 * stock may have moved since approval) and the goods are still under pledge.
 */
export function checkReleaseExecution(c: Collateral, request: Release): Result<Valuation> {
  const item = c.items.find((i) => i.sku === request.sku);
  if (!item || item.quantity < request.quantity)
    return fail(
      'CONFLICT',
      `only ${item?.quantity ?? 0} of ${request.sku} are still under pledge, fewer than the ${request.quantity} approved`,
      'id',
    );
  const valued = valuationAfter(c, [request]);
  if (!valued.ok) return valued;
  const after = valued.value;
  const rule = checkRelease('OPERATOR', c.principalFen, after.valueFen, c.terms);
  return rule.ok
    ? ok(after)
    : fail(
        'CONFLICT',
        `the collateral has weakened since approval: releasing now would leave the loan at ${levelText(after, c.terms)}; the goods stay`,
        'id',
      );
}
