/**
 * Receivables (应收账款): a supplier's claim on its buyer for a delivered order. The debtor
 * confirms it (确权); only a confirmed receivable can be split, passed down the chain or financed.
 *
 *   REGISTERED ──confirm (debtor)──▶ CONFIRMED ──split (holder)──▶ SPLIT (its parts are CONFIRMED)
 *        │                              │  └─transfer (holder, to its own supplier): the holder changes
 *        └──dispute (debtor)──▶ DISPUTED └─settle (debtor)──▶ SETTLED
 *
 * A CONFIRMED receivable past its due date reads as OVERDUE (derived, so it needs no clock event).
 * Tenor (issue date → due date) over six months is flagged; over one year is refused (the 2025 rule
 * on payment terms of large firms towards SMEs).
 */
import { formatYuan, lineTotalFen } from '../../money/money';
import { fail, ok, type Result } from '../../shared/errors';
import { addMonths, isAfter, isBefore, oneYearAfter } from '../../calendar/calendar';
import { mayActAsDebtor, mayDisposeOfReceivable, mayRegisterReceivable } from './permissions';

export const RECEIVABLE_STATUSES = [
  'REGISTERED',
  'CONFIRMED',
  'DISPUTED',
  'SPLIT',
  'SETTLED',
] as const;
export type ReceivableStatus = (typeof RECEIVABLE_STATUSES)[number];
/** What a reader sees: the stored status, with OVERDUE for a confirmed receivable past due. */
export type ReceivableView = ReceivableStatus | 'OVERDUE';

export interface ReceivableFacts {
  id: string;
  rootId: string;
  status: ReceivableStatus;
  debtorId: string;
  holderId: string;
  amountFen: number;
  dueDate: string;
  /** A pledge that is REQUESTED, APPROVED or DISBURSED holds the receivable. */
  activePledgeId: string | null;
}

export interface ReceivableRegistered {
  receivableId: string;
  orderId: string;
  invoiceNumber?: string;
  creditorId: string;
  debtorId: string;
  amountFen: number;
  currency: string;
  issuedOn: string;
  dueDate: string;
}

/** The order a receivable arises from, as far as the rule needs it. */
export interface OrderForReceivable {
  status: string;
  buyerId: string;
  supplierId: string;
  totalFen: number;
  currency: string;
}

export const LONG_TENOR_MONTHS = 6;

export type TenorClass = 'NORMAL' | 'LONG';

/** Over six months is LONG (flagged); over a year is refused. */
export function tenorOf(issuedOn: string, dueDate: string): Result<TenorClass> {
  if (!isAfter(dueDate, issuedOn))
    return fail('BAD_USER_INPUT', 'the due date must be after the issue date', 'dueDate');
  if (isAfter(dueDate, oneYearAfter(issuedOn))) {
    return fail(
      'BAD_USER_INPUT',
      `a payment term over one year is not allowed (large firms must pay SMEs within a year under the 2025 rule); due ${dueDate}, issued ${issuedOn}`,
      'dueDate',
    );
  }
  return ok(isAfter(dueDate, addMonths(issuedOn, LONG_TENOR_MONTHS)) ? 'LONG' : 'NORMAL');
}

/** Can this order back a new receivable of this amount, registered by this creditor? */
export function checkReceivableRegistration(
  r: ReceivableRegistered,
  order: OrderForReceivable | undefined,
): Result<TenorClass> {
  if (!order) return fail('NOT_FOUND', `order ${r.orderId} does not exist`, 'orderId');
  const supplier = mayRegisterReceivable(order, r.creditorId);
  if (!supplier.ok) return supplier;
  if (order.buyerId !== r.debtorId)
    return fail('BAD_USER_INPUT', "the debtor must be the order's buyer", 'debtorId');
  if (order.status !== 'DELIVERED' && order.status !== 'INVOICED') {
    return fail(
      'BAD_USER_INPUT',
      `a receivable arises only from a delivered or invoiced order; this order is ${order.status}`,
      'orderId',
    );
  }
  if (order.currency !== r.currency)
    return fail('BAD_USER_INPUT', `the order is in ${order.currency}`, 'currency');
  if (!Number.isSafeInteger(r.amountFen) || r.amountFen <= 0)
    return fail('BAD_USER_INPUT', 'the amount must be positive', 'amount');
  if (r.amountFen > order.totalFen)
    return fail('BAD_USER_INPUT', 'the amount cannot exceed the order total', 'amount');
  return tenorOf(r.issuedOn, r.dueDate);
}

/** The status a reader sees on a given day. */
export const viewOf = (status: ReceivableStatus, dueDate: string, today: string): ReceivableView =>
  status === 'CONFIRMED' && isBefore(dueDate, today) ? 'OVERDUE' : status;

export function confirmReceivable(r: ReceivableFacts, actorId: string): Result<ReceivableFacts> {
  const debtor = mayActAsDebtor(r, actorId, 'confirm a receivable (确权)');
  if (!debtor.ok) return debtor;
  if (r.status !== 'REGISTERED')
    return fail(
      'CONFLICT',
      `this receivable is ${r.status}, not awaiting confirmation`,
      'receivableId',
    );
  return ok({ ...r, status: 'CONFIRMED' });
}

