/**
 * The four questions of bench:peers, each asked of ChainLift's gateway and of the @neo4j/graphql
 * peer (peer-neo4j-graphql.ts), and how their answers are brought to one form and compared. Pure:
 * the bench sends, times and calls these; the unit tests pin the normalisation down.
 *
 * Normal forms sort rows by their keys (neither server promises the other's order) and spell money
 * as integer fen in a string (ChainLift answers "1234.50"; the peer's Cypher sums fen).
 */
import {
  KPI_QUERY,
  NETWORK_QUERY_VAR,
  RISKS_QUERY,
  STOCK_QUERY,
  type KpiAnswer,
  type NetworkAnswer,
  type RisksAnswer,
  type StockAnswer,
} from './chain-queries';

export type QuestionName = 'network' | 'kpis' | 'stock' | 'risks';

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

export interface Question {
  name: QuestionName;
  title: string;
  chainlift: Request;
  peer: Request;
  /** Both answers' data in one form: equal forms are equal answers. */
  normalise: { chainlift: (data: unknown) => unknown[]; peer: (data: unknown) => unknown[] };
}

/** "1234.50" (a Decimal of the API) → "123450" (fen), exactly, for any size. */
export function decimalToFen(amount: string): string {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) throw new Error(`not a decimal amount: ${amount}`);
  const [, sign, whole, cents = ''] = match;
  const fen = BigInt(`${whole}${cents.padEnd(2, '0')}`);
  return fen === 0n ? '0' : `${sign}${fen}`;
}

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
const sorted = <T>(rows: T[], key: (row: T) => string) => [...rows].sort(byKey(key));

// ── 1. the supplier network to depth 4, with tiers ──────────────────────────────────────────────

interface PeerNetwork {
  chains: {
    network: { id: string; name: string; region: string | null; status: string; tier: number }[];
    links: { supplierId: string; buyerId: string }[];
  }[];
}

export interface NetworkForm {
  kind: 'member' | 'link';
  key: string;
  row: unknown[];
}

function networkForm(
  members: { id: string; name: string; region: string | null; status: string; tier: number }[],
  links: { supplierId: string; buyerId: string }[],
): NetworkForm[] {
  return [
    ...sorted(
      members.map((m) => ({
        kind: 'member' as const,
        key: m.id,
        row: [m.id, m.name, m.region, m.status, m.tier],
      })),
      (r) => r.key,
    ),
    ...sorted(
      links.map((l) => ({
        kind: 'link' as const,
        key: `${l.supplierId}>${l.buyerId}`,
        row: [l.supplierId, l.buyerId],
      })),
      (r) => r.key,
    ),
  ];
}

export function chainliftNetwork(data: unknown): NetworkForm[] {
  const { nodes, links, total } = (data as NetworkAnswer).supplierNetwork;
  if (total !== nodes.length)
    throw new Error(`the network answer is a page (${nodes.length} of ${total}): ask for all`);
  return networkForm(
    nodes.map((n) => ({ ...n.company, status: n.status, tier: n.tier })),
    links,
  );
}

export function peerNetwork(data: unknown): NetworkForm[] {
  const chains = (data as PeerNetwork).chains;
  if (chains.length !== 1) throw new Error(`the peer found ${chains.length} chains, not one`);
  return networkForm(chains[0]!.network, chains[0]!.links);
}

// ── 2. supplier KPIs (the leader's orders) ──────────────────────────────────────────────────────

interface PeerKpis {
  supplierKpis: {
    supplierId: string;
    supplierName: string;
    currency: string;
    orders: number;
    delivered: number;
    onTime: number;
    onTimePerMille: number | null;
    openValueFen: string;
    leadTimeDaysTenths: number | null;
  }[];
}

export function chainliftKpis(data: unknown): unknown[] {
  return sorted(
    (data as KpiAnswer).supplierKpis.map((k) => [
      k.supplier.id,
      k.openValue.currency,
      k.supplier.name,
      k.orders,
      k.delivered,
      k.onTime,
      k.onTimePerMille,
      decimalToFen(k.openValue.amount),
      k.leadTimeDaysTenths,
    ]),
    (r) => `${r[0] as string}/${r[1] as string}`,
  );
}

export function peerKpis(data: unknown): unknown[] {
  return sorted(
    (data as PeerKpis).supplierKpis.map((k) => [
      k.supplierId,
      k.currency,
      k.supplierName,
      k.orders,
      k.delivered,
      k.onTime,
      k.onTimePerMille,
      k.openValueFen,
      k.leadTimeDaysTenths,
    ]),
    (r) => `${r[0] as string}/${r[1] as string}`,
  );
}

// ── 3. a stock view: a tier-1 supplier's stock, as its INVENTORY consent shows it to the leader ──

interface PeerStock {
  companies: {
    sharedStock: {
      sku: string;
      warehouse: string;
      quantity: number;
      productName: string;
    }[];
  }[];
}

