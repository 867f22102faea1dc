import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CompanyRow } from '../reads/companies';
import { ChainRow, MembershipRow } from '../reads/chains';
import { NetworkNodeRow, SingleSourceRiskRow, ExposureRow } from '../reads/network';
import { OrderRow, SupplierKpiRow } from '../reads/orders';
import { UserRow, SessionRow } from '../reads/users';
import { StockRow } from '../reads/inventory';
import { ConsentRow, AccessRow } from '../reads/consents';
import { ApiKeyRow } from '../reads/api-keys';
import { ReceivableRow, TransferRow, PaymentRow, PledgeRow, ProductRow, LoanRow, GoodsRow, AlertRow } from '../reads/finance';
import { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, yyyy-MM-dd. */
  Date: { input: string; output: string; }
  /** An ISO-8601 date-time with offset, e.g. 2026-11-23T04:00:00.000Z. */
  DateTime: { input: string; output: string; }
  /** A decimal amount with at most two decimals, as a string: "1234.50". Stored as integer fen. */
  Decimal: { input: string; output: string; }
};

export type AccessRecord = {
  __typename?: 'AccessRecord';
  at: Scalars['DateTime']['output'];
  scope: ConsentScope;
  viewer: Company;
  viewerUserEmail?: Maybe<Scalars['String']['output']>;
  what: Scalars['String']['output'];
};

export type Alert = {
  __typename?: 'Alert';
  /** The event (stock report, price, release) whose projection raised it. */
  causeEventId: Scalars['ID']['output'];
  causeType: Scalars['String']['output'];
  collateralValue: Money;
  id: Scalars['ID']['output'];
  level: AlertLevel;
  loan: InventoryLoan;
  ltv?: Maybe<Scalars['Decimal']['output']>;
  raisedAt: Scalars['DateTime']['output'];
};

export type AlertLevel =
  /** Collateral value under the control line (最低控货线). */
  | 'BELOW_CONTROL_LINE'
  /** Loan-to-value at or above the liquidation threshold (平仓). */
  | 'LIQUIDATION'
  /** Loan-to-value at or above the margin-call threshold: the borrower must top up (补仓). */
  | 'MARGIN_CALL'
  | 'NONE';

