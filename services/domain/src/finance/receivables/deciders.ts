/**
 * The receivable event types as deciders (shared/decider.ts): what the projector applies, and why it
 * refuses. The rules themselves are in receivable.ts and permissions.ts; these add what only the
 * ledger knows (ids in use, one order or invoice per receivable, the parts a settlement pays).
 */
import type {
  ReceivableConfirmedV1,
  ReceivableDisputedV1,
  ReceivableSettledV1,
  ReceivableSplitV1,
  ReceivableTransferredV1,
} from '../../events/payloads.generated';
import type { Decider } from '../../shared/decider';
import { fail, ok } from '../../shared/errors';
import { receivableOf, leavesOf, type ReceivableLedger } from './ledger';
import {
  checkReceivableRegistration,
  confirmReceivable,
  disputeReceivable,
  settleReceivable,
  splitReceivable,
  transferReceivable,
  type OrderForReceivable,
  type Payment,
  type ReceivableRegistered,
} from './receivable';

export interface ReceivableRegistrationState {
  /** The orders the run's events name, by id. */
  orders: Map<string, OrderForReceivable>;
  /** Orders that already back a receivable. */
  backed: Set<string>;
  /** `creditorId/invoiceNumber` of invoices that already back a receivable. */
  invoices: Set<string>;
  /** Receivable ids in use. */
  ids: Set<string>;
}

const invoiceKey = (r: ReceivableRegistered) => `${r.creditorId}/${r.invoiceNumber}`;

/** ReceivableRegistered: one order, one invoice, one receivable; the order's rules (receivable.ts). */
export const receivableRegisteredDecider: Decider<
  ReceivableRegistrationState,
  ReceivableRegistered
> = {
  decide(state, r) {
    if (state.ids.has(r.receivableId))
      return fail('CONFLICT', `receivable id ${r.receivableId} is already in use`);
    if (state.backed.has(r.orderId))
      return fail(
        'CONFLICT',
        'this order already backs a receivable; one order backs at most one',
        'orderId',
      );
    if (r.invoiceNumber && state.invoices.has(invoiceKey(r)))
      return fail(
        'CONFLICT',
        `invoice ${r.invoiceNumber} already backs a receivable`,
        'invoiceNumber',
      );
    const tenor = checkReceivableRegistration(r, state.orders.get(r.orderId));
    return tenor.ok ? ok(r) : tenor;
  },
  evolve(state, r) {
    state.ids.add(r.receivableId);
    state.backed.add(r.orderId);
    if (r.invoiceNumber) state.invoices.add(invoiceKey(r));
    return state;
  },
};

type Answer = ReceivableConfirmedV1 | ReceivableDisputedV1;

/** ReceivableConfirmed (确权) and ReceivableDisputed: the debtor answers a registered receivable. */
const answered = (
  rule: typeof confirmReceivable,
  status: 'CONFIRMED' | 'DISPUTED',
): Decider<ReceivableLedger, Answer> => ({
  decide(ledger, answer) {
    const entry = receivableOf(ledger, answer.rootId, answer.receivableId);
    if (!entry.ok) return entry;
    const answered = rule(entry.value, answer.debtorId);
    return answered.ok ? ok(answer) : answered;
  },
  evolve(ledger, answer) {
    ledger.receivables.get(answer.receivableId)!.status = status;
    return ledger;
  },
});

export const receivableConfirmedDecider = answered(confirmReceivable, 'CONFIRMED');
export const receivableDisputedDecider = answered(disputeReceivable, 'DISPUTED');

export interface ReceivableSplitState extends ReceivableLedger {
  /** Receivable ids in use (a part's id must be new). */
  usedIds: Set<string>;
}

/** ReceivableSplit: the holder splits a confirmed receivable into new, distinct parts summing to it. */
export const receivableSplitDecider: Decider<ReceivableSplitState, ReceivableSplitV1> = {
  decide(state, split) {
    const entry = receivableOf(state, split.rootId, split.receivableId);
    if (!entry.ok) return entry;
    const ids = split.parts.map((p) => p.receivableId);
    if (new Set(ids).size !== ids.length || ids.some((id) => state.usedIds.has(id)))
      return fail('CONFLICT', 'part ids must be new and distinct');
    const parts = splitReceivable(
      entry.value,
      split.parts.map((p) => p.amountFen),
      split.holderId,
      split.on,
    );
    return parts.ok ? ok(split) : parts;
  },
  evolve(state, split) {
    const parent = state.receivables.get(split.receivableId)!;
    parent.status = 'SPLIT';
    for (const part of split.parts) {
      state.usedIds.add(part.receivableId);
      state.receivables.set(part.receivableId, {
        ...parent,
        id: part.receivableId,
        status: 'CONFIRMED',
        amountFen: part.amountFen,
        parentId: parent.id,
        activePledgeId: null,
      });
    }
    return state;
  },
};

export interface ReceivableTransferState extends ReceivableLedger {
  /** `toId>fromId` for each recipient that supplies the holder (a declared supply link). */
  supplies: Set<string>;
}

/** ReceivableTransferred: the holder passes a confirmed, unpledged receivable to its own supplier. */
export const receivableTransferredDecider: Decider<
  ReceivableTransferState,
  ReceivableTransferredV1
> = {
  decide(state, t) {
    const entry = receivableOf(state, t.rootId, t.receivableId);
    if (!entry.ok) return entry;
    const moved = transferReceivable(
      entry.value,
      t.toId,
      t.fromId,
      t.on,
      state.supplies.has(`${t.toId}>${t.fromId}`),
    );
    return moved.ok ? ok(t) : moved;
  },
  evolve(state, t) {
    state.receivables.get(t.receivableId)!.holderId = t.toId;
    return state;
  },
};

export interface ReceivableSettlementState extends ReceivableLedger {
  /** Per settled root, who was paid what (filled by `evolve`, written by the projector). */
  payments: Map<string, Payment[]>;
}

/** Each current part of the root with the bank that financed it (a DISBURSED pledge is paid instead of the holder). */
const settlementParts = (ledger: ReceivableLedger, rootId: string) =>
  leavesOf(ledger, rootId).map((leaf) => {
    const pledge = leaf.activePledgeId ? ledger.pledges.get(leaf.activePledgeId) : undefined;
    return { ...leaf, financedBy: pledge?.status === 'DISBURSED' ? pledge.bankId : null };
  });

/** ReceivableSettled: the debtor pays a root; each part's holder, or its financing bank, is paid. */
export const receivableSettledDecider: Decider<ReceivableSettlementState, ReceivableSettledV1> = {
  decide(state, s) {
    const root = receivableOf(state, s.rootId, s.rootId);
    if (!root.ok) return root;
    const paid = settleReceivable(root.value, settlementParts(state, s.rootId), s.debtorId);
    return paid.ok ? ok(s) : paid;
  },
  evolve(state, s) {
    const paid = settleReceivable(
      state.receivables.get(s.rootId)!,
      settlementParts(state, s.rootId),
      s.debtorId,
    );
    if (paid.ok) state.payments.set(s.rootId, paid.value);
    for (const r of state.receivables.values()) {
      if (r.rootId !== s.rootId) continue;
      if (r.status !== 'SPLIT') r.status = 'SETTLED';
      r.activePledgeId = null;
    }
    state.receivables.get(s.rootId)!.status = 'SETTLED';
    return state;
  },
};
