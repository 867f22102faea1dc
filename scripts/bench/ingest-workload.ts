/**
 * The event load of the ingest benchmark (npm run bench:ingest), as plain data: no I/O, and
 * deterministic for a given seed, so every phase of the benchmark can project a stream of the
 * same shape with ids of its own.
 *
 * A chain (chain-generator.ts: a leader and its suppliers over four tiers) is first set up with
 * the platform's own events (companies, the chain, invitations and acceptances tier by tier).
 * Then an endless mixed stream, drawn from pluggable sources by weight:
 *   - orders: OrderPlaced along the supply links and, interleaved with later placements as in
 *     real traffic, each order's OrderActedOn steps (confirm, ship, deliver, invoice, cancel) in
 *     their own order, never before the order is placed;
 *   - stock: StockReported by a company of its own products (UPDATE, sometimes a SNAPSHOT);
 *   - receivables (only when the projector has handlers for them): ReceivableRegistered by the
 *     supplier of an order delivered during the setup, and later its ReceivableConfirmed by the
 *     buyer. Receivables are on a topic of their own, which Kafka does not order against the
 *     orders topic, so they only name orders that were delivered before the stream starts.
 * Another kind of traffic plugs in the same way (an EventSource and its weight).
 */
import { addDays, withUsccCheckChar, type EventEnvelope } from '@chainlift/domain';
import { routeOf, TOPIC } from '@chainlift/platform';
import { HANDLERS } from '@chainlift/projector';
import {
  createRng,
  generateNetwork,
  invitations,
  orderPlans,
  registration,
  skuOf,
  type BenchCompany,
  type BenchNetwork,
  type OrderActedOnPayload,
  type OrderPlacedPayload,
  type Rng,
} from './chain-generator';

/** One event as the benchmark sends it: to Kafka (topic, key, JSON) or to applyBatch (event). */
export interface StreamEvent {
  topic: string;
  key: string;
  event: EventEnvelope;
}

/** A kind of traffic in the mix: `weight` is its share of the events relative to the others. */
export interface EventSource {
  name: string;
  types: string[];
  weight: number;
  next(): StreamEvent;
}

export interface Workload {
  /** What made it: createWorkload(options) again gives the same setup and stream, event for event. */
  options: WorkloadOptions & { chain: number };
  net: BenchNetwork;
  /** The events that build the chain, in the order they must be applied. */
  setup: StreamEvent[];
  /** An endless mixed stream over the chain (take as many as needed). */
  stream(): Generator<StreamEvent>;
  sources: EventSource[];
  /** A StockReported of `company` with one position whose quantity is `quantity` (freshness probes). */
  stockProbe(company: BenchCompany, quantity: number): StreamEvent;
}

export interface WorkloadOptions {
  seed: number;
  suppliers: number;
  /** Prefix of order numbers, so streams over the same companies never reuse a number. */
  label: string;
  /** About how many stream events will be taken (sizes the setup the receivables need). */
  events: number;
  /** Relative weights of the sources: by default 67 orders, 25 stock, 8 receivables (when projected). */
  weights?: Partial<Record<SourceName, number>>;
  /** Orders in flight, whose next steps interleave with new placements. */
  inFlight?: number;
  /**
   * Where the events' times come from: without it the wall clock; with it, a clock that starts at
   * this instant (ms since the epoch) and steps 1 ms per timestamp taken, so the same options give
   * the same events (occurredAt, reportedAt) and a replay of the stream builds the same graph.
   */
  startAt?: number;
  /** The chain's number in its USCCs (by default the next of this process): a replay gives the same. */
  chain?: number;
}

/** Timestamps as ISO strings: the wall clock, or `startAt` stepping 1 ms per call. */
export function workloadClock(startAt?: number): () => string {
  if (startAt === undefined) return () => new Date().toISOString();
  let step = 0;
  return () => new Date(startAt + step++).toISOString();
}

const WAREHOUSES = ['WH-EAST', 'WH-WEST'];

type SourceName = 'orders' | 'stock' | 'receivables';
type Make = ReturnType<typeof envelopeMaker>;

/** Receivable events, when the projector has handlers and the platform a route for them. */
const RECEIVABLE_TYPES = ['ReceivableRegistered', 'ReceivableConfirmed'];
export const receivablesProjected = (): boolean =>
  RECEIVABLE_TYPES.every((type) => {
    try {
      return HANDLERS.has(type) && Boolean(routeOf(type).topic);
    } catch {
      return false;
    }
  });

/** An event where the platform's route table sends it (topic, key). */
const routed = (make: Make, type: string, payload: object): StreamEvent => {
  const route = routeOf(type);
  return {
    topic: route.topic,
    key: route.key(payload as Record<string, unknown>),
    event: make(type, payload),
  };
};

/** Builds envelopes like the gateway does (id, type, version 1, occurredAt now, a system actor). */
export function envelopeMaker(rng: Rng, clock: () => string = workloadClock()) {
  return (type: string, payload: object): EventEnvelope => ({
    id: rng.uuid(),
    type,
    version: 1,
    occurredAt: clock(),
    actor: { via: 'system' },
    payload,
  });
}