export type ApiKey = {
  __typename?: 'ApiKey';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A bank's live financing: advances of approved or disbursed pledges and principals of active inventory loans. */
export type BankExposure = {
  __typename?: 'BankExposure';
  /** Per SME the bank financed (pledge holders and inventory borrowers). */
  byBorrower: Array<ExposureLine>;
  /** Per chain led by a debtor: to stop over-lending against one leader's credit. */
  byChain: Array<ChainExposureLine>;
  /** Per debtor (usually a chain leader) whose confirmations back the bank's receivable pledges. */
  byDebtor: Array<ExposureLine>;
  /** The largest single-debtor share, percent (concentration). */
  largestDebtorShare: Scalars['Decimal']['output'];
  total: Money;
};

export type Chain = {
  __typename?: 'Chain';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  leader: Company;
  /** How many members per status. */
  memberCounts: Array<StatusCount>;
  name: Scalars['String']['output'];
};

export type ChainExposureLine = {
  __typename?: 'ChainExposureLine';
  amount: Money;
  chain: Chain;
  share: Scalars['Decimal']['output'];
};

export type Company = {
  __typename?: 'Company';
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  kind: CompanyKind;
  name: Scalars['String']['output'];
  /** Null for a supplier that was invited and has not completed its profile yet. */
  region?: Maybe<Scalars['String']['output']>;
  registeredAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 (GB 32100-2015) */
  uscc: Scalars['String']['output'];
};

export type CompanyKind =
  | 'BANK'
  /** 链主 / 核心企业 */
  | 'CHAIN_LEADER'
  /** Runs the platform; its users may be platform admins. */
  | 'PLATFORM_OPERATOR'
  /** 中小企业 supplier */
  | 'SME'
  /** 监管方 (third-party warehouse operator) */
  | 'WAREHOUSE_OPERATOR';

export type Consent = {
  __typename?: 'Consent';
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  grantedAt: Scalars['DateTime']['output'];
  grantee: Company;
  grantor: Company;
  id: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scope: ConsentScope;
  status: Scalars['String']['output'];
};

export type ConsentDirection =
  | 'GRANTED'
  | 'RECEIVED';

export type ConsentScope =
  | 'ASSESSMENT'
  | 'INVENTORY'
  | 'ORDERS'
  | 'RECEIVABLES';

export type CreateUserInput = {
  companyId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  role: Role;
};

export type DueBucket = {
  __typename?: 'DueBucket';
  amount: Money;
  /** yyyy-MM */
  month: Scalars['String']['output'];
  receivables: Scalars['Int']['output'];
};

export type EventOutcome = {
  __typename?: 'EventOutcome';
  /** For REJECTED: the error code (e.g. CONFLICT) and a message a person can act on. */
  code?: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  message?: Maybe<Scalars['String']['output']>;
  status: EventStatus;
};

export type EventStatus =
  | 'APPLIED'
  | 'PENDING'
  | 'REJECTED';

export type Exposure = {
  __typename?: 'Exposure';
  chain: Chain;
  leader: Company;
  /** Value of open and past orders the chain's members placed with this company. */
  orderValue: Money;
  /** Share of the leader's own purchase value that goes to this company, in per mille. */
  shareOfLeaderPurchasesPerMille: Scalars['Int']['output'];
  status: MemberStatus;
  tier?: Maybe<Scalars['Int']['output']>;
};

export type ExposureLine = {
  __typename?: 'ExposureLine';
  amount: Money;
  company: Company;
  /** Share of the bank's total exposure, percent. */
  share: Scalars['Decimal']['output'];
};

export type FinanceProduct = {
  __typename?: 'FinanceProduct';
  /** Share of the outstanding amount advanced, percent (e.g. 80.00). */
  advanceRate: Scalars['Decimal']['output'];
  /** Annual discount rate, percent, actual/360, deducted up front. */
  annualRate: Scalars['Decimal']['output'];
  bank: Company;
  blockedDebtorIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  maxAgeDays: Scalars['Int']['output'];
  maxAmount: Money;
  minAmount: Money;
  minRemainingDays: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type FinanceProductInput = {
  advanceRate: Scalars['Decimal']['input'];
  annualRate: Scalars['Decimal']['input'];
  blockedDebtorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  maxAgeDays?: InputMaybe<Scalars['Int']['input']>;
  maxAmount?: InputMaybe<Scalars['Decimal']['input']>;
  minAmount?: InputMaybe<Scalars['Decimal']['input']>;
  minRemainingDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Give an existing product's id to redefine it. */
  productId?: InputMaybe<Scalars['ID']['input']>;
};

export type ImportReport = {
  __typename?: 'ImportReport';
  alreadyMembers: Scalars['Int']['output'];
  /** False when any row is invalid: then nothing was imported, fix the rows and upload again. */
  applied: Scalars['Boolean']['output'];
  created: Scalars['Int']['output'];
  eventId?: Maybe<Scalars['ID']['output']>;
  invalid: Scalars['Int']['output'];
  invited: Scalars['Int']['output'];
  rows: Array<ImportRow>;
};

export type ImportRow = {
  __typename?: 'ImportRow';
  message?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  row: Scalars['Int']['output'];
  status: ImportRowStatus;
  uscc?: Maybe<Scalars['String']['output']>;
};

export type ImportRowStatus =
  | 'ALREADY_MEMBER'
  /** A new company, created and invited. */
  | 'CREATED'
  | 'INVALID'
  /** A company already on the platform, invited into the chain. */
  | 'INVITED';

export type InventoryLoan = {
  __typename?: 'InventoryLoan';
  alerts: Array<Alert>;
  bank: Company;
  borrower: Company;
  /** Collateral value now: Σ min(pledged, in stock) × min(market price, cost). */
  collateralValue: Money;
  controlLine: Money;
  goods: Array<PledgedGoods>;
  id: Scalars['ID']['output'];
  level: AlertLevel;
  liquidationLtv: Scalars['Decimal']['output'];
  /** Loan-to-value now, percent (null when the goods are worth nothing). */
  ltv?: Maybe<Scalars['Decimal']['output']>;
  marginCallLtv: Scalars['Decimal']['output'];
  operator: Company;
  /** 质押率 at origination, percent. */
  pledgeRate: Scalars['Decimal']['output'];
  principal: Money;
  status: InventoryLoanStatus;
  warehouse: Scalars['String']['output'];
};

export type InventoryLoanAction =
  /** The bank approves and disburses (principal ≤ collateral value × pledge rate). */
  | 'APPROVE'
  /** The warehouse operator confirms the pledged goods are in stock. */
  | 'CONFIRM_GOODS'
  | 'REJECT'
  | 'REPAY'
  /** The borrower withdraws its request before approval. */
  | 'WITHDRAW';

export type InventoryLoanInput = {
  bankId: Scalars['ID']['input'];
  /** Minimum collateral value (最低控货线); default 0. */
  controlLine?: InputMaybe<Scalars['Decimal']['input']>;
  goods: Array<PledgedGoodsInput>;
  /** Percent; default 85. */
  liquidationLtv?: InputMaybe<Scalars['Decimal']['input']>;
  /** Percent; default 78. */
  marginCallLtv?: InputMaybe<Scalars['Decimal']['input']>;
  /** The warehouse operator company holding the goods. */
  operatorId: Scalars['ID']['input'];
  /** Percent; default 70. */
  pledgeRate?: InputMaybe<Scalars['Decimal']['input']>;
  principal: Scalars['Decimal']['input'];
  /** The warehouse code the borrower reports this stock under. */
  warehouse: Scalars['String']['input'];
};

export type InventoryLoanStatus =
  /** Approved and disbursed; the goods are under pledge and valued live. */
  | 'ACTIVE'
  /** Rejected by the bank or withdrawn by the borrower. */
  | 'CLOSED'
  /** The warehouse operator (监管方) confirmed the goods are there. */
  | 'GOODS_CONFIRMED'
  | 'REPAID'
  | 'REQUESTED';

/** For a chain leader (as debtor): what it confirmed, what was financed against it, and when it falls due. */
export type LeaderFinance = {
  __typename?: 'LeaderFinance';
  awaitingConfirmation: Money;
  confirmedOutstanding: Money;
  dueByMonth: Array<DueBucket>;
  /** Advances of active pledges on receivables the leader owes. */
  financedAgainst: Money;
  financedReceivables: Scalars['Int']['output'];
  overdue: Money;
};

export type LowStockSignal = {
  __typename?: 'LowStockSignal';
  onHand: Scalars['Int']['output'];
  openDemand: Scalars['Int']['output'];
  shortfall: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type MemberMove =
  | 'REINSTATE'
  | 'REMOVE'
  | 'SUSPEND';

export type MemberStatus =
  | 'ACTIVE'
  | 'DECLINED'
  | 'INVITED'
  | 'REMOVED'
  | 'SUSPENDED';

export type Membership = {
  __typename?: 'Membership';
  chain: Chain;
  company: Company;
  since: Scalars['DateTime']['output'];
  status: MemberStatus;
  /** Shortest supply distance to the leader (1 = direct supplier); null when no supply path reaches the leader. */
  tier?: Maybe<Scalars['Int']['output']>;
};

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  actOnInventoryLoan: InventoryLoan;
  actOnOrder: PurchaseOrder;
  actOnPledge: Pledge;
  /** The holder applies to a bank's product with a receivable (REQUESTED). */
  applyForFinancing: Pledge;
  changeMemberStatus: Membership;
  changeUserRole: User;
  /** 确权: the debtor confirms one or many receivables (each CONFIRMED or an error for the batch). */
  confirmReceivables: Array<Receivable>;
  /** A key for one of the company's systems (ADMIN). */
  createApiKey: NewApiKey;
  createChain: Chain;
  createUser: User;
  deactivateUser: User;
  /** The caller's company buys from this supplier (what it supplies, optional). */
  declareSupplier: WriteResult;
  defineFinanceProduct: FinanceProduct;
  disputeReceivable: Receivable;
  grantConsent: Consent;
  /** A CSV with columns name, uscc, email, supplies (';'-separated). All rows or none. */
  importSuppliers: ImportReport;
  inviteSupplier: ImportReport;
  /** Log in with e-mail and password. */
  login: Session;
  placeOrder: PurchaseOrder;
  /** Registers a company. Fails with CONFLICT when its USCC is already registered. */
  registerCompany: RegisterCompanyPayload;
  /** A bank registers a pledge from its pool (APPROVED); needs the holder's RECEIVABLES consent. */
  registerPledge: Pledge;
  registerReceivable: Receivable;
  /** Goods leave the pledge: the bank any quantity; the operator only while the loan stays safe (动态质押). */
  releaseGoods: InventoryLoan;
  removeSupplier: WriteResult;
  /** A market price per unit (banks' price feeds, the platform operator). */
  reportPrice: Scalars['Boolean']['output'];
  reportStock: WriteResult;
  requestInventoryLoan: InventoryLoan;
  respondToInvitation: Membership;
  revokeApiKey: ApiKey;
  revokeConsent: Consent;
  /** The debtor pays an original receivable: each part's holder (or the bank that financed it) is paid. */
  settleReceivable: Settlement;
  /** Split a confirmed receivable into parts (amounts that sum to it); returns the parts. */
  splitReceivable: Array<Receivable>;
  /** Pass a confirmed, unpledged receivable (or part) to one of the holder's own suppliers. */
  transferReceivable: Receivable;
};


export type MutationActOnInventoryLoanArgs = {
  action: InventoryLoanAction;
  id: Scalars['ID']['input'];
};


export type MutationActOnOrderArgs = {
  action: OrderAction;
  orderId: Scalars['ID']['input'];
};


export type MutationActOnPledgeArgs = {
  action: PledgeAction;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApplyForFinancingArgs = {
  loanEndDate: Scalars['Date']['input'];
  productId: Scalars['ID']['input'];
  receivableId: Scalars['ID']['input'];
};


export type MutationChangeMemberStatusArgs = {
  chainId: Scalars['ID']['input'];
  companyId: Scalars['ID']['input'];
  move: MemberMove;
};


export type MutationChangeUserRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationConfirmReceivablesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateChainArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationDeclareSupplierArgs = {
  products?: InputMaybe<Array<Scalars['String']['input']>>;
  supplierId: Scalars['ID']['input'];
};


export type MutationDefineFinanceProductArgs = {
  input: FinanceProductInput;
};


export type MutationDisputeReceivableArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationGrantConsentArgs = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  granteeId: Scalars['ID']['input'];
  scope: ConsentScope;
};


export type MutationImportSuppliersArgs = {
  chainId: Scalars['ID']['input'];
  csv: Scalars['String']['input'];
};


export type MutationInviteSupplierArgs = {
  chainId: Scalars['ID']['input'];
  supplier: SupplierInvite;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRegisterCompanyArgs = {
  input: RegisterCompanyInput;
};


export type MutationRegisterPledgeArgs = {
  loanEndDate: Scalars['Date']['input'];
  productId: Scalars['ID']['input'];
  receivableId: Scalars['ID']['input'];
};


export type MutationRegisterReceivableArgs = {
  input: RegisterReceivableInput;
};


export type MutationReleaseGoodsArgs = {
  loanId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};


export type MutationRemoveSupplierArgs = {
  supplierId: Scalars['ID']['input'];
};


export type MutationReportPriceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  price: Scalars['Decimal']['input'];
  sku: Scalars['String']['input'];
};


export type MutationReportStockArgs = {
  positions: Array<StockInput>;
  snapshot?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationRequestInventoryLoanArgs = {
  input: InventoryLoanInput;
};


export type MutationRespondToInvitationArgs = {
  accept: Scalars['Boolean']['input'];
  chainId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeConsentArgs = {
  consentId: Scalars['ID']['input'];
};


export type MutationSettleReceivableArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSplitReceivableArgs = {
  amounts: Array<Scalars['Decimal']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationTransferReceivableArgs = {
  id: Scalars['ID']['input'];
  toCompanyId: Scalars['ID']['input'];
};

export type NetworkFilter = {
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<MemberStatus>>;
  tiers?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type NetworkNode = {
  __typename?: 'NetworkNode';
  company: Company;
  status: MemberStatus;
  tier: Scalars['Int']['output'];
};

export type NewApiKey = {
  __typename?: 'NewApiKey';
  apiKey: ApiKey;
  /** The key itself, shown this once: store it in the system that posts to /ingest. */
  key: Scalars['String']['output'];
};

/** What the bank pays out: advance = outstanding × advance rate; interest = advance × rate × days / 360, half-up to the fen. */
export type Offer = {
  __typename?: 'Offer';
  advance: Money;
  days: Scalars['Int']['output'];
  interest: Money;
  net: Money;
};

export type OrderAction =
  | 'CANCEL'
  | 'CONFIRM'
  | 'DELIVER'
  | 'INVOICE'
  | 'SHIP';

export type OrderLine = {
  __typename?: 'OrderLine';
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  total: Money;
  unitPrice: Money;
};

export type OrderLineInput = {
  productName?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
  /** Decimal string, at most two decimals. */
  unitPrice: Scalars['Decimal']['input'];
};

export type OrderRole =
  | 'BUYER'
  | 'SUPPLIER';

export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'INVOICED'
  | 'PLACED'
  | 'SHIPPED';

export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  on: Scalars['Date']['output'];
  /** The holder of the part, or the bank that financed it. */
  payee: Company;
  pledgeId?: Maybe<Scalars['ID']['output']>;
  receivableId: Scalars['ID']['output'];
};

export type PlaceOrderInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  lines: Array<OrderLineInput>;
  number: Scalars['String']['input'];
  promisedDate: Scalars['Date']['input'];
  supplierId: Scalars['ID']['input'];
};

export type Pledge = {
  __typename?: 'Pledge';
  approvedOn?: Maybe<Scalars['Date']['output']>;
  bank: Company;
  closedOn?: Maybe<Scalars['Date']['output']>;
  disbursedOn?: Maybe<Scalars['Date']['output']>;
  holder: Company;
  id: Scalars['ID']['output'];
  loanEndDate: Scalars['Date']['output'];
  /** At request; recomputed on the disbursement date. */
  offer: Offer;
  outstanding: Money;
  product: FinanceProduct;
  reason?: Maybe<Scalars['String']['output']>;
  receivable: Receivable;
  /** 登记编号 in the platform's pledge register. */
  registerNumber: Scalars['String']['output'];
  requestedBy: Company;
  requestedOn: Scalars['Date']['output'];
  status: PledgeStatus;
};

export type PledgeAction =
  | 'APPROVE'
  | 'DISBURSE'
  | 'REJECT'
  /** The bank releases the pledge; the holder may withdraw one before disbursement. */
  | 'RELEASE'
  | 'REPAY';

export type PledgeStatus =
  | 'APPROVED'
  | 'DISBURSED'
  | 'REJECTED'
  | 'RELEASED'
  | 'REPAID'
  | 'REQUESTED';

export type PledgedGoods = {
  __typename?: 'PledgedGoods';
  /** In stock at the warehouse now (from the borrower's stock stream). */
  inStock: Scalars['Int']['output'];
  /** The latest market price, if any. */
  marketPrice?: Maybe<Money>;
  /** Quantity under pledge. */
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  unitCost: Money;
};

export type PledgedGoodsInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
  unitCost: Scalars['Decimal']['input'];
};

export type PoolEntry = {
  __typename?: 'PoolEntry';
  eligible: Scalars['Boolean']['output'];
  /** The offer if financed today until loanEndDate (null when not eligible). */
  offer?: Maybe<Offer>;
  /** Every unmet eligibility rule, e.g. 'TOO_SHORT: 8 days left to run; this product needs at least 15'. */
  reasons: Array<Scalars['String']['output']>;
  receivable: Receivable;
};

export type PurchaseOrder = {
  __typename?: 'PurchaseOrder';
  buyer: Company;
  cancelledOn?: Maybe<Scalars['Date']['output']>;
  confirmedOn?: Maybe<Scalars['Date']['output']>;
  deliveredOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  invoicedOn?: Maybe<Scalars['Date']['output']>;
  lines: Array<OrderLine>;
  number: Scalars['String']['output'];
  placedOn: Scalars['Date']['output'];
  promisedDate: Scalars['Date']['output'];
  shippedOn?: Maybe<Scalars['Date']['output']>;
  status: OrderStatus;
  supplier: Company;
  total: Money;
};

export type Query = {
  __typename?: 'Query';
  /** Who read the caller's company's shared data. */
  accessLog: Array<AccessRecord>;
  /** Alerts on loans the caller's company borrows or lends, newest first. */
  alerts: Array<Alert>;
  /** The caller's company's API keys (ADMIN). */
  apiKeys: Array<ApiKey>;
  bankExposure: BankExposure;
  chain?: Maybe<Chain>;
  /** Rings of trade among the companies the bank finances (or that owe them): a sign of made-up trade (e.g. 承兴). */
  circularTrades: Array<TradeCycle>;
  /** Companies by name; first is at most 200. */
  companies: Array<Company>;
  company?: Maybe<Company>;
  /** Consents the caller's company granted or received. */
  consents: Array<Consent>;
  /** What became of an event a mutation returned as PENDING. */
  eventOutcome: EventOutcome;
  /** Which chains depend on a company, and how much (the company itself asks). */
  exposure: Array<Exposure>;
  /** Banks' receivable-pledge products (all banks, or one). */
  financeProducts: Array<FinanceProduct>;
  inventoryLoan?: Maybe<InventoryLoan>;
  /** Loans the caller's company borrows, lends or supervises. */
  inventoryLoans: Array<InventoryLoan>;
  leaderFinance: LeaderFinance;
  lowStock: Array<LowStockSignal>;
  /** The user behind the token. */
  me: User;
  /** Chains the caller's company leads or belongs to. */
  myChains: Array<Membership>;
  order?: Maybe<PurchaseOrder>;
  /** Orders the caller's company placed (BUYER) or received (SUPPLIER). */
  orders: Array<PurchaseOrder>;
  /** A shortest supply path from a supplier up to the leader, supplier first. */
  pathToLeader?: Maybe<Array<Company>>;
  pledge?: Maybe<Pledge>;
  /** A bank's pledges; an SME's pledged receivables; a leader's receivables its suppliers financed. */
  pledges: Array<Pledge>;
  receivable?: Maybe<Receivable>;
  /** For a bank: receivables opened to it (RECEIVABLES consent) or applied to it, with eligibility and the offer. */
  receivablePool: Array<PoolEntry>;
  receivables: Array<Receivable>;
  /** Products a buyer in the chain gets from exactly one supplier. */
  singleSourceRisks: Array<SingleSourceRisk>;
  /** A company's stock: its own, or another's with an active INVENTORY consent (only products the caller buys from it). */
  stock: Array<StockPosition>;
  /** KPIs of the caller's company's suppliers, from its own orders. */
  supplierKpis: Array<SupplierKpi>;
  /** The leader's N-tier supplier network. */
  supplierNetwork: SupplierNetwork;
  /** Receivables the bank financed or may finance whose order was never delivered. */
  undeliveredBacking: Array<UndeliveredBacking>;
  /** Users of a company (its ADMIN, or a platform admin). */
  users: Array<User>;
};


export type QueryAccessLogArgs = {
  scope?: InputMaybe<ConsentScope>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCircularTradesArgs = {
  kind?: InputMaybe<TradeCycleKind>;
};


export type QueryCompaniesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CompanyKind>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsentsArgs = {
  direction: ConsentDirection;
};


export type QueryEventOutcomeArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryExposureArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryFinanceProductsArgs = {
  bankId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInventoryLoanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInventoryLoansArgs = {
  status?: InputMaybe<InventoryLoanStatus>;
};


export type QueryLowStockArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  role: OrderRole;
  status?: InputMaybe<OrderStatus>;
};


export type QueryPathToLeaderArgs = {
  chainId: Scalars['ID']['input'];
  supplierId: Scalars['ID']['input'];
};


export type QueryPledgeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPledgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PledgeStatus>;
};


export type QueryReceivableArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReceivablePoolArgs = {
  loanEndDate: Scalars['Date']['input'];
  productId: Scalars['ID']['input'];
};


export type QueryReceivablesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  role: ReceivableRole;
  status?: InputMaybe<ReceivableStatus>;
};


export type QuerySingleSourceRisksArgs = {
  chainId: Scalars['ID']['input'];
};


export type QueryStockArgs = {
  companyId: Scalars['ID']['input'];
};


export type QuerySupplierKpisArgs = {
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySupplierNetworkArgs = {
  chainId: Scalars['ID']['input'];
  filter?: InputMaybe<NetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  companyId: Scalars['ID']['input'];
};

export type Receivable = {
  __typename?: 'Receivable';
  /** The pledge that holds it now (REQUESTED, APPROVED or DISBURSED), if any. */
  activePledge?: Maybe<Pledge>;
  amount: Money;
  /** The supplier that registered the original receivable. */
  creditor: Company;
  debtor: Company;
  dueDate: Scalars['Date']['output'];
  holder: Company;
  id: Scalars['ID']['output'];
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  issuedOn: Scalars['Date']['output'];
  /** Tenor over six months (allowed, flagged under the 2025 payment-terms rule); over a year is refused. */
  longTenor: Scalars['Boolean']['output'];
  orderId: Scalars['ID']['output'];
  /** The receivable this part was split from. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** The parts it was split into (empty unless SPLIT). */
  parts: Array<Receivable>;
  payments: Array<Payment>;
  /** The original receivable (itself for an original); every part traces to it and its order. */
  rootId: Scalars['ID']['output'];
  status: ReceivableStatus;
  transfers: Array<ReceivableTransfer>;
};

export type ReceivableRole =
  /** Receivables the caller's company registered (as the original creditor). */
  | 'CREDITOR'
  /** Receivables the caller's company owes. */
  | 'DEBTOR'
  /** Receivables the caller's company holds now. */
  | 'HOLDER';

export type ReceivableStatus =
  /** Confirmed by the debtor: it can be split, passed on and financed. */
  | 'CONFIRMED'
  /** The debtor refused to confirm it. */
  | 'DISPUTED'
  /** Confirmed and past its due date without settlement. */
  | 'OVERDUE'
  /** Registered by the supplier, awaiting the debtor's confirmation (确权). */
  | 'REGISTERED'
  /** Paid by the debtor. */
  | 'SETTLED'
  /** Split into parts; the parts carry it on. */
  | 'SPLIT';

export type ReceivableTransfer = {
  __typename?: 'ReceivableTransfer';
  from: Company;
  on: Scalars['Date']['output'];
  to: Company;
};

export type RegisterCompanyInput = {
  industry: Scalars['String']['input'];
  kind: CompanyKind;
  name: Scalars['String']['input'];
  region: Scalars['String']['input'];
  /** 统一社会信用代码: 18 characters, check digit validated */
  uscc: Scalars['String']['input'];
};

export type RegisterCompanyPayload = {
  __typename?: 'RegisterCompanyPayload';
  /** Set when status is APPLIED. */
  company?: Maybe<Company>;
  eventId: Scalars['ID']['output'];
  status: WriteStatus;
};

export type RegisterReceivableInput = {
  /** Defaults to the order total. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  dueDate: Scalars['Date']['input'];
  invoiceNumber?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to today. */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** A delivered or invoiced order the caller's company supplied. */
  orderId: Scalars['ID']['input'];
};

export type Role =
  | 'ADMIN'
  | 'OPERATOR'
  | 'VIEWER';

export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTime']['output'];
  /** Send as 'Authorization: Bearer <token>'. */
  token: Scalars['String']['output'];
  user: User;
};

export type Settlement = {
  __typename?: 'Settlement';
  payments: Array<Payment>;
  receivable: Receivable;
};

export type SingleSourceRisk = {
  __typename?: 'SingleSourceRisk';
  buyer: Company;
  /** Tier of the buyer (0 = the leader). */
  buyerTier: Scalars['Int']['output'];
  product: Scalars['String']['output'];
  supplier: Company;
};

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: MemberStatus;
};

export type StockInput = {
  productName?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
  /** Warehouse code; MAIN when empty. */
  warehouse?: InputMaybe<Scalars['String']['input']>;
};

export type StockPosition = {
  __typename?: 'StockPosition';
  company: Company;
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  warehouse: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Alerts on inventory loans the caller's company borrows or lends, pushed the moment the causing event is projected. */
  financeAlerts: Alert;
  /** Each order the caller's company buys or sells, whenever it is placed or changes status. */
  orderChanged: PurchaseOrder;
  /** Receivables the caller's company holds, owes, registered or financed, whenever one changes (confirmed, split, passed on, pledged, settled). */
  receivableChanged: Receivable;
  /** A company's stock after each report: the caller's own, or a supplier's while it grants an INVENTORY consent (ends with FORBIDDEN when revoked). */
  stockChanged: Array<StockPosition>;
};


export type SubscriptionStockChangedArgs = {
  companyId: Scalars['ID']['input'];
};

export type SupplierInvite = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** What it supplies to the inviter (product names or SKUs). */
  supplies?: InputMaybe<Array<Scalars['String']['input']>>;
  uscc: Scalars['String']['input'];
};

