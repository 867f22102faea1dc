/**
 * Inventory financing (存货融资): an SME pledges goods it keeps at a warehouse run by a
 * third-party operator (监管方). The operator confirms the goods; the bank approves and
 * disburses a principal of at most collateral value × pledge rate (质押率).
 *
 *   REQUESTED ──confirm (operator)──▶ GOODS_CONFIRMED ──approve (bank)──▶ ACTIVE ──repay (bank)──▶ REPAID
 *       └───────────── reject (bank) / withdraw (borrower, before ACTIVE) ──────────▶ CLOSED
 *
 * Collateral is valued live: per pledged product, min(pledged quantity, quantity the warehouse
 * operator's receipt says it holds for the borrower) × min(the lender's market price, unit cost). Goods may move in and out (动态质押) while the value
 * stays above the control line; the loan's risk level follows from the value:
 *   BELOW_CONTROL_LINE: value under the control line (最低控货线)
 *   MARGIN_CALL (补仓): loan-to-value at or above the margin-call threshold
 *   LIQUIDATION (平仓): loan-to-value at or above the liquidation threshold
 */
import { fail, ok, type Result } from '../shared/errors';
import { applyRateFen, BP, mulDivHalfUp } from '../finance/rates';
import { formatYuan } from '../money/money';

export interface PledgedItem {
  sku: string;
  /** Quantity under pledge. */
  quantity: number;
  /** Unit cost in fen (the collateral is valued at the lower of cost and market). */
  unitCostFen: number;
}

export interface LoanTerms {
  /** 质押率 at origination: principal ≤ value × pledge rate (bp). */
  pledgeRateBp: number;
  /** Minimum collateral value (fen): goods may leave only while the value stays at or above it. */
  controlLineFen: number;
  /** LTV (bp) at which the borrower must top up (补仓). */
  marginCallLtvBp: number;
  /** LTV (bp) at which the bank may sell the goods (平仓). */
  liquidationLtvBp: number;
}

/** Typical figures: 70 % pledge rate; a ~10 % fall in value from origination triggers 补仓. */
export const LOAN_DEFAULTS = {
  pledgeRateBp: 7000,
  marginCallLtvBp: 7800,
  liquidationLtvBp: 8500,
} as const;

export const ALERT_LEVELS = ['NONE', 'BELOW_CONTROL_LINE', 'MARGIN_CALL', 'LIQUIDATION'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

export interface Valuation {
  valueFen: number;
  /** principal / value in bp; null when the value is zero. */
  ltvBp: number | null;
  level: AlertLevel;
}

/**
 * The most goods one loan may pledge, valued at cost (Σ quantity × unit cost): ¥10 trillion. The
 * collateral value never exceeds it (quantities only fall, prices count only below cost), so every
 * valuation of an accepted loan stays an exact integer.
 */
export const MAX_PLEDGED_COST_FEN = 1_000_000_000_000_000;

/**
 * The value of the pledged goods now: min(pledged, held at the warehouse) × min(market, cost) per
 * product. `held` is what the warehouse operator's receipts say it holds for the borrower, never
 * the borrower's own stock reports. A value beyond the exact integer range is a coded refusal.
 */
export function collateralValue(
  items: readonly PledgedItem[],
  held: ReadonlyMap<string, number>,
  prices: ReadonlyMap<string, number>,
): Result<number> {
  let total = 0n;
  for (const item of items) {
    const quantity = Math.max(0, Math.min(item.quantity, held.get(item.sku) ?? 0));
    const market = prices.get(item.sku);
    const unit = market === undefined ? item.unitCostFen : Math.min(market, item.unitCostFen);
    total += BigInt(quantity) * BigInt(unit);
  }
  return total <= BigInt(Number.MAX_SAFE_INTEGER)
    ? ok(Number(total))
    : fail(
        'BAD_USER_INPUT',
        'the pledged goods are worth more than the platform values exactly; pledge fewer goods per loan',
        'goods',
      );
}

export function valuate(principalFen: number, valueFen: number, terms: LoanTerms): Valuation {
  const ltvBp = valueFen === 0 ? null : mulDivHalfUp(principalFen, BP, valueFen);
  const level: AlertLevel =
    ltvBp === null || ltvBp >= terms.liquidationLtvBp
      ? 'LIQUIDATION'
      : ltvBp >= terms.marginCallLtvBp
        ? 'MARGIN_CALL'
        : valueFen < terms.controlLineFen
          ? 'BELOW_CONTROL_LINE'
          : 'NONE';
  return { valueFen, ltvBp, level };
}

/** Alerts are raised when a loan enters a worse level (a later recovery clears the level, no alert). */
export const SEVERITY: Record<AlertLevel, number> = {
  NONE: 0,
  BELOW_CONTROL_LINE: 1,
  MARGIN_CALL: 2,
  LIQUIDATION: 3,
};
export const raisesAlert = (before: AlertLevel, after: AlertLevel): boolean =>
  SEVERITY[after] > SEVERITY[before];

export function checkLoanRequest(items: PledgedItem[], principalFen: number): Result<true> {
  if (items.length === 0 || items.length > 200)
    return fail('BAD_USER_INPUT', 'pledge between 1 and 200 products', 'items');
  const skus = new Set(items.map((i) => i.sku));
  if (skus.size !== items.length) return fail('BAD_USER_INPUT', 'list each product once', 'items');
  let costFen = 0n;
  for (const [n, i] of items.entries()) {
    if (!Number.isSafeInteger(i.quantity) || i.quantity <= 0)
      return fail(
        'BAD_USER_INPUT',
        `items[${n}].quantity must be a positive whole number`,
        `items[${n}].quantity`,
      );
    if (!Number.isSafeInteger(i.unitCostFen) || i.unitCostFen <= 0)
      return fail(
        'BAD_USER_INPUT',
        `items[${n}].unitCost must be positive`,
        `items[${n}].unitCost`,
      );
    costFen += BigInt(i.quantity) * BigInt(i.unitCostFen);
  }
  if (costFen > BigInt(MAX_PLEDGED_COST_FEN))
    return fail(
      'BAD_USER_INPUT',
      `the pledged goods cost more than ${MAX_PLEDGED_COST_FEN / 100} yuan (quantity × unit cost); split the financing into several loans`,
      'items',
    );
  if (!Number.isSafeInteger(principalFen) || principalFen <= 0)
    return fail('BAD_USER_INPUT', 'the principal must be positive', 'principal');
  return ok(true);
}

export function checkTerms(t: LoanTerms): Result<LoanTerms> {
  if (t.pledgeRateBp <= 0 || t.pledgeRateBp > 9000)
    return fail('BAD_USER_INPUT', 'the pledge rate must be above 0 and at most 90%', 'pledgeRate');
  if (!(
    t.pledgeRateBp < t.marginCallLtvBp &&
    t.marginCallLtvBp < t.liquidationLtvBp &&
    t.liquidationLtvBp <= BP
  ))
    return fail(
      'BAD_USER_INPUT',
      'thresholds must rise: pledge rate < margin-call LTV < liquidation LTV ≤ 100%',
      'marginCallLtv',
    );
  if (!Number.isSafeInteger(t.controlLineFen) || t.controlLineFen < 0)
    return fail('BAD_USER_INPUT', 'the control line must be a non-negative amount', 'controlLine');
  return ok(t);
}

/** At origination the principal may be at most value × pledge rate. */
export function checkPrincipal(
  principalFen: number,
  valueFen: number,
  pledgeRateBp: number,
): Result<true> {
  const limit = applyRateFen(valueFen, pledgeRateBp);
  return principalFen <= limit
    ? ok(true)
    : fail(
        'BAD_USER_INPUT',
        `the principal exceeds the collateral value × pledge rate (at most ${formatYuan(limit)} against goods worth ${formatYuan(valueFen)})`,
        'principal',
      );
}

export const LOAN_STATUSES = [
  'REQUESTED',
  'GOODS_CONFIRMED',
  'ACTIVE',
  'REPAID',
  'CLOSED',
] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];
export const LOAN_ACTIONS = ['confirmGoods', 'approve', 'reject', 'withdraw', 'repay'] as const;
export type LoanAction = (typeof LOAN_ACTIONS)[number];

