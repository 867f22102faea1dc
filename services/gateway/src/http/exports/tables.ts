/**
 * The tables that export to .xlsx: each is a GraphQL query the web app's table runs (the same
 * resolver, so the same authorization and the same rows), the filters it takes from the URL, and
 * its sheets with Chinese headers. A paged query is read page after page, so the file holds every
 * row the filters select, not the page on screen.
 *
 * Column order of `stock` is the stock CSV upload's (sku, warehouse, quantity, product name):
 * saved as CSV, an exported sheet uploads again.
 */
import { fail, orThrow } from '@chainlift/domain';
import { regionalStatistics } from './regional';
import { SERVICE_TABLES } from './service-tables';
import { sheet, type Column, type Sheet } from './workbook';

type Data = Record<string, unknown>;

export interface ExportTable {
  /** File name stem and URL: GET /export/<name>.xlsx */
  name: string;
  /** The query; a paged one takes $first and $offset. */
  query: string;
  /** URL parameters the query takes, with whether each is required. */
  params: Record<string, { required: boolean }>;
  /** The query's variables from the URL's filters, when they are not the filters as they are. */
  variables?(filters: Record<string, string>): Record<string, unknown>;
  /** The top-level field whose list is paged (every page is read). */
  paged?: string;
  /**
   * Filters the web table applies to the rows it got (antd column filters the query has no
   * argument for): URL parameters too, applied to the rows of `field`, each value one of `values`.
   */
  rowFilters?: {
    field: string;
    filters: Record<string, { values: string[]; keep(row: never, value: string): boolean }>;
  };
  sheets(data: Data): Sheet[];
}

interface Named {
  name: string;
  uscc?: string;
}
interface Amount {
  amount: string;
  currency: string;
}

/** The largest page the list resolvers serve (resolvers/shared.ts `page`). */
export const PAGE_SIZE = 1000;

const COMPANY = 'id name uscc';
const MONEY = 'amount currency';
const OFFER = `offer { days advance { ${MONEY} } interest { ${MONEY} } net { ${MONEY} } }`;

const list = <T>(data: Data, field: string): T[] => (data[field] ?? []) as T[];

// ---- receivables -------------------------------------------------------------------------------

interface ReceivableRow {
  id: string;
  invoiceNumber: string | null;
  status: string;
  issuedOn: string;
  dueDate: string;
  amount: Amount;
  creditor: Named;
  holder: Named;
  debtor: Named;
  activePledge: { registerNumber: string; status: string; bank: Named } | null;
}

const RECEIVABLE_FIELDS = `id invoiceNumber status issuedOn dueDate amount { ${MONEY} }
  creditor { ${COMPANY} } holder { ${COMPANY} } debtor { ${COMPANY} }
  activePledge { registerNumber status bank { ${COMPANY} } }`;

const receivableColumns: Column<ReceivableRow>[] = [
  { header: '应收账款编号', type: 'text', value: (r) => r.id, width: 38 },
  { header: '发票号', type: 'text', value: (r) => r.invoiceNumber },
  { header: '债权人', type: 'text', value: (r) => r.creditor.name },
  { header: '持有人', type: 'text', value: (r) => r.holder.name },
  { header: '债务人', type: 'text', value: (r) => r.debtor.name },
  { header: '金额', type: 'money', value: (r) => r.amount.amount },
  { header: '币种', type: 'text', value: (r) => r.amount.currency, width: 8 },
  { header: '签发日', type: 'date', value: (r) => r.issuedOn },
  { header: '到期日', type: 'date', value: (r) => r.dueDate },
  { header: '状态', type: 'text', value: (r) => r.status, width: 12 },
  { header: '质押登记编号', type: 'text', value: (r) => r.activePledge?.registerNumber },
  { header: '质押银行', type: 'text', value: (r) => r.activePledge?.bank.name },
];

// ---- pledges (the bank's loan book, receivable side) ------------------------------------------

interface PledgeRow {
  registerNumber: string;
  status: string;
  requestedOn: string;
  approvedOn: string | null;
  disbursedOn: string | null;
  closedOn: string | null;
  loanEndDate: string;
  outstanding: Amount;
  holder: Named;
  bank: Named;
  product: Named;
  receivable: { id: string; amount: Amount; dueDate: string; debtor: Named };
  offer: { days: number; advance: Amount; interest: Amount; net: Amount };
}

const PLEDGE_QUERY = `query ExportPledges($status: PledgeStatus, $first: Int, $offset: Int) {
  pledges(status: $status, first: $first, offset: $offset) {
    registerNumber status requestedOn approvedOn disbursedOn closedOn loanEndDate
    outstanding { ${MONEY} } holder { ${COMPANY} } bank { ${COMPANY} } product { id name }
    receivable { id dueDate amount { ${MONEY} } debtor { ${COMPANY} } }
    ${OFFER}
  }
}`;

const pledgeColumns: Column<PledgeRow>[] = [
  { header: '登记编号', type: 'text', value: (p) => p.registerNumber },
  { header: '持有人', type: 'text', value: (p) => p.holder.name },
  { header: '银行', type: 'text', value: (p) => p.bank.name },
  { header: '产品', type: 'text', value: (p) => p.product.name },
  { header: '债务人', type: 'text', value: (p) => p.receivable.debtor.name },
  { header: '应收账款金额', type: 'money', value: (p) => p.receivable.amount.amount },
  { header: '应收账款到期日', type: 'date', value: (p) => p.receivable.dueDate },
  { header: '状态', type: 'text', value: (p) => p.status, width: 12 },
  { header: '申请日', type: 'date', value: (p) => p.requestedOn },
  { header: '批准日', type: 'date', value: (p) => p.approvedOn },
  { header: '放款日', type: 'date', value: (p) => p.disbursedOn },
  { header: '结清日', type: 'date', value: (p) => p.closedOn },
  { header: '融资到期日', type: 'date', value: (p) => p.loanEndDate },
  { header: '未偿金额', type: 'money', value: (p) => p.outstanding.amount },
  { header: '融资金额', type: 'money', value: (p) => p.offer.advance.amount },
  { header: '利息', type: 'money', value: (p) => p.offer.interest.amount },
  { header: '实付金额', type: 'money', value: (p) => p.offer.net.amount },
  { header: '计息天数', type: 'int', value: (p) => p.offer.days },
];

// ---- inventory loans (the bank's loan book, inventory side) ------------------------------------

interface LoanRow {
  id: string;
  warehouse: string;
  status: string;
  level: string;
  pledgeRate: string;
  marginCallLtv: string;
  liquidationLtv: string;
  ltv: string | null;
  principal: Amount;
  controlLine: Amount;
  collateralValue: Amount;
  borrower: Named;
  bank: Named;
  operator: Named;
  goods: { sku: string; quantity: number; inStock: number }[];
}