export type SupplierKpi = {
  __typename?: 'SupplierKpi';
  delivered: Scalars['Int']['output'];
  /** Mean days from order to delivery, in tenths of a day; null before the first delivery. */
  leadTimeDaysTenths?: Maybe<Scalars['Int']['output']>;
  onTime: Scalars['Int']['output'];
  /** On-time delivery rate in per mille (875 = 87.5 %); null before the first delivery. */
  onTimePerMille?: Maybe<Scalars['Int']['output']>;
  openValue: Money;
  orders: Scalars['Int']['output'];
  supplier: Company;
};

export type SupplierNetwork = {
  __typename?: 'SupplierNetwork';
  chain: Chain;
  /** Supply links between the returned nodes (and the leader). */
  links: Array<SupplyLink>;
  /** Members matching the filter, by tier then name. */
  nodes: Array<NetworkNode>;
  total: Scalars['Int']['output'];
};

export type SupplyLink = {
  __typename?: 'SupplyLink';
  buyerId: Scalars['ID']['output'];
  products: Array<Scalars['String']['output']>;
  supplierId: Scalars['ID']['output'];
};

export type TradeCycle = {
  __typename?: 'TradeCycle';
  /** The ring in order; the first company closes it. */
  companies: Array<Company>;
  kind: TradeCycleKind;
};

