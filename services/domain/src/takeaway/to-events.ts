/**
 * An archive as the platform's own events, in the order they must be applied: the importing platform
 * publishes them through the same contracts, topics and projector as any write, so its graph is what
 * these events make — nothing is written around the event log.
 *
 *   company, counterparties (provisional companies; one whose USCC the platform knows is that company)
 *   → users (no password: a random hash nobody knows; the importer issues reset links)
 *   → chains it leads → supply links (declared by the buyer, confirmed by the supplier when confirmed)
 *   → orders (placed, then each step to its status, on the day it happened)
 *   → stock (one report per position's latest quantity) → receivables (registered, confirmed or
 *   disputed) → consents it granted (revoked ones revoked) → assessments (submitted or draft).
 *
 * What the events cannot carry is left out, and the README says so: other companies' chains and their
 * memberships, split or transferred receivable parts and settlements, pledges at a bank the platform
 * already has (its products are its own) or past DISBURSED, the access log (other companies' reads of this one) and
 * improvement plans. Each event carries the instant of the original where the archive has it.
 */
import type { EventPayloads, EventType } from '../events/catalogue';
import { fail, ok, type Result } from '../shared/errors';
import type { Row, TakeawayData } from './archive';

export interface ImportEvent<T extends EventType = EventType> {
  type: T;
  payload: EventPayloads[T];
  /** The original instant, when the archive has one (the event's occurredAt). */
  at?: string;
  /** Whom the event speaks for (its actor's company). */
  companyId: string;
}

export interface ImportOptions {
  /** USCCs the platform already has → their company ids. */
  known: ReadonlyMap<string, string>;
  /** A hash of a password nobody holds. */
  passwordHash: string;
  /** The importing admin's user id (a draft or submission without its author). */
  importedBy: string;
  /** The import's instant, for rows without one. */
  now: string;
}

export interface ImportPlan {
  events: ImportEvent[];
  /** Users to issue a password-reset link for, once their UserCreated applied. */
  users: { id: string; email: string; companyId: string }[];
  /** Counterparties the platform already had: archive id → the platform's id. */
  mapped: Record<string, string>;
  /** What is in the archive but not imported, per entity (the README explains why). */
  skipped: Record<string, number>;
}

const str = (row: Row, key: string): string | undefined => {
  const v = row[key];
  return v === null || v === undefined || v === '' ? undefined : String(v);
};
const need = (row: Row, key: string, entity: string): string => {
  const v = str(row, key);
  if (v === undefined) throw new ArchiveRowError(`${entity}: a row lacks ${key}`);
  return v;
};
/** Integer fen from the archive (a decimal string or a number) as the events carry it. */
const fen = (row: Row, key: string, entity: string): number => {
  const text = need(row, key, entity);
  if (!/^-?\d+$/.test(text)) throw new ArchiveRowError(`${entity}: ${key} is not integer fen`);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new ArchiveRowError(`${entity}: ${key} is too large`);
  return n;
};
const int = (value: unknown, what: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new ArchiveRowError(`${what} is not an integer`);
  return n;
};
class ArchiveRowError extends Error {}

const ORDER_STEPS = [
  ['confirm', 'confirmedOn', 'supplier'],
  ['ship', 'shippedOn', 'supplier'],
  ['deliver', 'deliveredOn', 'buyer'],
  ['invoice', 'invoicedOn', 'supplier'],
] as const;
/** A pledge's way to its status: the bank's steps and the day each is dated by. */
const PLEDGE_STEPS: Record<string, [EventPayloads['PledgeActedOn']['action'], string][]> = {
  REQUESTED: [],
  APPROVED: [['approve', 'approvedOn']],
  DISBURSED: [
    ['approve', 'approvedOn'],
    ['disburse', 'disbursedOn'],
  ],
  REJECTED: [['reject', 'closedOn']],
};
const STEPS_TO: Record<string, number> = {
  PLACED: 0,
  CONFIRMED: 1,
  SHIPPED: 2,
  DELIVERED: 3,
  INVOICED: 4,
  CANCELLED: 0,
};

/**
 * The events that rebuild the archive's company on a platform. `known` maps the USCCs the platform
 * already has to their company ids; `passwordHash` is a hash of a secret nobody holds.
 */
export function archiveToEvents(data: TakeawayData, options: ImportOptions): Result<ImportPlan> {
  const company = data.company;
  if (options.known.has(company.uscc))
    return fail(
      'CONFLICT',
      `a company with USCC ${company.uscc} is already on this platform: an archive is imported into a platform that does not have the company yet`,
      'archive',
    );
  try {
    return ok(plan(data, options));
  } catch (error) {
    if (error instanceof ArchiveRowError) return fail('BAD_USER_INPUT', error.message, 'archive');
    throw error;
  }
}