const LOAN_QUERY = `query ExportInventoryLoans($status: InventoryLoanStatus) {
  inventoryLoans(status: $status) {
    id warehouse status level pledgeRate marginCallLtv liquidationLtv ltv
    principal { ${MONEY} } controlLine { ${MONEY} } collateralValue { ${MONEY} }
    borrower { ${COMPANY} } bank { ${COMPANY} } operator { ${COMPANY} }
    goods { sku quantity inStock }
  }
}`;

const loanColumns: Column<LoanRow>[] = [
  { header: '贷款编号', type: 'text', value: (l) => l.id, width: 38 },
  { header: '借款人', type: 'text', value: (l) => l.borrower.name },
  { header: '银行', type: 'text', value: (l) => l.bank.name },
  { header: '监管方', type: 'text', value: (l) => l.operator.name },
  { header: '仓库', type: 'text', value: (l) => l.warehouse, width: 12 },
  {
    header: '质押货物',
    type: 'text',
    value: (l) => l.goods.map((g) => `${g.sku}×${g.quantity}`).join('; '),
    width: 30,
  },
  { header: '本金', type: 'money', value: (l) => l.principal.amount },
  { header: '状态', type: 'text', value: (l) => l.status, width: 12 },
  { header: '质押率', type: 'percent', value: (l) => l.pledgeRate },
  { header: '最低控货线', type: 'money', value: (l) => l.controlLine.amount },
  { header: '押品价值', type: 'money', value: (l) => l.collateralValue.amount },
  { header: '贷款价值比', type: 'percent', value: (l) => l.ltv },
  { header: '补仓线', type: 'percent', value: (l) => l.marginCallLtv },
  { header: '平仓线', type: 'percent', value: (l) => l.liquidationLtv },
  { header: '预警级别', type: 'text', value: (l) => l.level, width: 12 },
];

// ---- the receivable pool -----------------------------------------------------------------------

interface PoolRow {
  eligible: boolean;
  ineligibilities: { code: string; message: string }[];
  receivable: ReceivableRow;
  offer: { days: number; advance: Amount; interest: Amount; net: Amount } | null;
}

const poolColumns: Column<PoolRow>[] = [
  { header: '应收账款编号', type: 'text', value: (e) => e.receivable.id, width: 38 },
  { header: '持有人', type: 'text', value: (e) => e.receivable.holder.name },
  { header: '债务人', type: 'text', value: (e) => e.receivable.debtor.name },
  { header: '金额', type: 'money', value: (e) => e.receivable.amount.amount },
  { header: '签发日', type: 'date', value: (e) => e.receivable.issuedOn },
  { header: '到期日', type: 'date', value: (e) => e.receivable.dueDate },
  { header: '状态', type: 'text', value: (e) => e.receivable.status, width: 12 },
  { header: '是否合格', type: 'text', value: (e) => (e.eligible ? '是' : '否'), width: 10 },
  {
    header: '不合格原因',
    type: 'text',
    value: (e) => e.ineligibilities.map((i) => i.message).join('; '),
    width: 40,
  },
  { header: '融资金额', type: 'money', value: (e) => e.offer?.advance.amount },
  { header: '利息', type: 'money', value: (e) => e.offer?.interest.amount },
  { header: '实付金额', type: 'money', value: (e) => e.offer?.net.amount },
  { header: '计息天数', type: 'int', value: (e) => e.offer?.days },
];

// ---- exposure ----------------------------------------------------------------------------------

interface ExposureLine {
  company: Named;
  amount: Amount;
  share: string;
}
interface ChainLine {
  chain: { name: string; leader: Named };
  amount: Amount;
  share: string;
}

const exposureColumns: Column<ExposureLine>[] = [
  { header: '企业名称', type: 'text', value: (l) => l.company.name },
  { header: '统一社会信用代码', type: 'text', value: (l) => l.company.uscc },
  { header: '敞口金额', type: 'money', value: (l) => l.amount.amount },
  { header: '占比', type: 'percent', value: (l) => l.share },
];

const chainExposureColumns: Column<ChainLine>[] = [
  { header: '产业链', type: 'text', value: (l) => l.chain.name },
  { header: '链主', type: 'text', value: (l) => l.chain.leader.name },
  { header: '敞口金额', type: 'money', value: (l) => l.amount.amount },
  { header: '占比', type: 'percent', value: (l) => l.share },
];

// ---- orders and supplier KPIs ------------------------------------------------------------------

interface OrderRow {
  number: string;
  status: string;
  buyer: Named;
  supplier: Named;
  total: Amount;
  placedOn: string;
  promisedDate: string;
  confirmedOn: string | null;
  shippedOn: string | null;
  deliveredOn: string | null;
  invoicedOn: string | null;
  cancelledOn: string | null;
}

const orderColumns: Column<OrderRow>[] = [
  { header: '订单号', type: 'text', value: (o) => o.number },
  { header: '采购方', type: 'text', value: (o) => o.buyer.name },
  { header: '供应商', type: 'text', value: (o) => o.supplier.name },
  { header: '金额', type: 'money', value: (o) => o.total.amount },
  { header: '币种', type: 'text', value: (o) => o.total.currency, width: 8 },
  { header: '状态', type: 'text', value: (o) => o.status, width: 12 },
  { header: '下单日', type: 'date', value: (o) => o.placedOn },
  { header: '承诺交期', type: 'date', value: (o) => o.promisedDate },
  { header: '确认日', type: 'date', value: (o) => o.confirmedOn },
  { header: '发货日', type: 'date', value: (o) => o.shippedOn },
  { header: '交付日', type: 'date', value: (o) => o.deliveredOn },
  { header: '开票日', type: 'date', value: (o) => o.invoicedOn },
  { header: '取消日', type: 'date', value: (o) => o.cancelledOn },
];

interface KpiRow {
  supplier: Named;
  orders: number;
  delivered: number;
  onTime: number;
  onTimePerMille: number | null;
  openValue: Amount;
  leadTimeDaysTenths: number | null;
}

/** 875 per mille → "87.5" percent, by text (no float division). */
const perMilleAsPercent = (perMille: number | null) =>
  perMille === null ? null : `${Math.trunc(perMille / 10)}.${perMille % 10}`;

const kpiColumns: Column<KpiRow>[] = [
  { header: '供应商', type: 'text', value: (k) => k.supplier.name },
  { header: '统一社会信用代码', type: 'text', value: (k) => k.supplier.uscc },
  { header: '订单数', type: 'int', value: (k) => k.orders },
  { header: '已交付', type: 'int', value: (k) => k.delivered },
  { header: '准时交付', type: 'int', value: (k) => k.onTime },
  { header: '准时交付率', type: 'percent', value: (k) => perMilleAsPercent(k.onTimePerMille) },
  { header: '未完成金额', type: 'money', value: (k) => k.openValue.amount },
  {
    header: '平均交付周期（天）',
    type: 'decimal',
    value: (k) =>
      k.leadTimeDaysTenths === null
        ? null
        : `${Math.trunc(k.leadTimeDaysTenths / 10)}.${k.leadTimeDaysTenths % 10}`,
  },
];

