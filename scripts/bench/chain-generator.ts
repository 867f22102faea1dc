/**
 * The synthetic supply chain of the network-scale benchmark, as plain data and event payloads:
 * no I/O, and deterministic for a given seed (ids, names, structure, orders and their lifecycle),
 * so two runs of the benchmark load the same graph and their figures can be compared.
 *
 *   leader (tier 0) ◄─ tier 1 (10 %) ◄─ tier 2 (25 %) ◄─ tier 3 (30 %) ◄─ tier 4 (35 %)
 *
 * Every supplier has one primary buyer one tier up (its inviter); about 20 % of the suppliers of
 * tiers 2–4 also supply a second company of that same tier, so the graph is not a tree but the
 * tiers (shortest distances to the leader) are still exactly the generated ones.
 */
import {
  addDays,
  daysBetween,
  supplierKpis,
  withUsccCheckChar,
  type CompanyRegistered,
  type OrderAction,
  type OrderFacts,
  type OrderPlaced,
  type OrderStatus,
  type SupplierKpis,
} from '@chainlift/domain';

// ── a tiny seeded PRNG (mulberry32) ─────────────────────────────────────────────────────────────

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An RFC 4122 version-4-shaped UUID drawn from this generator. */
  uuid(): string;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const word = () => Math.floor(next() * 4294967296);
  const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    uuid() {
      const [a, b, c, d] = [word(), word(), word(), word()];
      const version = (b & 0xffff & 0x0fff) | 0x4000;
      const variant = ((c >>> 16) & 0x3fff) | 0x8000;
      return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(version, 4)}-${hex(variant, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
    },
  };
}

// ── dates: business dates (yyyy-MM-dd), arithmetic from the domain's calendar ────────────────────

/** Orders are placed over the year after this date: fixed, so runs are comparable. */
export const FIRST_ORDER_DAY = '2025-01-01';

// ── the network ─────────────────────────────────────────────────────────────────────────────────

export interface BenchCompany {
  index: number;
  id: string;
  uscc: string;
  name: string;
  email: string;
  region: string;
  industry: string;
  /** 0 for the leader. */
  tier: number;
  /** Product names it sells (what its SUPPLIES links carry). */
  products: string[];
  /** Whom it supplies: the first is its inviter, one tier up; sometimes a second one. */
  buyers: BenchCompany[];
}

export interface BenchNetwork {
  chainId: string;
  chainName: string;
  leader: BenchCompany;
  /** All suppliers, tier by tier. */
  suppliers: BenchCompany[];
  /** tiers[t] = the suppliers of tier t (tiers[0] = [leader]). */
  tiers: BenchCompany[][];
  /** The second buyers: links beyond the invitation tree. */
  extraLinks: { supplier: BenchCompany; buyer: BenchCompany; products: string[] }[];
}

export const TIER_SHARES = [0.1, 0.25, 0.3, 0.35] as const;

const REGIONS = [
  { name: '浙江省宁波市', code: '330200' },
  { name: '浙江省杭州市', code: '330100' },
  { name: '浙江省温州市', code: '330300' },
  { name: '江苏省苏州市', code: '320500' },
  { name: '江苏省无锡市', code: '320200' },
  { name: '上海市', code: '310000' },
  { name: '广东省东莞市', code: '441900' },
  { name: '安徽省合肥市', code: '340100' },
] as const;
const INDUSTRY_BY_TIER = ['汽车制造', '汽车零部件', '金属加工', '注塑与橡胶', '原材料'] as const;
const PRODUCT_FAMILIES = [
  ['车身总成', '座椅骨架', '转向节', '制动卡钳', '仪表板', '车门模块'],
  ['冲压件', '精密轴', '齿轮', '支架', '紧固件', '轴承座'],
  ['注塑外壳', '橡胶密封圈', '线束护套', '减震垫', '塑料卡扣', '软管'],
  ['冷轧钢板', '铝锭', 'ABS粒料', '天然橡胶', '铜线', '特种钢丸'],
] as const;
const NAME_WORDS = ['精工', '华鑫', '恒达', '永盛', '博远', '金科', '瑞丰', '宏图', '中联', '海天'];
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Product names of the tier that sells them: `${family}-${model}`, ~24 per tier. */
const catalogOf = (tier: number): string[] =>
  PRODUCT_FAMILIES[tier - 1]!.flatMap((family) =>
    ['A1', 'B2', 'C3', 'D4'].map((model) => `${family}-${model}`),
  );