export type TradeCycleKind =
  /** Companies that order from each other in a ring (A buys from B, B from C, C from A). */
  | 'ORDERS'
  /** Companies that hold receivables on each other in a ring. */
  | 'RECEIVABLES';

export type UndeliveredBacking = {
  __typename?: 'UndeliveredBacking';
  /** The status of the order behind it (not DELIVERED or INVOICED), or null when the order is missing. */
  orderStatus?: Maybe<Scalars['String']['output']>;
  receivable: Receivable;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  company: Company;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  platformAdmin: Scalars['Boolean']['output'];
  role: Role;
};

/** The result of a write that went through the event log. */
export type WriteResult = {
  __typename?: 'WriteResult';
  eventId: Scalars['ID']['output'];
  status: WriteStatus;
};

/** Where a write stands once the gateway stopped waiting for the projector. */
export type WriteStatus =
  /** The projector applied the event; the result is in the payload. */
  | 'APPLIED'
  /** Accepted on Kafka, not projected within the wait: poll eventOutcome(eventId). */
  | 'PENDING';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessRecord: ResolverTypeWrapper<AccessRow>;
  Alert: ResolverTypeWrapper<AlertRow>;
  AlertLevel: AlertLevel;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  BankExposure: ResolverTypeWrapper<Omit<BankExposure, 'byBorrower' | 'byChain' | 'byDebtor'> & { byBorrower: Array<ResolversTypes['ExposureLine']>, byChain: Array<ResolversTypes['ChainExposureLine']>, byDebtor: Array<ResolversTypes['ExposureLine']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Chain: ResolverTypeWrapper<ChainRow>;
  ChainExposureLine: ResolverTypeWrapper<Omit<ChainExposureLine, 'chain'> & { chain: ResolversTypes['Chain'] }>;
  Company: ResolverTypeWrapper<CompanyRow>;
  CompanyKind: CompanyKind;
  Consent: ResolverTypeWrapper<ConsentRow>;
  ConsentDirection: ConsentDirection;
  ConsentScope: ConsentScope;
  CreateUserInput: CreateUserInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DueBucket: ResolverTypeWrapper<DueBucket>;
  EventOutcome: ResolverTypeWrapper<EventOutcome>;
  EventStatus: EventStatus;
  Exposure: ResolverTypeWrapper<ExposureRow>;
  ExposureLine: ResolverTypeWrapper<Omit<ExposureLine, 'company'> & { company: ResolversTypes['Company'] }>;
  FinanceProduct: ResolverTypeWrapper<ProductRow>;
  FinanceProductInput: FinanceProductInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportRow: ResolverTypeWrapper<ImportRow>;
  ImportRowStatus: ImportRowStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InventoryLoan: ResolverTypeWrapper<LoanRow>;
  InventoryLoanAction: InventoryLoanAction;
  InventoryLoanInput: InventoryLoanInput;
  InventoryLoanStatus: InventoryLoanStatus;
  LeaderFinance: ResolverTypeWrapper<LeaderFinance>;
  LowStockSignal: ResolverTypeWrapper<LowStockSignal>;
  MemberMove: MemberMove;
  MemberStatus: MemberStatus;
  Membership: ResolverTypeWrapper<MembershipRow>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<{}>;
  NetworkFilter: NetworkFilter;
  NetworkNode: ResolverTypeWrapper<NetworkNodeRow>;
  NewApiKey: ResolverTypeWrapper<Omit<NewApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  Offer: ResolverTypeWrapper<Offer>;
  OrderAction: OrderAction;
  OrderLine: ResolverTypeWrapper<OrderLine>;
  OrderLineInput: OrderLineInput;
  OrderRole: OrderRole;
  OrderStatus: OrderStatus;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PlaceOrderInput: PlaceOrderInput;
  Pledge: ResolverTypeWrapper<PledgeRow>;
  PledgeAction: PledgeAction;
  PledgeStatus: PledgeStatus;
  PledgedGoods: ResolverTypeWrapper<GoodsRow>;
  PledgedGoodsInput: PledgedGoodsInput;
  PoolEntry: ResolverTypeWrapper<Omit<PoolEntry, 'receivable'> & { receivable: ResolversTypes['Receivable'] }>;
  PurchaseOrder: ResolverTypeWrapper<OrderRow>;
  Query: ResolverTypeWrapper<{}>;
  Receivable: ResolverTypeWrapper<ReceivableRow>;
  ReceivableRole: ReceivableRole;
  ReceivableStatus: ReceivableStatus;
  ReceivableTransfer: ResolverTypeWrapper<TransferRow>;
  RegisterCompanyInput: RegisterCompanyInput;
  RegisterCompanyPayload: ResolverTypeWrapper<Omit<RegisterCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  RegisterReceivableInput: RegisterReceivableInput;
  Role: Role;
  Session: ResolverTypeWrapper<SessionRow>;
  Settlement: ResolverTypeWrapper<Omit<Settlement, 'payments' | 'receivable'> & { payments: Array<ResolversTypes['Payment']>, receivable: ResolversTypes['Receivable'] }>;
  SingleSourceRisk: ResolverTypeWrapper<SingleSourceRiskRow>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  StockInput: StockInput;
  StockPosition: ResolverTypeWrapper<StockRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<{}>;
  SupplierInvite: SupplierInvite;
  SupplierKpi: ResolverTypeWrapper<SupplierKpiRow>;
  SupplierNetwork: ResolverTypeWrapper<Omit<SupplierNetwork, 'chain' | 'nodes'> & { chain: ResolversTypes['Chain'], nodes: Array<ResolversTypes['NetworkNode']> }>;
  SupplyLink: ResolverTypeWrapper<SupplyLink>;
  TradeCycle: ResolverTypeWrapper<Omit<TradeCycle, 'companies'> & { companies: Array<ResolversTypes['Company']> }>;
  TradeCycleKind: TradeCycleKind;
  UndeliveredBacking: ResolverTypeWrapper<Omit<UndeliveredBacking, 'receivable'> & { receivable: ResolversTypes['Receivable'] }>;
  User: ResolverTypeWrapper<UserRow>;
  WriteResult: ResolverTypeWrapper<WriteResult>;
  WriteStatus: WriteStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessRecord: AccessRow;
  Alert: AlertRow;
  ApiKey: ApiKeyRow;
  BankExposure: Omit<BankExposure, 'byBorrower' | 'byChain' | 'byDebtor'> & { byBorrower: Array<ResolversParentTypes['ExposureLine']>, byChain: Array<ResolversParentTypes['ChainExposureLine']>, byDebtor: Array<ResolversParentTypes['ExposureLine']> };
  Boolean: Scalars['Boolean']['output'];
  Chain: ChainRow;
  ChainExposureLine: Omit<ChainExposureLine, 'chain'> & { chain: ResolversParentTypes['Chain'] };
  Company: CompanyRow;
  Consent: ConsentRow;
  CreateUserInput: CreateUserInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DueBucket: DueBucket;
  EventOutcome: EventOutcome;
  Exposure: ExposureRow;
  ExposureLine: Omit<ExposureLine, 'company'> & { company: ResolversParentTypes['Company'] };
  FinanceProduct: ProductRow;
  FinanceProductInput: FinanceProductInput;
  ID: Scalars['ID']['output'];
  ImportReport: ImportReport;
  ImportRow: ImportRow;
  Int: Scalars['Int']['output'];
  InventoryLoan: LoanRow;
  InventoryLoanInput: InventoryLoanInput;
  LeaderFinance: LeaderFinance;
  LowStockSignal: LowStockSignal;
  Membership: MembershipRow;
  Money: Money;
  Mutation: {};
  NetworkFilter: NetworkFilter;
  NetworkNode: NetworkNodeRow;
  NewApiKey: Omit<NewApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  Offer: Offer;
  OrderLine: OrderLine;
  OrderLineInput: OrderLineInput;
  Payment: PaymentRow;
  PlaceOrderInput: PlaceOrderInput;
  Pledge: PledgeRow;
  PledgedGoods: GoodsRow;
  PledgedGoodsInput: PledgedGoodsInput;
  PoolEntry: Omit<PoolEntry, 'receivable'> & { receivable: ResolversParentTypes['Receivable'] };
  PurchaseOrder: OrderRow;
  Query: {};
  Receivable: ReceivableRow;
  ReceivableTransfer: TransferRow;
  RegisterCompanyInput: RegisterCompanyInput;
  RegisterCompanyPayload: Omit<RegisterCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  RegisterReceivableInput: RegisterReceivableInput;
  Session: SessionRow;
  Settlement: Omit<Settlement, 'payments' | 'receivable'> & { payments: Array<ResolversParentTypes['Payment']>, receivable: ResolversParentTypes['Receivable'] };
  SingleSourceRisk: SingleSourceRiskRow;
  StatusCount: StatusCount;
  StockInput: StockInput;
  StockPosition: StockRow;
  String: Scalars['String']['output'];
  Subscription: {};
  SupplierInvite: SupplierInvite;
  SupplierKpi: SupplierKpiRow;
  SupplierNetwork: Omit<SupplierNetwork, 'chain' | 'nodes'> & { chain: ResolversParentTypes['Chain'], nodes: Array<ResolversParentTypes['NetworkNode']> };
  SupplyLink: SupplyLink;
  TradeCycle: Omit<TradeCycle, 'companies'> & { companies: Array<ResolversParentTypes['Company']> };
  UndeliveredBacking: Omit<UndeliveredBacking, 'receivable'> & { receivable: ResolversParentTypes['Receivable'] };
  User: UserRow;
  WriteResult: WriteResult;
}>;