// ---- stock -------------------------------------------------------------------------------------

interface StockRow {
  sku: string;
  warehouse: string;
  quantity: number;
  productName: string;
  updatedAt: string;
  company: Named;
}

/** The stock CSV upload's order first (sku, warehouse, quantity, product name). */
const stockColumns: Column<StockRow>[] = [
  { header: '物料编码', type: 'text', value: (s) => s.sku },
  { header: '仓库', type: 'text', value: (s) => s.warehouse, width: 12 },
  { header: '数量', type: 'int', value: (s) => s.quantity },
  { header: '品名', type: 'text', value: (s) => s.productName },
  { header: '更新时间', type: 'datetime', value: (s) => s.updatedAt, width: 20 },
  { header: '企业', type: 'text', value: (s) => s.company.name },
];

const TABLES: ExportTable[] = [
  {
    name: 'receivable-pool',
    params: { productId: { required: true }, loanEndDate: { required: true } },
    query: `query ExportPool($productId: ID!, $loanEndDate: Date!) {
      receivablePool(productId: $productId, loanEndDate: $loanEndDate) {
        eligible ineligibilities { code message }
        receivable { ${RECEIVABLE_FIELDS} }
        ${OFFER}
      }
    }`,
    rowFilters: {
      field: 'receivablePool',
      filters: {
        eligible: {
          values: ['true', 'false'],
          keep: (e: PoolRow, value) => e.eligible === (value === 'true'),
        },
      },
    },
    sheets: (data) => [sheet('应收账款池', poolColumns, list<PoolRow>(data, 'receivablePool'))],
  },
  {
    name: 'exposure',
    params: {},
    query: `query ExportExposure {
      bankExposure {
        byDebtor { company { ${COMPANY} } amount { ${MONEY} } share }
        byBorrower { company { ${COMPANY} } amount { ${MONEY} } share }
        byChain { chain { id name leader { ${COMPANY} } } amount { ${MONEY} } share }
      }
    }`,
    sheets: (data) => {
      const exposure = data.bankExposure as {
        byDebtor: ExposureLine[];
        byBorrower: ExposureLine[];
        byChain: ChainLine[];
      };
      return [
        sheet('按债务人', exposureColumns, exposure.byDebtor),
        sheet('按借款企业', exposureColumns, exposure.byBorrower),
        sheet('按产业链', chainExposureColumns, exposure.byChain),
      ];
    },
  },
  {
    name: 'pledges',
    params: { status: { required: false } },
    paged: 'pledges',
    query: PLEDGE_QUERY,
    sheets: (data) => [sheet('应收账款质押', pledgeColumns, list<PledgeRow>(data, 'pledges'))],
  },
  {
    name: 'inventory-loans',
    params: { status: { required: false } },
    query: LOAN_QUERY,
    sheets: (data) => [sheet('存货融资', loanColumns, list<LoanRow>(data, 'inventoryLoans'))],
  },
  {
    name: 'receivables',
    params: { role: { required: true }, status: { required: false } },
    paged: 'receivables',
    query: `query ExportReceivables($role: ReceivableRole!, $status: ReceivableStatus, $first: Int, $offset: Int) {
      receivables(role: $role, status: $status, first: $first, offset: $offset) { ${RECEIVABLE_FIELDS} }
    }`,
    sheets: (data) => [
      sheet('应收账款', receivableColumns, list<ReceivableRow>(data, 'receivables')),
    ],
  },
  {
    name: 'orders',
    params: { role: { required: true }, status: { required: false } },
    paged: 'orders',
    query: `query ExportOrders($role: OrderRole!, $status: OrderStatus, $first: Int, $offset: Int) {
      orders(role: $role, status: $status, first: $first, offset: $offset) {
        number status buyer { ${COMPANY} } supplier { ${COMPANY} } total { ${MONEY} }
        placedOn promisedDate confirmedOn shippedOn deliveredOn invoicedOn cancelledOn
      }
    }`,
    sheets: (data) => [sheet('订单', orderColumns, list<OrderRow>(data, 'orders'))],
  },
  {
    name: 'supplier-kpis',
    params: { supplierId: { required: false } },
    query: `query ExportSupplierKpis($supplierId: ID) {
      supplierKpis(supplierId: $supplierId) {
        supplier { ${COMPANY} } orders delivered onTime onTimePerMille openValue { ${MONEY} }
        leadTimeDaysTenths
      }
    }`,
    sheets: (data) => [sheet('供应商绩效', kpiColumns, list<KpiRow>(data, 'supplierKpis'))],
  },
  {
    name: 'stock',
    params: { companyId: { required: true } },
    query: `query ExportStock($companyId: ID!) {
      stock(companyId: $companyId) { sku warehouse quantity productName updatedAt company { ${COMPANY} } }
    }`,
    sheets: (data) => [sheet('库存', stockColumns, list<StockRow>(data, 'stock'))],
  },
];

// ---- the leader's supplier network ------------------------------------------------------------

interface NetworkRow {
  company: Named & { id: string; region: string | null; industry: string | null };
  tier: number;
  status: string;
  supplies: string[];
}

/** The network's most members in one export (the query's own cap). */
export const MAX_NETWORK_NODES = 10_000;

/**
 * The supplier CSV import's columns first, under header names it reads (企业名称, 统一社会信用代码,
 * 联系邮箱, 供应产品 with ';' between products): the API shows no contact e-mails, so that column
 * is left for the user to fill before importing the sheet (saved as CSV) again.
 */
const networkColumns: Column<NetworkRow>[] = [
  { header: '企业名称', type: 'text', value: (n) => n.company.name },
  { header: '统一社会信用代码', type: 'text', value: (n) => n.company.uscc },
  { header: '联系邮箱', type: 'text', value: () => null },
  { header: '供应产品', type: 'text', value: (n) => n.supplies.join(';'), width: 30 },
  { header: '层级', type: 'int', value: (n) => n.tier, width: 8 },
  { header: '状态', type: 'text', value: (n) => n.status, width: 12 },
  { header: '地区', type: 'text', value: (n) => n.company.region },
  { header: '行业', type: 'text', value: (n) => n.company.industry },
];

const numbers = (list: string | undefined) => list?.split(',').map(Number);