/** SKU of a product name: stable, so every order line of a product points to one (:Product). */
export const skuOf = (product: string): string =>
  `SKU-${[...product]
    .reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7)
    .toString(36)
    .toUpperCase()}`;

/** A valid USCC whose organisation code encodes the company's index (distinct per company). */
function usccOf(index: number, regionCode: string): string {
  let body = '';
  for (let n = index, i = 0; i < 7; i += 1, n = Math.floor(n / 31))
    body = USCC_ALPHABET.charAt(n % 31) + body;
  return withUsccCheckChar(`91${regionCode}BN${body}`);
}

/** Tier sizes for `suppliers` companies: 10 / 25 / 30 / 35 %, each at least one. */
export function tierSizes(suppliers: number): number[] {
  if (!Number.isInteger(suppliers) || suppliers < TIER_SHARES.length * 2)
    throw new Error(`--suppliers must be an integer of at least ${TIER_SHARES.length * 2}`);
  const sizes = TIER_SHARES.slice(0, -1).map((s) => Math.max(1, Math.round(suppliers * s)));
  sizes.push(suppliers - sizes.reduce((a, b) => a + b, 0));
  return sizes;
}

function makeCompany(rng: Rng, index: number, tier: number): BenchCompany {
  const region = rng.pick(REGIONS);
  const city = region.name.replace(/^.*省/, '').replace(/市$/, '');
  const industry = INDUSTRY_BY_TIER[tier]!;
  const name =
    tier === 0
      ? `${city}链动汽车集团有限公司`
      : `${city}${rng.pick(NAME_WORDS)}${industry}${String(index).padStart(5, '0')}有限公司`;
  const catalog = tier === 0 ? [] : catalogOf(tier);
  const products = new Set<string>();
  for (let n = rng.int(1, 3); products.size < n;) products.add(rng.pick(catalog));
  return {
    index,
    id: rng.uuid(),
    uscc: usccOf(index, region.code),
    name,
    email: `purchasing-${String(index).padStart(6, '0')}@bench.chainlift.cn`,
    region: region.name,
    industry,
    tier,
    products: [...products],
    buyers: [],
  };
}

export function generateNetwork(rng: Rng, suppliers: number): BenchNetwork {
  const sizes = tierSizes(suppliers);
  const leader = makeCompany(rng, 0, 0);
  const tiers: BenchCompany[][] = [[leader]];
  let index = 1;
  sizes.forEach((size, i) => {
    const tier = i + 1;
    const above = tiers[tier - 1]!;
    const members: BenchCompany[] = [];
    for (let n = 0; n < size; n += 1) {
      const company = makeCompany(rng, index++, tier);
      company.buyers.push(rng.pick(above));
      members.push(company);
    }
    tiers.push(members);
  });
  const extraLinks: BenchNetwork['extraLinks'] = [];
  for (const members of tiers.slice(2)) {
    const above = tiers[members[0]!.tier - 1]!;
    if (above.length < 2) continue;
    for (const supplier of members) {
      if (!rng.chance(0.2)) continue;
      let buyer = rng.pick(above);
      while (buyer === supplier.buyers[0]) buyer = rng.pick(above);
      supplier.buyers.push(buyer);
      extraLinks.push({ supplier, buyer, products: supplier.products.slice(0, 1) });
    }
  }
  return {
    chainId: rng.uuid(),
    chainName: `${leader.name.slice(0, 4)}整车供应链`,
    leader,
    suppliers: tiers.slice(1).flat(),
    tiers,
    extraLinks,
  };
}

