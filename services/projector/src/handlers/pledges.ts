/**
 * Pledges of receivables at a bank, and the bank products they are priced by (rules: `@chainlift/domain`
 * finance/pledges). Load and write only.
 */
import {
  financeProductDefinedDecider,
  offerFor,
  orThrow,
  pledgeActedOnDecider,
  pledgeRegistrationRecordedDecider,
  pledgeRequestedDecider,
  registrationOfEvent,
  pledgeStatusAfter,
  registerNumberOf,
  type FinanceProduct,
  type FinanceProductState,
  type PledgeActedOnV1,
  type PledgeRegistrationRecordedV1,
  type PledgeRequestState,
  type PledgeRequestedV1,
  type ReceivableLedger,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { companyKinds } from './kinds';
import { loadLedger } from './ledger';
import { rows } from './rows';

async function loadProducts(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, FinanceProduct>> {
  const found = await rows<FinanceProduct>(
    tx,
    `UNWIND $ids AS id MATCH (p:FinanceProduct {id: id})
     RETURN p.id AS productId, p.bankId AS bankId, p.name AS name, p.advanceRateBp AS advanceRateBp,
            p.annualRateBp AS annualRateBp, p.minRemainingDays AS minRemainingDays, p.maxAgeDays AS maxAgeDays,
            p.minAmountFen AS minAmountFen, p.maxAmountFen AS maxAmountFen, p.blockedDebtorIds AS blockedDebtorIds`,
    { ids: [...new Set(ids)] },
  );
  return new Map(found.map((p) => [p.productId, p]));
}

export const financeProductDefined: Handler<FinanceProduct, FinanceProductState> = {
  type: 'FinanceProductDefined',
  async load(tx, events) {
    const kinds = await companyKinds(
      tx,
      events.map((e) => e.payload.bankId),
    );
    const products = await loadProducts(
      tx,
      events.map((e) => e.payload.productId),
    );
    return {
      kinds,
      owners: new Map([...products.values()].map((p) => [p.productId, p.bankId])),
    };
  },
  decide: (state, { payload }) => financeProductDefinedDecider.decide(state, payload),
  evolve: (state, { payload }) => financeProductDefinedDecider.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (b:Company {id: r.bankId})
       MERGE (p:FinanceProduct {id: r.productId})
       SET p.bankId = r.bankId, p.name = r.name, p.advanceRateBp = toInteger(r.advanceRateBp),
           p.annualRateBp = toInteger(r.annualRateBp), p.minRemainingDays = toInteger(r.minRemainingDays),
           p.maxAgeDays = toInteger(r.maxAgeDays), p.minAmountFen = toInteger(r.minAmountFen),
           p.maxAmountFen = toInteger(r.maxAmountFen), p.blockedDebtorIds = r.blockedDebtorIds, p.updatedAt = datetime(r.at)
       MERGE (b)-[:OFFERS]->(p)`,
      { rows: accepted.map((e) => ({ ...e.payload, at: e.occurredAt })) },
    );
  },
};

export const pledgeRequested: Handler<PledgeRequestedV1, PledgeRequestState> = {
  type: 'PledgeRequested',
  async load(tx, events) {
    const ledger = await loadLedger(
      tx,
      events.map((e) => e.payload.rootId),
    );
    const products = await loadProducts(
      tx,
      events.map((e) => e.payload.productId),
    );
    const used = await rows<{ id: string }>(
      tx,
      'UNWIND $ids AS id MATCH (p:Pledge {id: id}) RETURN p.id AS id',
      {
        ids: events.map((e) => e.payload.pledgeId),
      },
    );
    return { ...ledger, products, usedIds: new Set(used.map((u) => u.id)) };
  },
  decide: (state, { payload }) => pledgeRequestedDecider.decide(state, payload),
  evolve: (state, { payload }) => pledgeRequestedDecider.evolve(state, payload),
  async write(tx, accepted, state) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (rec:Receivable {id: r.receivableId}) MATCH (bank:Company {id: r.bankId})
       CREATE (:PledgeClaim {receivableId: r.receivableId, pledgeId: r.pledgeId})
       CREATE (bank)-[:LENDS]->(p:Pledge {id: r.pledgeId, registerNumber: r.registerNumber, rootId: r.rootId,
         receivableId: r.receivableId, bankId: r.bankId, productId: r.productId, holderId: rec.holderId,
         debtorId: rec.debtorId, requestedBy: r.requestedBy, status: 'REQUESTED', loanEndDate: date(r.loanEndDate),
         requestedOn: date(r.on), outstandingFen: rec.amountFen, currency: rec.currency,
         advanceFen: toInteger(r.offer.advanceFen), interestFen: toInteger(r.offer.interestFen),
         netFen: toInteger(r.offer.netFen), interestDays: toInteger(r.offer.days),
         registeredAt: datetime(r.at)})-[:SECURED_BY]->(rec)
       SET rec.activePledgeId = r.pledgeId`,
      {
        rows: accepted.map(({ payload, occurredAt }) => {
          const product = state.products.get(payload.productId)!;
          const amount = state.receivables.get(payload.receivableId)!.amountFen;
          return {
            ...payload,
            registerNumber: registerNumberOf(payload.pledgeId, payload.on),
            offer: offerFor(amount, product, payload.on, payload.loanEndDate),
            at: occurredAt,
          };
        }),
      },
    );
  },
};