const supplierNetwork: ExportTable = {
  name: 'supplier-network',
  params: {
    chainId: { required: true },
    tiers: { required: false },
    statuses: { required: false },
  },
  variables: ({ chainId, tiers, statuses }) => ({
    chainId,
    filter: {
      ...(tiers ? { tiers: numbers(tiers) } : {}),
      ...(statuses ? { statuses: statuses.split(',') } : {}),
    },
  }),
  query: `query ExportSupplierNetwork($chainId: ID!, $filter: NetworkFilter) {
    supplierNetwork(chainId: $chainId, filter: $filter, first: ${MAX_NETWORK_NODES}) {
      total
      nodes { company { ${COMPANY} region industry } tier status }
      links { supplierId products }
    }
  }`,
  sheets: (data) => {
    const network = data.supplierNetwork as {
      total: number;
      nodes: Omit<NetworkRow, 'supplies'>[];
      links: { supplierId: string; products: string[] }[];
    };
    if (network.total > network.nodes.length)
      orThrow(
        fail(
          'BAD_USER_INPUT',
          `the network has ${network.total} members over the filters; at most ${MAX_NETWORK_NODES} export at once: filter by tier or status`,
        ),
      );
    // What each supplies, as the network's company card shows it: the products of its links.
    const rows = network.nodes.map((node) => ({
      ...node,
      supplies: [
        ...new Set(
          network.links.filter((l) => l.supplierId === node.company.id).flatMap((l) => l.products),
        ),
      ],
    }));
    return [sheet('供应商网络', networkColumns, rows)];
  },
};

// ---- release requests, consents and the access log ----------------------------------------------

interface ReleaseRow {
  sku: string;
  quantity: number;
  reason: string;
  status: string;
  requestedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  releasedAt: string | null;
  ltvAfter: string | null;
  collateralValueAfter: Amount | null;
  loan: { id: string; borrower: Named; bank: Named; operator: Named; warehouse: string };
}

const releaseColumns: Column<ReleaseRow>[] = [
  { header: '贷款编号', type: 'text', value: (r) => r.loan.id, width: 38 },
  { header: '借款人', type: 'text', value: (r) => r.loan.borrower.name },
  { header: '银行', type: 'text', value: (r) => r.loan.bank.name },
  { header: '监管方', type: 'text', value: (r) => r.loan.operator.name },
  { header: '仓库', type: 'text', value: (r) => r.loan.warehouse, width: 12 },
  { header: '物料编码', type: 'text', value: (r) => r.sku },
  { header: '放货数量', type: 'int', value: (r) => r.quantity },
  { header: '申请理由', type: 'text', value: (r) => r.reason, width: 30 },
  { header: '状态', type: 'text', value: (r) => r.status, width: 12 },
  { header: '申请时间', type: 'datetime', value: (r) => r.requestedAt, width: 20 },
  { header: '审批时间', type: 'datetime', value: (r) => r.decidedAt, width: 20 },
  { header: '审批意见', type: 'text', value: (r) => r.decisionReason, width: 30 },
  { header: '放货时间', type: 'datetime', value: (r) => r.releasedAt, width: 20 },
  { header: '放货后押品价值', type: 'money', value: (r) => r.collateralValueAfter?.amount },
  { header: '放货后贷款价值比', type: 'percent', value: (r) => r.ltvAfter },
];

interface ConsentRow {
  scope: string;
  status: string;
  grantedAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  grantor: Named;
  grantee: Named;
}

const consentColumns: Column<ConsentRow>[] = [
  { header: '授权方', type: 'text', value: (c) => c.grantor.name },
  { header: '被授权方', type: 'text', value: (c) => c.grantee.name },
  { header: '授权范围', type: 'text', value: (c) => c.scope, width: 14 },
  { header: '状态', type: 'text', value: (c) => c.status, width: 12 },
  { header: '授权时间', type: 'datetime', value: (c) => c.grantedAt, width: 20 },
  { header: '到期时间', type: 'datetime', value: (c) => c.expiresAt, width: 20 },
  { header: '撤销时间', type: 'datetime', value: (c) => c.revokedAt, width: 20 },
];

interface AccessRow {
  at: string;
  scope: string;
  what: string;
  viewerUserEmail: string | null;
  viewer: Named;
}

const accessColumns: Column<AccessRow>[] = [
  { header: '访问时间', type: 'datetime', value: (a) => a.at, width: 20 },
  { header: '访问方', type: 'text', value: (a) => a.viewer.name },
  { header: '访问用户', type: 'text', value: (a) => a.viewerUserEmail },
  { header: '授权范围', type: 'text', value: (a) => a.scope, width: 14 },
  { header: '访问内容', type: 'text', value: (a) => a.what, width: 30 },
];

interface RiskRow {
  product: string;
  buyerTier: number;
  buyer: Named;
  supplier: Named;
}

const riskColumns: Column<RiskRow>[] = [
  { header: '产品', type: 'text', value: (r) => r.product },
  { header: '唯一供应商', type: 'text', value: (r) => r.supplier.name },
  { header: '供应商统一社会信用代码', type: 'text', value: (r) => r.supplier.uscc },
  { header: '采购方', type: 'text', value: (r) => r.buyer.name },
  { header: '采购方层级', type: 'int', value: (r) => r.buyerTier, width: 10 },
];

interface ProductRow {
  name: string;
  advanceRate: string;
  annualRate: string;
  minRemainingDays: number;
  maxAgeDays: number;
  minAmount: Amount;
  maxAmount: Amount;
  bank: Named;
}

const productColumns: Column<ProductRow>[] = [
  { header: '产品名称', type: 'text', value: (p) => p.name },
  { header: '银行', type: 'text', value: (p) => p.bank.name },
  { header: '融资比例', type: 'percent', value: (p) => p.advanceRate },
  { header: '年利率', type: 'percent', value: (p) => p.annualRate },
  { header: '最短剩余天数', type: 'int', value: (p) => p.minRemainingDays },
  { header: '最长账龄天数', type: 'int', value: (p) => p.maxAgeDays },
  { header: '最低金额', type: 'money', value: (p) => p.minAmount.amount },
  { header: '最高金额', type: 'money', value: (p) => p.maxAmount.amount },
];

interface UndeliveredRow {
  orderStatus: string | null;
  receivable: ReceivableRow;
}

const undeliveredColumns: Column<UndeliveredRow>[] = [
  { header: '应收账款编号', type: 'text', value: (u) => u.receivable.id, width: 38 },
  { header: '持有人', type: 'text', value: (u) => u.receivable.holder.name },
  { header: '债务人', type: 'text', value: (u) => u.receivable.debtor.name },
  { header: '金额', type: 'money', value: (u) => u.receivable.amount.amount },
  { header: '到期日', type: 'date', value: (u) => u.receivable.dueDate },
  { header: '订单状态', type: 'text', value: (u) => u.orderStatus, width: 12 },
];

interface OwnSupplierRow {
  supplier: Named;
  products: string[];
  since: string;
  confirmed: boolean;
  memberships: { chain: { name: string }; status: string; tier: number | null }[];
}

