/**
 * Receivable pledges (应收账款质押): a bank's financing product, the eligibility rules, the offer,
 * and the pledge's lifecycle.
 *
 *   REQUESTED ──approve (bank)──▶ APPROVED ──disburse (bank)──▶ DISBURSED ──repay (bank / settlement)──▶ REPAID
 *      │  └──reject (bank)──▶ REJECTED          │                     │
 *      └──release (bank or holder)──▶ RELEASED ◀┘                     └──release (bank)──▶ RELEASED
 *
 * REQUESTED, APPROVED and DISBURSED are active: a receivable (or part) carries at most one active
 * pledge. A pledge exists only on the holder's application (`mayApplyForFinancing`): it starts REQUESTED.
 */
import { fail, ok, type Result } from '../../shared/errors';
import { daysBetween, isAfter, isBefore, oneYearAfter } from '../../calendar/calendar';
import { applyRateFen, interestFen } from '../rates';
import type { ReceivableFacts } from '../receivables/receivable';

export interface FinanceProduct {
  productId: string;
  bankId: string;
  name: string;
  /** Share of the outstanding amount the bank advances, in bp (8000 = 80 %). */
  advanceRateBp: number;
  /** Annual discount interest rate in bp, deducted up front (actual/360). */
  annualRateBp: number;
  /** The receivable must have at least this many days left to run. */
  minRemainingDays: number;
  /** Receivables issued longer ago than this are not financed (aged). */
  maxAgeDays: number;
  minAmountFen: number;
  maxAmountFen: number;
  /** Debtors this bank will not lend against. */
  blockedDebtorIds: string[];
}

/** Typical figures (../shared/notes/finance-rules.md): a pool product caps the advance at 80 %. */
export const PRODUCT_DEFAULTS = {
  advanceRateBp: 8000,
  annualRateBp: 435,
  minRemainingDays: 15,
  maxAgeDays: 90,
  minAmountFen: 10_000_00,
  maxAmountFen: 50_000_000_00,
} as const;

export const MAX_ADVANCE_RATE_BP = 9000;

export function checkProduct(p: FinanceProduct): Result<FinanceProduct> {
  if (!p.name.trim()) return fail('BAD_USER_INPUT', 'give the product a name', 'name');
  if (p.advanceRateBp <= 0 || p.advanceRateBp > MAX_ADVANCE_RATE_BP)
    return fail(
      'BAD_USER_INPUT',
      'the advance rate must be above 0 and at most 90%',
      'advanceRate',
    );
  if (p.annualRateBp < 0 || p.annualRateBp > 3600)
    return fail('BAD_USER_INPUT', 'the annual rate must be between 0 and 36%', 'annualRate');
  if (!Number.isInteger(p.minRemainingDays) || p.minRemainingDays < 0)
    return fail(
      'BAD_USER_INPUT',
      'minRemainingDays must be a whole number of days ≥ 0',
      'minRemainingDays',
    );
  if (!Number.isInteger(p.maxAgeDays) || p.maxAgeDays <= 0)
    return fail('BAD_USER_INPUT', 'maxAgeDays must be a whole number of days > 0', 'maxAgeDays');
  if (p.minAmountFen > p.maxAmountFen)
    return fail('BAD_USER_INPUT', 'the minimum amount is above the maximum', 'minAmount');
  return ok(p);
}

export interface EligibilityInput {
  receivable: ReceivableFacts & { issuedOn: string; currency: string };
  product: FinanceProduct;
  loanEndDate: string;
  today: string;
}

/** The eligibility rules of the receivable pool, each a code a client can translate. */
export const INELIGIBILITY_RULES = [
  'NOT_CONFIRMED',
  'OVERDUE',
  'TOO_SHORT',
  'MATURES_AFTER_LOAN',
  'ENCUMBERED',
  'AGED',
  'DEBTOR_BLOCKED',
  'BELOW_MINIMUM',
  'ABOVE_MAXIMUM',
  'CURRENCY',
] as const;
export type IneligibilityRule = (typeof INELIGIBILITY_RULES)[number];

/** Why a receivable cannot back this loan: every unmet rule, each with its own code. */
export interface Ineligibility {
  rule: IneligibilityRule;
  message: string;
}

