/**
 * The pledge register's event types as deciders (shared/decider.ts): bank products, applications for
 * financing and the pledge's lifecycle. Rules in pledge.ts and permissions.ts.
 */
import type {
  FinanceProductDefinedV1,
  PledgeActedOnV1,
  PledgeRegistrationRecordedV1,
  PledgeRequestedV1,
} from '../../events/payloads.generated';
import { noEvolve, type Decider } from '../../shared/decider';
import { fail, ok } from '../../shared/errors';
import { receivableOf, type ReceivableLedger } from '../receivables/ledger';
import {
  ACTIVE_PLEDGE,
  checkLoanEnd,
  checkProduct,
  ineligibilities,
  pledgeStatusAfter,
  transitionPledge,
  type FinanceProduct,
} from './pledge';
import {
  mayActOnPledge,
  mayApplyForFinancing,
  mayDefineFinanceProducts,
  mayRecordPledgeRegistration,
} from './permissions';
import { checkPledgeRegistration, type PledgeRegistration } from './registration';

export interface FinanceProductState {
  /** The kind of each company the run's events name. */
  kinds: Map<string, string>;
  /** The bank each existing product belongs to. */
  owners: Map<string, string>;
}

/** FinanceProductDefined: a bank defines or redefines its own product. */
export const financeProductDefinedDecider: Decider<FinanceProductState, FinanceProductDefinedV1> = {
  decide(state, product) {
    const bank = mayDefineFinanceProducts(state.kinds.get(product.bankId));
    if (!bank.ok) return bank;
    const owner = state.owners.get(product.productId);
    if (owner && owner !== product.bankId)
      return fail('CONFLICT', `product id ${product.productId} belongs to another bank`);
    return checkProduct(product);
  },
  evolve(state, product) {
    state.owners.set(product.productId, product.bankId);
    return state;
  },
};

export interface PledgeRequestState extends ReceivableLedger {
  products: Map<string, FinanceProduct>;
  /** Pledge ids in use. */
  usedIds: Set<string>;
}

/**
 * PledgeRequested: the holder applies to a bank's product (the pledge starts REQUESTED). The holder
 * is re-checked here, at apply time: an event from a bank alone is refused whatever it consents to.
 */
export const pledgeRequestedDecider: Decider<PledgeRequestState, PledgeRequestedV1> = {
  decide(state, request) {
    const entry = receivableOf(state, request.rootId, request.receivableId);
    if (!entry.ok) return entry;
    const r = entry.value;
    if (state.usedIds.has(request.pledgeId))
      return fail('CONFLICT', `pledge id ${request.pledgeId} is already in use`);
    const product = state.products.get(request.productId);
    if (!product || product.bankId !== request.bankId)
      return fail('NOT_FOUND', `the bank has no finance product ${request.productId}`, 'productId');
    const holder = mayApplyForFinancing(r, request.requestedBy);
    if (!holder.ok) return holder;
    if (r.activePledgeId)
      return fail(
        'CONFLICT',
        `this receivable already carries an active pledge (${r.activePledgeId}); a receivable can back only one financing at a time`,
        'receivableId',
      );
    const end = checkLoanEnd(request.loanEndDate, request.on);
    if (!end.ok) return end;
    const unmet = ineligibilities({
      receivable: r,
      product,
      loanEndDate: request.loanEndDate,
      today: request.on,
    });
    if (unmet.length > 0)
      return fail(
        'BAD_USER_INPUT',
        `this receivable is not eligible for ${product.name}: ${unmet.map((u) => `${u.rule} (${u.message})`).join('; ')}`,
        'receivableId',
      );
    return ok(request);
  },
  evolve(state, request) {
    state.receivables.get(request.receivableId)!.activePledgeId = request.pledgeId;
    state.usedIds.add(request.pledgeId);
    state.pledges.set(request.pledgeId, {
      id: request.pledgeId,
      rootId: request.rootId,
      receivableId: request.receivableId,
      bankId: request.bankId,
      productId: request.productId,
      status: 'REQUESTED',
      loanEndDate: request.loanEndDate,
    });
    return state;
  },
};

/** PledgeActedOn: the bank approves, rejects, disburses, marks repaid or releases; the holder withdraws. */
export const pledgeActedOnDecider: Decider<ReceivableLedger, PledgeActedOnV1> = {
  decide(ledger, act) {
    const pledge = ledger.pledges.get(act.pledgeId);
    if (!pledge || pledge.rootId !== act.rootId)
      return fail('NOT_FOUND', `pledge ${act.pledgeId} does not exist`, 'pledgeId');
    const { holderId } = ledger.receivables.get(pledge.receivableId)!;
    const party = mayActOnPledge({ bankId: pledge.bankId, holderId }, act.actorCompanyId);
    if (!party.ok) return party;
    const moved = transitionPledge({ ...pledge, holderId }, act.action, act.actorCompanyId);
    return moved.ok ? ok(act) : moved;
  },
  evolve(ledger, act) {
    const pledge = ledger.pledges.get(act.pledgeId)!;
    pledge.status = pledgeStatusAfter(act.action);
    if (!ACTIVE_PLEDGE.includes(pledge.status))
      ledger.receivables.get(pledge.receivableId)!.activePledgeId = null;
    return ledger;
  },
};

/** The registration as the bank recorded it; the event's `on` is the day it was recorded. */
export const registrationOfEvent = (
  e: PledgeRegistrationRecordedV1,
  ledger: ReceivableLedger,
): ReturnType<typeof checkPledgeRegistration> => {
  const pledge = ledger.pledges.get(e.pledgeId);
  if (!pledge || pledge.rootId !== e.rootId)
    return fail('NOT_FOUND', `pledge ${e.pledgeId} does not exist`, 'pledgeId');
  const party = mayRecordPledgeRegistration(pledge, e.bankId);
  if (!party.ok) return party;
  return checkPledgeRegistration(
    {
      status: pledge.status,
      outstandingFen: ledger.receivables.get(pledge.receivableId)!.amountFen,
    },
    {
      number: e.registrationNumber,
      registeredAt: e.registeredAt,
      registeredOn: e.registeredOn,
      amountFen: e.amountFen,
      termMonths: e.termMonths ?? null,
      expiresOn: e.expiresOn ?? null,
    },
    e.on,
  );
};

/** PledgeRegistrationRecorded: the lending bank records the 中登网 registration of an approved or disbursed pledge. */
export const pledgeRegistrationRecordedDecider: Decider<
  ReceivableLedger,
  PledgeRegistrationRecordedV1,
  PledgeRegistration
> = {
  decide: (ledger, e) => registrationOfEvent(e, ledger),
  evolve: noEvolve,
};