// ── payloads of the chain-building events ─────────────────────────────────────────────────────────

export const registration = (c: BenchCompany): CompanyRegistered => ({
  companyId: c.id,
  name: c.name,
  uscc: c.uscc,
  kind: c.tier === 0 ? 'CHAIN_LEADER' : 'SME',
  region: c.region,
  industry: c.industry,
});

export interface SuppliersInvitedPayload {
  chainId: string;
  inviterId: string;
  suppliers: { companyId: string; name: string; uscc: string; email: string; supplies: string[] }[];
}

/** The invitations into tier `tier`: one event per inviter (its primary buyer), ≤ `chunk` suppliers each. */
export function invitations(
  net: BenchNetwork,
  tier: number,
  chunk = 500,
): SuppliersInvitedPayload[] {
  const byInviter = new Map<BenchCompany, BenchCompany[]>();
  for (const s of net.tiers[tier]!) {
    const inviter = s.buyers[0]!;
    byInviter.set(inviter, [...(byInviter.get(inviter) ?? []), s]);
  }
  const events: SuppliersInvitedPayload[] = [];
  for (const [inviter, suppliers] of byInviter) {
    for (let i = 0; i < suppliers.length; i += chunk) {
      events.push({
        chainId: net.chainId,
        inviterId: inviter.id,
        suppliers: suppliers.slice(i, i + chunk).map((s) => ({
          companyId: s.id,
          name: s.name,
          uscc: s.uscc,
          email: s.email,
          supplies: s.products,
        })),
      });
    }
  }
  return events;
}

// ── orders and their lifecycle ──────────────────────────────────────────────────────────────────

export interface OrderActedOnPayload {
  orderId: string;
  action: OrderAction;
  actorCompanyId: string;
  on: string;
}

export type OrderPlacedPayload = OrderPlaced & { placedOn: string };

export interface OrderPlan {
  placed: OrderPlacedPayload;
  /** In the order they must be applied; dates never go backwards. */
  actions: OrderActedOnPayload[];
  /** What the order looks like once every action is applied (for checking the KPIs). */
  facts: OrderFacts;
}

/** Share of orders the leader places with its tier-1 suppliers. */
export const LEADER_ORDER_SHARE = 0.3;

/** Where an order ends: the cumulative thresholds of a draw in [0, 1). */
const FINAL_STATUS: [number, OrderStatus][] = [
  [0.04, 'CANCELLED'],
  [0.14, 'PLACED'],
  [0.22, 'CONFIRMED'],
  [0.3, 'SHIPPED'],
  [0.7, 'DELIVERED'],
  [1, 'INVOICED'],
];

function pickParties(rng: Rng, net: BenchNetwork): { buyer: BenchCompany; supplier: BenchCompany } {
  if (rng.chance(LEADER_ORDER_SHARE))
    return { buyer: net.leader, supplier: rng.pick(net.tiers[1]!) };
  const deeper = net.suppliers.length - net.tiers[1]!.length;
  const supplier = net.suppliers[net.tiers[1]!.length + Math.floor(rng.next() * deeper)]!;
  return { buyer: rng.pick(supplier.buyers), supplier };
}

function orderLines(rng: Rng, supplier: BenchCompany): OrderPlaced['lines'] {
  const products = [...supplier.products];
  const lines: OrderPlaced['lines'] = [];
  for (let n = rng.int(1, products.length); lines.length < n;) {
    const product = products.splice(rng.int(0, products.length - 1), 1)[0]!;
    lines.push({
      sku: skuOf(product),
      productName: product,
      quantity: rng.int(1, 500),
      unitPriceFen: rng.int(50, 200_000),
    });
  }
  return lines;
}