function setupEvents(net: BenchNetwork, make: Make): StreamEvent[] {
  const events: StreamEvent[] = [
    ...[net.leader, ...net.suppliers].map((c) => ({
      topic: TOPIC.masterdata,
      key: c.uscc,
      event: make('CompanyRegistered', registration(c)),
    })),
    {
      topic: TOPIC.chains,
      key: net.chainId,
      event: make('ChainCreated', {
        chainId: net.chainId,
        leaderId: net.leader.id,
        name: net.chainName,
      }),
    },
  ];
  for (let tier = 1; tier < net.tiers.length; tier += 1) {
    for (const payload of invitations(net, tier))
      events.push({
        topic: TOPIC.chains,
        key: net.chainId,
        event: make('SuppliersInvited', payload),
      });
    for (const s of net.tiers[tier]!)
      events.push({
        topic: TOPIC.chains,
        key: net.chainId,
        event: make('InvitationAnswered', { chainId: net.chainId, companyId: s.id, accept: true }),
      });
  }
  for (const l of net.extraLinks)
    events.push({
      topic: TOPIC.chains,
      key: l.buyer.id,
      event: make('SupplyLinkDeclared', {
        buyerId: l.buyer.id,
        supplierId: l.supplier.id,
        products: l.products,
      }),
    });
  // The supplier confirms each link (a declared link alone authorizes no orders).
  for (const l of net.extraLinks)
    events.push({
      topic: TOPIC.chains,
      key: l.buyer.id,
      event: make('SupplyLinkConfirmed', { buyerId: l.buyer.id, supplierId: l.supplier.id }),
    });
  return events;
}

/** Orders: new placements while fewer than `inFlight` are open, otherwise a next step of a random open one. */
function orderSource(
  rng: Rng,
  net: BenchNetwork,
  make: Make,
  label: string,
  weight: number,
  inFlight: number,
): EventSource {
  const plans = orderPlans(rng, net, Number.MAX_SAFE_INTEGER);
  const open: OrderActedOnPayload[][] = [];
  return {
    name: 'orders',
    types: ['OrderPlaced', 'OrderActedOn'],
    weight,
    next() {
      if (open.length >= inFlight) {
        const i = rng.int(0, open.length - 1);
        const steps = open[i]!;
        const action = steps.shift()!;
        if (steps.length === 0) {
          open[i] = open[open.length - 1]!;
          open.pop();
        }
        return {
          topic: TOPIC.orders,
          key: action.orderId,
          event: make('OrderActedOn', action),
        };
      }
      const plan = plans.next().value!;
      if (plan.actions.length > 0) open.push(plan.actions);
      const placed = { ...plan.placed, number: `${label}-${plan.placed.number}` };
      return { topic: TOPIC.orders, key: placed.orderId, event: make('OrderPlaced', placed) };
    },
  };
}

function stockPayload(
  company: BenchCompany,
  positions: { product: string; quantity: number }[],
  clock: () => string,
) {
  return {
    companyId: company.id,
    mode: 'UPDATE',
    reportedAt: clock(),
    positions: positions.map((p, i) => ({
      sku: skuOf(p.product),
      productName: p.product,
      warehouse: WAREHOUSES[i % WAREHOUSES.length]!,
      quantity: p.quantity,
    })),
  };
}

/** Stock: a supplier reports one to three positions of what it sells; one report in ten is a snapshot. */
function stockSource(
  rng: Rng,
  net: BenchNetwork,
  make: Make,
  weight: number,
  clock: () => string,
): EventSource {
  return {
    name: 'stock',
    types: ['StockReported'],
    weight,
    next() {
      const company = rng.pick(net.suppliers);
      const products = company.products.slice(0, rng.int(1, company.products.length));
      const payload = {
        ...stockPayload(
          company,
          products.map((product) => ({ product, quantity: rng.int(0, 100_000) })),
          clock,
        ),
        mode: rng.chance(0.1) ? 'SNAPSHOT' : 'UPDATE',
      };
      return { topic: TOPIC.inventory, key: company.id, event: make('StockReported', payload) };
    },
  };
}

interface DeliveredOrder {
  placed: OrderPlacedPayload;
  deliveredOn: string;
}

/**
 * `count` orders taken to DELIVERED, as setup events: all placements, then all confirmations,
 * shipments and deliveries (each order's steps in sequence, and long runs of one type).
 */
function deliveredOrders(rng: Rng, net: BenchNetwork, make: Make, label: string, count: number) {
  const orders: DeliveredOrder[] = [];
  const steps: OrderActedOnPayload[][] = [[], [], []];
  for (const plan of orderPlans(rng, net, Number.MAX_SAFE_INTEGER)) {
    if (orders.length >= count) break;
    const upTo = plan.actions.findIndex((a) => a.action === 'deliver');
    if (upTo !== 2) continue;
    orders.push({
      placed: { ...plan.placed, number: `${label}-R-${plan.placed.number}` },
      deliveredOn: plan.actions[2]!.on,
    });
    plan.actions.slice(0, 3).forEach((a, i) => steps[i]!.push(a));
  }
  const events: StreamEvent[] = [
    ...orders.map((o) => routed(make, 'OrderPlaced', o.placed)),
    ...steps.flat().map((a) => routed(make, 'OrderActedOn', { ...a })),
  ];
  return { orders, events };
}

