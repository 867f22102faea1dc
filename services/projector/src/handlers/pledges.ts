/** Pledges of receivables at a bank, and the bank products they are priced by. */
import {
  ACTIVE_PLEDGE,
  checkLoanEnd,
  checkProduct,
  fail,
  ineligibilities,
  offerFor,
  ok,
  pledgeStatusAfter,
  registerNumberOf,
  transitionPledge,
  type FinanceProduct,
  type PledgeAction,
  type PledgeStatus,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { entryOf, loadLedger, type Ledger } from './ledger';
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

export const financeProductDefined: Handler<
  FinanceProduct,
  { banks: Set<string>; owners: Map<string, string> }
> = {
  type: 'FinanceProductDefined',
  async load(tx, events) {
    const banks = await rows<{ id: string }>(
      tx,
      "UNWIND $ids AS id MATCH (c:Company {id: id}) WHERE c.kind = 'BANK' RETURN c.id AS id",
      { ids: [...new Set(events.map((e) => e.payload.bankId))] },
    );
    const products = await loadProducts(
      tx,
      events.map((e) => e.payload.productId),
    );
    return {
      banks: new Set(banks.map((b) => b.id)),
      owners: new Map([...products.values()].map((p) => [p.productId, p.bankId])),
    };
  },
  decide(state, { payload }) {
    if (!state.banks.has(payload.bankId))
      return fail('FORBIDDEN', 'only a bank defines finance products');
    const owner = state.owners.get(payload.productId);
    if (owner && owner !== payload.bankId)
      return fail('CONFLICT', `product id ${payload.productId} belongs to another bank`);
    return checkProduct(payload);
  },
  evolve(state, { payload }) {
    state.owners.set(payload.productId, payload.bankId);
    return state;
  },
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

interface Requested {
  rootId: string;
  pledgeId: string;
  receivableId: string;
  bankId: string;
  productId: string;
  requestedBy: string;
  loanEndDate: string;
  on: string;
}

/** A pledge the bank registers itself (from its pool, with the holder's consent) starts APPROVED. */
const initialStatus = (p: Requested): PledgeStatus =>
  p.requestedBy === p.bankId ? 'APPROVED' : 'REQUESTED';

export const pledgeRequested: Handler<
  Requested,
  Ledger & { products: Map<string, FinanceProduct>; usedIds: Set<string> }
> = {
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
  decide(state, { payload }) {
    const entry = entryOf(state, payload.rootId, payload.receivableId);
    if (!entry)
      return fail('NOT_FOUND', `receivable ${payload.receivableId} does not exist`, 'receivableId');
    if (state.usedIds.has(payload.pledgeId))
      return fail('CONFLICT', `pledge id ${payload.pledgeId} is already in use`);
    const product = state.products.get(payload.productId);
    if (!product || product.bankId !== payload.bankId)
      return fail('NOT_FOUND', `the bank has no finance product ${payload.productId}`, 'productId');
    if (payload.requestedBy !== entry.holderId && payload.requestedBy !== payload.bankId)
      return fail(
        'FORBIDDEN',
        'only the holder or the bank can pledge a receivable',
        'receivableId',
      );
    if (entry.activePledgeId) {
      return fail(
        'CONFLICT',
        `this receivable already carries an active pledge (${entry.activePledgeId}); a receivable can back only one financing at a time`,
        'receivableId',
      );
    }
    const end = checkLoanEnd(payload.loanEndDate, payload.on);
    if (!end.ok) return end;
    const unmet = ineligibilities({
      receivable: entry,
      product,
      loanEndDate: payload.loanEndDate,
      today: payload.on,
    });
    if (unmet.length > 0) {
      return fail(
        'BAD_USER_INPUT',
        `this receivable is not eligible for ${product.name}: ${unmet.map((u) => `${u.rule} (${u.message})`).join('; ')}`,
        'receivableId',
      );
    }
    return ok(payload);
  },
  evolve(state, { payload }) {
    state.receivables.get(payload.receivableId)!.activePledgeId = payload.pledgeId;
    state.usedIds.add(payload.pledgeId);
    state.pledges.set(payload.pledgeId, {
      id: payload.pledgeId,
      rootId: payload.rootId,
      receivableId: payload.receivableId,
      bankId: payload.bankId,
      productId: payload.productId,
      status: initialStatus(payload),
      loanEndDate: payload.loanEndDate,
    });
    return state;
  },
  async write(tx, accepted, state) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (rec:Receivable {id: r.receivableId}) MATCH (bank:Company {id: r.bankId})
       CREATE (:PledgeClaim {receivableId: r.receivableId, pledgeId: r.pledgeId})
       CREATE (bank)-[:LENDS]->(p:Pledge {id: r.pledgeId, registerNumber: r.registerNumber, rootId: r.rootId,
         receivableId: r.receivableId, bankId: r.bankId, productId: r.productId, holderId: rec.holderId,
         debtorId: rec.debtorId, requestedBy: r.requestedBy, status: r.status, loanEndDate: date(r.loanEndDate),
         requestedOn: date(r.on), outstandingFen: rec.amountFen, currency: rec.currency,
         advanceFen: toInteger(r.offer.advanceFen), interestFen: toInteger(r.offer.interestFen),
         netFen: toInteger(r.offer.netFen), interestDays: toInteger(r.offer.days),
         approvedOn: CASE WHEN r.status = 'APPROVED' THEN date(r.on) ELSE null END,
         registeredAt: datetime(r.at)})-[:SECURED_BY]->(rec)
       SET rec.activePledgeId = r.pledgeId`,
      {
        rows: accepted.map(({ payload, occurredAt }) => {
          const product = state.products.get(payload.productId)!;
          const amount = state.receivables.get(payload.receivableId)!.amountFen;
          return {
            ...payload,
            status: initialStatus(payload),
            registerNumber: registerNumberOf(payload.pledgeId, payload.on),
            offer: offerFor(amount, product, payload.on, payload.loanEndDate),
            at: occurredAt,
          };
        }),
      },
    );
  },
};

interface ActedOn {
  rootId: string;
  pledgeId: string;
  action: PledgeAction;
  actorCompanyId: string;
  on: string;
  reason?: string;
}

export const pledgeActedOn: Handler<ActedOn, Ledger & { products: Map<string, FinanceProduct> }> = {
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
  decide(state, { payload }) {
    const pledge = state.pledges.get(payload.pledgeId);
    if (!pledge || pledge.rootId !== payload.rootId)
      return fail('NOT_FOUND', `pledge ${payload.pledgeId} does not exist`, 'pledgeId');
    const receivable = state.receivables.get(pledge.receivableId)!;
    return transitionPledge(
      { ...pledge, holderId: receivable.holderId },
      payload.action,
      payload.actorCompanyId,
    );
  },
  evolve(state, { payload }) {
    const pledge = state.pledges.get(payload.pledgeId)!;
    const receivable = state.receivables.get(pledge.receivableId)!;
    pledge.status = pledgeStatusAfter(payload.action);
    if (!ACTIVE_PLEDGE.includes(pledge.status)) receivable.activePledgeId = null;
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