/** The actions that take an order to `final`, with realistic dates (≈15 % of deliveries late). */
function lifecycle(
  rng: Rng,
  o: OrderPlacedPayload,
  final: OrderStatus,
): { actions: OrderActedOnPayload[]; deliveredOn: string | null } {
  const act = (action: OrderAction, by: string, on: string): OrderActedOnPayload => ({
    orderId: o.orderId,
    action,
    actorCompanyId: by,
    on,
  });
  const confirmed = addDays(o.placedOn, rng.int(0, 2));
  if (final === 'PLACED') return { actions: [], deliveredOn: null };
  if (final === 'CANCELLED') {
    const early = rng.chance(0.5);
    const actions = early ? [] : [act('confirm', o.supplierId, confirmed)];
    actions.push(act('cancel', o.buyerId, addDays(confirmed, rng.int(0, 3))));
    return { actions, deliveredOn: null };
  }
  const actions = [act('confirm', o.supplierId, confirmed)];
  if (final === 'CONFIRMED') return { actions, deliveredOn: null };
  const leadDays = daysBetween(confirmed, o.promisedDate);
  const delivered = rng.chance(0.15)
    ? addDays(o.promisedDate, rng.int(1, 10))
    : addDays(confirmed, rng.int(Math.max(1, leadDays - 5), leadDays));
  const shipped = addDays(delivered, -rng.int(1, Math.min(3, daysBetween(confirmed, delivered))));
  actions.push(act('ship', o.supplierId, final === 'SHIPPED' ? addDays(confirmed, 1) : shipped));
  if (final === 'SHIPPED') return { actions, deliveredOn: null };
  actions.push(act('deliver', o.buyerId, delivered));
  if (final === 'INVOICED')
    actions.push(act('invoice', o.supplierId, addDays(delivered, rng.int(0, 10))));
  return { actions, deliveredOn: delivered };
}

/** `count` orders along the supply links, generated lazily (200 000 orders need not sit in memory). */
export function* orderPlans(rng: Rng, net: BenchNetwork, count: number): Generator<OrderPlan> {
  for (let i = 0; i < count; i += 1) {
    const { buyer, supplier } = pickParties(rng, net);
    const lines = orderLines(rng, supplier);
    const placedOn = addDays(FIRST_ORDER_DAY, rng.int(0, 364));
    const placed: OrderPlacedPayload = {
      orderId: rng.uuid(),
      number: `PO-${String(i + 1).padStart(7, '0')}`,
      buyerId: buyer.id,
      supplierId: supplier.id,
      currency: 'CNY',
      lines,
      totalFen: lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0),
      promisedDate: addDays(placedOn, rng.int(7, 30)),
      placedOn,
    };
    const draw = rng.next();
    const final = FINAL_STATUS.find(([upTo]) => draw < upTo)![1];
    const { actions, deliveredOn } = lifecycle(rng, placed, final);
    yield {
      placed,
      actions,
      facts: {
        status: final,
        totalFen: placed.totalFen,
        placedOn,
        promisedDate: placed.promisedDate,
        deliveredOn,
      },
    };
  }
}

/** The KPIs the gateway must report to `buyerId`, per supplier, computed by the domain's reference rule. */
export function expectedKpis(facts: ReadonlyMap<string, OrderFacts[]>): Map<string, SupplierKpis> {
  return new Map([...facts].map(([supplierId, orders]) => [supplierId, supplierKpis(orders)]));
}

/**
 * The order actions of a whole load, kept compactly and given back in date order: 2,000,000 orders
 * make about 5,000,000 actions, too many to hold as objects. Each action is three 32-bit numbers
 * (order, actor, day × 8 + action); a counting sort by day keeps each order's own steps in sequence.
 */
export class OrderActions {
  private static readonly CODES: readonly OrderAction[] = [
    'confirm',
    'ship',
    'deliver',
    'invoice',
    'cancel',
  ];
  private readonly orderIds: string[] = [];
  private rows = new Int32Array(3 * 1024);
  private count = 0;
  private readonly companies: Map<string, number>;
  private readonly companyIds: string[];

  constructor(net: BenchNetwork) {
    const all = [net.leader, ...net.suppliers];
    this.companyIds = all.map((c) => c.id);
    this.companies = new Map(all.map((c, i) => [c.id, i]));
  }

  get size(): number {
    return this.count;
  }

