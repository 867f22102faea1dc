/**
 * ReleaseRequested and ReleaseRequestActedOn: the borrower asks for pledged goods to leave, the
 * bank approves (the release rule, with the releases already approved counted) or rejects, the
 * borrower may cancel while open, the warehouse operator executes an approved one.
 */
import type { Decider } from '../shared/decider';
import { fail, ok } from '../shared/errors';
import { activeLoan, collateralOf, loanOf, type InventoryLoans } from './loan-facts';
import {
  checkReleaseApproval,
  checkReleaseExecution,
  checkReleaseRequest,
  OPEN_RELEASE_STATUSES,
  releaseStatusAfter,
  transitionRelease,
  type ReleaseAction,
  type ReleaseStatus,
} from './release-request';

export interface ReleaseRequestFacts {
  id: string;
  loanId: string;
  borrowerId: string;
  sku: string;
  quantity: number;
  status: ReleaseStatus;
}

export interface ReleaseRequestsState {
  loans: InventoryLoans;
  /** The requests the events name, and every open request on their loans. */
  requests: Map<string, ReleaseRequestFacts>;
}

export interface ReleaseRequested {
  requestId: string;
  loanId: string;
  borrowerId: string;
  sku: string;
  quantity: number;
  reason: string;
  on: string;
}

export interface ReleaseRequestActedOn {
  requestId: string;
  loanId: string;
  borrowerId: string;
  action: ReleaseAction;
  actorCompanyId: string;
  reason?: string;
  on: string;
}

/** The loan's other requests in these statuses. */
const others = (
  state: ReleaseRequestsState,
  loanId: string,
  exceptId: string,
  statuses: readonly ReleaseStatus[],
) =>
  [...state.requests.values()].filter(
    (r) => r.loanId === loanId && r.id !== exceptId && statuses.includes(r.status),
  );

export const requestRelease: Decider<ReleaseRequestsState, ReleaseRequested> = {
  decide(state, command) {
    if (state.requests.has(command.requestId))
      return fail('CONFLICT', `release request id ${command.requestId} is already in use`);
    const found = loanOf(state.loans, command);
    if (!found.ok) return found;
    const loan = activeLoan(found.value);
    if (!loan.ok) return loan;
    const open = others(state, command.loanId, command.requestId, OPEN_RELEASE_STATUSES);
    const asked = checkReleaseRequest(loan.value.items, open, command);
    return asked.ok ? ok(command) : asked;
  },
  evolve(state, command) {
    state.requests.set(command.requestId, {
      id: command.requestId,
      loanId: command.loanId,
      borrowerId: command.borrowerId,
      sku: command.sku,
      quantity: command.quantity,
      status: 'REQUESTED',
    });
    return state;
  },
};

export const actOnReleaseRequest: Decider<ReleaseRequestsState, ReleaseRequestActedOn> = {
  decide(state, command) {
    const request = state.requests.get(command.requestId);
    const found = loanOf(state.loans, command);
    if (!request || request.loanId !== command.loanId || !found.ok)
      return fail('NOT_FOUND', `release request ${command.requestId} does not exist`, 'id');
    const loan = found.value;
    const next = transitionRelease(
      { ...loan, status: request.status },
      command.action,
      command.actorCompanyId,
    );
    if (!next.ok) return next;
    if (command.action === 'approve' || command.action === 'execute') {
      const active = activeLoan(loan);
      if (!active.ok) return active;
    }
    if (command.action === 'approve') {
      const approved = others(state, loan.id, request.id, ['APPROVED']);
      const asked = checkReleaseRequest(loan.items, approved, request);
      if (!asked.ok) return asked;
      const safe = checkReleaseApproval(collateralOf(loan), approved, request);
      if (!safe.ok) return safe;
    }
    if (command.action === 'execute') {
      const safe = checkReleaseExecution(collateralOf(loan), request);
      if (!safe.ok) return safe;
    }
    return ok(command);
  },
  evolve(state, command) {
    const request = state.requests.get(command.requestId)!;
    request.status = releaseStatusAfter(command.action);
    if (command.action === 'execute') {
      const item = state.loans.get(request.loanId)!.items.find((i) => i.sku === request.sku)!;
      item.quantity -= request.quantity;
    }
    return state;
  },
};