export const pledgeActedOn: Handler<
  PledgeActedOnV1,
  ReceivableLedger & { products: Map<string, FinanceProduct> }
> = {
  type: 'PledgeActedOn',
  async load(tx, events) {
    const ledger = await loadLedger(
      tx,
      events.map((e) => e.payload.rootId),
    );
    const products = await loadProducts(
      tx,
      [...ledger.pledges.values()].map((p) => p.productId),
    );
    return { ...ledger, products };
  },
  decide: (state, { payload }) => pledgeActedOnDecider.decide(state, payload),
  evolve(state, { payload }) {
    pledgeActedOnDecider.evolve(state, payload); // in place: the products stay beside the ledger
    return state;
  },
  async write(tx, accepted, state) {
    // In order: one pledge may move twice in a batch (approve, then disburse).
    for (const { payload, occurredAt } of accepted) {
      const pledge = state.pledges.get(payload.pledgeId)!;
      const receivable = state.receivables.get(pledge.receivableId)!;
      const to = pledgeStatusAfter(payload.action);
      const offer =
        payload.action === 'disburse'
          ? offerFor(
              receivable.amountFen,
              state.products.get(pledge.productId)!,
              payload.on,
              pledge.loanEndDate,
            )
          : null;
      await tx.run(
        `MATCH (p:Pledge {id: $pledgeId})
         SET p.status = $to, p.updatedAt = datetime($at),
             p.approvedOn = CASE WHEN $action = 'approve' THEN date($on) ELSE p.approvedOn END,
             p.disbursedOn = CASE WHEN $action = 'disburse' THEN date($on) ELSE p.disbursedOn END,
             p.closedOn = CASE WHEN $to IN ['REPAID', 'RELEASED', 'REJECTED'] THEN date($on) ELSE p.closedOn END,
             p.closedBy = CASE WHEN $to IN ['REPAID', 'RELEASED', 'REJECTED'] THEN $actor ELSE p.closedBy END,
             p.reason = coalesce($reason, p.reason),
             p.advanceFen = CASE WHEN $offer IS NULL THEN p.advanceFen ELSE toInteger($offer.advanceFen) END,
             p.interestFen = CASE WHEN $offer IS NULL THEN p.interestFen ELSE toInteger($offer.interestFen) END,
             p.netFen = CASE WHEN $offer IS NULL THEN p.netFen ELSE toInteger($offer.netFen) END,
             p.interestDays = CASE WHEN $offer IS NULL THEN p.interestDays ELSE toInteger($offer.days) END
         WITH p
         OPTIONAL MATCH (claim:PledgeClaim {pledgeId: p.id})
         WITH p, claim WHERE $to IN ['REPAID', 'RELEASED', 'REJECTED']
         DELETE claim
         WITH p MATCH (rec:Receivable {id: p.receivableId}) SET rec.activePledgeId = null`,
        {
          pledgeId: payload.pledgeId,
          to,
          action: payload.action,
          on: payload.on,
          at: occurredAt,
          actor: payload.actorCompanyId,
          reason: payload.reason ?? null,
          offer,
        },
      );
    }
  },
};

/** The bank records where the pledge is registered (中登网); recording again replaces the registration. */
export const pledgeRegistrationRecorded: Handler<PledgeRegistrationRecordedV1, ReceivableLedger> = {
  type: 'PledgeRegistrationRecorded',
  load: (tx, events) =>
    loadLedger(
      tx,
      events.map((e) => e.payload.rootId),
    ),
  decide: (state, { payload }) => pledgeRegistrationRecordedDecider.decide(state, payload),
  // A recorded registration changes nothing a later event of the run is decided on.
  evolve: (state) => state,
  async write(tx, accepted, state) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (p:Pledge {id: r.pledgeId})
       SET p.registrationNumber = r.number, p.registrationAt = r.registeredAt,
           p.registrationOn = date(r.registeredOn), p.registrationAmountFen = toInteger(r.amountFen),
           p.registrationTermMonths = CASE WHEN r.termMonths IS NULL THEN null ELSE toInteger(r.termMonths) END,
           p.registrationExpiresOn = date(r.expiresOn), p.registrationRecordedOn = date(r.on),
           p.updatedAt = datetime(r.at)`,
      {
        // In order: a later recording of the same pledge in the batch replaces an earlier one.
        rows: accepted.map(({ payload, occurredAt }) => ({
          ...orThrow(registrationOfEvent(payload, state)),
          pledgeId: payload.pledgeId,
          on: payload.on,
          at: occurredAt,
        })),
      },
    );
  },
};