  /** Adds one order's actions, in the order they must be applied. */
  add(actions: readonly OrderActedOnPayload[]): void {
    if (actions.length === 0) return;
    const orderId = actions[0]!.orderId;
    const order = this.orderIds.push(orderId) - 1;
    for (const a of actions) {
      if (a.orderId !== orderId) throw new Error('OrderActions.add takes the actions of one order');
      const actor = this.companies.get(a.actorCompanyId);
      const code = OrderActions.CODES.indexOf(a.action);
      const day = daysBetween(FIRST_ORDER_DAY, a.on);
      if (actor === undefined || code < 0 || day < 0)
        throw new Error(`cannot keep action ${JSON.stringify(a)}`);
      if (3 * (this.count + 1) > this.rows.length) {
        const grown = new Int32Array(this.rows.length * 2);
        grown.set(this.rows);
        this.rows = grown;
      }
      const at = 3 * this.count;
      this.rows[at] = order;
      this.rows[at + 1] = actor;
      this.rows[at + 2] = day * 8 + code;
      this.count += 1;
    }
  }

  /** All actions by date (stable: an order's steps of one day stay in sequence). */
  *inDateOrder(): Generator<OrderActedOnPayload> {
    const dayOf = (i: number) => this.rows[3 * i + 2]! >> 3;
    let lastDay = 0;
    for (let i = 0; i < this.count; i += 1) lastDay = Math.max(lastDay, dayOf(i));
    const starts = new Int32Array(lastDay + 2);
    for (let i = 0; i < this.count; i += 1) starts[dayOf(i) + 1]! += 1;
    for (let d = 1; d < starts.length; d += 1) starts[d]! += starts[d - 1]!;
    const order = new Int32Array(this.count);
    for (let i = 0; i < this.count; i += 1) order[starts[dayOf(i)]!++] = i;
    const dates: string[] = [];
    for (const i of order) {
      const [o, actor, packed] = [this.rows[3 * i]!, this.rows[3 * i + 1]!, this.rows[3 * i + 2]!];
      const day = packed >> 3;
      yield {
        orderId: this.orderIds[o]!,
        action: OrderActions.CODES[packed & 7]!,
        actorCompanyId: this.companyIds[actor]!,
        on: (dates[day] ??= addDays(FIRST_ORDER_DAY, day)),
      };
    }
  }
}

// ── stock and its sharing ────────────────────────────────────────────────────────────────────────

export interface StockReportedPayload {
  companyId: string;
  mode: 'UPDATE';
  reportedAt: string;
  positions: { sku: string; productName: string; warehouse: string; quantity: number }[];
}

/** When the generated stock was counted: fixed, so runs are comparable. */
export const STOCK_REPORTED_AT = '2025-12-31T08:00:00.000Z';

/** One report per supplier: each of its products in its MAIN warehouse, about a third also in WH-2. */
export function stockReports(rng: Rng, net: BenchNetwork): StockReportedPayload[] {
  return net.suppliers.map((s) => ({
    companyId: s.id,
    mode: 'UPDATE',
    reportedAt: STOCK_REPORTED_AT,
    positions: s.products.flatMap((product) =>
      (rng.chance(0.3) ? ['MAIN', 'WH-2'] : ['MAIN']).map((warehouse) => ({
        sku: skuOf(product),
        productName: product,
        warehouse,
        quantity: rng.int(0, 20_000),
      })),
    ),
  }));
}

export interface InventoryConsentPayload {
  consentId: string;
  grantorId: string;
  granteeId: string;
  scope: 'INVENTORY';
  products: string[];
}

/** Every tier-1 supplier shows the leader its stock of the products it sells (named in the consent). */
export function inventoryConsents(rng: Rng, net: BenchNetwork): InventoryConsentPayload[] {
  return net.tiers[1]!.map((s) => ({
    consentId: rng.uuid(),
    grantorId: s.id,
    granteeId: net.leader.id,
    scope: 'INVENTORY',
    products: s.products,
  }));
}