export function ineligibilities({
  receivable: r,
  product: p,
  loanEndDate,
  today,
}: EligibilityInput): Ineligibility[] {
  const out: Ineligibility[] = [];
  const add = (rule: Ineligibility['rule'], message: string) => out.push({ rule, message });
  if (r.status !== 'CONFIRMED')
    add(
      'NOT_CONFIRMED',
      r.status === 'REGISTERED'
        ? 'the debtor has not confirmed it (确权) yet'
        : `it is ${r.status}`,
    );
  else if (isBefore(r.dueDate, today)) add('OVERDUE', `it was due on ${r.dueDate}`);
  const remaining = daysBetween(today, r.dueDate);
  if (!isBefore(r.dueDate, today) && remaining < p.minRemainingDays)
    add(
      'TOO_SHORT',
      `${remaining} days left to run; this product needs at least ${p.minRemainingDays}`,
    );
  if (r.dueDate > loanEndDate)
    add('MATURES_AFTER_LOAN', `it is due ${r.dueDate}, after the loan ends on ${loanEndDate}`);
  if (r.activePledgeId) add('ENCUMBERED', `it is already pledged (${r.activePledgeId})`);
  if (daysBetween(r.issuedOn, today) > p.maxAgeDays)
    add('AGED', `issued on ${r.issuedOn}, more than ${p.maxAgeDays} days ago`);
  if (p.blockedDebtorIds.includes(r.debtorId))
    add('DEBTOR_BLOCKED', 'the bank does not lend against this debtor');
  if (r.amountFen < p.minAmountFen) add('BELOW_MINIMUM', 'the amount is below the product minimum');
  if (r.amountFen > p.maxAmountFen) add('ABOVE_MAXIMUM', 'the amount is above the product maximum');
  if (r.currency !== 'CNY')
    add('CURRENCY', `the product lends in CNY; the receivable is in ${r.currency}`);
  return out;
}

export interface Offer {
  /** outstanding × advance rate. */
  advanceFen: number;
  /** Discount interest on the advance, actual/360, from disbursement to the loan's end. */
  interestFen: number;
  /** What the borrower receives: advance − interest. */
  netFen: number;
  days: number;
}

export function offerFor(
  outstandingFen: number,
  product: FinanceProduct,
  disburseOn: string,
  loanEndDate: string,
): Offer {
  const advanceFen = applyRateFen(outstandingFen, product.advanceRateBp);
  const days = Math.max(0, daysBetween(disburseOn, loanEndDate));
  const interest = interestFen(advanceFen, product.annualRateBp, days);
  return { advanceFen, interestFen: interest, netFen: advanceFen - interest, days };
}

/** The loan end must follow the disbursement and stay within a year (twelve calendar months, as for receivables). */
export function checkLoanEnd(loanEndDate: string, today: string): Result<string> {
  if (!isAfter(loanEndDate, today))
    return fail('BAD_USER_INPUT', 'the loan must end after today', 'loanEndDate');
  if (isAfter(loanEndDate, oneYearAfter(today)))
    return fail(
      'BAD_USER_INPUT',
      `the loan may run at most one year: to ${oneYearAfter(today)}`,
      'loanEndDate',
    );
  return ok(loanEndDate);
}

export const PLEDGE_STATUSES = [
  'REQUESTED',
  'APPROVED',
  'DISBURSED',
  'REPAID',
  'RELEASED',
  'REJECTED',
] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];
export const ACTIVE_PLEDGE: readonly PledgeStatus[] = ['REQUESTED', 'APPROVED', 'DISBURSED'];

export const PLEDGE_ACTIONS = ['approve', 'reject', 'disburse', 'repay', 'release'] as const;
export type PledgeAction = (typeof PLEDGE_ACTIONS)[number];

const MOVES: Record<
  PledgeAction,
  { from: PledgeStatus[]; to: PledgeStatus; by: 'bank' | 'bank-or-holder' }
> = {
  approve: { from: ['REQUESTED'], to: 'APPROVED', by: 'bank' },
  reject: { from: ['REQUESTED'], to: 'REJECTED', by: 'bank' },
  disburse: { from: ['APPROVED'], to: 'DISBURSED', by: 'bank' },
  repay: { from: ['DISBURSED'], to: 'REPAID', by: 'bank' },
  release: { from: ['REQUESTED', 'APPROVED', 'DISBURSED'], to: 'RELEASED', by: 'bank-or-holder' },
};

/** The status an accepted action leads to. */
export const pledgeStatusAfter = (action: PledgeAction): PledgeStatus => MOVES[action].to;

const PAST: Record<PledgeAction, string> = {
  approve: 'approved',
  reject: 'rejected',
  disburse: 'disbursed',
  repay: 'repaid',
  release: 'released',
};

export interface PledgeFacts {
  id: string;
  status: PledgeStatus;
  bankId: string;
  holderId: string;
}

export function transitionPledge(
  p: PledgeFacts,
  action: PledgeAction,
  actorId: string,
): Result<PledgeStatus> {
  const move = MOVES[action];
  const isBank = actorId === p.bankId;
  // The holder may withdraw a request before money moves; after disbursement only the bank releases.
  const holderMay =
    move.by === 'bank-or-holder' && actorId === p.holderId && p.status !== 'DISBURSED';
  if (!isBank && !holderMay) {
    return fail(
      'FORBIDDEN',
      action === 'release'
        ? 'only the bank, or the holder before disbursement, can release a pledge'
        : `only the lending bank can ${action} a pledge`,
      'pledgeId',
    );
  }
  if (!move.from.includes(p.status))
    return fail('CONFLICT', `a ${p.status} pledge cannot be ${PAST[action]}`, 'pledgeId');
  return ok(move.to);
}

/** 登记编号: ZY + the registration date + the first 8 hex digits of the pledge id (stable under replay). */
export const registerNumberOf = (pledgeId: string, registeredOn: string): string =>
  `ZY${registeredOn.replaceAll('-', '')}-${pledgeId.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