const ownSupplierColumns: Column<OwnSupplierRow>[] = [
  { header: '企业名称', type: 'text', value: (s) => s.supplier.name },
  { header: '统一社会信用代码', type: 'text', value: (s) => s.supplier.uscc },
  { header: '供应产品', type: 'text', value: (s) => s.products.join(';'), width: 30 },
  { header: '已确认', type: 'text', value: (s) => (s.confirmed ? '是' : '否'), width: 8 },
  { header: '建立时间', type: 'datetime', value: (s) => s.since, width: 20 },
  {
    header: '所在产业链',
    type: 'text',
    value: (s) =>
      s.memberships
        .map((m) => `${m.chain.name} ${m.status}${m.tier === null ? '' : ` ${m.tier}`}`)
        .join('; '),
    width: 40,
  },
];

const MORE_TABLES: ExportTable[] = [
  {
    name: 'undelivered-backing',
    params: {},
    query: `query ExportUndeliveredBacking {
      undeliveredBacking { orderStatus receivable { ${RECEIVABLE_FIELDS} } }
    }`,
    sheets: (data) => [
      sheet(
        '无交付支撑的应收账款',
        undeliveredColumns,
        list<UndeliveredRow>(data, 'undeliveredBacking'),
      ),
    ],
  },
  {
    name: 'my-suppliers',
    params: { chainId: { required: false } },
    query: `query ExportMySuppliers($chainId: ID) {
      mySuppliers(chainId: $chainId) {
        supplier { ${COMPANY} } products since confirmed memberships { chain { id name } status tier }
      }
    }`,
    sheets: (data) => [
      sheet('我的供应商', ownSupplierColumns, list<OwnSupplierRow>(data, 'mySuppliers')),
    ],
  },
  {
    name: 'single-source-risks',
    params: { chainId: { required: true } },
    query: `query ExportSingleSourceRisks($chainId: ID!) {
      singleSourceRisks(chainId: $chainId) { product buyerTier buyer { ${COMPANY} } supplier { ${COMPANY} } }
    }`,
    sheets: (data) => [
      sheet('单一来源风险', riskColumns, list<RiskRow>(data, 'singleSourceRisks')),
    ],
  },
  {
    name: 'finance-products',
    params: { bankId: { required: false } },
    query: `query ExportFinanceProducts($bankId: ID) {
      financeProducts(bankId: $bankId) {
        name advanceRate annualRate minRemainingDays maxAgeDays
        minAmount { ${MONEY} } maxAmount { ${MONEY} } bank { ${COMPANY} }
      }
    }`,
    sheets: (data) => [
      sheet('融资产品', productColumns, list<ProductRow>(data, 'financeProducts')),
    ],
  },
  {
    name: 'release-requests',
    params: { loanId: { required: false }, status: { required: false } },
    query: `query ExportReleaseRequests($loanId: ID, $status: ReleaseRequestStatus) {
      releaseRequests(loanId: $loanId, status: $status) {
        sku quantity reason status requestedAt decidedAt decisionReason releasedAt ltvAfter
        collateralValueAfter { ${MONEY} }
        loan { id warehouse borrower { ${COMPANY} } bank { ${COMPANY} } operator { ${COMPANY} } }
      }
    }`,
    sheets: (data) => [
      sheet('放货申请', releaseColumns, list<ReleaseRow>(data, 'releaseRequests')),
    ],
  },
  {
    name: 'consents',
    params: { direction: { required: true } },
    query: `query ExportConsents($direction: ConsentDirection!) {
      consents(direction: $direction) {
        scope status grantedAt expiresAt revokedAt grantor { ${COMPANY} } grantee { ${COMPANY} }
      }
    }`,
    sheets: (data) => [sheet('数据授权', consentColumns, list<ConsentRow>(data, 'consents'))],
  },
  {
    name: 'access-log',
    params: { since: { required: false }, scope: { required: false } },
    query: `query ExportAccessLog($since: DateTime, $scope: ConsentScope) {
      accessLog(since: $since, scope: $scope) { at scope what viewerUserEmail viewer { ${COMPANY} } }
    }`,
    sheets: (data) => [sheet('访问记录', accessColumns, list<AccessRow>(data, 'accessLog'))],
  },
];

/** The bank's loan book: receivable pledges and inventory loans, one sheet each. */
const loanBook: ExportTable = {
  name: 'loan-book',
  params: {},
  query: `query ExportLoanBook($first: Int, $offset: Int) {
    pledges(first: $first, offset: $offset) {
      registerNumber status requestedOn approvedOn disbursedOn closedOn loanEndDate
      outstanding { ${MONEY} } holder { ${COMPANY} } bank { ${COMPANY} } product { id name }
      receivable { id dueDate amount { ${MONEY} } debtor { ${COMPANY} } }
      ${OFFER}
    }
    inventoryLoans {
      id warehouse status level pledgeRate marginCallLtv liquidationLtv ltv
      principal { ${MONEY} } controlLine { ${MONEY} } collateralValue { ${MONEY} }
      borrower { ${COMPANY} } bank { ${COMPANY} } operator { ${COMPANY} }
      goods { sku quantity inStock }
    }
  }`,
  paged: 'pledges',
  sheets: (data) => [
    sheet('应收账款质押', pledgeColumns, list<PledgeRow>(data, 'pledges')),
    sheet('存货融资', loanColumns, list<LoanRow>(data, 'inventoryLoans')),
  ],
};

// ---- the digital-level assessment --------------------------------------------------------------

interface GradeRow {
  rank: number;
  zh: string;
}

interface DashboardSupplierRow {
  company: Named & { region: string | null; industry: string | null };
  tier: number | null;
  grade: GradeRow;
  previousGrade: GradeRow | null;
  total: string;
  submittedAt: string;
  volumeShare: string;
  disagreements: number;
}

const DASHBOARD_SUPPLIER = `company { ${COMPANY} region industry } tier grade { rank zh }
  previousGrade { rank zh } total submittedAt volumeShare disagreements`;

const dashboardSupplierColumns: Column<DashboardSupplierRow>[] = [
  { header: '企业名称', type: 'text', value: (s) => s.company.name },
  { header: '统一社会信用代码', type: 'text', value: (s) => s.company.uscc },
  { header: '层级', type: 'int', value: (s) => s.tier, width: 8 },
  { header: '等级', type: 'text', value: (s) => s.grade.zh, width: 12 },
  { header: '上次等级', type: 'text', value: (s) => s.previousGrade?.zh, width: 12 },
  { header: '总分', type: 'decimal', value: (s) => s.total },
  { header: '采购量占比', type: 'percent', value: (s) => s.volumeShare },
  { header: '证据不一致场景数', type: 'int', value: (s) => s.disagreements },
  { header: '提交时间', type: 'datetime', value: (s) => s.submittedAt, width: 20 },
  { header: '地区', type: 'text', value: (s) => s.company.region },
  { header: '行业', type: 'text', value: (s) => s.company.industry },
];