/** Receivables: the supplier registers one per delivered order; later the buyer confirms it (确权). */
function receivableSource(
  rng: Rng,
  make: Make,
  label: string,
  weight: number,
  delivered: DeliveredOrder[],
): EventSource {
  let next = 0;
  const registered: { receivableId: string; debtorId: string; issuedOn: string }[] = [];
  return {
    name: 'receivables',
    types: RECEIVABLE_TYPES,
    weight,
    next() {
      if (registered.length > 0 && (next >= delivered.length || rng.chance(0.5))) {
        const i = rng.int(0, registered.length - 1);
        const r = registered[i]!;
        registered[i] = registered[registered.length - 1]!;
        registered.pop();
        return routed(make, 'ReceivableConfirmed', {
          rootId: r.receivableId,
          receivableId: r.receivableId,
          debtorId: r.debtorId,
          on: addDays(r.issuedOn, 3),
        });
      }
      const order = delivered[next];
      if (!order)
        throw new Error('the stream ran out of delivered orders to register receivables for');
      next += 1;
      const { placed, deliveredOn } = order;
      const receivableId = rng.uuid();
      registered.push({ receivableId, debtorId: placed.buyerId, issuedOn: deliveredOn });
      return routed(make, 'ReceivableRegistered', {
        receivableId,
        orderId: placed.orderId,
        invoiceNumber: `INV-${label}-${next}`,
        creditorId: placed.supplierId,
        debtorId: placed.buyerId,
        amountFen: placed.totalFen,
        currency: placed.currency,
        issuedOn: deliveredOn,
        dueDate: addDays(deliveredOn, 90),
      });
    },
  };
}

/**
 * The first seed from `seed` on that generateNetwork can use: makeCompany draws the leader 1 to 3
 * products from an empty catalogue and never ends unless it draws 1 (the second number drawn).
 */
export function usableSeed(seed: number): number {
  for (let s = seed; ; s += 1) {
    const rng = createRng(s);
    rng.next();
    if (rng.int(1, 3) === 1) return s;
  }
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
let chainsMade = 0;

/**
 * chain-generator numbers companies from 0 in every network, so two networks would share USCCs
 * and e-mails: each chain of this process gets its own (a chain number in the USCC's
 * organisation code, the label in the e-mail).
 */
function makeDistinct(net: BenchNetwork, label: string, n: number) {
  const mark = USCC_ALPHABET.charAt(Math.floor(n / 31) % 31) + USCC_ALPHABET.charAt(n % 31);
  for (const c of [net.leader, ...net.suppliers]) {
    c.uscc = withUsccCheckChar(`${c.uscc.slice(0, 8)}${mark}${c.uscc.slice(10, 17)}`);
    c.email = c.email.replace('@', `-${label}@`);
  }
}

export function createWorkload(given: WorkloadOptions): Workload {
  const options = { ...given, chain: given.chain ?? chainsMade++ };
  chainsMade = Math.max(chainsMade, options.chain + 1);
  const rng = createRng(usableSeed(options.seed));
  const net = generateNetwork(rng, options.suppliers);
  makeDistinct(net, options.label, options.chain);
  const clock = workloadClock(options.startAt);
  const make = envelopeMaker(rng, clock);
  const weights: Record<SourceName, number> = {
    orders: 67,
    stock: 25,
    receivables: receivablesProjected() ? 8 : 0,
    ...options.weights,
  };
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  // One order backs one receivable; each is registered and then confirmed (two events).
  const needed =
    weights.receivables > 0
      ? Math.ceil(((options.events * weights.receivables) / total) * 0.6) + 100
      : 0;
  const delivered = deliveredOrders(createRng(options.seed + 1), net, make, options.label, needed);
  const sources: EventSource[] = [
    orderSource(rng, net, make, options.label, weights.orders, options.inFlight ?? 1000),
    stockSource(rng, net, make, weights.stock, clock),
    receivableSource(rng, make, options.label, weights.receivables, delivered.orders),
  ].filter((s) => s.weight > 0);
  return {
    options,
    net,
    setup: [...setupEvents(net, make), ...delivered.events],
    sources,
    *stream() {
      const total = sources.reduce((sum, s) => sum + s.weight, 0);
      for (;;) {
        let draw = rng.next() * total;
        const source = sources.find((s) => (draw -= s.weight) < 0) ?? sources[sources.length - 1]!;
        yield source.next();
      }
    },
    stockProbe(company, quantity) {
      const product = company.products[0] ?? 'probe';
      return {
        topic: TOPIC.inventory,
        key: company.id,
        event: make('StockReported', stockPayload(company, [{ product, quantity }], clock)),
      };
    },
  };
}

/** The first `n` items of an iterator, as an array. */
export function take<T>(items: Iterator<T>, n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i += 1) out.push(items.next().value as T);
  return out;
}
