/**
 * Release requests (放货申请) under an inventory loan (rules: `requestRelease` and
 * `actOnReleaseRequest` in `@chainlift/domain`): the borrower asks, the bank approves or rejects,
 * the borrower may cancel while open, and the warehouse operator executes an approved one — the
 * goods leave the pledge exactly as with GoodsReleased and the loan is revalued in the same
 * transaction. Load and write only.
 */
import {
  actOnReleaseRequest,
  OPEN_RELEASE_STATUSES,
  releaseStatusAfter,
  requestRelease,
  type EventEnvelope,
  type ReleaseRequestActedOn,
  type ReleaseRequested,
  type ReleaseRequestFacts,
  type ReleaseRequestsState,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { loadLoans, writeReleases } from './inventory-loans';
import { rows } from './rows';

/** The loans the events name, and every request that exists or is open on them. */
async function loadRun(
  tx: ManagedTransaction,
  events: EventEnvelope<string, { loanId: string; requestId: string }>[],
): Promise<ReleaseRequestsState> {
  const loans = await loadLoans(
    tx,
    events.map((e) => e.payload.loanId),
  );
  const found = await rows<ReleaseRequestFacts>(
    tx,
    `MATCH (r:ReleaseRequest) WHERE r.id IN $requestIds OR (r.loanId IN $loanIds AND r.status IN $open)
     RETURN r.id AS id, r.loanId AS loanId, r.borrowerId AS borrowerId, r.sku AS sku, r.quantity AS quantity, r.status AS status`,
    {
      requestIds: events.map((e) => e.payload.requestId),
      loanIds: [...loans.keys()],
      open: OPEN_RELEASE_STATUSES,
    },
  );
  return { loans, requests: new Map(found.map((r) => [r.id, r])) };
}

export const releaseRequested: Handler<ReleaseRequested, ReleaseRequestsState> = {
  type: 'ReleaseRequested',
  load: loadRun,
  decide: (state, { payload }) => requestRelease.decide(state, payload),
  evolve: (state, { payload }) => requestRelease.evolve(state, payload),
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

export const releaseRequestActedOn: Handler<ReleaseRequestActedOn, ReleaseRequestsState> = {
  type: 'ReleaseRequestActedOn',
  load: loadRun,
  decide: (state, { payload }) => actOnReleaseRequest.decide(state, payload),
  evolve: (state, { payload }) => actOnReleaseRequest.evolve(state, payload),
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