function plan(data: TakeawayData, options: ImportOptions): ImportPlan {
  const own = data.company.id;
  const events: ImportEvent[] = [];
  const add = <T extends EventType>(
    type: T,
    payload: EventPayloads[T],
    companyId: string,
    at?: string,
  ) => events.push({ type, payload, companyId, ...(at ? { at } : {}) } as ImportEvent);
  const skipped: Record<string, number> = {};
  const skip = (entity: string, n = 1) => {
    if (n > 0) skipped[entity] = (skipped[entity] ?? 0) + n;
  };

  add(
    'CompanyRegistered',
    {
      companyId: own,
      name: data.company.name,
      uscc: data.company.uscc,
      kind: data.company.kind as EventPayloads['CompanyRegistered']['kind'],
      // A company an invitation created may have neither yet.
      region: data.company.region || '未知',
      industry: data.company.industry || '未知',
    },
    own,
  );
  const mapped: Record<string, string> = {};
  for (const c of data.counterparties) {
    const uscc = need(c, 'uscc', 'counterparties');
    const id = need(c, 'id', 'counterparties');
    const existing = options.known.get(uscc);
    if (existing) {
      mapped[id] = existing;
      continue;
    }
    add(
      'CompanyRegistered',
      {
        companyId: id,
        name: need(c, 'name', 'counterparties'),
        uscc,
        kind: need(c, 'kind', 'counterparties') as EventPayloads['CompanyRegistered']['kind'],
        region: str(c, 'region') ?? '未知',
        industry: str(c, 'industry') ?? '未知',
      },
      id,
    );
  }
  const idOf = (id: string) => mapped[id] ?? id;

  const users: ImportPlan['users'] = [];
  for (const u of data.users) {
    const userId = need(u, 'id', 'users');
    const email = need(u, 'email', 'users');
    add(
      'UserCreated',
      {
        userId,
        companyId: own,
        email,
        name: need(u, 'name', 'users'),
        role: need(u, 'role', 'users') as EventPayloads['UserCreated']['role'],
        passwordHash: options.passwordHash,
        platformAdmin: false,
      },
      own,
      str(u, 'createdAt'),
    );
    if (u.active === false) add('UserDeactivated', { userId, companyId: own }, own);
    else users.push({ id: userId, email, companyId: own });
  }

  for (const ch of data.chains) {
    if (str(ch, 'leaderId') !== own) {
      skip('chains');
      continue;
    }
    add(
      'ChainCreated',
      { chainId: need(ch, 'id', 'chains'), leaderId: own, name: need(ch, 'name', 'chains') },
      own,
      str(ch, 'createdAt'),
    );
  }

  for (const l of data.supplyLinks) {
    const buyerId = idOf(need(l, 'buyerId', 'supplyLinks'));
    const supplierId = idOf(need(l, 'supplierId', 'supplyLinks'));
    const products = Array.isArray(l.products) ? l.products.map(String) : [];
    add('SupplyLinkDeclared', { buyerId, supplierId, products }, buyerId, str(l, 'since'));
    if (l.confirmed !== false)
      add('SupplyLinkConfirmed', { buyerId, supplierId }, supplierId, str(l, 'confirmedAt'));
  }

  for (const o of data.orders) {
    const orderId = need(o, 'id', 'orders');
    const buyerId = idOf(need(o, 'buyerId', 'orders'));
    const supplierId = idOf(need(o, 'supplierId', 'orders'));
    const lines = Array.isArray(o.lines) ? (o.lines as Row[]) : [];
    add(
      'OrderPlaced',
      {
        orderId,
        number: need(o, 'number', 'orders'),
        buyerId,
        supplierId,
        currency: need(o, 'currency', 'orders'),
        lines: lines.map((l) => ({
          sku: need(l, 'sku', 'order lines'),
          productName: need(l, 'productName', 'order lines'),
          quantity: int(l.quantity, 'an order line quantity'),
          unitPriceFen: fen(l, 'unitPriceFen', 'order lines'),
        })),
        totalFen: fen(o, 'totalFen', 'orders'),
        promisedDate: need(o, 'promisedDate', 'orders'),
        placedOn: need(o, 'placedOn', 'orders'),
      },
      buyerId,
      str(o, 'placedAt'),
    );
    const status = need(o, 'status', 'orders');
    const steps = STEPS_TO[status];
    if (steps === undefined) throw new ArchiveRowError(`orders: unknown status ${status}`);
    for (const [action, dateField, party] of ORDER_STEPS.slice(0, steps)) {
      const actor = party === 'buyer' ? buyerId : supplierId;
      const on = need(o, dateField, 'orders');
      add('OrderActedOn', { orderId, action, actorCompanyId: actor, on }, actor);
    }
    if (status === 'CANCELLED') {
      const on = need(o, 'cancelledOn', 'orders');
      add('OrderActedOn', { orderId, action: 'cancel', actorCompanyId: buyerId, on }, buyerId);
    }
  }

  // One report per instant the positions were last reported at, so each keeps its time.
  const byInstant = new Map<string, EventPayloads['StockReported']['positions']>();
  for (const s of data.stock) {
    const at = str(s, 'updatedAt') ?? options.now;
    const list = byInstant.get(at) ?? [];
    list.push({
      sku: need(s, 'sku', 'stock'),
      productName: str(s, 'productName') ?? need(s, 'sku', 'stock'),
      warehouse: need(s, 'warehouse', 'stock'),
      quantity: int(s.quantity, 'a stock quantity'),
    });
    byInstant.set(at, list);
  }
  for (const [at, positions] of [...byInstant].sort(([a], [b]) => a.localeCompare(b)))
    for (let i = 0; i < positions.length; i += 1000)
      add(
        'StockReported',
        { companyId: own, mode: 'UPDATE', reportedAt: at, positions: positions.slice(i, i + 1000) },
        own,
        at,
      );

  for (const r of data.receivables) {
    const id = need(r, 'id', 'receivables');
    const creditorId = idOf(need(r, 'creditorId', 'receivables'));
    const debtorId = idOf(need(r, 'debtorId', 'receivables'));
    const holderId = idOf(str(r, 'holderId') ?? creditorId);
    if (str(r, 'rootId') !== id || holderId !== creditorId || str(r, 'status') === 'SPLIT') {
      skip('receivables');
      continue;
    }
    const invoiceNumber = str(r, 'invoiceNumber');
    add(
      'ReceivableRegistered',
      {
        receivableId: id,
        orderId: need(r, 'orderId', 'receivables'),
        ...(invoiceNumber ? { invoiceNumber } : {}),
        creditorId,
        debtorId,
        amountFen: fen(r, 'amountFen', 'receivables'),
        currency: need(r, 'currency', 'receivables'),
        issuedOn: need(r, 'issuedOn', 'receivables'),
        dueDate: need(r, 'dueDate', 'receivables'),
      },
      creditorId,
      str(r, 'registeredAt'),
    );
    const status = str(r, 'status');
    const on = str(r, 'answeredOn') ?? need(r, 'issuedOn', 'receivables');
    if (status === 'CONFIRMED' || status === 'OVERDUE')
      add('ReceivableConfirmed', { rootId: id, receivableId: id, debtorId, on }, debtorId);
    else if (status === 'DISPUTED')
      add(
        'ReceivableDisputed',
        { rootId: id, receivableId: id, debtorId, on, reason: str(r, 'disputeReason') ?? '-' },
        debtorId,
      );
    else if (status !== 'REGISTERED') skip('receivables');
  }

  // Pledges on the receivables just registered, under their products, when the bank is new here
  // (a bank the platform already has keeps its own products: its pledges are left out).
  const imported = new Set(
    events
      .filter((e) => e.type === 'ReceivableRegistered')
      .map((e) => (e.payload as { receivableId: string }).receivableId),
  );
  const defined = new Set<string>();
  for (const p of data.pledges) {
    const receivableId = need(p, 'receivableId', 'pledges');
    const bankId = need(p, 'bankId', 'pledges');
    const productId = need(p, 'productId', 'pledges');
    const status = need(p, 'status', 'pledges');
    const product = data.financeProducts.find((fp) => fp.id === productId);
    const steps = PLEDGE_STEPS[status];
    if (!imported.has(receivableId) || mapped[bankId] || !product || !steps) {
      skip('pledges');
      continue;
    }
    if (!defined.has(productId)) {
      defined.add(productId);
      const present = new Set([own, ...data.counterparties.map((c) => String(c.id))]);
      add(
        'FinanceProductDefined',
        {
          productId,
          bankId,
          name: need(product, 'name', 'financeProducts'),
          advanceRateBp: int(product.advanceRateBp, 'advanceRateBp'),
          annualRateBp: int(product.annualRateBp, 'annualRateBp'),
          minRemainingDays: int(product.minRemainingDays, 'minRemainingDays'),
          maxAgeDays: int(product.maxAgeDays, 'maxAgeDays'),
          minAmountFen: fen(product, 'minAmountFen', 'financeProducts'),
          maxAmountFen: fen(product, 'maxAmountFen', 'financeProducts'),
          blockedDebtorIds: (Array.isArray(product.blockedDebtorIds)
            ? product.blockedDebtorIds
            : []
          )
            .map(String)
            .filter((id) => present.has(id)),
        },
        bankId,
      );
    }
    const pledgeId = need(p, 'id', 'pledges');
    const rootId = need(p, 'rootId', 'pledges');
    const holderId = idOf(need(p, 'holderId', 'pledges'));
    add(
      'PledgeRequested',
      {
        rootId,
        pledgeId,
        receivableId,
        bankId,
        productId,
        requestedBy: idOf(str(p, 'requestedBy') ?? holderId),
        loanEndDate: need(p, 'loanEndDate', 'pledges'),
        on: need(p, 'requestedOn', 'pledges'),
      },
      holderId,
      str(p, 'registeredAt'),
    );
    for (const [action, dateField] of steps) {
      const reason = action === 'reject' ? str(p, 'reason') : undefined;
      add(
        'PledgeActedOn',
        {
          rootId,
          pledgeId,
          action,
          actorCompanyId: bankId,
          on: need(p, dateField, 'pledges'),
          ...(reason ? { reason } : {}),
        },
        bankId,
      );
    }
  }

  for (const c of data.consents) {
    if (str(c, 'grantorId') !== own) {
      skip('consents');
      continue;
    }
    const consentId = need(c, 'id', 'consents');
    const expiresAt = str(c, 'expiresAt');
    add(
      'ConsentGranted',
      {
        consentId,
        grantorId: own,
        granteeId: idOf(need(c, 'granteeId', 'consents')),
        scope: need(c, 'scope', 'consents') as EventPayloads['ConsentGranted']['scope'],
        ...(expiresAt ? { expiresAt } : {}),
      },
      own,
      str(c, 'grantedAt'),
    );
    if (str(c, 'status') === 'REVOKED')
      add('ConsentRevoked', { consentId, grantorId: own }, own, str(c, 'revokedAt'));
  }
  skip('accessLog', data.accessLog.length);

  const sorted = [...data.assessments].sort((a, b) =>
    String(a.savedAt ?? '').localeCompare(String(b.savedAt ?? '')),
  );
  for (const a of sorted) {
    const assessmentId = need(a, 'id', 'assessments');
    const questionnaireVersion = need(a, 'questionnaireVersion', 'assessments');
    const answers = a.answers as EventPayloads['AssessmentSubmitted']['answers'];
    if (str(a, 'status') === 'SUBMITTED') {
      add(
        'AssessmentSubmitted',
        {
          assessmentId,
          companyId: own,
          questionnaireVersion,
          answers,
          result: a.result as EventPayloads['AssessmentSubmitted']['result'],
          submittedBy: str(a, 'submittedBy') ?? options.importedBy,
        },
        own,
        str(a, 'submittedAt'),
      );
    } else {
      add(
        'AssessmentDraftSaved',
        {
          assessmentId,
          companyId: own,
          questionnaireVersion,
          answers,
          savedBy: str(a, 'savedBy') ?? options.importedBy,
        },
        own,
        str(a, 'savedAt'),
      );
    }
  }
  skip('improvementPlans', data.improvementPlans.length);

  return { events, users, mapped, skipped };
}

/**
 * The plan's events in phases: the projector applies topics independently, so an event that needs
 * another topic's event applied first (an order needs its companies and the confirmed supply link, a
 * receivable its delivered order) goes in a later phase. Within a phase the plan's order holds per
 * key (one topic partition), which is all those events need.
 */
const PHASE: Partial<Record<EventType, number>> = {
  CompanyRegistered: 0,
  OrderPlaced: 2,
  OrderActedOn: 2,
  ReceivableRegistered: 3,
  ReceivableConfirmed: 3,
  ReceivableDisputed: 3,
  PledgeRequested: 3,
  PledgeActedOn: 3,
};
export function importPhases(events: readonly ImportEvent[]): ImportEvent[][] {
  const phases: ImportEvent[][] = [[], [], [], []];
  for (const e of events) phases[PHASE[e.type] ?? 1]!.push(e);
  return phases.filter((p) => p.length > 0);
}