/** One of the leader's chainDashboard supplier lists (the dashboard's own query and access). */
const dashboardSuppliers = (
  name: string,
  field: 'suppliers' | 'helpFirst',
  sheetName: string,
): ExportTable => ({
  name,
  params: { chainId: { required: true } },
  query: `query Export${field === 'suppliers' ? 'AssessedSuppliers' : 'HelpFirst'}($chainId: ID!) {
    chainDashboard(chainId: $chainId) { ${field} { ${DASHBOARD_SUPPLIER} } }
  }`,
  sheets: (data) => [
    sheet(
      sheetName,
      dashboardSupplierColumns,
      (data.chainDashboard as Record<typeof field, DashboardSupplierRow[]>)[field],
    ),
  ],
});

interface SubmissionRow {
  submittedAt: string | null;
  questionnaireVersion: string;
  result: {
    total: string;
    maxTotal: string;
    grade: GradeRow;
    dimensions: { zh: string; points: string; maxPoints: string }[];
    scenarios: {
      scenarioId: string;
      zh: string;
      group: string;
      mandatory: boolean;
      level: number;
    }[];
  } | null;
}

const historyColumns: Column<SubmissionRow>[] = [
  { header: '提交时间', type: 'datetime', value: (a) => a.submittedAt, width: 20 },
  { header: '等级', type: 'text', value: (a) => a.result?.grade.zh, width: 12 },
  { header: '总分', type: 'decimal', value: (a) => a.result?.total },
  { header: '满分', type: 'decimal', value: (a) => a.result?.maxTotal },
  { header: '问卷版本', type: 'text', value: (a) => a.questionnaireVersion, width: 12 },
];

type ScenarioRow = NonNullable<SubmissionRow['result']>['scenarios'][number];
type DimensionRow = NonNullable<SubmissionRow['result']>['dimensions'][number];

const scenarioColumns: Column<ScenarioRow>[] = [
  { header: '场景编号', type: 'text', value: (s) => s.scenarioId, width: 12 },
  { header: '场景', type: 'text', value: (s) => s.zh, width: 30 },
  { header: '场景组', type: 'text', value: (s) => s.group, width: 12 },
  { header: '必选', type: 'text', value: (s) => (s.mandatory ? '是' : '否'), width: 8 },
  { header: '等级', type: 'int', value: (s) => s.level, width: 8 },
];

const dimensionColumns: Column<DimensionRow>[] = [
  { header: '维度', type: 'text', value: (d) => d.zh },
  { header: '得分', type: 'decimal', value: (d) => d.points },
  { header: '满分', type: 'decimal', value: (d) => d.maxPoints },
];

interface PlanRow {
  createdAt: string;
  plannedBy: Named;
  targets: {
    scenarioId: string;
    zh: string;
    level: number;
    baseLevel: number | null;
    currentLevel: number | null;
    reached: boolean;
  }[];
  tasks: {
    title: string;
    scenarioId: string | null;
    owner: Named;
    dueDate: string;
    status: string;
    overdue: boolean;
    note: string | null;
    updatedAt: string;
  }[];
}

type TaskRow = PlanRow['tasks'][number] & { plan: PlanRow };
type TargetRow = PlanRow['targets'][number] & { plan: PlanRow };

const taskColumns: Column<TaskRow>[] = [
  { header: '计划创建时间', type: 'datetime', value: (x) => x.plan.createdAt, width: 20 },
  { header: '规划方', type: 'text', value: (x) => x.plan.plannedBy.name },
  { header: '任务', type: 'text', value: (x) => x.title, width: 30 },
  {
    header: '场景',
    type: 'text',
    value: (x) => x.plan.targets.find((g) => g.scenarioId === x.scenarioId)?.zh,
    width: 30,
  },
  { header: '负责方', type: 'text', value: (x) => x.owner.name },
  { header: '截止日', type: 'date', value: (x) => x.dueDate },
  { header: '状态', type: 'text', value: (x) => x.status, width: 12 },
  { header: '已逾期', type: 'text', value: (x) => (x.overdue ? '是' : '否'), width: 8 },
  { header: '备注', type: 'text', value: (x) => x.note, width: 30 },
  { header: '更新时间', type: 'datetime', value: (x) => x.updatedAt, width: 20 },
];

const targetColumns: Column<TargetRow>[] = [
  { header: '计划创建时间', type: 'datetime', value: (x) => x.plan.createdAt, width: 20 },
  { header: '规划方', type: 'text', value: (x) => x.plan.plannedBy.name },
  { header: '场景', type: 'text', value: (x) => x.zh, width: 30 },
  { header: '基准等级', type: 'int', value: (x) => x.baseLevel },
  { header: '当前等级', type: 'int', value: (x) => x.currentLevel },
  { header: '目标等级', type: 'int', value: (x) => x.level },
  { header: '已达成', type: 'text', value: (x) => (x.reached ? '是' : '否'), width: 8 },
];

const ASSESSMENT_TABLES: ExportTable[] = [
  dashboardSuppliers('assessed-suppliers', 'suppliers', '已评估供应商'),
  dashboardSuppliers('help-first', 'helpFirst', '优先帮扶供应商'),
  {
    name: 'assessment-history',
    params: { companyId: { required: true } },
    query: `query ExportAssessmentHistory($companyId: ID!) {
      assessment(companyId: $companyId) {
        history { submittedAt questionnaireVersion result { total maxTotal grade { rank zh } } }
      }
    }`,
    sheets: (data) => [
      sheet('评估历史', historyColumns, (data.assessment as { history: SubmissionRow[] }).history),
    ],
  },
  {
    name: 'assessment-result',
    params: { companyId: { required: true } },
    query: `query ExportAssessmentResult($companyId: ID!) {
      assessment(companyId: $companyId) {
        latest {
          submittedAt questionnaireVersion
          result {
            total maxTotal grade { rank zh }
            dimensions { zh points maxPoints }
            scenarios { scenarioId zh group mandatory level }
          }
        }
      }
    }`,
    sheets: (data) => {
      const result = (data.assessment as { latest: SubmissionRow | null }).latest?.result;
      return [
        sheet('场景等级', scenarioColumns, result?.scenarios ?? []),
        sheet('维度得分', dimensionColumns, result?.dimensions ?? []),
      ];
    },
  },
  {
    name: 'improvement-plans',
    params: { companyId: { required: true } },
    query: `query ExportImprovementPlans($companyId: ID!) {
      improvementPlans(companyId: $companyId) {
        createdAt plannedBy { ${COMPANY} }
        targets { scenarioId zh level baseLevel currentLevel reached }
        tasks { title scenarioId owner { ${COMPANY} } dueDate status overdue note updatedAt }
      }
    }`,
    sheets: (data) => {
      const plans = list<PlanRow>(data, 'improvementPlans');
      return [
        sheet(
          '改进任务',
          taskColumns,
          plans.flatMap((plan) => plan.tasks.map((task) => ({ ...task, plan }))),
        ),
        sheet(
          '改进目标',
          targetColumns,
          plans.flatMap((plan) => plan.targets.map((target) => ({ ...target, plan }))),
        ),
      ];
    },
  },
];