export function disputeReceivable(r: ReceivableFacts, actorId: string): Result<ReceivableFacts> {
  const debtor = mayActAsDebtor(r, actorId, 'dispute a receivable');
  if (!debtor.ok) return debtor;
  if (r.status !== 'REGISTERED')
    return fail(
      'CONFLICT',
      `this receivable is ${r.status}; only one awaiting confirmation can be disputed`,
      'receivableId',
    );
  return ok({ ...r, status: 'DISPUTED' });
}

/** Only the holder of a confirmed, unencumbered, not yet due receivable may split or pass it on. */
function checkHolderMayDispose(
  r: ReceivableFacts,
  actorId: string,
  today: string,
  what: string,
): Result<true> {
  const holder = mayDisposeOfReceivable(r, actorId, what);
  if (!holder.ok) return holder;
  if (r.status !== 'CONFIRMED') {
    const why =
      r.status === 'REGISTERED' ? 'the debtor has not confirmed it yet' : `it is ${r.status}`;
    return fail(
      'CONFLICT',
      `this receivable cannot be ${what === 'split' ? 'split' : 'transferred'}: ${why}`,
      'receivableId',
    );
  }
  if (isBefore(r.dueDate, today))
    return fail('CONFLICT', 'this receivable is overdue', 'receivableId');
  if (r.activePledgeId)
    return fail(
      'CONFLICT',
      `this receivable is held by pledge ${r.activePledgeId}; it cannot be ${what === 'split' ? 'split' : 'transferred'} until the pledge ends`,
      'receivableId',
    );
  return ok(true);
}

export const MAX_PARTS = 50;

/** Split into parts (any positive amounts summing exactly to the amount held). */
export function splitReceivable(
  r: ReceivableFacts,
  partsFen: number[],
  actorId: string,
  today: string,
): Result<number[]> {
  const may = checkHolderMayDispose(r, actorId, today, 'split');
  if (!may.ok) return may;
  if (partsFen.length < 2 || partsFen.length > MAX_PARTS)
    return fail('BAD_USER_INPUT', `a split needs between 2 and ${MAX_PARTS} parts`, 'amounts');
  if (partsFen.some((p) => !Number.isSafeInteger(p) || p <= 0))
    return fail('BAD_USER_INPUT', 'every part must be a positive amount', 'amounts');
  const sum = partsFen.reduce((a, b) => lineTotalFen(1, a + b), 0);
  if (sum !== r.amountFen)
    return fail(
      'BAD_USER_INPUT',
      `the parts add up to ${formatYuan(sum)}, but the receivable is ${formatYuan(r.amountFen)}`,
      'amounts',
    );
  return ok(partsFen);
}

/** Pass a receivable (or part) to one of the holder's own suppliers. */
export function transferReceivable(
  r: ReceivableFacts,
  toId: string,
  actorId: string,
  today: string,
  recipientSuppliesHolder: boolean,
): Result<ReceivableFacts> {
  const may = checkHolderMayDispose(r, actorId, today, 'transfer');
  if (!may.ok) return may;
  if (toId === r.holderId)
    return fail(
      'BAD_USER_INPUT',
      'a receivable cannot be transferred to its holder',
      'toCompanyId',
    );
  if (toId === r.debtorId)
    return fail(
      'BAD_USER_INPUT',
      'a receivable cannot be transferred to its debtor',
      'toCompanyId',
    );
  if (!recipientSuppliesHolder)
    return fail(
      'FORBIDDEN',
      'a receivable can be passed only to one of your own suppliers (a declared supply link)',
      'toCompanyId',
    );
  return ok({ ...r, holderId: toId });
}

/** Who is paid what when the debtor settles a root: each current part's holder, or the bank that financed it. */
export interface Payment {
  receivableId: string;
  payeeId: string;
  amountFen: number;
  /** The pledge repaid by this payment, when a bank financed the part. */
  pledgeId: string | null;
}

export interface SettlementPart extends ReceivableFacts {
  /** The bank of a DISBURSED pledge on this part (it is paid instead of the holder). */
  financedBy: string | null;
}

export function settleReceivable(
  root: ReceivableFacts,
  leaves: SettlementPart[],
  actorId: string,
): Result<Payment[]> {
  const debtor = mayActAsDebtor(root, actorId, 'settle a receivable');
  if (!debtor.ok) return debtor;
  if (root.id !== root.rootId)
    return fail(
      'BAD_USER_INPUT',
      'settle the original receivable; its parts are paid with it',
      'receivableId',
    );
  if (root.status === 'SETTLED')
    return fail('CONFLICT', 'this receivable is already settled', 'receivableId');
  if (root.status !== 'CONFIRMED' && root.status !== 'SPLIT')
    return fail(
      'CONFLICT',
      `only a confirmed receivable can be settled; this one is ${root.status}`,
      'receivableId',
    );
  const total = leaves.reduce((sum, l) => sum + l.amountFen, 0);
  if (total !== root.amountFen)
    throw new Error(`parts of ${root.id} add up to ${total}, not ${root.amountFen}`);
  return ok(
    leaves.map((l) => ({
      receivableId: l.id,
      payeeId: l.financedBy ?? l.holderId,
      amountFen: l.amountFen,
      pledgeId: l.financedBy ? l.activePledgeId : null,
    })),
  );
}