export type AccessRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessRecord'] = ResolversParentTypes['AccessRecord']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ConsentScope'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  viewerUserEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = ResolversObject<{
  causeEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  causeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collateralValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AlertLevel'], ParentType, ContextType>;
  loan?: Resolver<ResolversTypes['InventoryLoan'], ParentType, ContextType>;
  ltv?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BankExposureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BankExposure'] = ResolversParentTypes['BankExposure']> = ResolversObject<{
  byBorrower?: Resolver<Array<ResolversTypes['ExposureLine']>, ParentType, ContextType>;
  byChain?: Resolver<Array<ResolversTypes['ChainExposureLine']>, ParentType, ContextType>;
  byDebtor?: Resolver<Array<ResolversTypes['ExposureLine']>, ParentType, ContextType>;
  largestDebtorShare?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Chain'] = ResolversParentTypes['Chain']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leader?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  memberCounts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChainExposureLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainExposureLine'] = ResolversParentTypes['ChainExposureLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompanyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantee?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  grantor?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ConsentScope'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DueBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DueBucket'] = ResolversParentTypes['DueBucket']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivables?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventOutcome'] = ResolversParentTypes['EventOutcome']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExposureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Exposure'] = ResolversParentTypes['Exposure']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  leader?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  orderValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  shareOfLeaderPurchasesPerMille?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExposureLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureLine'] = ResolversParentTypes['ExposureLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FinanceProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FinanceProduct'] = ResolversParentTypes['FinanceProduct']> = ResolversObject<{
  advanceRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  annualRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  bank?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  blockedDebtorIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAgeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  minAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  minRemainingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = ResolversObject<{
  alreadyMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  invalid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRow']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRow'] = ResolversParentTypes['ImportRow']> = ResolversObject<{
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportRowStatus'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InventoryLoanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryLoan'] = ResolversParentTypes['InventoryLoan']> = ResolversObject<{
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType>;
  bank?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  borrower?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  collateralValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  controlLine?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  goods?: Resolver<Array<ResolversTypes['PledgedGoods']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AlertLevel'], ParentType, ContextType>;
  liquidationLtv?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  ltv?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  marginCallLtv?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  pledgeRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InventoryLoanStatus'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LeaderFinanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeaderFinance'] = ResolversParentTypes['LeaderFinance']> = ResolversObject<{
  awaitingConfirmation?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  confirmedOutstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dueByMonth?: Resolver<Array<ResolversTypes['DueBucket']>, ParentType, ContextType>;
  financedAgainst?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  financedReceivables?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LowStockSignalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LowStockSignal'] = ResolversParentTypes['LowStockSignal']> = ResolversObject<{
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openDemand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  actOnInventoryLoan?: Resolver<ResolversTypes['InventoryLoan'], ParentType, ContextType, RequireFields<MutationActOnInventoryLoanArgs, 'action' | 'id'>>;
  actOnOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationActOnOrderArgs, 'action' | 'orderId'>>;
  actOnPledge?: Resolver<ResolversTypes['Pledge'], ParentType, ContextType, RequireFields<MutationActOnPledgeArgs, 'action' | 'id'>>;
  applyForFinancing?: Resolver<ResolversTypes['Pledge'], ParentType, ContextType, RequireFields<MutationApplyForFinancingArgs, 'loanEndDate' | 'productId' | 'receivableId'>>;
  changeMemberStatus?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationChangeMemberStatusArgs, 'chainId' | 'companyId' | 'move'>>;
  changeUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationChangeUserRoleArgs, 'role' | 'userId'>>;
  confirmReceivables?: Resolver<Array<ResolversTypes['Receivable']>, ParentType, ContextType, RequireFields<MutationConfirmReceivablesArgs, 'ids'>>;
  createApiKey?: Resolver<ResolversTypes['NewApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name'>>;
  createChain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType, RequireFields<MutationCreateChainArgs, 'name'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deactivateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'userId'>>;
  declareSupplier?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationDeclareSupplierArgs, 'supplierId'>>;
  defineFinanceProduct?: Resolver<ResolversTypes['FinanceProduct'], ParentType, ContextType, RequireFields<MutationDefineFinanceProductArgs, 'input'>>;
  disputeReceivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType, RequireFields<MutationDisputeReceivableArgs, 'id' | 'reason'>>;
  grantConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'granteeId' | 'scope'>>;
  importSuppliers?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportSuppliersArgs, 'chainId' | 'csv'>>;
  inviteSupplier?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationInviteSupplierArgs, 'chainId' | 'supplier'>>;
  login?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  placeOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  registerCompany?: Resolver<ResolversTypes['RegisterCompanyPayload'], ParentType, ContextType, RequireFields<MutationRegisterCompanyArgs, 'input'>>;
  registerPledge?: Resolver<ResolversTypes['Pledge'], ParentType, ContextType, RequireFields<MutationRegisterPledgeArgs, 'loanEndDate' | 'productId' | 'receivableId'>>;
  registerReceivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType, RequireFields<MutationRegisterReceivableArgs, 'input'>>;
  releaseGoods?: Resolver<ResolversTypes['InventoryLoan'], ParentType, ContextType, RequireFields<MutationReleaseGoodsArgs, 'loanId' | 'quantity' | 'sku'>>;
  removeSupplier?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveSupplierArgs, 'supplierId'>>;
  reportPrice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportPriceArgs, 'price' | 'sku'>>;
  reportStock?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationReportStockArgs, 'positions' | 'snapshot'>>;
  requestInventoryLoan?: Resolver<ResolversTypes['InventoryLoan'], ParentType, ContextType, RequireFields<MutationRequestInventoryLoanArgs, 'input'>>;
  respondToInvitation?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationRespondToInvitationArgs, 'accept' | 'chainId'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'consentId'>>;
  settleReceivable?: Resolver<ResolversTypes['Settlement'], ParentType, ContextType, RequireFields<MutationSettleReceivableArgs, 'id'>>;
  splitReceivable?: Resolver<Array<ResolversTypes['Receivable']>, ParentType, ContextType, RequireFields<MutationSplitReceivableArgs, 'amounts' | 'id'>>;
  transferReceivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType, RequireFields<MutationTransferReceivableArgs, 'id' | 'toCompanyId'>>;
}>;

export type NetworkNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NewApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewApiKey'] = ResolversParentTypes['NewApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = ResolversObject<{
  advance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  payee?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  pledgeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  receivableId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PledgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Pledge'] = ResolversParentTypes['Pledge']> = ResolversObject<{
  approvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  bank?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  disbursedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loanEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['FinanceProduct'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType>;
  registerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  requestedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PledgeStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PledgedGoodsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PledgedGoods'] = ResolversParentTypes['PledgedGoods']> = ResolversObject<{
  inStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  marketPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PoolEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PoolEntry'] = ResolversParentTypes['PoolEntry']> = ResolversObject<{
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  receivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PurchaseOrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder']> = ResolversObject<{
  buyer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  cancelledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  confirmedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  deliveredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoicedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  promisedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  shippedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accessLog?: Resolver<Array<ResolversTypes['AccessRecord']>, ParentType, ContextType, Partial<QueryAccessLogArgs>>;
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<QueryAlertsArgs, 'first'>>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  bankExposure?: Resolver<ResolversTypes['BankExposure'], ParentType, ContextType>;
  chain?: Resolver<Maybe<ResolversTypes['Chain']>, ParentType, ContextType, RequireFields<QueryChainArgs, 'id'>>;
  circularTrades?: Resolver<Array<ResolversTypes['TradeCycle']>, ParentType, ContextType, RequireFields<QueryCircularTradesArgs, 'kind'>>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first' | 'offset'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<QueryConsentsArgs, 'direction'>>;
  eventOutcome?: Resolver<ResolversTypes['EventOutcome'], ParentType, ContextType, RequireFields<QueryEventOutcomeArgs, 'eventId'>>;
  exposure?: Resolver<Array<ResolversTypes['Exposure']>, ParentType, ContextType, RequireFields<QueryExposureArgs, 'companyId'>>;
  financeProducts?: Resolver<Array<ResolversTypes['FinanceProduct']>, ParentType, ContextType, Partial<QueryFinanceProductsArgs>>;
  inventoryLoan?: Resolver<Maybe<ResolversTypes['InventoryLoan']>, ParentType, ContextType, RequireFields<QueryInventoryLoanArgs, 'id'>>;
  inventoryLoans?: Resolver<Array<ResolversTypes['InventoryLoan']>, ParentType, ContextType, Partial<QueryInventoryLoansArgs>>;
  leaderFinance?: Resolver<ResolversTypes['LeaderFinance'], ParentType, ContextType>;
  lowStock?: Resolver<Array<ResolversTypes['LowStockSignal']>, ParentType, ContextType, RequireFields<QueryLowStockArgs, 'companyId'>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  myChains?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<Array<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first' | 'offset' | 'role'>>;
  pathToLeader?: Resolver<Maybe<Array<ResolversTypes['Company']>>, ParentType, ContextType, RequireFields<QueryPathToLeaderArgs, 'chainId' | 'supplierId'>>;
  pledge?: Resolver<Maybe<ResolversTypes['Pledge']>, ParentType, ContextType, RequireFields<QueryPledgeArgs, 'id'>>;
  pledges?: Resolver<Array<ResolversTypes['Pledge']>, ParentType, ContextType, RequireFields<QueryPledgesArgs, 'first' | 'offset'>>;
  receivable?: Resolver<Maybe<ResolversTypes['Receivable']>, ParentType, ContextType, RequireFields<QueryReceivableArgs, 'id'>>;
  receivablePool?: Resolver<Array<ResolversTypes['PoolEntry']>, ParentType, ContextType, RequireFields<QueryReceivablePoolArgs, 'loanEndDate' | 'productId'>>;
  receivables?: Resolver<Array<ResolversTypes['Receivable']>, ParentType, ContextType, RequireFields<QueryReceivablesArgs, 'first' | 'offset' | 'role'>>;
  singleSourceRisks?: Resolver<Array<ResolversTypes['SingleSourceRisk']>, ParentType, ContextType, RequireFields<QuerySingleSourceRisksArgs, 'chainId'>>;
  stock?: Resolver<Array<ResolversTypes['StockPosition']>, ParentType, ContextType, RequireFields<QueryStockArgs, 'companyId'>>;
  supplierKpis?: Resolver<Array<ResolversTypes['SupplierKpi']>, ParentType, ContextType, Partial<QuerySupplierKpisArgs>>;
  supplierNetwork?: Resolver<ResolversTypes['SupplierNetwork'], ParentType, ContextType, RequireFields<QuerySupplierNetworkArgs, 'chainId' | 'first' | 'offset'>>;
  undeliveredBacking?: Resolver<Array<ResolversTypes['UndeliveredBacking']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUsersArgs, 'companyId'>>;
}>;

export type ReceivableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Receivable'] = ResolversParentTypes['Receivable']> = ResolversObject<{
  activePledge?: Resolver<Maybe<ResolversTypes['Pledge']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  creditor?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  debtor?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  longTenor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Receivable']>, ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  rootId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReceivableStatus'], ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['ReceivableTransfer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReceivableTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReceivableTransfer'] = ResolversParentTypes['ReceivableTransfer']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegisterCompanyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterCompanyPayload'] = ResolversParentTypes['RegisterCompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WriteStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SettlementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Settlement'] = ResolversParentTypes['Settlement']> = ResolversObject<{
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  receivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SingleSourceRiskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SingleSourceRisk'] = ResolversParentTypes['SingleSourceRisk']> = ResolversObject<{
  buyer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  buyerTier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockPositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StockPosition'] = ResolversParentTypes['StockPosition']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  financeAlerts?: SubscriptionResolver<ResolversTypes['Alert'], "financeAlerts", ParentType, ContextType>;
  orderChanged?: SubscriptionResolver<ResolversTypes['PurchaseOrder'], "orderChanged", ParentType, ContextType>;
  receivableChanged?: SubscriptionResolver<ResolversTypes['Receivable'], "receivableChanged", ParentType, ContextType>;
  stockChanged?: SubscriptionResolver<Array<ResolversTypes['StockPosition']>, "stockChanged", ParentType, ContextType, RequireFields<SubscriptionStockChangedArgs, 'companyId'>>;
}>;

export type SupplierKpiResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierKpi'] = ResolversParentTypes['SupplierKpi']> = ResolversObject<{
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leadTimeDaysTenths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimePerMille?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  openValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SupplierNetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierNetwork'] = ResolversParentTypes['SupplierNetwork']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SupplyLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplyLink'] = ResolversParentTypes['SupplyLink']> = ResolversObject<{
  buyerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  supplierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TradeCycleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TradeCycle'] = ResolversParentTypes['TradeCycle']> = ResolversObject<{
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TradeCycleKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UndeliveredBackingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UndeliveredBacking'] = ResolversParentTypes['UndeliveredBacking']> = ResolversObject<{
  orderStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WriteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WriteStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AccessRecord?: AccessRecordResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  BankExposure?: BankExposureResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  ChainExposureLine?: ChainExposureLineResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DueBucket?: DueBucketResolvers<ContextType>;
  EventOutcome?: EventOutcomeResolvers<ContextType>;
  Exposure?: ExposureResolvers<ContextType>;
  ExposureLine?: ExposureLineResolvers<ContextType>;
  FinanceProduct?: FinanceProductResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportRow?: ImportRowResolvers<ContextType>;
  InventoryLoan?: InventoryLoanResolvers<ContextType>;
  LeaderFinance?: LeaderFinanceResolvers<ContextType>;
  LowStockSignal?: LowStockSignalResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  NewApiKey?: NewApiKeyResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  Pledge?: PledgeResolvers<ContextType>;
  PledgedGoods?: PledgedGoodsResolvers<ContextType>;
  PoolEntry?: PoolEntryResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receivable?: ReceivableResolvers<ContextType>;
  ReceivableTransfer?: ReceivableTransferResolvers<ContextType>;
  RegisterCompanyPayload?: RegisterCompanyPayloadResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  Settlement?: SettlementResolvers<ContextType>;
  SingleSourceRisk?: SingleSourceRiskResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  StockPosition?: StockPositionResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupplierKpi?: SupplierKpiResolvers<ContextType>;
  SupplierNetwork?: SupplierNetworkResolvers<ContextType>;
  SupplyLink?: SupplyLinkResolvers<ContextType>;
  TradeCycle?: TradeCycleResolvers<ContextType>;
  UndeliveredBacking?: UndeliveredBackingResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