const stockForm = (
  rows: { sku: string; productName: string | undefined; warehouse: string; quantity: number }[],
) =>
  sorted(
    rows.map((r) => [r.sku, r.warehouse, r.productName, r.quantity]),
    (r) => `${r[0] as string}/${r[1] as string}`,
  );

export const chainliftStock = (data: unknown): unknown[] => stockForm((data as StockAnswer).stock);

export function peerStock(data: unknown): unknown[] {
  const companies = (data as PeerStock).companies;
  if (companies.length !== 1) throw new Error(`the peer found ${companies.length} companies`);
  return stockForm(companies[0]!.sharedStock);
}

// ── 4. single-source risks ─────────────────────────────────────────────────────────────────────

interface RiskRow {
  buyerId: string;
  buyerName: string;
  product: string;
  supplierId: string;
  supplierName: string;
  buyerTier: number;
}

interface PeerRisks {
  chains: { singleSourceRisks: RiskRow[] }[];
}

const riskForm = (rows: RiskRow[]) =>
  sorted(
    rows.map((r) => [r.buyerId, r.product, r.buyerName, r.supplierId, r.supplierName, r.buyerTier]),
    (r) => `${r[0] as string}/${r[1] as string}`,
  );

export const chainliftRisks = (data: unknown): unknown[] =>
  riskForm(
    (data as RisksAnswer).singleSourceRisks.map((r) => ({
      buyerId: r.buyer.id,
      buyerName: r.buyer.name,
      product: r.product,
      supplierId: r.supplier.id,
      supplierName: r.supplier.name,
      buyerTier: r.buyerTier,
    })),
  );

export function peerRisks(data: unknown): unknown[] {
  const chains = (data as PeerRisks).chains;
  if (chains.length !== 1) throw new Error(`the peer found ${chains.length} chains, not one`);
  return riskForm(chains[0]!.singleSourceRisks);
}

// ── the questions and the comparison ───────────────────────────────────────────────────────────

const PEER_NETWORK = `query ($c: ID!) { chains(where: { id: { eq: $c } }) {
  network(maxDepth: 4) { id name region status tier } links { supplierId buyerId } } }`;
const PEER_KPIS = `query ($b: ID!) { supplierKpis(buyerId: $b) { supplierId supplierName currency
  orders delivered onTime onTimePerMille openValueFen leadTimeDaysTenths } }`;
const PEER_STOCK = `query ($s: ID!, $v: ID!) { companies(where: { id: { eq: $s } }) {
  sharedStock(viewerId: $v) { sku warehouse quantity productName } } }`;
const PEER_RISKS = `query ($c: ID!) { chains(where: { id: { eq: $c } }) {
  singleSourceRisks { buyerId buyerName product supplierId supplierName buyerTier } } }`;

/** The four questions about one chain, as its leader asks them (the stock: of `stockOwnerId`). */
export function peerQuestions(chain: {
  chainId: string;
  leaderId: string;
  stockOwnerId: string;
}): Question[] {
  const { chainId, leaderId, stockOwnerId } = chain;
  return [
    {
      name: 'network',
      title: 'supplier network, depth 4, with tiers',
      chainlift: { query: NETWORK_QUERY_VAR, variables: { c: chainId, first: 10_000 } },
      peer: { query: PEER_NETWORK, variables: { c: chainId } },
      normalise: { chainlift: chainliftNetwork, peer: peerNetwork },
    },
    {
      name: 'kpis',
      title: "supplier KPIs of the leader's orders",
      chainlift: { query: KPI_QUERY, variables: {} },
      peer: { query: PEER_KPIS, variables: { b: leaderId } },
      normalise: { chainlift: chainliftKpis, peer: peerKpis },
    },
    {
      name: 'stock',
      title: "a tier-1 supplier's stock, by consent",
      chainlift: { query: STOCK_QUERY, variables: { s: stockOwnerId } },
      peer: { query: PEER_STOCK, variables: { s: stockOwnerId, v: leaderId } },
      normalise: { chainlift: chainliftStock, peer: peerStock },
    },
    {
      name: 'risks',
      title: 'single-source risks',
      chainlift: { query: RISKS_QUERY, variables: { c: chainId } },
      peer: { query: PEER_RISKS, variables: { c: chainId } },
      normalise: { chainlift: chainliftRisks, peer: peerRisks },
    },
  ];
}

/** Undefined when two normal forms are equal; otherwise what differs first, for a person to read. */
export function answerDifference(
  chainlift: readonly unknown[],
  peer: readonly unknown[],
): string | undefined {
  const a = chainlift.map((row) => JSON.stringify(row));
  const b = peer.map((row) => JSON.stringify(row));
  const first = a.findIndex((row, i) => row !== b[i]);
  if (a.length === b.length && first < 0) return undefined;
  const at = first < 0 ? Math.min(a.length, b.length) : first;
  return (
    `ChainLift answered ${a.length} rows, the peer ${b.length}; first difference at row ${at}: ` +
    `ChainLift ${a[at] ?? '(none)'} · peer ${b[at] ?? '(none)'}`
  );
}