// ---- risk, alerts, invitations -----------------------------------------------------------------

interface CycleRow {
  companies: Named[];
}

/** A ring as the risk tab shows it: A → B → C → A. */
const ring = (companies: Named[]) =>
  [...companies, ...companies.slice(0, 1)].map((c) => c.name).join(' → ');

const cycleColumns: Column<CycleRow>[] = [
  { header: '环路', type: 'text', value: (c) => ring(c.companies), width: 60 },
  { header: '企业数', type: 'int', value: (c) => c.companies.length, width: 10 },
  {
    header: '统一社会信用代码',
    type: 'text',
    value: (c) => c.companies.map((x) => x.uscc).join('; '),
    width: 60,
  },
];

interface AlertRow {
  level: string;
  ltv: string | null;
  causeType: string;
  raisedAt: string;
  collateralValue: Amount;
  loan: { id: string; borrower: Named; bank: Named };
}

/** The most alerts the alerts query serves at once (resolvers/inventory-loans.ts). */
export const MAX_ALERTS = 500;

const alertColumns: Column<AlertRow>[] = [
  { header: '预警时间', type: 'datetime', value: (a) => a.raisedAt, width: 20 },
  { header: '预警级别', type: 'text', value: (a) => a.level, width: 12 },
  { header: '借款人', type: 'text', value: (a) => a.loan.borrower.name },
  { header: '银行', type: 'text', value: (a) => a.loan.bank.name },
  { header: '贷款编号', type: 'text', value: (a) => a.loan.id, width: 38 },
  { header: '押品价值', type: 'money', value: (a) => a.collateralValue.amount },
  { header: '贷款价值比', type: 'percent', value: (a) => a.ltv },
  { header: '触发事件', type: 'text', value: (a) => a.causeType },
];

interface MembershipRow {
  status: string;
  tier: number | null;
  since: string;
  chain: { name: string; leader: Named };
}

const membershipColumns: Column<MembershipRow>[] = [
  { header: '产业链', type: 'text', value: (m) => m.chain.name },
  { header: '链主', type: 'text', value: (m) => m.chain.leader.name },
  { header: '层级', type: 'int', value: (m) => m.tier, width: 8 },
  { header: '状态', type: 'text', value: (m) => m.status, width: 12 },
  { header: '邀请时间', type: 'datetime', value: (m) => m.since, width: 20 },
];

interface DueRow {
  month: string;
  receivables: number;
  amount: Amount;
}

const dueColumns: Column<DueRow>[] = [
  { header: '到期月份', type: 'text', value: (d) => d.month, width: 12 },
  { header: '应收账款笔数', type: 'int', value: (d) => d.receivables },
  { header: '到期金额', type: 'money', value: (d) => d.amount.amount },
];

const RISK_TABLES: ExportTable[] = [
  {
    name: 'circular-trades',
    params: { kind: { required: true } },
    query: `query ExportCircularTrades($kind: TradeCycleKind!) {
      circularTrades(kind: $kind) { kind companies { ${COMPANY} } }
    }`,
    sheets: (data) => [sheet('循环交易', cycleColumns, list<CycleRow>(data, 'circularTrades'))],
  },
  {
    name: 'alerts',
    params: {},
    query: `query ExportAlerts {
      alerts(first: ${MAX_ALERTS}) {
        level ltv causeType raisedAt collateralValue { ${MONEY} }
        loan { id borrower { ${COMPANY} } bank { ${COMPANY} } }
      }
    }`,
    sheets: (data) => [sheet('预警', alertColumns, list<AlertRow>(data, 'alerts'))],
  },
  {
    name: 'my-chains',
    params: {},
    query: `query ExportMyChains {
      myChains { status tier since chain { id name leader { ${COMPANY} } } }
    }`,
    rowFilters: {
      field: 'myChains',
      filters: {
        // The SME's two tables: pending invitations (INVITED) and the chains it is in.
        invited: {
          values: ['true', 'false'],
          keep: (m: MembershipRow, value) => (m.status === 'INVITED') === (value === 'true'),
        },
      },
    },
    sheets: (data) => [sheet('产业链', membershipColumns, list<MembershipRow>(data, 'myChains'))],
  },
  {
    name: 'due-by-month',
    params: {},
    query: `query ExportDueByMonth {
      leaderFinance { dueByMonth { month receivables amount { ${MONEY} } } }
    }`,
    sheets: (data) => [
      sheet('按月到期', dueColumns, (data.leaderFinance as { dueByMonth: DueRow[] }).dueByMonth),
    ],
  },
];

// ---- registration risks, low stock, assessment evidence ----------------------------------------

interface RegistrationRow {
  registerNumber: string;
  status: string;
  pledgor: { name: string; uscc: string };
  debtor: { name: string; uscc: string };
  amount: Amount;
  dueDate: string;
  termMonths: number;
  registrationNumber: string | null;
  registrationRisk: string | null;
}

const registrationColumns: Column<RegistrationRow>[] = [
  { header: '登记编号', type: 'text', value: (f) => f.registerNumber },
  { header: '出质人', type: 'text', value: (f) => f.pledgor.name },
  { header: '债务人', type: 'text', value: (f) => f.debtor.name },
  { header: '主债权金额', type: 'money', value: (f) => f.amount.amount },
  { header: '应收账款到期日', type: 'date', value: (f) => f.dueDate },
  { header: '登记期限（月）', type: 'int', value: (f) => f.termMonths },
  { header: '质押状态', type: 'text', value: (f) => f.status, width: 12 },
  { header: '登记风险', type: 'text', value: (f) => f.registrationRisk, width: 14 },
  { header: '登记证明编号', type: 'text', value: (f) => f.registrationNumber },
];

interface LowStockRow {
  sku: string;
  onHand: number;
  openDemand: number;
  shortfall: number;
}

const lowStockColumns: Column<LowStockRow>[] = [
  { header: '物料编码', type: 'text', value: (l) => l.sku },
  { header: '现有数量', type: 'int', value: (l) => l.onHand },
  { header: '未交付需求', type: 'int', value: (l) => l.openDemand },
  { header: '缺口', type: 'int', value: (l) => l.shortfall },
];

interface EvidenceRow {
  scenarioId: string;
  zh: string;
  declaredLevel: number | null;
  evidencedLevel: number;
  ceiling: number;
  agreement: string;
}