export interface LoanParties {
  status: LoanStatus;
  borrowerId: string;
  bankId: string;
  operatorId: string;
}

const LOAN_MOVES: Record<
  LoanAction,
  { from: LoanStatus[]; to: LoanStatus; by: keyof Omit<LoanParties, 'status'> }
> = {
  confirmGoods: { from: ['REQUESTED'], to: 'GOODS_CONFIRMED', by: 'operatorId' },
  approve: { from: ['GOODS_CONFIRMED'], to: 'ACTIVE', by: 'bankId' },
  reject: { from: ['REQUESTED', 'GOODS_CONFIRMED'], to: 'CLOSED', by: 'bankId' },
  withdraw: { from: ['REQUESTED', 'GOODS_CONFIRMED'], to: 'CLOSED', by: 'borrowerId' },
  repay: { from: ['ACTIVE'], to: 'REPAID', by: 'bankId' },
};

const WHO: Record<keyof Omit<LoanParties, 'status'>, string> = {
  operatorId: 'the warehouse operator',
  bankId: 'the lending bank',
  borrowerId: 'the borrower',
};

export function transitionLoan(
  loan: LoanParties,
  action: LoanAction,
  actorId: string,
): Result<LoanStatus> {
  const move = LOAN_MOVES[action];
  if (loan[move.by] !== actorId)
    return fail('FORBIDDEN', `only ${WHO[move.by]} can ${action} this loan`, 'loanId');
  if (!move.from.includes(loan.status))
    return fail('CONFLICT', `a ${loan.status} loan cannot ${action}`, 'loanId');
  return ok(move.to);
}

export const loanStatusAfter = (action: LoanAction): LoanStatus => LOAN_MOVES[action].to;

/**
 * Goods leave a pledged warehouse only as the bank allows: the bank may release any quantity;
 * the operator may let goods go (动态质押) only while the value afterwards stays at or above the
 * control line and below the margin-call LTV.
 */
export function checkRelease(
  actor: 'BANK' | 'OPERATOR',
  principalFen: number,
  valueAfterFen: number,
  terms: LoanTerms,
): Result<true> {
  if (actor === 'BANK') return ok(true);
  const after = valuate(principalFen, valueAfterFen, terms);
  return after.level === 'NONE'
    ? ok(true)
    : fail(
        'FORBIDDEN',
        `releasing these goods would leave the loan at ${after.level} (value ${formatYuan(valueAfterFen)}); the bank must approve the release`,
        'quantity',
      );
}
