/**
 * The chain benchmarks' questions to ChainLift's gateway, as the leader's ADMIN asks them
 * (bench:network and bench:peers), their answers' shapes, and one timed request.
 */

const NETWORK_SELECTION = `total nodes { tier status company { id name region } } links { supplierId buyerId }`;
/** The query of the issue, `first` written in the query text. */
export const NETWORK_QUERY = `query ($c: ID!) { supplierNetwork(chainId: $c, filter: { maxDepth: 4 }, first: 10000) {
  ${NETWORK_SELECTION} } }`;
/** The same query with `first` as a variable: same work for the gateway, but graphql-armor's cost
 * limit only multiplies by a literal `first` (see networkQueryToTime). */
export const NETWORK_QUERY_VAR = `query ($c: ID!, $first: Int) { supplierNetwork(chainId: $c, filter: { maxDepth: 4 }, first: $first) {
  ${NETWORK_SELECTION} } }`;
const KPI_SELECTION = `supplier { id name } orders delivered onTime onTimePerMille
  openValue { amount currency } leadTimeDaysTenths`;
export const KPI_QUERY = `{ supplierKpis { ${KPI_SELECTION} } }`;
/** A page of the KPIs (the first `$first`). */
export const KPI_PAGE_QUERY = `query ($first: Int) { supplierKpis(first: $first) { ${KPI_SELECTION} } }`;
export const ME_QUERY = '{ me { id } }';

export interface NetworkAnswer {
  supplierNetwork: {
    total: number;
    nodes: {
      tier: number;
      status: string;
      company: { id: string; name: string; region: string | null };
    }[];
    links: { supplierId: string; buyerId: string }[];
  };
}
export interface KpiAnswer {
  supplierKpis: {
    supplier: { id: string; name: string };
    orders: number;
    delivered: number;
    onTime: number;
    onTimePerMille: number | null;
    openValue: { amount: string; currency: string };
    leadTimeDaysTenths: number | null;
  }[];
}

export const PATH_QUERY = `query ($c: ID!, $s: ID!) { pathToLeader(chainId: $c, supplierId: $s) { id name } }`;
const RISK_SELECTION = `buyer { id name } product supplier { id name } buyerTier`;
export const RISKS_QUERY = `query ($c: ID!) { singleSourceRisks(chainId: $c) { ${RISK_SELECTION} } }`;
/** A page of the risks (the first `$first`). */
export const RISKS_PAGE_QUERY = `query ($c: ID!, $first: Int) { singleSourceRisks(chainId: $c, first: $first) {
  ${RISK_SELECTION} } }`;
export const STOCK_QUERY = `query ($s: ID!) { stock(companyId: $s) { sku productName warehouse quantity } }`;

export interface PathAnswer {
  pathToLeader: { id: string; name: string }[] | null;
}
export interface RisksAnswer {
  singleSourceRisks: {
    buyer: { id: string; name: string };
    product: string;
    supplier: { id: string; name: string };
    buyerTier: number;
  }[];
}
export interface StockAnswer {
  stock: { sku: string; productName: string; warehouse: string; quantity: number }[];
}

export interface Timed {
  ms: number;
  bytes: number;
  body: { data?: unknown; errors?: { message: string }[] };
}

/** One POST, timed until the whole answer arrived; throws on GraphQL errors. No token: no header. */
export async function timedPost(
  url: string,
  token: string | undefined,
  query: string,
  variables: object,
): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as Timed['body'];
  if (body.errors?.length || !body.data)
    throw new Error(
      `query failed (HTTP ${response.status}): ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
    );
  return { ms, bytes: text.length, body };
}