const evidenceColumns: Column<EvidenceRow>[] = [
  { header: '场景编号', type: 'text', value: (e) => e.scenarioId, width: 12 },
  { header: '场景', type: 'text', value: (e) => e.zh, width: 30 },
  { header: '自评等级', type: 'int', value: (e) => e.declaredLevel },
  { header: '平台证据等级', type: 'int', value: (e) => e.evidencedLevel },
  { header: '可证明最高等级', type: 'int', value: (e) => e.ceiling },
  { header: '一致性', type: 'text', value: (e) => e.agreement, width: 14 },
];

const MORE_RISK_TABLES: ExportTable[] = [
  {
    // The bank's 登记风险 card: its pledges not registered or whose registration ends soon.
    name: 'registration-risks',
    params: {},
    query: `query ExportRegistrationRisks {
      pledgeRegistrationForms(unregisteredOnly: false) {
        registerNumber status pledgor { name uscc } debtor { name uscc } amount { ${MONEY} }
        dueDate termMonths registrationNumber registrationRisk
      }
    }`,
    sheets: (data) => [
      sheet(
        '登记风险',
        registrationColumns,
        list<RegistrationRow>(data, 'pledgeRegistrationForms').filter((f) => f.registrationRisk),
      ),
    ],
  },
  {
    name: 'low-stock',
    params: { companyId: { required: true } },
    query: `query ExportLowStock($companyId: ID!) {
      lowStock(companyId: $companyId) { sku onHand openDemand shortfall }
    }`,
    sheets: (data) => [sheet('低库存', lowStockColumns, list<LowStockRow>(data, 'lowStock'))],
  },
  {
    name: 'assessment-evidence',
    params: { companyId: { required: true } },
    query: `query ExportAssessmentEvidence($companyId: ID!) {
      evidence(companyId: $companyId) {
        scenarios { scenarioId zh declaredLevel evidencedLevel ceiling agreement }
      }
    }`,
    sheets: (data) => [
      sheet('平台证据', evidenceColumns, (data.evidence as { scenarios: EvidenceRow[] }).scenarios),
    ],
  },
];

// ---- service providers' products and engagements ------------------------------------------------

interface ServiceProductRow {
  name: string;
  provider: Named;
  status: string;
  version: number;
  monthlyPrice: Amount;
  scenarios: { zh: string; targetLevel: number }[];
  industries: string[];
  regions: { fullName: string }[];
  deliveryDays: number;
  publishedAt: string;
}

const serviceProductColumns: Column<ServiceProductRow>[] = [
  { header: '产品', type: 'text', value: (p) => p.name, width: 30 },
  { header: '服务商', type: 'text', value: (p) => p.provider.name, width: 30 },
  { header: '状态', type: 'text', value: (p) => p.status, width: 12 },
  { header: '版本', type: 'int', value: (p) => p.version, width: 8 },
  { header: '月订阅价', type: 'money', value: (p) => p.monthlyPrice.amount },
  {
    header: '场景（目标等级）',
    type: 'text',
    value: (p) => p.scenarios.map((s) => `${s.zh}（${s.targetLevel}级）`).join('; '),
    width: 40,
  },
  { header: '行业', type: 'text', value: (p) => p.industries.join('; ') || '不限', width: 24 },
  {
    header: '服务地区',
    type: 'text',
    value: (p) => p.regions.map((r) => r.fullName).join('; ') || '全国',
    width: 30,
  },
  { header: '交付天数', type: 'int', value: (p) => p.deliveryDays, width: 10 },
  { header: '发布时间', type: 'datetime', value: (p) => p.publishedAt, width: 20 },
];

interface EngagementRow {
  company: Named;
  provider: Named;
  product: { name: string };
  productVersion: number;
  task: { title: string };
  status: string;
  monthlyPrice: Amount;
  proposedAt: string;
  acceptedOn: string | null;
  deliveredOn: string | null;
}

const engagementColumns: Column<EngagementRow>[] = [
  { header: '委托企业', type: 'text', value: (e) => e.company.name, width: 30 },
  { header: '服务商', type: 'text', value: (e) => e.provider.name, width: 30 },
  { header: '产品', type: 'text', value: (e) => e.product.name, width: 30 },
  { header: '版本', type: 'int', value: (e) => e.productVersion, width: 8 },
  { header: '改进任务', type: 'text', value: (e) => e.task.title, width: 30 },
  { header: '状态', type: 'text', value: (e) => e.status, width: 12 },
  { header: '月订阅价', type: 'money', value: (e) => e.monthlyPrice.amount },
  { header: '提出时间', type: 'datetime', value: (e) => e.proposedAt, width: 20 },
  { header: '接受日', type: 'date', value: (e) => e.acceptedOn },
  { header: '交付日', type: 'date', value: (e) => e.deliveredOn },
];

const PROVIDER_TABLES: ExportTable[] = [
  {
    name: 'service-products',
    params: {
      scenarioId: { required: false },
      industry: { required: false },
      regionCode: { required: false },
      providerId: { required: false },
      // The provider's own list shows its withdrawn products too (includeWithdrawn=true).
      includeWithdrawn: { required: false },
    },
    variables: (f) => ({
      filter: {
        scenarioId: f.scenarioId ?? null,
        industry: f.industry ?? null,
        regionCode: f.regionCode ?? null,
        providerId: f.providerId ?? null,
        includeWithdrawn: f.includeWithdrawn === 'true',
      },
    }),
    paged: 'serviceProducts',
    query: `query ExportServiceProducts($filter: ServiceProductFilter, $first: Int, $offset: Int) {
      serviceProducts(filter: $filter, first: $first, offset: $offset) {
        name provider { ${COMPANY} } status version monthlyPrice { ${MONEY} }
        scenarios { zh targetLevel } industries regions { fullName } deliveryDays publishedAt
      }
    }`,
    sheets: (data) => [
      sheet('服务产品', serviceProductColumns, list<ServiceProductRow>(data, 'serviceProducts')),
    ],
  },
  {
    name: 'engagements',
    params: { status: { required: false } },
    query: `query ExportEngagements($status: EngagementStatus) {
      engagements(status: $status) {
        company { ${COMPANY} } provider { ${COMPANY} } product { name } productVersion
        task { title } status monthlyPrice { ${MONEY} } proposedAt acceptedOn deliveredOn
      }
    }`,
    sheets: (data) => [
      sheet('服务委托', engagementColumns, list<EngagementRow>(data, 'engagements')),
    ],
  },
];

export const EXPORT_TABLES: readonly ExportTable[] = [
  ...TABLES,
  ...MORE_TABLES,
  loanBook,
  supplierNetwork,
  ...ASSESSMENT_TABLES,
  ...RISK_TABLES,
  ...MORE_RISK_TABLES,
  regionalStatistics,
  ...PROVIDER_TABLES,
  ...SERVICE_TABLES,
];

export const exportTable = (name: string): ExportTable | undefined =>
  EXPORT_TABLES.find((t) => t.name === name);
