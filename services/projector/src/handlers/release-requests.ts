/**
 * Release requests (放货申请) under an inventory loan: the borrower asks, the bank approves or
 * rejects (the release rule checked with the releases already approved counted), the borrower may
 * cancel while open, and the warehouse operator executes an approved one — the goods leave the
 * pledge exactly as with GoodsReleased and the loan is revalued in the same transaction.
 */
import {
  checkReleaseApproval,
  checkReleaseExecution,
  checkReleaseRequest,
  fail,
  OPEN_RELEASE_STATUSES,
  releaseStatusAfter,
  transitionRelease,
  type Collateral,
  type EventEnvelope,
  type ReleaseAction,
  type ReleaseStatus,
  type Result,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { loadLoans, loanOf, writeReleases, type LoanFacts } from './inventory-loans';
import { rows } from './rows';

interface RequestFacts {
  id: string;
  loanId: string;
  borrowerId: string;
  sku: string;
  quantity: number;
  status: ReleaseStatus;
}

interface RunState {
  loans: Map<string, LoanFacts>;
  requests: Map<string, RequestFacts>;
}

/** The loans the events name, and every request that exists or is open on them. */
async function loadRun(
  tx: ManagedTransaction,
  loanIds: string[],
  requestIds: string[],
): Promise<RunState> {
  const loans = await loadLoans(tx, loanIds);
  const found = await rows<RequestFacts>(
    tx,
    `MATCH (r:ReleaseRequest) WHERE r.id IN $requestIds OR (r.loanId IN $loanIds AND r.status IN $open)
     RETURN r.id AS id, r.loanId AS loanId, r.borrowerId AS borrowerId, r.sku AS sku, r.quantity AS quantity, r.status AS status`,
    { requestIds, loanIds: [...loans.keys()], open: OPEN_RELEASE_STATUSES },
  );
  return { loans, requests: new Map(found.map((r) => [r.id, r])) };
}

/** The run's state for events that name a loan and a request. */
const loadEvents = (
  tx: ManagedTransaction,
  events: EventEnvelope<string, { loanId: string; requestId: string }>[],
) =>
  loadRun(
    tx,
    events.map((e) => e.payload.loanId),
    events.map((e) => e.payload.requestId),
  );

const collateralOf = (loan: LoanFacts): Collateral => ({
  principalFen: loan.principalFen,
  terms: loan.terms,
  items: loan.items,
  stock: new Map(Object.entries(loan.stock)),
  prices: new Map(Object.entries(loan.prices)),
});

/** The loan's other requests in these statuses. */
const others = (state: RunState, loanId: string, exceptId: string, statuses: ReleaseStatus[]) =>
  [...state.requests.values()].filter(
    (r) => r.loanId === loanId && r.id !== exceptId && statuses.includes(r.status),
  );

const activeLoan = (loan: LoanFacts): Result<LoanFacts> =>
  loan.status === 'ACTIVE'
    ? { ok: true, value: loan }
    : fail(
        'CONFLICT',
        `the loan is ${loan.status}; goods are under pledge only while it is ACTIVE`,
        'loanId',
      );

interface Requested {
  requestId: string;
  loanId: string;
  borrowerId: string;
  sku: string;
  quantity: number;
  reason: string;
  on: string;
}

export const releaseRequested: Handler<Requested, RunState> = {
  type: 'ReleaseRequested',
  load: loadEvents,
  decide(state, { payload }) {
    if (state.requests.has(payload.requestId))
      return fail('CONFLICT', `release request id ${payload.requestId} is already in use`);
    const found = loanOf(state.loans, payload);
    if (!found.ok) return found;
    const loan = activeLoan(found.value);
    if (!loan.ok) return loan;
    const open = others(state, payload.loanId, payload.requestId, [...OPEN_RELEASE_STATUSES]);
    return checkReleaseRequest(loan.value.items, open, payload);
  },
  evolve(state, { payload }) {
    state.requests.set(payload.requestId, {
      id: payload.requestId,
      loanId: payload.loanId,
      borrowerId: payload.borrowerId,
      sku: payload.sku,
      quantity: payload.quantity,
      status: 'REQUESTED',
    });
    return state;
  },
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (l:InventoryLoan {id: r.loanId})
       CREATE (l)-[:HAS_RELEASE_REQUEST]->(:ReleaseRequest {id: r.requestId, loanId: r.loanId, borrowerId: r.borrowerId,
         sku: r.sku, quantity: toInteger(r.quantity), reason: r.reason, status: 'REQUESTED',
         requestedOn: date(r.on), requestedAt: datetime(r.at)})`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

interface ActedOn {
  requestId: string;
  loanId: string;
  borrowerId: string;
  action: ReleaseAction;
  actorCompanyId: string;
  reason?: string;
  on: string;
}

export const releaseRequestActedOn: Handler<ActedOn, RunState> = {
  type: 'ReleaseRequestActedOn',
  load: loadEvents,
  decide(state, { payload }) {
    const request = state.requests.get(payload.requestId);
    const found = loanOf(state.loans, payload);
    if (!request || request.loanId !== payload.loanId || !found.ok)
      return fail('NOT_FOUND', `release request ${payload.requestId} does not exist`, 'id');
    const loan = found.value;
    const next = transitionRelease(
      { ...loan, status: request.status },
      payload.action,
      payload.actorCompanyId,
    );
    if (!next.ok) return next;
    if (payload.action === 'approve' || payload.action === 'execute') {
      const active = activeLoan(loan);
      if (!active.ok) return active;
    }
    if (payload.action === 'approve') {
      const asked = checkReleaseRequest(
        loan.items,
        others(state, loan.id, request.id, ['APPROVED']),
        request,
      );
      if (!asked.ok) return asked;
      return checkReleaseApproval(
        collateralOf(loan),
        others(state, loan.id, request.id, ['APPROVED']),
        request,
      );
    }
    if (payload.action === 'execute') return checkReleaseExecution(collateralOf(loan), request);
    return next;
  },
  evolve(state, { payload }) {
    const request = state.requests.get(payload.requestId)!;
    request.status = releaseStatusAfter(payload.action);
    if (payload.action === 'execute') {
      const item = state.loans.get(request.loanId)!.items.find((i) => i.sku === request.sku)!;
      item.quantity -= request.quantity;
    }
    return state;
  },
  async write(tx, accepted, state) {
    await tx.run(
      `UNWIND $rows AS r MATCH (q:ReleaseRequest {id: r.requestId})
       SET q.status = r.status, q.updatedAt = datetime(r.at),
           q.decidedAt = CASE WHEN r.action IN ['approve', 'reject'] THEN datetime(r.at) ELSE q.decidedAt END,
           q.decidedBy = CASE WHEN r.action IN ['approve', 'reject'] THEN r.actorCompanyId ELSE q.decidedBy END,
           q.decisionReason = CASE WHEN r.action IN ['approve', 'reject', 'cancel'] THEN r.reason ELSE q.decisionReason END,
           q.cancelledAt = CASE WHEN r.action = 'cancel' THEN datetime(r.at) ELSE q.cancelledAt END,
           q.releasedAt = CASE WHEN r.action = 'execute' THEN datetime(r.at) ELSE q.releasedAt END`,
      {
        rows: accepted.map((e) => ({
          ...e.payload,
          reason: e.payload.reason ?? null,
          status: releaseStatusAfter(e.payload.action),
          at: e.occurredAt,
        })),
      },
    );
    const executed = accepted.filter((e) => e.payload.action === 'execute');
    if (executed.length > 0)
      await writeReleases(
        tx,
        executed.map((e) => {
          const request = state.requests.get(e.payload.requestId)!;
          return {
            ...e,
            payload: {
              loanId: request.loanId,
              borrowerId: request.borrowerId,
              sku: request.sku,
              quantity: request.quantity,
              actorCompanyId: e.payload.actorCompanyId,
              on: e.payload.on,
              requestId: request.id,
            },
          };
        }),
      );
  },
};
