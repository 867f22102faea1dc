import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CompanyRow } from '../reads/companies';
import { ChainRow, MembershipRow, OwnSupplierRow, OwnBuyerRow } from '../reads/chains';
import { ConsentCandidateRow, ConsentRow, AccessRow } from '../reads/consents';
import { NetworkNodeRow, SingleSourceRiskRow, ExposureRow } from '../reads/network';
import { OrderRow, SupplierKpiRow } from '../reads/orders';
import { UserRow, SessionRow } from '../reads/users';
import { StockRow, ReceiptRow } from '../reads/inventory';
import { NotificationRow } from '../reads/notifications';
import { ApiKeyRow } from '../reads/api-keys';
import { ReceivableRow, TransferRow, PaymentRow } from '../reads/receivables';
import { PledgeRow, ProductRow } from '../reads/pledges';
import { LoanRow, GoodsRow, AlertRow } from '../reads/inventory-loans';
import { ReleaseRequestRow } from '../reads/release-requests';
import { AssessmentRow, PlanRow, TaskRow } from '../reads/assessment';
import { ServiceProductRow, ProductVersionRow, EngagementRow } from '../reads/providers';
import { SponsorshipRow } from '../reads/matching';
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
  /**
   * A business date: a calendar day, yyyy-MM-dd, in the platform's business time zone (China's day,
   * Asia/Shanghai, unless BUSINESS_TIME_ZONE says otherwise) — never the UTC date. Orders' placing,
   * promised and status dates, receivables' issue and due dates, pledges' dates and interest days, task
   * due dates. "Today" is the gateway's today in that zone; show it as is, in any viewer's zone.
   */
  Date: { input: string; output: string; }
  /**
   * An instant: ISO-8601 with offset, e.g. 2026-11-23T04:00:00.000Z (UTC). When something happened
   * (submitted, raised, audited, expires); show it in the viewer's time zone. Not a business date (see Date).
   */
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
  /** The event (warehouse receipt, price, release) whose projection raised it. */
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

export type Assessment = {
  __typename?: 'Assessment';
  answered: Scalars['Int']['output'];
  answers: AssessmentAnswers;
  company: Company;
  id: Scalars['ID']['output'];
  /** What is still open, e.g. items.network or scenarios.quality (empty once submitted). */
  missing: Array<Scalars['String']['output']>;
  /** The questionnaire version it was answered (and scored) with. */
  questionnaireVersion: Scalars['String']['output'];
  /** Set once SUBMITTED. */
  result?: Maybe<AssessmentResult>;
  savedAt: Scalars['DateTime']['output'];
  status: AssessmentStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Items plus scenarios of its questionnaire. */
  total: Scalars['Int']['output'];
};

export type AssessmentAnswers = {
  __typename?: 'AssessmentAnswers';
  items: Array<ItemAnswer>;
  scenarios: Array<ScenarioLevel>;
};

export type AssessmentAnswersInput = {
  items?: InputMaybe<Array<ItemAnswerInput>>;
  scenarios?: InputMaybe<Array<ScenarioLevelInput>>;
};

/** A company's submissions as another company may see them. */
export type AssessmentHistory = {
  __typename?: 'AssessmentHistory';
  company: Company;
  /** Every submission, newest first. */
  history: Array<Assessment>;
  /** The latest submission; null when it never submitted one. */
  latest?: Maybe<Assessment>;
};

export type AssessmentReason = {
  __typename?: 'AssessmentReason';
  en: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type AssessmentResult = {
  __typename?: 'AssessmentResult';
  dimensions: Array<DimensionScore>;
  /** Null at the top grade. */
  gap?: Maybe<GradeGap>;
  grade: Grade;
  levelCounts: Array<LevelCount>;
  maxTotal: Scalars['String']['output'];
  /** Why not the next grade: 三级需要 8 个场景达到 3 级，目前只有 6 个. */
  reason: AssessmentReason;
  scenarios: Array<ScenarioResult>;
  total: Scalars['String']['output'];
};

export type AssessmentStatus =
  /** Saved unfinished; the company's one open draft. */
  | 'DRAFT'
  /** Submitted and scored; kept as it is. */
  | 'SUBMITTED';

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

/** How a candidate grantee relates to the caller's company. */
export type CandidateRelation =
  /** A bank the caller applied to (a receivable pledge or an inventory loan). */
  | 'BANK_APPLIED'
  /** A bank offering receivable-pledge products. */
  | 'BANK_PRODUCT'
  /** Buys from the caller (a supply link). */
  | 'BUYER'
  /** Leads a chain the caller belongs to. */
  | 'CHAIN_LEADER'
  /** A service provider the caller engaged (an engagement not cancelled): the assessment is what it would see. */
  | 'ENGAGED_PROVIDER'
  /** An authority (主管部门) whose region covers the caller's. */
  | 'REGION_AUTHORITY';

export type Chain = {
  __typename?: 'Chain';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  leader: Company;
  /** How many members per status. */
  memberCounts: Array<StatusCount>;
  name: Scalars['String']['output'];
};

/** The leader's view of its chain's digital level. Everything from assessments counts only suppliers with an ASSESSMENT consent to the leader. */
export type ChainDashboard = {
  __typename?: 'ChainDashboard';
  byIndustry: Array<GradeBreakdown>;
  byRegion: Array<GradeBreakdown>;
  byTier: Array<GradeBreakdown>;
  chain: Chain;
  coverage: DashboardCoverage;
  grades: Array<GradeCount>;
  /** Below 三级, by share of the leader's purchasing × grades missing: where help moves the chain most. */
  helpFirst: Array<DashboardSupplier>;
  movement: GradeMovement;
  /** Assessed suppliers the leader may see, by tier then grade. */
  suppliers: Array<DashboardSupplier>;
  timeline: Array<TimelinePoint>;
  /** Every scenario, weakest first. */
  weakestScenarios: Array<ScenarioStat>;
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
  /**
   * Its division: an AUTHORITY's is the region it covers (registered as a code); anyone else's comes
   * from its USCC (characters 3–8), else its region text mapped; null when neither gives one.
   */
  regionCode?: Maybe<Region>;
  registeredAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 (GB 32100-2015) */
  uscc: Scalars['String']['output'];
};

export type CompanyKind =
  /** 主管部门 of a region (registered with a GB/T 2260 code as its region): sees that region's aggregates. */
  | 'AUTHORITY'
  | 'BANK'
  /** 链主 / 核心企业 */
  | 'CHAIN_LEADER'
  /** Runs the platform; its users may be platform admins. */
  | 'PLATFORM_OPERATOR'
  /** 数字化转型服务商: publishes 小快轻准 products, engaged for improvement tasks. */
  | 'SERVICE_PROVIDER'
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
  /** INVENTORY: the products it shows; null = what the grantee bought on orders the grantor confirmed. */
  products?: Maybe<Array<Scalars['String']['output']>>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scope: ConsentScope;
  status: Scalars['String']['output'];
};

/** A company the caller's company may usefully grant consent to. */
export type ConsentCandidate = {
  __typename?: 'ConsentCandidate';
  company: Company;
  /** The scopes the caller's company grants it now (active, unexpired). */
  granted: Array<ConsentScope>;
  /** Every way it relates to the caller, closest first. */
  relations: Array<CandidateRelation>;
  /** The scopes it would see something with (a bank buys nothing, so INVENTORY shows it nothing). */
  scopes: Array<ConsentScope>;
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

export type DashboardCoverage = {
  __typename?: 'DashboardCoverage';
  /** Assessed, with an ASSESSMENT consent to the leader. */
  assessed: Scalars['Int']['output'];
  /** Accepted their invitation. */
  joined: Scalars['Int']['output'];
  /** Suppliers in the chain's network (invited, active or suspended). */
  members: Scalars['Int']['output'];
  /** Share inventory with the leader (INVENTORY consent). */
  sharingInventory: Scalars['Int']['output'];
  /** Sent stock reports or order events in the last 90 days. */
  streaming: Scalars['Int']['output'];
};

export type DashboardSupplier = {
  __typename?: 'DashboardSupplier';
  company: Company;
  /** Scenarios where its declared level and the platform's evidence disagree. */
  disagreements: Scalars['Int']['output'];
  grade: Grade;
  /** The grade of the submission before, if any. */
  previousGrade?: Maybe<Grade>;
  submittedAt: Scalars['DateTime']['output'];
  tier?: Maybe<Scalars['Int']['output']>;
  total: Scalars['String']['output'];
  /** Share of the leader's purchasing that depends on it, percent (propagated tier by tier). */
  volumeShare: Scalars['Decimal']['output'];
};

export type DimensionScore = {
  __typename?: 'DimensionScore';
  en: Scalars['String']['output'];
  groups: Array<ScoreSubtotal>;
  id: Scalars['String']['output'];
  maxPoints: Scalars['String']['output'];
  points: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type DueBucket = {
  __typename?: 'DueBucket';
  amount: Money;
  /** yyyy-MM */
  month: Scalars['String']['output'];
  receivables: Scalars['Int']['output'];
};

export type EmailStatus =
  /** Not sent yet (no mail server configured, or waiting for its turn). */
  | 'PENDING'
  /** The mail server refused or was unreachable; retried with backoff. */
  | 'RETRYING'
  | 'SENT'
  /** No e-mail for this item: every recipient muted its kind on EMAIL. */
  | 'SKIPPED';

/** An SME engages a provider's product for one of its improvement-plan tasks. */
export type Engagement = {
  __typename?: 'Engagement';
  /** Business dates. */
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the company has granted the provider an ASSESSMENT consent. */
  assessmentShared: Scalars['Boolean']['output'];
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  company: Company;
  deliveredOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The engaged version's price and the sponsoring leader's share, if any. */
  monthlyPrice: Money;
  note?: Maybe<Scalars['String']['output']>;
  product: ServiceProduct;
  /** The product version engaged. */
  productVersion: Scalars['Int']['output'];
  proposedAt: Scalars['DateTime']['output'];
  provider: Company;
  sponsorship?: Maybe<Sponsorship>;
  status: EngagementStatus;
  task: ImprovementTask;
};

export type EngagementAction =
  /** The provider takes the engagement on (PROPOSED → ACTIVE). */
  | 'ACCEPT'
  /** Either side, before delivery. */
  | 'CANCEL'
  /** The provider reports it delivered (ACTIVE → DELIVERED, on today's business date). */
  | 'DELIVER';

export type EngagementStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PROPOSED';

/**
 * The codes a GraphQL error carries in extensions.code (the domain's error codes, checked equal by
 * tests/contracts/error-codes.unit.test.ts, and the gateway's INTERNAL_SERVER_ERROR). Declared here so
 * clients read them from the schema rather than copying them.
 */
export type ErrorCode =
  /** The input is wrong; nothing changed. extensions.field names the input field when there is one. */
  | 'BAD_USER_INPUT'
  /** The thing is not in a state that allows this (e.g. already done). */
  | 'CONFLICT'
  /** Signed in, but not allowed to do this. */
  | 'FORBIDDEN'
  /** An unexpected failure; extensions.errorId names it in the server's log. */
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_FOUND'
  /** Too many attempts: a locked account, a throttled address or API key; try again later. */
  | 'TOO_MANY_REQUESTS'
  /** No valid session or API key. */
  | 'UNAUTHENTICATED'
  /** A dependency is down; try again. */
  | 'UNAVAILABLE';

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

export type Evidence = {
  __typename?: 'Evidence';
  /** The submission the declared levels come from. */
  assessmentId?: Maybe<Scalars['ID']['output']>;
  company: Company;
  /** Scenarios where the declared level and the evidence disagree. */
  disagreements: Scalars['Int']['output'];
  facts: EvidenceFacts;
  /** 采购管理, 仓储物流, 协同办公 and 财务: what the platform can speak for. */
  scenarios: Array<ScenarioEvidence>;
  windowDays: Scalars['Int']['output'];
};

export type EvidenceAgreement =
  /** Declared and evidenced within one level of each other. */
  | 'CONSISTENT'
  /** No submitted assessment to compare with. */
  | 'NOT_DECLARED'
  /** Declared two or more levels above what the platform would show signs of. */
  | 'NOT_EVIDENCED'
  /** The platform sees more than was declared. */
  | 'UNDERSTATED';

export type EvidenceCondition = {
  __typename?: 'EvidenceCondition';
  code: Scalars['String']['output'];
  en: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
  zh: Scalars['String']['output'];
};

/** What the platform itself sees of a company (the last windowDays days unless said otherwise). */
export type EvidenceFacts = {
  __typename?: 'EvidenceFacts';
  activeApiKeys: Scalars['Int']['output'];
  chainMember: Scalars['Boolean']['output'];
  declaredSuppliers: Scalars['Int']['output'];
  /** As a supplier, all buyers, all time (the supplier KPI read model). */
  deliveredOrders: Scalars['Int']['output'];
  onTimeDeliveries: Scalars['Int']['output'];
  /** Percent; null without deliveries. */
  onTimeRate?: Maybe<Scalars['Decimal']['output']>;
  orderActions: Scalars['Int']['output'];
  /** Order events its own system (ERP) sent through POST /ingest. */
  orderEventsViaIngest: Scalars['Int']['output'];
  ordersPlaced: Scalars['Int']['output'];
  receivablesConfirmed: Scalars['Int']['output'];
  receivablesRegistered: Scalars['Int']['output'];
  sharesInventoryWithLeader: Scalars['Boolean']['output'];
  stockReportDays: Scalars['Int']['output'];
  stockReports: Scalars['Int']['output'];
  /** Stock reports its own system (WMS) sent through POST /ingest. */
  stockReportsViaIngest: Scalars['Int']['output'];
};

export type EvidenceLevel = {
  __typename?: 'EvidenceLevel';
  conditions: Array<EvidenceCondition>;
  level: Scalars['Int']['output'];
  /** Its own conditions are met (the evidenced level also needs every level below). */
  met: Scalars['Boolean']['output'];
};

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

export type Grade = {
  __typename?: 'Grade';
  en: Scalars['String']['output'];
  /** 0 when no grade is reached (未定级). */
  rank: Scalars['Int']['output'];
  zh: Scalars['String']['output'];
};

export type GradeBreakdown = {
  __typename?: 'GradeBreakdown';
  assessed: Scalars['Int']['output'];
  grades: Array<GradeCount>;
  /** A tier ("1"), region or industry; null when not known. */
  key?: Maybe<Scalars['String']['output']>;
};

export type GradeCondition =
  | 'MANDATORY'
  | 'SCENARIOS'
  | 'SCORE';

export type GradeCount = {
  __typename?: 'GradeCount';
  count: Scalars['Int']['output'];
  en: Scalars['String']['output'];
  rank: Scalars['Int']['output'];
  zh: Scalars['String']['output'];
};

/** The first condition of the next grade that is not met. */
export type GradeGap = {
  __typename?: 'GradeGap';
  condition: GradeCondition;
  grade: Scalars['String']['output'];
  have: Scalars['String']['output'];
  /** For SCENARIOS and MANDATORY: the level the scenarios must reach. */
  level?: Maybe<Scalars['Int']['output']>;
  /** Points for SCORE, a number of scenarios otherwise. */
  needed: Scalars['String']['output'];
  rank: Scalars['Int']['output'];
};

export type GradeMovement = {
  __typename?: 'GradeMovement';
  declined: Scalars['Int']['output'];
  firstAssessment: Scalars['Int']['output'];
  /** Latest grade above the one before. */
  improved: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

export type GradeRule = {
  __typename?: 'GradeRule';
  descriptionEn: Scalars['String']['output'];
  descriptionZh: Scalars['String']['output'];
  en: Scalars['String']['output'];
  /** The level the scenarios must reach. */
  level: Scalars['Int']['output'];
  /** Of those, how many must be mandatory (约束性) scenarios. */
  minMandatory: Scalars['Int']['output'];
  minScenarios: Scalars['Int']['output'];
  minScore: Scalars['String']['output'];
  /** 1 for 一级 … 4 for 四级. */
  rank: Scalars['Int']['output'];
  zh: Scalars['String']['output'];
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
  invitationExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The invitation link's one-time token, for a company with no user yet: shown only in this report
   * (only its hash is kept). Send it to the supplier; it signs up with acceptInvitationWithSignUp.
   * Null when the row was not imported or the company already has users (they accept in the app).
   * Inviting a still-invited company again gives a new token and the earlier one stops working.
   */
  invitationToken?: Maybe<Scalars['String']['output']>;
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

export type ImprovementPlan = {
  __typename?: 'ImprovementPlan';
  company: Company;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  plannedBy: Company;
  targets: Array<ImprovementTarget>;
  tasks: Array<ImprovementTask>;
};

export type ImprovementTarget = {
  __typename?: 'ImprovementTarget';
  /** Declared when the plan was made. */
  baseLevel?: Maybe<Scalars['Int']['output']>;
  /** Declared in the latest submission. */
  currentLevel?: Maybe<Scalars['Int']['output']>;
  en: Scalars['String']['output'];
  level: Scalars['Int']['output'];
  reached: Scalars['Boolean']['output'];
  scenarioId: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type ImprovementTargetInput = {
  level: Scalars['Int']['input'];
  scenarioId: Scalars['String']['input'];
};

export type ImprovementTask = {
  __typename?: 'ImprovementTask';
  dueDate: Scalars['Date']['output'];
  /** The engagement that carries out this task, if any (the provider and product it records). */
  engagement?: Maybe<Engagement>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Open or in progress past its due date. */
  overdue: Scalars['Boolean']['output'];
  owner: Company;
  planId: Scalars['ID']['output'];
  scenarioId?: Maybe<Scalars['String']['output']>;
  status: TaskStatus;
  step?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ImprovementTaskInput = {
  dueDate: Scalars['Date']['input'];
  /** The company, its chain leader or the planner; the company by default. */
  ownerCompanyId?: InputMaybe<Scalars['ID']['input']>;
  /** One of the plan's target scenarios. */
  scenarioId?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** One unmet eligibility rule: a code to translate and the detail (English, with the figures). */
export type Ineligibility = {
  __typename?: 'Ineligibility';
  code: IneligibilityCode;
  message: Scalars['String']['output'];
};

/** An eligibility rule of the receivable pool. */
export type IneligibilityCode =
  | 'ABOVE_MAXIMUM'
  /** Issued too long ago for the product. */
  | 'AGED'
  | 'BELOW_MINIMUM'
  /** Not in the product's currency. */
  | 'CURRENCY'
  /** The bank does not lend against its debtor. */
  | 'DEBTOR_BLOCKED'
  /** Already pledged. */
  | 'ENCUMBERED'
  /** Due after the loan ends. */
  | 'MATURES_AFTER_LOAN'
  /** Not confirmed (确权) by the debtor, or disputed, split or settled. */
  | 'NOT_CONFIRMED'
  /** Past its due date. */
  | 'OVERDUE'
  /** Too few days left to run for the product. */
  | 'TOO_SHORT';

export type InventoryLoan = {
  __typename?: 'InventoryLoan';
  alerts: Array<Alert>;
  bank: Company;
  borrower: Company;
  /** Collateral value now: Σ min(pledged, held per the operator's receipt) × min(the lender's market price, cost). */
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
  /** Release requests under this loan, newest first. */
  releaseRequests: Array<ReleaseRequest>;
  status: InventoryLoanStatus;
  warehouse: Scalars['String']['output'];
};


export type InventoryLoanReleaseRequestsArgs = {
  status?: InputMaybe<ReleaseRequestStatus>;
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
  /** The warehouse code under which the operator's receipts state what it holds for the borrower. */
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

export type InvitationLinkStatus =
  /** No longer open: the company left or declined, or already has users. */
  | 'CLOSED'
  /** Past its 14 days: the inviter invites again for a new link. */
  | 'EXPIRED'
  /** Can be used to sign up. */
  | 'OPEN'
  | 'USED';

/** What an invitation link is for, as its holder (not logged in) sees it on the sign-up page. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  chainName: Scalars['String']['output'];
  companyName: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  inviterName: Scalars['String']['output'];
  /** True when the company was created by the invitation: the sign-up may give its real name, region and industry. */
  provisional: Scalars['Boolean']['output'];
  status: InvitationLinkStatus;
  uscc: Scalars['String']['output'];
};

export type InvitationSignUpInput = {
  /** The company's real name, region and industry: only for a company the invitation created (no profile yet). */
  companyName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  /** The new user's own name. */
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  /** The invitation link's token (from the inviter's report). */
  token: Scalars['String']['input'];
};

export type ItemAnswer = {
  __typename?: 'ItemAnswer';
  checked?: Maybe<Array<Scalars['String']['output']>>;
  itemId: Scalars['String']['output'];
  option?: Maybe<Scalars['String']['output']>;
  percent?: Maybe<Scalars['Float']['output']>;
};

/** One item's answer: option for CHOICE, checked for CHECKLIST, percent for PERCENT_BANDS. */
export type ItemAnswerInput = {
  checked?: InputMaybe<Array<Scalars['String']['input']>>;
  itemId: Scalars['String']['input'];
  option?: InputMaybe<Scalars['String']['input']>;
  percent?: InputMaybe<Scalars['Float']['input']>;
};

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

/** How many scenarios (and mandatory ones among them) are at this level or above. */
export type LevelCount = {
  __typename?: 'LevelCount';
  level: Scalars['Int']['output'];
  mandatory: Scalars['Int']['output'];
  scenarios: Scalars['Int']['output'];
};

export type LowStockSignal = {
  __typename?: 'LowStockSignal';
  onHand: Scalars['Int']['output'];
  openDemand: Scalars['Int']['output'];
  shortfall: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type MatchReason = {
  __typename?: 'MatchReason';
  code: MatchReasonCode;
  /** Level now (declared or evidenced, whichever is lower) and the level the product aims for. */
  currentLevel?: Maybe<Scalars['Int']['output']>;
  en: Scalars['String']['output'];
  scenarioId?: Maybe<Scalars['String']['output']>;
  targetLevel?: Maybe<Scalars['Int']['output']>;
  zh: Scalars['String']['output'];
};

export type MatchReasonCode =
  /** A target of one of its improvement plans not reached yet. */
  | 'PLAN_TARGET'
  /** Its chain leader recommends or sponsors the product. */
  | 'SPONSORED'
  /** The scenario is among the company's weakest (latest assessment, or the platform's evidence). */
  | 'WEAK_SCENARIO';

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
  /**
   * Public: someone at an invited company signs up with the invitation link's token. Creates the
   * company's first user (ADMIN), accepts the invitation (ACTIVE), uses up the link and logs in.
   * Refused with NOT_FOUND (unknown link), FORBIDDEN (expired), CONFLICT (used, no longer open,
   * company already has users; e-mail taken: field email), BAD_USER_INPUT; nothing changes then.
   */
  acceptInvitationWithSignUp: Session;
  /** The provider accepts or delivers; either side cancels before delivery (OPERATOR). */
  actOnEngagement: Engagement;
  actOnInventoryLoan: InventoryLoan;
  actOnOrder: PurchaseOrder;
  actOnPledge: Pledge;
  /** The bank approves or rejects; the borrower cancels. */
  actOnReleaseRequest: ReleaseRequest;
  /** The holder applies to a bank's product with a receivable (REQUESTED). */
  applyForFinancing: Pledge;
  changeMemberStatus: Membership;
  /** The signed-in user's own password: the current one (a wrong one counts as a failed login), then the new one (10+ characters). */
  changePassword: User;
  changeUserRole: User;
  /** 确权: the debtor confirms one or many receivables (each CONFIRMED or an error for the batch). */
  confirmReceivables: Array<Receivable>;
  /** The caller's company confirms that it supplies this buyer: only then may the buyer order from it through the link. */
  confirmSupplyLink: WriteResult;
  /** A key for one of the company's systems (ADMIN). */
  createApiKey: NewApiKey;
  createChain: Chain;
  createUser: User;
  deactivateUser: User;
  /** The caller's company buys from this supplier (what it supplies, optional). */
  declareSupplier: WriteResult;
  defineFinanceProduct: FinanceProduct;
  disputeReceivable: Receivable;
  endSponsorship: Sponsorship;
  /** The warehouse operator lets the goods of an approved request go: the pledge shrinks and the loan is revalued. */
  executeRelease: ReleaseRequest;
  /**
   * products (INVENTORY only): the products the grantee sees. Left out: what the caller supplies to
   * the grantee; when that is nothing yet, none are named and the consent covers what the grantee
   * buys on orders the caller confirms. An empty list is refused (BAD_USER_INPUT).
   */
  grantConsent: Consent;
  /**
   * A CSV with columns name, uscc, email, supplies (';'-separated; Chinese headers too). All rows or
   * none. Exactly one of: `csv`, the text; `csvBase64`, the file's bytes (UTF-8 with or without BOM,
   * or GBK/GB18030 as Excel saves "CSV" on Chinese Windows; anything else is refused naming them).
   */
  importSuppliers: ImportReport;
  inviteSupplier: ImportReport;
  /** A company ADMIN (its own users) or the platform admin: a one-time password reset link for a user, valid 24 h; a newer one replaces it. */
  issuePasswordReset: PasswordResetLink;
  /** The warehouse operator (监管方) states how much of a product it holds for a company at one of its warehouses (仓单); it replaces its previous receipt for the same goods. Inventory loans it supervises are valued from it. */
  issueWarehouseReceipt: WarehouseReceipt;
  /**
   * Log in with e-mail and password. After 5 failed logins in a row the account is locked for 30 s,
   * doubling with each further failure up to 15 min (TOO_MANY_REQUESTS, on every gateway); too many
   * failures from one address on one gateway are TOO_MANY_REQUESTS as well.
   */
  login: Session;
  /** Marks the given items read, or every item up to now (all: true). Returns the unread count after it. */
  markNotificationsRead: Scalars['Int']['output'];
  placeOrder: PurchaseOrder;
  /** The company (OPERATOR) or its chain leader (OPERATOR, with the company's ASSESSMENT consent) plans improvement. */
  planImprovement: ImprovementPlan;
  /** The plan's company (OPERATOR) engages a product's provider for one of its tasks. */
  proposeEngagement: Engagement;
  /** A SERVICE_PROVIDER (ADMIN or OPERATOR) publishes a product: version 1. */
  publishServiceProduct: ServiceProduct;
  /** The lending bank records where an approved or disbursed pledge is registered (中登网): the term in months or its end date (expiresAt), not both. Recording again replaces it. */
  recordPledgeRegistration: Pledge;
  /** Registers a company. Fails with CONFLICT when its USCC is already registered. */
  registerCompany: RegisterCompanyPayload;
  /** The holder's application, like applyForFinancing (REQUESTED). A pledge exists only on the holder's application: a bank calling it is refused (FORBIDDEN) — a RECEIVABLES consent lets a bank see, never take. */
  registerPledge: Pledge;
  registerReceivable: Receivable;
  /** Goods leave the pledge: the bank any quantity; the operator only while the loan stays safe (动态质押). */
  releaseGoods: InventoryLoan;
  removeSupplier: WriteResult;
  /** A market price per unit from a bank's price feed (or the platform operator); it values only the loans the reporting bank lends. */
  reportPrice: Scalars['Boolean']['output'];
  reportStock: WriteResult;
  requestInventoryLoan: InventoryLoan;
  /** The borrower asks for pledged goods of an ACTIVE loan to be released. */
  requestRelease: ReleaseRequest;
  /**
   * Public: sets a new password with a reset link's token and logs in. NOT_FOUND (unknown link),
   * CONFLICT (used or replaced), FORBIDDEN (expired), all with extensions.field "token".
   */
  resetPassword: Session;
  respondToInvitation: Membership;
  /** Its provider publishes a new version; engagements keep the version they engaged. */
  reviseServiceProduct: ServiceProduct;
  revokeApiKey: ApiKey;
  revokeConsent: Consent;
  /** Save the caller's company's assessment unfinished (OPERATOR); saving again replaces the draft's answers. */
  saveAssessmentDraft: Assessment;
  /** Sets some (kind, channel) choices; the others keep theirs. Returns every choice after it. */
  setNotificationPreferences: Array<NotificationPreference>;
  /** An SME (ADMIN) sets the monthly price cap recommendations respect; null removes it. */
  setServiceBudget: Recommendations;
  /** The debtor pays an original receivable: each part's holder (or the bank that financed it) is paid. */
  settleReceivable: Settlement;
  /** Split a confirmed receivable into parts (amounts that sum to it); returns the parts. */
  splitReceivable: Array<Receivable>;
  /** A chain's leader (ADMIN) recommends or sponsors a product for its suppliers. */
  sponsorServiceProduct: Sponsorship;
  /** Submit and score (ADMIN, a self-declaration): the answers given, or the saved draft's when omitted. */
  submitAssessment: Assessment;
  /** Pass a confirmed, unpledged receivable (or part) to one of the holder's own suppliers. */
  transferReceivable: Receivable;
  /** The plan's company, its planner or the task's owner (OPERATOR) moves a task. */
  updateImprovementTask: ImprovementTask;
  /** Its provider withdraws it; history and engagements stay. */
  withdrawServiceProduct: ServiceProduct;
};


export type MutationAcceptInvitationWithSignUpArgs = {
  input: InvitationSignUpInput;
};


export type MutationActOnEngagementArgs = {
  action: EngagementAction;
  engagementId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
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


export type MutationActOnReleaseRequestArgs = {
  action: ReleaseRequestAction;
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


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangeUserRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationConfirmReceivablesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationConfirmSupplyLinkArgs = {
  buyerId: Scalars['ID']['input'];
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


export type MutationEndSponsorshipArgs = {
  sponsorshipId: Scalars['ID']['input'];
};


export type MutationExecuteReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantConsentArgs = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  granteeId: Scalars['ID']['input'];
  products?: InputMaybe<Array<Scalars['String']['input']>>;
  scope: ConsentScope;
};


export type MutationImportSuppliersArgs = {
  chainId: Scalars['ID']['input'];
  csv?: InputMaybe<Scalars['String']['input']>;
  csvBase64?: InputMaybe<Scalars['String']['input']>;
};


export type MutationInviteSupplierArgs = {
  chainId: Scalars['ID']['input'];
  supplier: SupplierInvite;
};


export type MutationIssuePasswordResetArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationIssueWarehouseReceiptArgs = {
  input: WarehouseReceiptInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationPlanImprovementArgs = {
  input: PlanImprovementInput;
};


export type MutationProposeEngagementArgs = {
  input: ProposeEngagementInput;
};


export type MutationPublishServiceProductArgs = {
  input: ServiceProductInput;
};


export type MutationRecordPledgeRegistrationArgs = {
  amount: Scalars['Decimal']['input'];
  expiresAt?: InputMaybe<Scalars['Date']['input']>;
  pledgeId: Scalars['ID']['input'];
  registeredAt: Scalars['DateTime']['input'];
  registrationNumber: Scalars['String']['input'];
  termMonths?: InputMaybe<Scalars['Int']['input']>;
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


export type MutationRequestReleaseArgs = {
  input: ReleaseRequestInput;
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRespondToInvitationArgs = {
  accept: Scalars['Boolean']['input'];
  chainId: Scalars['ID']['input'];
};


export type MutationReviseServiceProductArgs = {
  input: ServiceProductInput;
  productId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeConsentArgs = {
  consentId: Scalars['ID']['input'];
};


export type MutationSaveAssessmentDraftArgs = {
  answers: AssessmentAnswersInput;
};


export type MutationSetNotificationPreferencesArgs = {
  preferences: Array<NotificationPreferenceInput>;
};


export type MutationSetServiceBudgetArgs = {
  monthlyCap?: InputMaybe<Scalars['Decimal']['input']>;
};


export type MutationSettleReceivableArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSplitReceivableArgs = {
  amounts: Array<Scalars['Decimal']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSponsorServiceProductArgs = {
  input: SponsorProductInput;
};


export type MutationSubmitAssessmentArgs = {
  answers?: InputMaybe<AssessmentAnswersInput>;
};


export type MutationTransferReceivableArgs = {
  id: Scalars['ID']['input'];
  toCompanyId: Scalars['ID']['input'];
};


export type MutationUpdateImprovementTaskArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  status: TaskStatus;
  taskId: Scalars['ID']['input'];
};


export type MutationWithdrawServiceProductArgs = {
  productId: Scalars['ID']['input'];
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
  /** A supply path leads from this member to the leader. A member whose path was removed stays listed, with false. */
  pathToLeader: Scalars['Boolean']['output'];
  risks: Array<NetworkRisk>;
  status: MemberStatus;
  /** Shortest supply distance to the leader; null when no supply path leads to it (see risks). */
  tier?: Maybe<Scalars['Int']['output']>;
};

export type NetworkRisk =
  /** In the chain, but no supply link leads from it to the leader any more: the leader cannot see how its goods arrive. */
  | 'NO_PATH_TO_LEADER';

export type NewApiKey = {
  __typename?: 'NewApiKey';
  apiKey: ApiKey;
  /** The key itself, shown this once: store it in the system that posts to /ingest. */
  key: Scalars['String']['output'];
};

export type Notification = {
  __typename?: 'Notification';
  emailStatus: EmailStatus;
  /** Derived from the causing event, the kind and the recipient: a replay never duplicates it. */
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Where the user acts in the web app (a hash route, e.g. /orders/<id>). */
  link: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** Values for the message (order number, decision, alert level …) as a JSON object. */
  params: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
  /** The id of what it is about (order, receivable, pledge, loan, consent, chain, task). */
  subjectId: Scalars['ID']['output'];
};

export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP';

export type NotificationKind =
  | 'ASSESSMENT_SHARED'
  | 'CONSENT_GRANTED'
  | 'CONSENT_REVOKED'
  /** A company engaged one of the provider's products (to the provider). */
  | 'ENGAGEMENT_PROPOSED'
  /** The other side accepted, delivered or cancelled an engagement. */
  | 'ENGAGEMENT_UPDATED'
  | 'INVITATION_RECEIVED'
  | 'LIQUIDATION'
  | 'MARGIN_CALL'
  | 'ORDER_TO_CONFIRM'
  | 'ORDER_TO_RECEIVE'
  | 'PLEDGE_APPLIED'
  | 'PLEDGE_DECIDED'
  | 'RECEIVABLE_TO_CONFIRM'
  | 'TASK_DUE';

export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  channel: NotificationChannel;
  enabled: Scalars['Boolean']['output'];
  kind: NotificationKind;
};

export type NotificationPreferenceInput = {
  channel: NotificationChannel;
  enabled: Scalars['Boolean']['input'];
  kind: NotificationKind;
};

/** What the bank pays out: advance = outstanding × advance rate; interest = advance × rate × days / 360, half-up to the fen. */
export type Offer = {
  __typename?: 'Offer';
  advance: Money;
  /** Interest days, actual/360: business days from the request's (or disbursement's) date to the loan's end. */
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

/** The change of one scenario's evidence-based level among the engagements that can be measured. */
export type OutcomeChange = {
  __typename?: 'OutcomeChange';
  /** Average change in levels, two decimals. */
  averageChange: Scalars['Decimal']['output'];
  declined: Scalars['Int']['output'];
  /** Engagements measured. */
  engagements: Scalars['Int']['output'];
  improved: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

/** A company that declared the caller's company as its supplier: a SUPPLIES link from it. */
export type OwnBuyer = {
  __typename?: 'OwnBuyer';
  buyer: Company;
  /** The caller confirmed the link (confirmSupplyLink), or the chain leader made it; pending links show false. */
  confirmed: Scalars['Boolean']['output'];
  /** What the buyer says it gets from the caller. */
  products: Array<Scalars['String']['output']>;
  since: Scalars['DateTime']['output'];
};

/** A supplier the caller's company declared (or invited): a SUPPLIES link to it. */
export type OwnSupplier = {
  __typename?: 'OwnSupplier';
  /**
   * The supplier confirmed the link (or the chain leader made it by inviting the supplier). Until
   * then the link authorizes no orders or receivable transfers.
   */
  confirmed: Scalars['Boolean']['output'];
  /** Its standing (status, tier) in each chain the caller belongs to that it was invited into. */
  memberships: Array<Membership>;
  /** What it supplies to the caller (product names or SKUs). */
  products: Array<Scalars['String']['output']>;
  since: Scalars['DateTime']['output'];
  supplier: Company;
};

export type PasswordResetLink = {
  __typename?: 'PasswordResetLink';
  expiresAt: Scalars['DateTime']['output'];
  /** The one-time token (shown once; only its SHA-256 is kept). Give it to the user: the web app's link is /#/reset-password?token=<token>. */
  token: Scalars['String']['output'];
  user: User;
};

export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  on: Scalars['Date']['output'];
  /** The holder of the part, or the bank that financed it. */
  payee: Company;
  pledgeId?: Maybe<Scalars['ID']['output']>;
  receivableId: Scalars['ID']['output'];
};

/** The answer is in this band when it is at most upTo (and above the band before). */
export type PercentBand = {
  __typename?: 'PercentBand';
  points: Scalars['String']['output'];
  upTo: Scalars['Float']['output'];
};

export type PlaceOrderInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  lines: Array<OrderLineInput>;
  number: Scalars['String']['input'];
  /** Business date: today or later in the business time zone (China's day), not the UTC date. */
  promisedDate: Scalars['Date']['input'];
  supplierId: Scalars['ID']['input'];
};

export type PlanImprovementInput = {
  companyId: Scalars['ID']['input'];
  targets: Array<ImprovementTargetInput>;
  /** Omit to take the platform's proposed steps as tasks. */
  tasks?: InputMaybe<Array<ImprovementTaskInput>>;
};

export type Pledge = {
  __typename?: 'Pledge';
  approvedOn?: Maybe<Scalars['Date']['output']>;
  bank: Company;
  closedOn?: Maybe<Scalars['Date']['output']>;
  disbursedOn?: Maybe<Scalars['Date']['output']>;
  holder: Company;
  id: Scalars['ID']['output'];
  /** Business date; at most one year (twelve calendar months, as for a receivable's tenor) after the request. */
  loanEndDate: Scalars['Date']['output'];
  /** At request; recomputed on the disbursement date. */
  offer: Offer;
  outstanding: Money;
  product: FinanceProduct;
  reason?: Maybe<Scalars['String']['output']>;
  receivable: Receivable;
  /** 登记编号 in the platform's pledge register. */
  registerNumber: Scalars['String']['output'];
  /** Where the pledge is registered (动产融资统一登记公示系统, 中登网), as the bank recorded it; null until then. */
  registration?: Maybe<PledgeRegistration>;
  /** For an approved or disbursed pledge: not registered (or its term is over), or its term ends within 30 days; null otherwise. */
  registrationRisk?: Maybe<RegistrationRisk>;
  requestedBy: Company;
  /** Business date of the request (China's calendar day at the moment it was made); interest days count from it. */
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

/** A pledge's registration in the unified registry (中登网), as the lending bank recorded it. */
export type PledgeRegistration = {
  __typename?: 'PledgeRegistration';
  /** 主债权金额 as registered. */
  amount: Money;
  /** Last day of the registration's term. */
  expiresOn: Scalars['Date']['output'];
  /** 登记证明编号 */
  number: Scalars['String']['output'];
  /** Business date the bank recorded it. */
  recordedOn: Scalars['Date']['output'];
  /** 登记时间 (UTC). */
  registeredAt: Scalars['DateTime']['output'];
  /** Business date of registeredAt. */
  registeredOn: Scalars['Date']['output'];
  /** 登记期限 in months, when given so (null when the bank gave the end date). */
  termMonths?: Maybe<Scalars['Int']['output']>;
};

/** The registry form's fields (出质人、质权人、财产描述、金额、期限) for one pledge, ready to paste. */
export type PledgeRegistrationForm = {
  __typename?: 'PledgeRegistrationForm';
  /** 主债权金额: as registered, or the advance for a pledge not registered yet. */
  amount: Money;
  debtor: RegistrationFormParty;
  /** 财产描述: the receivable, its debtor, amount and due date. */
  description: Scalars['String']['output'];
  dueDate: Scalars['Date']['output'];
  pledgeId: Scalars['ID']['output'];
  /** 质权人: the lending bank. */
  pledgee: RegistrationFormParty;
  /** 出质人: the holder of the pledged receivable. */
  pledgor: RegistrationFormParty;
  receivableAmount: Money;
  receivableId: Scalars['ID']['output'];
  /** 登记编号 in the platform's pledge register. */
  registerNumber: Scalars['String']['output'];
  /** 登记证明编号 when registered. */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  registrationRisk?: Maybe<RegistrationRisk>;
  status: PledgeStatus;
  /** 登记期限 in months: as registered, or the months from today that cover the loan. */
  termMonths: Scalars['Int']['output'];
};

export type PledgeStatus =
  | 'APPROVED'
  | 'DISBURSED'
  | 'REJECTED'
  | 'RELEASED'
  | 'REPAID'
  | 'REQUESTED';

export type PledgedGoods = {
  __typename?: 'PledgedGoods';
  /** Held at the warehouse for the borrower now, as the warehouse operator's receipt states (never the borrower's own stock report). */
  inStock: Scalars['Int']['output'];
  /** The lending bank's own latest market price, if any (another bank's price never values this loan). */
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
  /** Every unmet eligibility rule, in the same order as reasons, with its code. */
  ineligibilities: Array<Ineligibility>;
  /** The offer if financed today until loanEndDate (null when not eligible). */
  offer?: Maybe<Offer>;
  /** Every unmet eligibility rule as text, e.g. 'TOO_SHORT: 8 days left to run; this product needs at least 15' (kept for compatibility: use ineligibilities). */
  reasons: Array<Scalars['String']['output']>;
  receivable: Receivable;
};

export type ProductOutcomes = {
  __typename?: 'ProductOutcomes';
  /** Engagements delivered. */
  delivered: Scalars['Int']['output'];
  methodEn: Scalars['String']['output'];
  /** How the figures are computed. */
  methodZh: Scalars['String']['output'];
  /** Shown only from this many delivered engagements (3). */
  minimum: Scalars['Int']['output'];
  scenarios: Array<ScenarioOutcome>;
  /** delivered ≥ minimum. */
  shown: Scalars['Boolean']['output'];
};

/** A scenario a product addresses and the level it aims to bring it to. */
export type ProductScenario = {
  __typename?: 'ProductScenario';
  en: Scalars['String']['output'];
  scenarioId: Scalars['String']['output'];
  targetLevel: Scalars['Int']['output'];
  zh: Scalars['String']['output'];
};

export type ProductScenarioInput = {
  scenarioId: Scalars['String']['input'];
  /** 1 to the questionnaire's maxLevel. */
  targetLevel: Scalars['Int']['input'];
};

export type ProposeEngagementInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  taskId: Scalars['ID']['input'];
};

/** A next step the platform proposes (小快轻准). */
export type ProposedStep = {
  __typename?: 'ProposedStep';
  dueDate: Scalars['Date']['output'];
  en: Scalars['String']['output'];
  owner: StepOwner;
  /** The company that would own the task: the assessed company or its chain leader. */
  ownerCompany: Company;
  scenarioId?: Maybe<Scalars['String']['output']>;
  /** E.g. STREAM_STOCK, SHARE_INVENTORY, REACH_LEVEL, REASSESS. */
  step: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type ProviderOutcomes = {
  __typename?: 'ProviderOutcomes';
  /** Over all its products. */
  outcomes: ProductOutcomes;
  products: Array<ServiceProduct>;
  provider: Company;
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
  /** Business date the order was placed (China's calendar day when it entered the platform). */
  placedOn: Scalars['Date']['output'];
  /** Business date; not before the day it was placed. */
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
  /** A company's submissions: the company itself, or a company it granted an ASSESSMENT consent (audited). */
  assessment: AssessmentHistory;
  bankExposure: BankExposure;
  chain?: Maybe<Chain>;
  /** The chain leader's dashboard; months of timeline (1 to 24). */
  chainDashboard: ChainDashboard;
  /** A chain's sponsorships (its leader) with uptake by tier. */
  chainSponsorships: Array<SponsorshipUptake>;
  /** Rings of trade among the companies the bank finances (or that owe them): a sign of made-up trade (e.g. 承兴). */
  circularTrades: Array<TradeCycle>;
  /** Companies by name; first is at most 200. */
  companies: Array<Company>;
  company?: Maybe<Company>;
  /**
   * Who the caller's company may grant consent to (for one scope, or any): the leaders of its
   * chains, its buyers, banks it applied to and banks with receivable-pledge products.
   */
  consentCandidates: Array<ConsentCandidate>;
  /** Consents the caller's company granted or received. */
  consents: Array<Consent>;
  /** The caller's company's engagements, as SME or as provider, newest first. */
  engagements: Array<Engagement>;
  /** What became of an event a mutation returned as PENDING. */
  eventOutcome: EventOutcome;
  /** What the platform sees of a company, beside its declared levels (same access as assessment). */
  evidence: Evidence;
  /** Which chains depend on a company, and how much (the company itself asks). */
  exposure: Array<Exposure>;
  /** Banks' receivable-pledge products (all banks, or one). */
  financeProducts: Array<FinanceProduct>;
  /** A company's improvement plans, newest first (same access as assessment). */
  improvementPlans: Array<ImprovementPlan>;
  inventoryLoan?: Maybe<InventoryLoan>;
  /** Loans the caller's company borrows, lends or supervises. */
  inventoryLoans: Array<InventoryLoan>;
  /** Public: what an invitation link (its token) is for, for the sign-up page; null for an unknown link. */
  invitation?: Maybe<InvitationPreview>;
  leaderFinance: LeaderFinance;
  lowStock: Array<LowStockSignal>;
  /** The user behind the token. */
  me: User;
  /** The caller's company's assessments, newest first: its open draft, then every submission. */
  myAssessments: Array<Assessment>;
  /** The companies that declared the caller's company as their supplier; those not confirmed wait for confirmSupplyLink. */
  myBuyers: Array<OwnBuyer>;
  /** Chains the caller's company leads or belongs to. */
  myChains: Array<Membership>;
  /** Sponsorships of the caller's company's leaders that it may use. */
  mySponsorships: Array<Sponsorship>;
  /**
   * The caller's company's own upstream suppliers (its supply links), with their status per chain.
   * With chainId: only suppliers in that chain, and only that chain's membership.
   */
  mySuppliers: Array<OwnSupplier>;
  /** Every kind on every channel, with whether the caller wants it. */
  notificationPreferences: Array<NotificationPreference>;
  /** The caller's inbox, newest first (kinds it muted in the app left out). */
  notifications: Array<Notification>;
  order?: Maybe<PurchaseOrder>;
  /** Orders the caller's company placed (BUYER) or received (SUPPLIER). */
  orders: Array<PurchaseOrder>;
  /** A shortest supply path from a supplier up to the leader, supplier first. */
  pathToLeader?: Maybe<Array<Company>>;
  pledge?: Maybe<Pledge>;
  /** For a bank: the registry form's fields of each of its approved or disbursed pledges (at most 1000, oldest first). */
  pledgeRegistrationForms: Array<PledgeRegistrationForm>;
  /** A bank's pledges; an SME's pledged receivables; a leader's receivables its suppliers financed. */
  pledges: Array<Pledge>;
  /** The next steps the platform proposes toward these targets (same access as assessment). */
  proposedSteps: Array<ProposedStep>;
  /** A provider's measured outcomes (any signed-in company). */
  providerOutcomes: ProviderOutcomes;
  /** The questionnaire new assessments use, or an earlier version. */
  questionnaire: Questionnaire;
  receivable?: Maybe<Receivable>;
  /** For a bank: receivables opened to it (RECEIVABLES consent) or applied to it, with eligibility and the offer. */
  receivablePool: Array<PoolEntry>;
  receivables: Array<Receivable>;
  /** Recommended for a company (the company itself, or its leader with its ASSESSMENT consent). */
  recommendedProducts: Recommendations;
  /** A GB/T 2260 code's division, or null. */
  region?: Maybe<Region>;
  /** An AUTHORITY's view of its own region (no other region's); months of gradesOverTime (1 to 36). */
  regionalStatistics: RegionalStatistics;
  /** Release requests on the loans the caller's company borrows, lends or supervises, newest first. */
  releaseRequests: Array<ReleaseRequest>;
  serviceProduct?: Maybe<ServiceProduct>;
  /** Products on the platform (any signed-in company), newest first. */
  serviceProducts: Array<ServiceProduct>;
  /**
   * Products a buyer in the chain gets from exactly one supplier: all of them, or a page (first at
   * most 10000) ordered by buyer tier, product, buyer.
   */
  singleSourceRisks: Array<SingleSourceRisk>;
  /** A company's stock: its own, or another's with an active INVENTORY consent (only products the caller buys from it). */
  stock: Array<StockPosition>;
  /** What stock(companyId) covers for the caller, and why it is empty when it is (same access as stock). */
  stockCoverage: StockCoverage;
  /**
   * KPIs of the caller's company's suppliers, from its own orders: all of them, or a page (first at
   * most 10000) ordered by supplier id and currency.
   */
  supplierKpis: Array<SupplierKpi>;
  /** The leader's N-tier supplier network. */
  supplierNetwork: SupplierNetwork;
  /** Receivables the bank financed or may finance whose order was never delivered. */
  undeliveredBacking: Array<UndeliveredBacking>;
  /** How many inbox items the caller has not read (the bell's badge). */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Users of a company (its ADMIN, or a platform admin). */
  users: Array<User>;
  /** Warehouse receipts the caller's company issued (an operator) or holds. */
  warehouseReceipts: Array<WarehouseReceipt>;
};


export type QueryAccessLogArgs = {
  scope?: InputMaybe<ConsentScope>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAssessmentArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryChainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChainDashboardArgs = {
  chainId: Scalars['ID']['input'];
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChainSponsorshipsArgs = {
  chainId: Scalars['ID']['input'];
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


export type QueryConsentCandidatesArgs = {
  scope?: InputMaybe<ConsentScope>;
};


export type QueryConsentsArgs = {
  direction: ConsentDirection;
};


export type QueryEngagementsArgs = {
  status?: InputMaybe<EngagementStatus>;
};


export type QueryEventOutcomeArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryEvidenceArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryExposureArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryFinanceProductsArgs = {
  bankId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryImprovementPlansArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryInventoryLoanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInventoryLoansArgs = {
  status?: InputMaybe<InventoryLoanStatus>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryLowStockArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryMySuppliersArgs = {
  chainId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
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


export type QueryPledgeRegistrationFormsArgs = {
  unregisteredOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPledgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PledgeStatus>;
};


export type QueryProposedStepsArgs = {
  companyId: Scalars['ID']['input'];
  targets: Array<ImprovementTargetInput>;
};


export type QueryProviderOutcomesArgs = {
  providerId: Scalars['ID']['input'];
};


export type QueryQuestionnaireArgs = {
  version?: InputMaybe<Scalars['String']['input']>;
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


export type QueryRecommendedProductsArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryRegionalStatisticsArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReleaseRequestsArgs = {
  loanId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ReleaseRequestStatus>;
};


export type QueryServiceProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceProductsArgs = {
  filter?: InputMaybe<ServiceProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySingleSourceRisksArgs = {
  chainId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryStockCoverageArgs = {
  companyId: Scalars['ID']['input'];
};


export type QuerySupplierKpisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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

export type QuestionDimension = {
  __typename?: 'QuestionDimension';
  en: Scalars['String']['output'];
  groups: Array<QuestionGroup>;
  id: Scalars['String']['output'];
  maxPoints: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type QuestionGroup = {
  __typename?: 'QuestionGroup';
  en: Scalars['String']['output'];
  id: Scalars['String']['output'];
  items: Array<QuestionItem>;
  maxPoints: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type QuestionItem = {
  __typename?: 'QuestionItem';
  /** PERCENT_BANDS. */
  bands: Array<PercentBand>;
  en: Scalars['String']['output'];
  id: Scalars['String']['output'];
  maxPoints: Scalars['String']['output'];
  /** CHOICE and CHECKLIST. */
  options: Array<QuestionOption>;
  type: QuestionItemType;
  /** What of this item the sources did not give, to be checked against the official text. */
  unverified?: Maybe<Scalars['String']['output']>;
  zh: Scalars['String']['output'];
};

export type QuestionItemType =
  /** Check any options; each checked option adds its points. */
  | 'CHECKLIST'
  /** Pick one option. */
  | 'CHOICE'
  /** A percentage from 0 to 100; the band it falls in gives the points. */
  | 'PERCENT_BANDS';

/** A scenario group or other labelled part of the questionnaire. */
export type QuestionLabel = {
  __typename?: 'QuestionLabel';
  en: Scalars['String']['output'];
  id: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type QuestionOption = {
  __typename?: 'QuestionOption';
  en: Scalars['String']['output'];
  id: Scalars['String']['output'];
  points: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type QuestionScenario = {
  __typename?: 'QuestionScenario';
  en: Scalars['String']['output'];
  /** The id of its group in scenarioGroups. */
  group: Scalars['String']['output'];
  id: Scalars['String']['output'];
  levels: Array<ScenarioLevelText>;
  /** 约束性: counted separately by the grade rules. */
  mandatory: Scalars['Boolean']['output'];
  zh: Scalars['String']['output'];
};

/** The questionnaire, versioned data (services/domain/src/assessment/miit-2024.v1.json). */
export type Questionnaire = {
  __typename?: 'Questionnaire';
  /** What is known to be uncertain about this version. */
  caveats: Array<Scalars['String']['output']>;
  /** The scored part: four dimensions, their groups and items. */
  dimensions: Array<QuestionDimension>;
  en: Scalars['String']['output'];
  /** Lowest first. */
  grades: Array<GradeRule>;
  maxLevel: Scalars['Int']['output'];
  maxScore: Scalars['String']['output'];
  notice: Scalars['String']['output'];
  /** The graded part (数字化经营): scenarios in groups, each at a level from 0 to maxLevel. */
  scenarioGroups: Array<QuestionLabel>;
  scenarios: Array<QuestionScenario>;
  source: Scalars['String']['output'];
  version: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type Receivable = {
  __typename?: 'Receivable';
  /** The pledge that holds it now (REQUESTED, APPROVED or DISBURSED), if any. */
  activePledge?: Maybe<Pledge>;
  amount: Money;
  /** The supplier that registered the original receivable. */
  creditor: Company;
  debtor: Company;
  /** Business date; the receivable is OVERDUE from 00:00 in the business time zone on the next day. */
  dueDate: Scalars['Date']['output'];
  holder: Company;
  id: Scalars['ID']['output'];
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  /** Business date (China's calendar day). */
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

export type Recommendation = {
  __typename?: 'Recommendation';
  /** What the company would pay per month after sponsorship. */
  netMonthlyPrice: Money;
  product: ServiceProduct;
  reasons: Array<MatchReason>;
  /** Sponsorships of this product by the company's leaders. */
  sponsorships: Array<Sponsorship>;
};

export type Recommendations = {
  __typename?: 'Recommendations';
  /** The monthly price cap the company set; null = none. */
  budget?: Maybe<Money>;
  company: Company;
  /** Why items is empty, when it is: NO_ASSESSMENT, NO_GAPS, NOTHING_MATCHES, OVER_BUDGET. */
  emptyReason?: Maybe<Scalars['String']['output']>;
  /** Scenarios the matching worked from, weakest first. */
  gaps: Array<MatchReason>;
  items: Array<Recommendation>;
};

/** A GB/T 2260 administrative division (行政区划). */
export type Region = {
  __typename?: 'Region';
  /** Six digits, e.g. 330200. */
  code: Scalars['String']['output'];
  /** 浙江省宁波市 */
  fullName: Scalars['String']['output'];
  level: RegionLevel;
  /** 宁波市 */
  name: Scalars['String']['output'];
};

export type RegionLevel =
  | 'COUNTY'
  | 'PREFECTURE'
  | 'PROVINCE';

/** A company that consented to the authority seeing it (ASSESSMENT consent). */
export type RegionalCompany = {
  __typename?: 'RegionalCompany';
  company: Company;
  /** Its latest grade; null when never assessed. */
  grade?: Maybe<Grade>;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RegionalStatistics = {
  __typename?: 'RegionalStatistics';
  /** The business date the figures are as of. */
  asOf: Scalars['Date']['output'];
  /**
   * Companies in the region (leaders, SMEs; not banks, providers or authorities). Null when hidden:
   * it is the coverage table's TOTAL companies figure, suppressed like it (a region of 1–4 companies).
   */
  companies?: Maybe<Scalars['Int']['output']>;
  /** Only companies that consented. */
  consentingCompanies: Array<RegionalCompany>;
  /** Coverage by industry: companies, assessed, streaming data (last 90 days), sharing (a consent given). */
  coverage: StatTable;
  /** Supply-chain finance extended to the region's SMEs: rows confirmed receivables, pledges, inventory loans; columns companies, count, amount. */
  finance: StatTable;
  /** Latest grade by industry: rows industries, columns grades (未定级 … 四级) and TOTAL. */
  gradesByIndustry: StatTable;
  /** Latest grade as of each month's end: rows months, columns grades and TOTAL. */
  gradesOverTime: StatTable;
  methodEn: Scalars['String']['output'];
  methodZh: Scalars['String']['output'];
  minimumCompanies: Scalars['Int']['output'];
  /** Providers' measured outcomes among the region's SMEs: rows scenarios, columns engagements measured, improved, unchanged, declined. */
  providerOutcomes: StatTable;
  region: Region;
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
  /** Defaults to today (the business date in the business time zone). */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** A delivered or invoiced order the caller's company supplied. */
  orderId: Scalars['ID']['input'];
};

export type RegistrationFormParty = {
  __typename?: 'RegistrationFormParty';
  name: Scalars['String']['output'];
  /** 统一社会信用代码 */
  uscc: Scalars['String']['output'];
};

export type RegistrationRisk =
  /** 登记即将到期: the registration's term ends within 30 days. */
  | 'EXPIRING'
  /** 未登记: approved or disbursed, but not registered (or the registration's term is over). */
  | 'UNREGISTERED';

export type ReleaseRequest = {
  __typename?: 'ReleaseRequest';
  /** While the request is open: the collateral valued now as if this release and the releases already approved had happened. */
  collateralValueAfter?: Maybe<Money>;
  /** When the bank approved or rejected it. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The bank's reason for its decision, or the borrower's for cancelling. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** While the request is open: the risk level after the release (NONE means the bank may approve it). */
  levelAfter?: Maybe<AlertLevel>;
  loan: InventoryLoan;
  /** While the request is open: the loan-to-value after the release, percent (null when the goods left are worth nothing). */
  ltvAfter?: Maybe<Scalars['Decimal']['output']>;
  quantity: Scalars['Int']['output'];
  /** Why the borrower asks (e.g. to ship an order, after a partial repayment). */
  reason: Scalars['String']['output'];
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  sku: Scalars['String']['output'];
  status: ReleaseRequestStatus;
};

export type ReleaseRequestAction =
  /** The bank: only if the loan stays below the margin-call line and above the control line after the release (with the releases already approved). */
  | 'APPROVE'
  /** The borrower, while the request is REQUESTED or APPROVED. */
  | 'CANCEL'
  /** The bank. */
  | 'REJECT';

export type ReleaseRequestInput = {
  loanId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  sku: Scalars['String']['input'];
};

export type ReleaseRequestStatus =
  /** Approved by the bank; awaiting the warehouse operator. */
  | 'APPROVED'
  /** Cancelled by the borrower before execution. */
  | 'CANCELLED'
  | 'REJECTED'
  /** Executed by the warehouse operator: the goods left the pledge. */
  | 'RELEASED'
  /** Asked for by the borrower; awaiting the bank. */
  | 'REQUESTED';

export type Role =
  | 'ADMIN'
  | 'OPERATOR'
  | 'VIEWER';

export type ScenarioEvidence = {
  __typename?: 'ScenarioEvidence';
  agreement: EvidenceAgreement;
  /** The highest level the platform can evidence for this scenario. */
  ceiling: Scalars['Int']['output'];
  /** From the latest submission. */
  declaredLevel?: Maybe<Scalars['Int']['output']>;
  disagrees: Scalars['Boolean']['output'];
  en: Scalars['String']['output'];
  evidencedLevel: Scalars['Int']['output'];
  levels: Array<EvidenceLevel>;
  scenarioId: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type ScenarioLevel = {
  __typename?: 'ScenarioLevel';
  level: Scalars['Int']['output'];
  scenarioId: Scalars['String']['output'];
};

export type ScenarioLevelInput = {
  /** 0 (not yet at level 1) to the questionnaire's maxLevel. */
  level: Scalars['Int']['input'];
  scenarioId: Scalars['String']['input'];
};

export type ScenarioLevelText = {
  __typename?: 'ScenarioLevelText';
  en: Scalars['String']['output'];
  /** The questionnaire's generic text stands in for a scenario-specific one. */
  generic: Scalars['Boolean']['output'];
  level: Scalars['Int']['output'];
  zh: Scalars['String']['output'];
};

export type ScenarioOutcome = {
  __typename?: 'ScenarioOutcome';
  /** Evidence 90 days after delivery minus evidence when it began; null below the minimum count. */
  after90Days?: Maybe<OutcomeChange>;
  /** Evidence at delivery minus evidence when the engagement began; null below the minimum count. */
  atDelivery?: Maybe<OutcomeChange>;
  en: Scalars['String']['output'];
  /** False for scenarios the platform cannot evidence yet (not measurable yet). */
  measurable: Scalars['Boolean']['output'];
  scenarioId: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type ScenarioResult = {
  __typename?: 'ScenarioResult';
  en: Scalars['String']['output'];
  group: Scalars['String']['output'];
  level: Scalars['Int']['output'];
  mandatory: Scalars['Boolean']['output'];
  scenarioId: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type ScenarioStat = {
  __typename?: 'ScenarioStat';
  assessed: Scalars['Int']['output'];
  /** Average declared level, two decimals. */
  averageLevel: Scalars['Decimal']['output'];
  en: Scalars['String']['output'];
  /** Suppliers at level 0 or 1. */
  lagging: Scalars['Int']['output'];
  scenarioId: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type ScoreSubtotal = {
  __typename?: 'ScoreSubtotal';
  en: Scalars['String']['output'];
  id: Scalars['String']['output'];
  maxPoints: Scalars['String']['output'];
  points: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type ServiceProduct = {
  __typename?: 'ServiceProduct';
  deliveryDays: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  /** Every version, newest first. */
  history: Array<ServiceProductVersion>;
  id: Scalars['ID']['output'];
  industries: Array<Scalars['String']['output']>;
  monthlyPrice: Money;
  name: Scalars['String']['output'];
  /** Measured outcomes among the SMEs that engaged it. */
  outcomes: ProductOutcomes;
  provider: Company;
  publishedAt: Scalars['DateTime']['output'];
  references: Array<Scalars['String']['output']>;
  regions: Array<Region>;
  scenarios: Array<ProductScenario>;
  status: ServiceProductStatus;
  /** The current (latest) version's fields. */
  version: Scalars['Int']['output'];
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ServiceProductFilter = {
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Yuan per month. */
  maxMonthlyPrice?: InputMaybe<Scalars['Decimal']['input']>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** A GB/T 2260 code: products serving it (nationwide ones included). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  scenarioId?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceProductInput = {
  deliveryDays: Scalars['Int']['input'];
  description: Scalars['String']['input'];
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Yuan per month, at most two decimals. */
  monthlyPrice: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
  references?: InputMaybe<Array<Scalars['String']['input']>>;
  /** GB/T 2260 codes. */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  scenarios: Array<ProductScenarioInput>;
};

export type ServiceProductStatus =
  | 'ACTIVE'
  /** Withdrawn by its provider: no longer recommended or engaged; its history and engagements stay. */
  | 'WITHDRAWN';

/** One published version of a product (each revision is a new version; earlier ones are kept). */
export type ServiceProductVersion = {
  __typename?: 'ServiceProductVersion';
  /** Days from engagement to delivery. */
  deliveryDays: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  /** Industries served; empty = any. */
  industries: Array<Scalars['String']['output']>;
  /** Subscription price per month. */
  monthlyPrice: Money;
  name: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** Named customers or cases, as the provider states them. */
  references: Array<Scalars['String']['output']>;
  /** Regions served (a province covers its cities); empty = nationwide. */
  regions: Array<Region>;
  scenarios: Array<ProductScenario>;
  version: Scalars['Int']['output'];
};

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

export type SponsorProductInput = {
  chainId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  /** Percent, 0 to 100 (0 = recommend without paying). */
  share: Scalars['Decimal']['input'];
};

/** A chain leader recommends (share 0) or sponsors a product for its chain's suppliers: a commitment shown to both sides, no billing. */
export type Sponsorship = {
  __typename?: 'Sponsorship';
  chain: Chain;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  leader: Company;
  /** The leader's part of the current monthly price. */
  monthlyShare: Money;
  note?: Maybe<Scalars['String']['output']>;
  product: ServiceProduct;
  /** Share of the monthly price the leader pays, percent (0 = recommended only). */
  share: Scalars['Decimal']['output'];
  since: Scalars['DateTime']['output'];
  status: SponsorshipStatus;
};

export type SponsorshipStatus =
  | 'ACTIVE'
  | 'ENDED';

export type SponsorshipUptake = {
  __typename?: 'SponsorshipUptake';
  byTier: Array<TierUptake>;
  sponsorship: Sponsorship;
};

export type StatCell = {
  __typename?: 'StatCell';
  hidden?: Maybe<SuppressionReason>;
  /** Null when hidden. A whole number, or yuan with two decimals for YUAN columns. */
  value?: Maybe<Scalars['String']['output']>;
};

export type StatColumn = {
  __typename?: 'StatColumn';
  en: Scalars['String']['output'];
  key: Scalars['String']['output'];
  unit: StatUnit;
  zh: Scalars['String']['output'];
};

export type StatRow = {
  __typename?: 'StatRow';
  /** One per column, in the columns' order. */
  cells: Array<StatCell>;
  en: Scalars['String']['output'];
  /** An industry, a grade rank, a month (yyyy-MM), an instrument …; TOTAL for the total row. */
  key: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

/** A two-way table whose rows and columns add up to the TOTAL row and column where it has them. */
export type StatTable = {
  __typename?: 'StatTable';
  columns: Array<StatColumn>;
  en: Scalars['String']['output'];
  key: Scalars['String']['output'];
  rows: Array<StatRow>;
  zh: Scalars['String']['output'];
};

export type StatUnit =
  /** A number of companies. */
  | 'COMPANIES'
  /** A count of things (receivables, pledges, loans). */
  | 'COUNT'
  /** Yuan with two decimals (stored as fen). */
  | 'YUAN';

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: MemberStatus;
};

export type StepOwner =
  | 'COMPANY'
  | 'LEADER';

/** What the caller may see of a company's stock, and why the list is empty when it is. */
export type StockCoverage = {
  __typename?: 'StockCoverage';
  emptyReason?: Maybe<StockEmptyReason>;
  /** A consent naming no products covers what the caller buys on confirmed orders. */
  followsOrders: Scalars['Boolean']['output'];
  /** A sentence saying why the list is empty, and what to do. */
  message?: Maybe<Scalars['String']['output']>;
  /** The products covered; empty for one's own stock (all of it). */
  products: Array<Scalars['String']['output']>;
};

/** Why a stock list the caller sees is empty. */
export type StockEmptyReason =
  /** The consent names no products and the caller bought nothing on orders the supplier confirmed yet. */
  | 'NO_PRODUCTS_COVERED'
  /** The supplier reported no stock of the products the consent covers (or, for one's own stock, none at all). */
  | 'NO_STOCK_REPORTED';

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
  /** Each new item of the caller's inbox, the moment its causing event is projected. */
  notificationAdded: Notification;
  /** Each order the caller's company buys or sells, whenever it is placed or changes status. */
  orderChanged: PurchaseOrder;
  /**
   * Pledges the caller's company is a party to — the bank, the applicant (holder), the debtor —
   * whenever one is requested, approved, rejected, disbursed, repaid or released.
   */
  pledgeChanged: Pledge;
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
  /** Members matching the filter, by tier then name; members without a path to the leader last (not with a maxDepth or tiers filter). */
  nodes: Array<NetworkNode>;
  total: Scalars['Int']['output'];
};

export type SupplyLink = {
  __typename?: 'SupplyLink';
  buyerId: Scalars['ID']['output'];
  products: Array<Scalars['String']['output']>;
  supplierId: Scalars['ID']['output'];
};

export type SuppressionReason =
  /** Hidden so that a hidden figure cannot be worked out from the shown ones. */
  | 'COMPLEMENTARY'
  /** Rests on 1–4 companies. */
  | 'FEWER_THAN_MINIMUM';

export type TaskStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'OPEN';

export type TierUptake = {
  __typename?: 'TierUptake';
  delivered: Scalars['Int']['output'];
  /** Members with an engagement of the product (proposed, active or delivered). */
  engaged: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  /** null: members with no path to the leader. */
  tier?: Maybe<Scalars['Int']['output']>;
};

export type TimelinePoint = {
  __typename?: 'TimelinePoint';
  assessed: Scalars['Int']['output'];
  grades: Array<GradeCount>;
  /** yyyy-MM: the latest grades as of the month's end. */
  month: Scalars['String']['output'];
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

/** A warehouse receipt (仓单): what a warehouse operator states it holds for a company at one of its warehouses. */
export type WarehouseReceipt = {
  __typename?: 'WarehouseReceipt';
  holder: Company;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  operator: Company;
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  warehouse: Scalars['String']['output'];
};

export type WarehouseReceiptInput = {
  /** The company the goods are held for. */
  holderId: Scalars['ID']['input'];
  /** The quantity held now (0 when the goods have left). */
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
  /** The warehouse code (the one an inventory loan names). */
  warehouse: Scalars['String']['input'];
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
  Assessment: ResolverTypeWrapper<AssessmentRow>;
  AssessmentAnswers: ResolverTypeWrapper<AssessmentAnswers>;
  AssessmentAnswersInput: AssessmentAnswersInput;
  AssessmentHistory: ResolverTypeWrapper<Omit<AssessmentHistory, 'company' | 'history' | 'latest'> & { company: ResolversTypes['Company'], history: Array<ResolversTypes['Assessment']>, latest?: Maybe<ResolversTypes['Assessment']> }>;
  AssessmentReason: ResolverTypeWrapper<AssessmentReason>;
  AssessmentResult: ResolverTypeWrapper<AssessmentResult>;
  AssessmentStatus: AssessmentStatus;
  BankExposure: ResolverTypeWrapper<Omit<BankExposure, 'byBorrower' | 'byChain' | 'byDebtor'> & { byBorrower: Array<ResolversTypes['ExposureLine']>, byChain: Array<ResolversTypes['ChainExposureLine']>, byDebtor: Array<ResolversTypes['ExposureLine']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CandidateRelation: CandidateRelation;
  Chain: ResolverTypeWrapper<ChainRow>;
  ChainDashboard: ResolverTypeWrapper<Omit<ChainDashboard, 'chain' | 'helpFirst' | 'suppliers'> & { chain: ResolversTypes['Chain'], helpFirst: Array<ResolversTypes['DashboardSupplier']>, suppliers: Array<ResolversTypes['DashboardSupplier']> }>;
  ChainExposureLine: ResolverTypeWrapper<Omit<ChainExposureLine, 'chain'> & { chain: ResolversTypes['Chain'] }>;
  Company: ResolverTypeWrapper<CompanyRow>;
  CompanyKind: CompanyKind;
  Consent: ResolverTypeWrapper<ConsentRow>;
  ConsentCandidate: ResolverTypeWrapper<ConsentCandidateRow>;
  ConsentDirection: ConsentDirection;
  ConsentScope: ConsentScope;
  CreateUserInput: CreateUserInput;
  DashboardCoverage: ResolverTypeWrapper<DashboardCoverage>;
  DashboardSupplier: ResolverTypeWrapper<Omit<DashboardSupplier, 'company'> & { company: ResolversTypes['Company'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DimensionScore: ResolverTypeWrapper<DimensionScore>;
  DueBucket: ResolverTypeWrapper<DueBucket>;
  EmailStatus: EmailStatus;
  Engagement: ResolverTypeWrapper<EngagementRow>;
  EngagementAction: EngagementAction;
  EngagementStatus: EngagementStatus;
  ErrorCode: ErrorCode;
  EventOutcome: ResolverTypeWrapper<EventOutcome>;
  EventStatus: EventStatus;
  Evidence: ResolverTypeWrapper<Omit<Evidence, 'company'> & { company: ResolversTypes['Company'] }>;
  EvidenceAgreement: EvidenceAgreement;
  EvidenceCondition: ResolverTypeWrapper<EvidenceCondition>;
  EvidenceFacts: ResolverTypeWrapper<EvidenceFacts>;
  EvidenceLevel: ResolverTypeWrapper<EvidenceLevel>;
  Exposure: ResolverTypeWrapper<ExposureRow>;
  ExposureLine: ResolverTypeWrapper<Omit<ExposureLine, 'company'> & { company: ResolversTypes['Company'] }>;
  FinanceProduct: ResolverTypeWrapper<ProductRow>;
  FinanceProductInput: FinanceProductInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Grade: ResolverTypeWrapper<Grade>;
  GradeBreakdown: ResolverTypeWrapper<GradeBreakdown>;
  GradeCondition: GradeCondition;
  GradeCount: ResolverTypeWrapper<GradeCount>;
  GradeGap: ResolverTypeWrapper<GradeGap>;
  GradeMovement: ResolverTypeWrapper<GradeMovement>;
  GradeRule: ResolverTypeWrapper<GradeRule>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportRow: ResolverTypeWrapper<ImportRow>;
  ImportRowStatus: ImportRowStatus;
  ImprovementPlan: ResolverTypeWrapper<PlanRow>;
  ImprovementTarget: ResolverTypeWrapper<ImprovementTarget>;
  ImprovementTargetInput: ImprovementTargetInput;
  ImprovementTask: ResolverTypeWrapper<TaskRow>;
  ImprovementTaskInput: ImprovementTaskInput;
  Ineligibility: ResolverTypeWrapper<Ineligibility>;
  IneligibilityCode: IneligibilityCode;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InventoryLoan: ResolverTypeWrapper<LoanRow>;
  InventoryLoanAction: InventoryLoanAction;
  InventoryLoanInput: InventoryLoanInput;
  InventoryLoanStatus: InventoryLoanStatus;
  InvitationLinkStatus: InvitationLinkStatus;
  InvitationPreview: ResolverTypeWrapper<InvitationPreview>;
  InvitationSignUpInput: InvitationSignUpInput;
  ItemAnswer: ResolverTypeWrapper<ItemAnswer>;
  ItemAnswerInput: ItemAnswerInput;
  LeaderFinance: ResolverTypeWrapper<LeaderFinance>;
  LevelCount: ResolverTypeWrapper<LevelCount>;
  LowStockSignal: ResolverTypeWrapper<LowStockSignal>;
  MatchReason: ResolverTypeWrapper<MatchReason>;
  MatchReasonCode: MatchReasonCode;
  MemberMove: MemberMove;
  MemberStatus: MemberStatus;
  Membership: ResolverTypeWrapper<MembershipRow>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<{}>;
  NetworkFilter: NetworkFilter;
  NetworkNode: ResolverTypeWrapper<NetworkNodeRow>;
  NetworkRisk: NetworkRisk;
  NewApiKey: ResolverTypeWrapper<Omit<NewApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationChannel: NotificationChannel;
  NotificationKind: NotificationKind;
  NotificationPreference: ResolverTypeWrapper<NotificationPreference>;
  NotificationPreferenceInput: NotificationPreferenceInput;
  Offer: ResolverTypeWrapper<Offer>;
  OrderAction: OrderAction;
  OrderLine: ResolverTypeWrapper<OrderLine>;
  OrderLineInput: OrderLineInput;
  OrderRole: OrderRole;
  OrderStatus: OrderStatus;
  OutcomeChange: ResolverTypeWrapper<OutcomeChange>;
  OwnBuyer: ResolverTypeWrapper<OwnBuyerRow>;
  OwnSupplier: ResolverTypeWrapper<OwnSupplierRow>;
  PasswordResetLink: ResolverTypeWrapper<Omit<PasswordResetLink, 'user'> & { user: ResolversTypes['User'] }>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PercentBand: ResolverTypeWrapper<PercentBand>;
  PlaceOrderInput: PlaceOrderInput;
  PlanImprovementInput: PlanImprovementInput;
  Pledge: ResolverTypeWrapper<PledgeRow>;
  PledgeAction: PledgeAction;
  PledgeRegistration: ResolverTypeWrapper<PledgeRegistration>;
  PledgeRegistrationForm: ResolverTypeWrapper<PledgeRegistrationForm>;
  PledgeStatus: PledgeStatus;
  PledgedGoods: ResolverTypeWrapper<GoodsRow>;
  PledgedGoodsInput: PledgedGoodsInput;
  PoolEntry: ResolverTypeWrapper<Omit<PoolEntry, 'receivable'> & { receivable: ResolversTypes['Receivable'] }>;
  ProductOutcomes: ResolverTypeWrapper<ProductOutcomes>;
  ProductScenario: ResolverTypeWrapper<ProductScenario>;
  ProductScenarioInput: ProductScenarioInput;
  ProposeEngagementInput: ProposeEngagementInput;
  ProposedStep: ResolverTypeWrapper<Omit<ProposedStep, 'ownerCompany'> & { ownerCompany: ResolversTypes['Company'] }>;
  ProviderOutcomes: ResolverTypeWrapper<Omit<ProviderOutcomes, 'products' | 'provider'> & { products: Array<ResolversTypes['ServiceProduct']>, provider: ResolversTypes['Company'] }>;
  PurchaseOrder: ResolverTypeWrapper<OrderRow>;
  Query: ResolverTypeWrapper<{}>;
  QuestionDimension: ResolverTypeWrapper<QuestionDimension>;
  QuestionGroup: ResolverTypeWrapper<QuestionGroup>;
  QuestionItem: ResolverTypeWrapper<QuestionItem>;
  QuestionItemType: QuestionItemType;
  QuestionLabel: ResolverTypeWrapper<QuestionLabel>;
  QuestionOption: ResolverTypeWrapper<QuestionOption>;
  QuestionScenario: ResolverTypeWrapper<QuestionScenario>;
  Questionnaire: ResolverTypeWrapper<Questionnaire>;
  Receivable: ResolverTypeWrapper<ReceivableRow>;
  ReceivableRole: ReceivableRole;
  ReceivableStatus: ReceivableStatus;
  ReceivableTransfer: ResolverTypeWrapper<TransferRow>;
  Recommendation: ResolverTypeWrapper<Omit<Recommendation, 'product' | 'sponsorships'> & { product: ResolversTypes['ServiceProduct'], sponsorships: Array<ResolversTypes['Sponsorship']> }>;
  Recommendations: ResolverTypeWrapper<Omit<Recommendations, 'company' | 'items'> & { company: ResolversTypes['Company'], items: Array<ResolversTypes['Recommendation']> }>;
  Region: ResolverTypeWrapper<Region>;
  RegionLevel: RegionLevel;
  RegionalCompany: ResolverTypeWrapper<Omit<RegionalCompany, 'company'> & { company: ResolversTypes['Company'] }>;
  RegionalStatistics: ResolverTypeWrapper<Omit<RegionalStatistics, 'consentingCompanies'> & { consentingCompanies: Array<ResolversTypes['RegionalCompany']> }>;
  RegisterCompanyInput: RegisterCompanyInput;
  RegisterCompanyPayload: ResolverTypeWrapper<Omit<RegisterCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  RegisterReceivableInput: RegisterReceivableInput;
  RegistrationFormParty: ResolverTypeWrapper<RegistrationFormParty>;
  RegistrationRisk: RegistrationRisk;
  ReleaseRequest: ResolverTypeWrapper<ReleaseRequestRow>;
  ReleaseRequestAction: ReleaseRequestAction;
  ReleaseRequestInput: ReleaseRequestInput;
  ReleaseRequestStatus: ReleaseRequestStatus;
  Role: Role;
  ScenarioEvidence: ResolverTypeWrapper<ScenarioEvidence>;
  ScenarioLevel: ResolverTypeWrapper<ScenarioLevel>;
  ScenarioLevelInput: ScenarioLevelInput;
  ScenarioLevelText: ResolverTypeWrapper<ScenarioLevelText>;
  ScenarioOutcome: ResolverTypeWrapper<ScenarioOutcome>;
  ScenarioResult: ResolverTypeWrapper<ScenarioResult>;
  ScenarioStat: ResolverTypeWrapper<ScenarioStat>;
  ScoreSubtotal: ResolverTypeWrapper<ScoreSubtotal>;
  ServiceProduct: ResolverTypeWrapper<ServiceProductRow>;
  ServiceProductFilter: ServiceProductFilter;
  ServiceProductInput: ServiceProductInput;
  ServiceProductStatus: ServiceProductStatus;
  ServiceProductVersion: ResolverTypeWrapper<ProductVersionRow>;
  Session: ResolverTypeWrapper<SessionRow>;
  Settlement: ResolverTypeWrapper<Omit<Settlement, 'payments' | 'receivable'> & { payments: Array<ResolversTypes['Payment']>, receivable: ResolversTypes['Receivable'] }>;
  SingleSourceRisk: ResolverTypeWrapper<SingleSourceRiskRow>;
  SponsorProductInput: SponsorProductInput;
  Sponsorship: ResolverTypeWrapper<SponsorshipRow>;
  SponsorshipStatus: SponsorshipStatus;
  SponsorshipUptake: ResolverTypeWrapper<Omit<SponsorshipUptake, 'sponsorship'> & { sponsorship: ResolversTypes['Sponsorship'] }>;
  StatCell: ResolverTypeWrapper<StatCell>;
  StatColumn: ResolverTypeWrapper<StatColumn>;
  StatRow: ResolverTypeWrapper<StatRow>;
  StatTable: ResolverTypeWrapper<StatTable>;
  StatUnit: StatUnit;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  StepOwner: StepOwner;
  StockCoverage: ResolverTypeWrapper<StockCoverage>;
  StockEmptyReason: StockEmptyReason;
  StockInput: StockInput;
  StockPosition: ResolverTypeWrapper<StockRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<{}>;
  SupplierInvite: SupplierInvite;
  SupplierKpi: ResolverTypeWrapper<SupplierKpiRow>;
  SupplierNetwork: ResolverTypeWrapper<Omit<SupplierNetwork, 'chain' | 'nodes'> & { chain: ResolversTypes['Chain'], nodes: Array<ResolversTypes['NetworkNode']> }>;
  SupplyLink: ResolverTypeWrapper<SupplyLink>;
  SuppressionReason: SuppressionReason;
  TaskStatus: TaskStatus;
  TierUptake: ResolverTypeWrapper<TierUptake>;
  TimelinePoint: ResolverTypeWrapper<TimelinePoint>;
  TradeCycle: ResolverTypeWrapper<Omit<TradeCycle, 'companies'> & { companies: Array<ResolversTypes['Company']> }>;
  TradeCycleKind: TradeCycleKind;
  UndeliveredBacking: ResolverTypeWrapper<Omit<UndeliveredBacking, 'receivable'> & { receivable: ResolversTypes['Receivable'] }>;
  User: ResolverTypeWrapper<UserRow>;
  WarehouseReceipt: ResolverTypeWrapper<ReceiptRow>;
  WarehouseReceiptInput: WarehouseReceiptInput;
  WriteResult: ResolverTypeWrapper<WriteResult>;
  WriteStatus: WriteStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessRecord: AccessRow;
  Alert: AlertRow;
  ApiKey: ApiKeyRow;
  Assessment: AssessmentRow;
  AssessmentAnswers: AssessmentAnswers;
  AssessmentAnswersInput: AssessmentAnswersInput;
  AssessmentHistory: Omit<AssessmentHistory, 'company' | 'history' | 'latest'> & { company: ResolversParentTypes['Company'], history: Array<ResolversParentTypes['Assessment']>, latest?: Maybe<ResolversParentTypes['Assessment']> };
  AssessmentReason: AssessmentReason;
  AssessmentResult: AssessmentResult;
  BankExposure: Omit<BankExposure, 'byBorrower' | 'byChain' | 'byDebtor'> & { byBorrower: Array<ResolversParentTypes['ExposureLine']>, byChain: Array<ResolversParentTypes['ChainExposureLine']>, byDebtor: Array<ResolversParentTypes['ExposureLine']> };
  Boolean: Scalars['Boolean']['output'];
  Chain: ChainRow;
  ChainDashboard: Omit<ChainDashboard, 'chain' | 'helpFirst' | 'suppliers'> & { chain: ResolversParentTypes['Chain'], helpFirst: Array<ResolversParentTypes['DashboardSupplier']>, suppliers: Array<ResolversParentTypes['DashboardSupplier']> };
  ChainExposureLine: Omit<ChainExposureLine, 'chain'> & { chain: ResolversParentTypes['Chain'] };
  Company: CompanyRow;
  Consent: ConsentRow;
  ConsentCandidate: ConsentCandidateRow;
  CreateUserInput: CreateUserInput;
  DashboardCoverage: DashboardCoverage;
  DashboardSupplier: Omit<DashboardSupplier, 'company'> & { company: ResolversParentTypes['Company'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DimensionScore: DimensionScore;
  DueBucket: DueBucket;
  Engagement: EngagementRow;
  EventOutcome: EventOutcome;
  Evidence: Omit<Evidence, 'company'> & { company: ResolversParentTypes['Company'] };
  EvidenceCondition: EvidenceCondition;
  EvidenceFacts: EvidenceFacts;
  EvidenceLevel: EvidenceLevel;
  Exposure: ExposureRow;
  ExposureLine: Omit<ExposureLine, 'company'> & { company: ResolversParentTypes['Company'] };
  FinanceProduct: ProductRow;
  FinanceProductInput: FinanceProductInput;
  Float: Scalars['Float']['output'];
  Grade: Grade;
  GradeBreakdown: GradeBreakdown;
  GradeCount: GradeCount;
  GradeGap: GradeGap;
  GradeMovement: GradeMovement;
  GradeRule: GradeRule;
  ID: Scalars['ID']['output'];
  ImportReport: ImportReport;
  ImportRow: ImportRow;
  ImprovementPlan: PlanRow;
  ImprovementTarget: ImprovementTarget;
  ImprovementTargetInput: ImprovementTargetInput;
  ImprovementTask: TaskRow;
  ImprovementTaskInput: ImprovementTaskInput;
  Ineligibility: Ineligibility;
  Int: Scalars['Int']['output'];
  InventoryLoan: LoanRow;
  InventoryLoanInput: InventoryLoanInput;
  InvitationPreview: InvitationPreview;
  InvitationSignUpInput: InvitationSignUpInput;
  ItemAnswer: ItemAnswer;
  ItemAnswerInput: ItemAnswerInput;
  LeaderFinance: LeaderFinance;
  LevelCount: LevelCount;
  LowStockSignal: LowStockSignal;
  MatchReason: MatchReason;
  Membership: MembershipRow;
  Money: Money;
  Mutation: {};
  NetworkFilter: NetworkFilter;
  NetworkNode: NetworkNodeRow;
  NewApiKey: Omit<NewApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  Notification: NotificationRow;
  NotificationPreference: NotificationPreference;
  NotificationPreferenceInput: NotificationPreferenceInput;
  Offer: Offer;
  OrderLine: OrderLine;
  OrderLineInput: OrderLineInput;
  OutcomeChange: OutcomeChange;
  OwnBuyer: OwnBuyerRow;
  OwnSupplier: OwnSupplierRow;
  PasswordResetLink: Omit<PasswordResetLink, 'user'> & { user: ResolversParentTypes['User'] };
  Payment: PaymentRow;
  PercentBand: PercentBand;
  PlaceOrderInput: PlaceOrderInput;
  PlanImprovementInput: PlanImprovementInput;
  Pledge: PledgeRow;
  PledgeRegistration: PledgeRegistration;
  PledgeRegistrationForm: PledgeRegistrationForm;
  PledgedGoods: GoodsRow;
  PledgedGoodsInput: PledgedGoodsInput;
  PoolEntry: Omit<PoolEntry, 'receivable'> & { receivable: ResolversParentTypes['Receivable'] };
  ProductOutcomes: ProductOutcomes;
  ProductScenario: ProductScenario;
  ProductScenarioInput: ProductScenarioInput;
  ProposeEngagementInput: ProposeEngagementInput;
  ProposedStep: Omit<ProposedStep, 'ownerCompany'> & { ownerCompany: ResolversParentTypes['Company'] };
  ProviderOutcomes: Omit<ProviderOutcomes, 'products' | 'provider'> & { products: Array<ResolversParentTypes['ServiceProduct']>, provider: ResolversParentTypes['Company'] };
  PurchaseOrder: OrderRow;
  Query: {};
  QuestionDimension: QuestionDimension;
  QuestionGroup: QuestionGroup;
  QuestionItem: QuestionItem;
  QuestionLabel: QuestionLabel;
  QuestionOption: QuestionOption;
  QuestionScenario: QuestionScenario;
  Questionnaire: Questionnaire;
  Receivable: ReceivableRow;
  ReceivableTransfer: TransferRow;
  Recommendation: Omit<Recommendation, 'product' | 'sponsorships'> & { product: ResolversParentTypes['ServiceProduct'], sponsorships: Array<ResolversParentTypes['Sponsorship']> };
  Recommendations: Omit<Recommendations, 'company' | 'items'> & { company: ResolversParentTypes['Company'], items: Array<ResolversParentTypes['Recommendation']> };
  Region: Region;
  RegionalCompany: Omit<RegionalCompany, 'company'> & { company: ResolversParentTypes['Company'] };
  RegionalStatistics: Omit<RegionalStatistics, 'consentingCompanies'> & { consentingCompanies: Array<ResolversParentTypes['RegionalCompany']> };
  RegisterCompanyInput: RegisterCompanyInput;
  RegisterCompanyPayload: Omit<RegisterCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  RegisterReceivableInput: RegisterReceivableInput;
  RegistrationFormParty: RegistrationFormParty;
  ReleaseRequest: ReleaseRequestRow;
  ReleaseRequestInput: ReleaseRequestInput;
  ScenarioEvidence: ScenarioEvidence;
  ScenarioLevel: ScenarioLevel;
  ScenarioLevelInput: ScenarioLevelInput;
  ScenarioLevelText: ScenarioLevelText;
  ScenarioOutcome: ScenarioOutcome;
  ScenarioResult: ScenarioResult;
  ScenarioStat: ScenarioStat;
  ScoreSubtotal: ScoreSubtotal;
  ServiceProduct: ServiceProductRow;
  ServiceProductFilter: ServiceProductFilter;
  ServiceProductInput: ServiceProductInput;
  ServiceProductVersion: ProductVersionRow;
  Session: SessionRow;
  Settlement: Omit<Settlement, 'payments' | 'receivable'> & { payments: Array<ResolversParentTypes['Payment']>, receivable: ResolversParentTypes['Receivable'] };
  SingleSourceRisk: SingleSourceRiskRow;
  SponsorProductInput: SponsorProductInput;
  Sponsorship: SponsorshipRow;
  SponsorshipUptake: Omit<SponsorshipUptake, 'sponsorship'> & { sponsorship: ResolversParentTypes['Sponsorship'] };
  StatCell: StatCell;
  StatColumn: StatColumn;
  StatRow: StatRow;
  StatTable: StatTable;
  StatusCount: StatusCount;
  StockCoverage: StockCoverage;
  StockInput: StockInput;
  StockPosition: StockRow;
  String: Scalars['String']['output'];
  Subscription: {};
  SupplierInvite: SupplierInvite;
  SupplierKpi: SupplierKpiRow;
  SupplierNetwork: Omit<SupplierNetwork, 'chain' | 'nodes'> & { chain: ResolversParentTypes['Chain'], nodes: Array<ResolversParentTypes['NetworkNode']> };
  SupplyLink: SupplyLink;
  TierUptake: TierUptake;
  TimelinePoint: TimelinePoint;
  TradeCycle: Omit<TradeCycle, 'companies'> & { companies: Array<ResolversParentTypes['Company']> };
  UndeliveredBacking: Omit<UndeliveredBacking, 'receivable'> & { receivable: ResolversParentTypes['Receivable'] };
  User: UserRow;
  WarehouseReceipt: ReceiptRow;
  WarehouseReceiptInput: WarehouseReceiptInput;
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

export type AssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = ResolversObject<{
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answers?: Resolver<ResolversTypes['AssessmentAnswers'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  questionnaireVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['AssessmentResult']>, ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssessmentStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AssessmentAnswersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentAnswers'] = ResolversParentTypes['AssessmentAnswers']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['ItemAnswer']>, ParentType, ContextType>;
  scenarios?: Resolver<Array<ResolversTypes['ScenarioLevel']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AssessmentHistoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentHistory'] = ResolversParentTypes['AssessmentHistory']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AssessmentReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentReason'] = ResolversParentTypes['AssessmentReason']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AssessmentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentResult'] = ResolversParentTypes['AssessmentResult']> = ResolversObject<{
  dimensions?: Resolver<Array<ResolversTypes['DimensionScore']>, ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['GradeGap']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  levelCounts?: Resolver<Array<ResolversTypes['LevelCount']>, ParentType, ContextType>;
  maxTotal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['AssessmentReason'], ParentType, ContextType>;
  scenarios?: Resolver<Array<ResolversTypes['ScenarioResult']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type ChainDashboardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainDashboard'] = ResolversParentTypes['ChainDashboard']> = ResolversObject<{
  byIndustry?: Resolver<Array<ResolversTypes['GradeBreakdown']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['GradeBreakdown']>, ParentType, ContextType>;
  byTier?: Resolver<Array<ResolversTypes['GradeBreakdown']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['DashboardCoverage'], ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  helpFirst?: Resolver<Array<ResolversTypes['DashboardSupplier']>, ParentType, ContextType>;
  movement?: Resolver<ResolversTypes['GradeMovement'], ParentType, ContextType>;
  suppliers?: Resolver<Array<ResolversTypes['DashboardSupplier']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelinePoint']>, ParentType, ContextType>;
  weakestScenarios?: Resolver<Array<ResolversTypes['ScenarioStat']>, ParentType, ContextType>;
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
  regionCode?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
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
  products?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ConsentScope'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConsentCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentCandidate'] = ResolversParentTypes['ConsentCandidate']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  granted?: Resolver<Array<ResolversTypes['ConsentScope']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['CandidateRelation']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ConsentScope']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DashboardCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardCoverage'] = ResolversParentTypes['DashboardCoverage']> = ResolversObject<{
  assessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  joined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharingInventory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streaming?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DashboardSupplierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardSupplier'] = ResolversParentTypes['DashboardSupplier']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  disagreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  previousGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  volumeShare?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
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

export type DimensionScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DimensionScore'] = ResolversParentTypes['DimensionScore']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ScoreSubtotal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DueBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DueBucket'] = ResolversParentTypes['DueBucket']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivables?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EngagementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Engagement'] = ResolversParentTypes['Engagement']> = ResolversObject<{
  acceptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  assessmentShared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  deliveredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ServiceProduct'], ParentType, ContextType>;
  productVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  sponsorship?: Resolver<Maybe<ResolversTypes['Sponsorship']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EngagementStatus'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['ImprovementTask'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventOutcome'] = ResolversParentTypes['EventOutcome']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  assessmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  disagreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['EvidenceFacts'], ParentType, ContextType>;
  scenarios?: Resolver<Array<ResolversTypes['ScenarioEvidence']>, ParentType, ContextType>;
  windowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceConditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceCondition'] = ResolversParentTypes['EvidenceCondition']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceFactsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceFacts'] = ResolversParentTypes['EvidenceFacts']> = ResolversObject<{
  activeApiKeys?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chainMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  declaredSuppliers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveredOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeDeliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  orderActions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderEventsViaIngest?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ordersPlaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivablesConfirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivablesRegistered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharesInventoryWithLeader?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stockReportDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stockReports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stockReportsViaIngest?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceLevelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceLevel'] = ResolversParentTypes['EvidenceLevel']> = ResolversObject<{
  conditions?: Resolver<Array<ResolversTypes['EvidenceCondition']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type GradeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Grade'] = ResolversParentTypes['Grade']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GradeBreakdownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeBreakdown'] = ResolversParentTypes['GradeBreakdown']> = ResolversObject<{
  assessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GradeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeCount'] = ResolversParentTypes['GradeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GradeGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeGap'] = ResolversParentTypes['GradeGap']> = ResolversObject<{
  condition?: Resolver<ResolversTypes['GradeCondition'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  have?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  needed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GradeMovementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeMovement'] = ResolversParentTypes['GradeMovement']> = ResolversObject<{
  declined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstAssessment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  improved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GradeRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeRule'] = ResolversParentTypes['GradeRule']> = ResolversObject<{
  descriptionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minMandatory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minScenarios?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  invitationExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  invitationToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportRowStatus'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImprovementPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementPlan'] = ResolversParentTypes['ImprovementPlan']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plannedBy?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['ImprovementTarget']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['ImprovementTask']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImprovementTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementTarget'] = ResolversParentTypes['ImprovementTarget']> = ResolversObject<{
  baseLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scenarioId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImprovementTaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementTask'] = ResolversParentTypes['ImprovementTask']> = ResolversObject<{
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  engagement?: Resolver<Maybe<ResolversTypes['Engagement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scenarioId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  step?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IneligibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ineligibility'] = ResolversParentTypes['Ineligibility']> = ResolversObject<{
  code?: Resolver<ResolversTypes['IneligibilityCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  releaseRequests?: Resolver<Array<ResolversTypes['ReleaseRequest']>, ParentType, ContextType, Partial<InventoryLoanReleaseRequestsArgs>>;
  status?: Resolver<ResolversTypes['InventoryLoanStatus'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvitationPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationPreview'] = ResolversParentTypes['InvitationPreview']> = ResolversObject<{
  chainName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  inviterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationLinkStatus'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ItemAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ItemAnswer'] = ResolversParentTypes['ItemAnswer']> = ResolversObject<{
  checked?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  option?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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

export type LevelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LevelCount'] = ResolversParentTypes['LevelCount']> = ResolversObject<{
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scenarios?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LowStockSignalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LowStockSignal'] = ResolversParentTypes['LowStockSignal']> = ResolversObject<{
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openDemand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MatchReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['MatchReasonCode'], ParentType, ContextType>;
  currentLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scenarioId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  acceptInvitationWithSignUp?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationAcceptInvitationWithSignUpArgs, 'input'>>;
  actOnEngagement?: Resolver<ResolversTypes['Engagement'], ParentType, ContextType, RequireFields<MutationActOnEngagementArgs, 'action' | 'engagementId'>>;
  actOnInventoryLoan?: Resolver<ResolversTypes['InventoryLoan'], ParentType, ContextType, RequireFields<MutationActOnInventoryLoanArgs, 'action' | 'id'>>;
  actOnOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationActOnOrderArgs, 'action' | 'orderId'>>;
  actOnPledge?: Resolver<ResolversTypes['Pledge'], ParentType, ContextType, RequireFields<MutationActOnPledgeArgs, 'action' | 'id'>>;
  actOnReleaseRequest?: Resolver<ResolversTypes['ReleaseRequest'], ParentType, ContextType, RequireFields<MutationActOnReleaseRequestArgs, 'action' | 'id'>>;
  applyForFinancing?: Resolver<ResolversTypes['Pledge'], ParentType, ContextType, RequireFields<MutationApplyForFinancingArgs, 'loanEndDate' | 'productId' | 'receivableId'>>;
  changeMemberStatus?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationChangeMemberStatusArgs, 'chainId' | 'companyId' | 'move'>>;
  changePassword?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  changeUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationChangeUserRoleArgs, 'role' | 'userId'>>;
  confirmReceivables?: Resolver<Array<ResolversTypes['Receivable']>, ParentType, ContextType, RequireFields<MutationConfirmReceivablesArgs, 'ids'>>;
  confirmSupplyLink?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationConfirmSupplyLinkArgs, 'buyerId'>>;
  createApiKey?: Resolver<ResolversTypes['NewApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name'>>;
  createChain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType, RequireFields<MutationCreateChainArgs, 'name'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deactivateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'userId'>>;
  declareSupplier?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationDeclareSupplierArgs, 'supplierId'>>;
  defineFinanceProduct?: Resolver<ResolversTypes['FinanceProduct'], ParentType, ContextType, RequireFields<MutationDefineFinanceProductArgs, 'input'>>;
  disputeReceivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType, RequireFields<MutationDisputeReceivableArgs, 'id' | 'reason'>>;
  endSponsorship?: Resolver<ResolversTypes['Sponsorship'], ParentType, ContextType, RequireFields<MutationEndSponsorshipArgs, 'sponsorshipId'>>;
  executeRelease?: Resolver<ResolversTypes['ReleaseRequest'], ParentType, ContextType, RequireFields<MutationExecuteReleaseArgs, 'id'>>;
  grantConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'granteeId' | 'scope'>>;
  importSuppliers?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportSuppliersArgs, 'chainId'>>;
  inviteSupplier?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationInviteSupplierArgs, 'chainId' | 'supplier'>>;
  issuePasswordReset?: Resolver<ResolversTypes['PasswordResetLink'], ParentType, ContextType, RequireFields<MutationIssuePasswordResetArgs, 'userId'>>;
  issueWarehouseReceipt?: Resolver<ResolversTypes['WarehouseReceipt'], ParentType, ContextType, RequireFields<MutationIssueWarehouseReceiptArgs, 'input'>>;
  login?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MutationMarkNotificationsReadArgs>>;
  placeOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  planImprovement?: Resolver<ResolversTypes['ImprovementPlan'], ParentType, ContextType, RequireFields<MutationPlanImprovementArgs, 'input'>>;
  proposeEngagement?: Resolver<ResolversTypes['Engagement'], ParentType, ContextType, RequireFields<MutationProposeEngagementArgs, 'input'>>;
  publishServiceProduct?: Resolver<ResolversTypes['ServiceProduct'], ParentType, ContextType, RequireFields<MutationPublishServiceProductArgs, 'input'>>;
  recordPledgeRegistration?: Resolver<ResolversTypes['Pledge'], ParentType, ContextType, RequireFields<MutationRecordPledgeRegistrationArgs, 'amount' | 'pledgeId' | 'registeredAt' | 'registrationNumber'>>;
  registerCompany?: Resolver<ResolversTypes['RegisterCompanyPayload'], ParentType, ContextType, RequireFields<MutationRegisterCompanyArgs, 'input'>>;
  registerPledge?: Resolver<ResolversTypes['Pledge'], ParentType, ContextType, RequireFields<MutationRegisterPledgeArgs, 'loanEndDate' | 'productId' | 'receivableId'>>;
  registerReceivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType, RequireFields<MutationRegisterReceivableArgs, 'input'>>;
  releaseGoods?: Resolver<ResolversTypes['InventoryLoan'], ParentType, ContextType, RequireFields<MutationReleaseGoodsArgs, 'loanId' | 'quantity' | 'sku'>>;
  removeSupplier?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveSupplierArgs, 'supplierId'>>;
  reportPrice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportPriceArgs, 'price' | 'sku'>>;
  reportStock?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationReportStockArgs, 'positions' | 'snapshot'>>;
  requestInventoryLoan?: Resolver<ResolversTypes['InventoryLoan'], ParentType, ContextType, RequireFields<MutationRequestInventoryLoanArgs, 'input'>>;
  requestRelease?: Resolver<ResolversTypes['ReleaseRequest'], ParentType, ContextType, RequireFields<MutationRequestReleaseArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  respondToInvitation?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationRespondToInvitationArgs, 'accept' | 'chainId'>>;
  reviseServiceProduct?: Resolver<ResolversTypes['ServiceProduct'], ParentType, ContextType, RequireFields<MutationReviseServiceProductArgs, 'input' | 'productId'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'consentId'>>;
  saveAssessmentDraft?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationSaveAssessmentDraftArgs, 'answers'>>;
  setNotificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType, RequireFields<MutationSetNotificationPreferencesArgs, 'preferences'>>;
  setServiceBudget?: Resolver<ResolversTypes['Recommendations'], ParentType, ContextType, Partial<MutationSetServiceBudgetArgs>>;
  settleReceivable?: Resolver<ResolversTypes['Settlement'], ParentType, ContextType, RequireFields<MutationSettleReceivableArgs, 'id'>>;
  splitReceivable?: Resolver<Array<ResolversTypes['Receivable']>, ParentType, ContextType, RequireFields<MutationSplitReceivableArgs, 'amounts' | 'id'>>;
  sponsorServiceProduct?: Resolver<ResolversTypes['Sponsorship'], ParentType, ContextType, RequireFields<MutationSponsorServiceProductArgs, 'input'>>;
  submitAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, Partial<MutationSubmitAssessmentArgs>>;
  transferReceivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType, RequireFields<MutationTransferReceivableArgs, 'id' | 'toCompanyId'>>;
  updateImprovementTask?: Resolver<ResolversTypes['ImprovementTask'], ParentType, ContextType, RequireFields<MutationUpdateImprovementTaskArgs, 'status' | 'taskId'>>;
  withdrawServiceProduct?: Resolver<ResolversTypes['ServiceProduct'], ParentType, ContextType, RequireFields<MutationWithdrawServiceProductArgs, 'productId'>>;
}>;

export type NetworkNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  pathToLeader?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  risks?: Resolver<Array<ResolversTypes['NetworkRisk']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NewApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewApiKey'] = ResolversParentTypes['NewApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  emailStatus?: Resolver<ResolversTypes['EmailStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NotificationPreferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
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

export type OutcomeChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutcomeChange'] = ResolversParentTypes['OutcomeChange']> = ResolversObject<{
  averageChange?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  declined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engagements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  improved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OwnBuyerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnBuyer'] = ResolversParentTypes['OwnBuyer']> = ResolversObject<{
  buyer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OwnSupplierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnSupplier'] = ResolversParentTypes['OwnSupplier']> = ResolversObject<{
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PasswordResetLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PasswordResetLink'] = ResolversParentTypes['PasswordResetLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
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

export type PercentBandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PercentBand'] = ResolversParentTypes['PercentBand']> = ResolversObject<{
  points?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upTo?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  registration?: Resolver<Maybe<ResolversTypes['PledgeRegistration']>, ParentType, ContextType>;
  registrationRisk?: Resolver<Maybe<ResolversTypes['RegistrationRisk']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  requestedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PledgeStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PledgeRegistrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PledgeRegistration'] = ResolversParentTypes['PledgeRegistration']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  expiresOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  termMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PledgeRegistrationFormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PledgeRegistrationForm'] = ResolversParentTypes['PledgeRegistrationForm']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  debtor?: Resolver<ResolversTypes['RegistrationFormParty'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  pledgeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pledgee?: Resolver<ResolversTypes['RegistrationFormParty'], ParentType, ContextType>;
  pledgor?: Resolver<ResolversTypes['RegistrationFormParty'], ParentType, ContextType>;
  receivableAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  receivableId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrationRisk?: Resolver<Maybe<ResolversTypes['RegistrationRisk']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PledgeStatus'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  ineligibilities?: Resolver<Array<ResolversTypes['Ineligibility']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  receivable?: Resolver<ResolversTypes['Receivable'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductOutcomesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductOutcomes'] = ResolversParentTypes['ProductOutcomes']> = ResolversObject<{
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  methodEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  methodZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scenarios?: Resolver<Array<ResolversTypes['ScenarioOutcome']>, ParentType, ContextType>;
  shown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductScenarioResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductScenario'] = ResolversParentTypes['ProductScenario']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scenarioId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposedStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedStep'] = ResolversParentTypes['ProposedStep']> = ResolversObject<{
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['StepOwner'], ParentType, ContextType>;
  ownerCompany?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  scenarioId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProviderOutcomesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderOutcomes'] = ResolversParentTypes['ProviderOutcomes']> = ResolversObject<{
  outcomes?: Resolver<ResolversTypes['ProductOutcomes'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['ServiceProduct']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
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
  assessment?: Resolver<ResolversTypes['AssessmentHistory'], ParentType, ContextType, RequireFields<QueryAssessmentArgs, 'companyId'>>;
  bankExposure?: Resolver<ResolversTypes['BankExposure'], ParentType, ContextType>;
  chain?: Resolver<Maybe<ResolversTypes['Chain']>, ParentType, ContextType, RequireFields<QueryChainArgs, 'id'>>;
  chainDashboard?: Resolver<ResolversTypes['ChainDashboard'], ParentType, ContextType, RequireFields<QueryChainDashboardArgs, 'chainId' | 'months'>>;
  chainSponsorships?: Resolver<Array<ResolversTypes['SponsorshipUptake']>, ParentType, ContextType, RequireFields<QueryChainSponsorshipsArgs, 'chainId'>>;
  circularTrades?: Resolver<Array<ResolversTypes['TradeCycle']>, ParentType, ContextType, RequireFields<QueryCircularTradesArgs, 'kind'>>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first' | 'offset'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  consentCandidates?: Resolver<Array<ResolversTypes['ConsentCandidate']>, ParentType, ContextType, Partial<QueryConsentCandidatesArgs>>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<QueryConsentsArgs, 'direction'>>;
  engagements?: Resolver<Array<ResolversTypes['Engagement']>, ParentType, ContextType, Partial<QueryEngagementsArgs>>;
  eventOutcome?: Resolver<ResolversTypes['EventOutcome'], ParentType, ContextType, RequireFields<QueryEventOutcomeArgs, 'eventId'>>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<QueryEvidenceArgs, 'companyId'>>;
  exposure?: Resolver<Array<ResolversTypes['Exposure']>, ParentType, ContextType, RequireFields<QueryExposureArgs, 'companyId'>>;
  financeProducts?: Resolver<Array<ResolversTypes['FinanceProduct']>, ParentType, ContextType, Partial<QueryFinanceProductsArgs>>;
  improvementPlans?: Resolver<Array<ResolversTypes['ImprovementPlan']>, ParentType, ContextType, RequireFields<QueryImprovementPlansArgs, 'companyId'>>;
  inventoryLoan?: Resolver<Maybe<ResolversTypes['InventoryLoan']>, ParentType, ContextType, RequireFields<QueryInventoryLoanArgs, 'id'>>;
  inventoryLoans?: Resolver<Array<ResolversTypes['InventoryLoan']>, ParentType, ContextType, Partial<QueryInventoryLoansArgs>>;
  invitation?: Resolver<Maybe<ResolversTypes['InvitationPreview']>, ParentType, ContextType, RequireFields<QueryInvitationArgs, 'token'>>;
  leaderFinance?: Resolver<ResolversTypes['LeaderFinance'], ParentType, ContextType>;
  lowStock?: Resolver<Array<ResolversTypes['LowStockSignal']>, ParentType, ContextType, RequireFields<QueryLowStockArgs, 'companyId'>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  myAssessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  myBuyers?: Resolver<Array<ResolversTypes['OwnBuyer']>, ParentType, ContextType>;
  myChains?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  mySponsorships?: Resolver<Array<ResolversTypes['Sponsorship']>, ParentType, ContextType>;
  mySuppliers?: Resolver<Array<ResolversTypes['OwnSupplier']>, ParentType, ContextType, Partial<QueryMySuppliersArgs>>;
  notificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  order?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<Array<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first' | 'offset' | 'role'>>;
  pathToLeader?: Resolver<Maybe<Array<ResolversTypes['Company']>>, ParentType, ContextType, RequireFields<QueryPathToLeaderArgs, 'chainId' | 'supplierId'>>;
  pledge?: Resolver<Maybe<ResolversTypes['Pledge']>, ParentType, ContextType, RequireFields<QueryPledgeArgs, 'id'>>;
  pledgeRegistrationForms?: Resolver<Array<ResolversTypes['PledgeRegistrationForm']>, ParentType, ContextType, RequireFields<QueryPledgeRegistrationFormsArgs, 'unregisteredOnly'>>;
  pledges?: Resolver<Array<ResolversTypes['Pledge']>, ParentType, ContextType, RequireFields<QueryPledgesArgs, 'first' | 'offset'>>;
  proposedSteps?: Resolver<Array<ResolversTypes['ProposedStep']>, ParentType, ContextType, RequireFields<QueryProposedStepsArgs, 'companyId' | 'targets'>>;
  providerOutcomes?: Resolver<ResolversTypes['ProviderOutcomes'], ParentType, ContextType, RequireFields<QueryProviderOutcomesArgs, 'providerId'>>;
  questionnaire?: Resolver<ResolversTypes['Questionnaire'], ParentType, ContextType, Partial<QueryQuestionnaireArgs>>;
  receivable?: Resolver<Maybe<ResolversTypes['Receivable']>, ParentType, ContextType, RequireFields<QueryReceivableArgs, 'id'>>;
  receivablePool?: Resolver<Array<ResolversTypes['PoolEntry']>, ParentType, ContextType, RequireFields<QueryReceivablePoolArgs, 'loanEndDate' | 'productId'>>;
  receivables?: Resolver<Array<ResolversTypes['Receivable']>, ParentType, ContextType, RequireFields<QueryReceivablesArgs, 'first' | 'offset' | 'role'>>;
  recommendedProducts?: Resolver<ResolversTypes['Recommendations'], ParentType, ContextType, RequireFields<QueryRecommendedProductsArgs, 'companyId'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regionalStatistics?: Resolver<ResolversTypes['RegionalStatistics'], ParentType, ContextType, RequireFields<QueryRegionalStatisticsArgs, 'months'>>;
  releaseRequests?: Resolver<Array<ResolversTypes['ReleaseRequest']>, ParentType, ContextType, Partial<QueryReleaseRequestsArgs>>;
  serviceProduct?: Resolver<Maybe<ResolversTypes['ServiceProduct']>, ParentType, ContextType, RequireFields<QueryServiceProductArgs, 'id'>>;
  serviceProducts?: Resolver<Array<ResolversTypes['ServiceProduct']>, ParentType, ContextType, RequireFields<QueryServiceProductsArgs, 'first' | 'offset'>>;
  singleSourceRisks?: Resolver<Array<ResolversTypes['SingleSourceRisk']>, ParentType, ContextType, RequireFields<QuerySingleSourceRisksArgs, 'chainId' | 'offset'>>;
  stock?: Resolver<Array<ResolversTypes['StockPosition']>, ParentType, ContextType, RequireFields<QueryStockArgs, 'companyId'>>;
  stockCoverage?: Resolver<ResolversTypes['StockCoverage'], ParentType, ContextType, RequireFields<QueryStockCoverageArgs, 'companyId'>>;
  supplierKpis?: Resolver<Array<ResolversTypes['SupplierKpi']>, ParentType, ContextType, RequireFields<QuerySupplierKpisArgs, 'offset'>>;
  supplierNetwork?: Resolver<ResolversTypes['SupplierNetwork'], ParentType, ContextType, RequireFields<QuerySupplierNetworkArgs, 'chainId' | 'first' | 'offset'>>;
  undeliveredBacking?: Resolver<Array<ResolversTypes['UndeliveredBacking']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUsersArgs, 'companyId'>>;
  warehouseReceipts?: Resolver<Array<ResolversTypes['WarehouseReceipt']>, ParentType, ContextType>;
}>;

export type QuestionDimensionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionDimension'] = ResolversParentTypes['QuestionDimension']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['QuestionGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuestionGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionGroup'] = ResolversParentTypes['QuestionGroup']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['QuestionItem']>, ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuestionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionItem'] = ResolversParentTypes['QuestionItem']> = ResolversObject<{
  bands?: Resolver<Array<ResolversTypes['PercentBand']>, ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['QuestionOption']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['QuestionItemType'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuestionLabelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionLabel'] = ResolversParentTypes['QuestionLabel']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuestionOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionOption'] = ResolversParentTypes['QuestionOption']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuestionScenarioResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionScenario'] = ResolversParentTypes['QuestionScenario']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['ScenarioLevelText']>, ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuestionnaireResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Questionnaire'] = ResolversParentTypes['Questionnaire']> = ResolversObject<{
  caveats?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['QuestionDimension']>, ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['GradeRule']>, ParentType, ContextType>;
  maxLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxScore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scenarioGroups?: Resolver<Array<ResolversTypes['QuestionLabel']>, ParentType, ContextType>;
  scenarios?: Resolver<Array<ResolversTypes['QuestionScenario']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type RecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  netMonthlyPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ServiceProduct'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  sponsorships?: Resolver<Array<ResolversTypes['Sponsorship']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecommendationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Recommendations'] = ResolversParentTypes['Recommendations']> = ResolversObject<{
  budget?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  emptyReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegionalCompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionalCompany'] = ResolversParentTypes['RegionalCompany']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegionalStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionalStatistics'] = ResolversParentTypes['RegionalStatistics']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  companies?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  consentingCompanies?: Resolver<Array<ResolversTypes['RegionalCompany']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['StatTable'], ParentType, ContextType>;
  finance?: Resolver<ResolversTypes['StatTable'], ParentType, ContextType>;
  gradesByIndustry?: Resolver<ResolversTypes['StatTable'], ParentType, ContextType>;
  gradesOverTime?: Resolver<ResolversTypes['StatTable'], ParentType, ContextType>;
  methodEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  methodZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimumCompanies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  providerOutcomes?: Resolver<ResolversTypes['StatTable'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegisterCompanyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterCompanyPayload'] = ResolversParentTypes['RegisterCompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WriteStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegistrationFormPartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegistrationFormParty'] = ResolversParentTypes['RegistrationFormParty']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReleaseRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReleaseRequest'] = ResolversParentTypes['ReleaseRequest']> = ResolversObject<{
  collateralValueAfter?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levelAfter?: Resolver<Maybe<ResolversTypes['AlertLevel']>, ParentType, ContextType>;
  loan?: Resolver<ResolversTypes['InventoryLoan'], ParentType, ContextType>;
  ltvAfter?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReleaseRequestStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScenarioEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScenarioEvidence'] = ResolversParentTypes['ScenarioEvidence']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['EvidenceAgreement'], ParentType, ContextType>;
  ceiling?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declaredLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  disagrees?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidencedLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['EvidenceLevel']>, ParentType, ContextType>;
  scenarioId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScenarioLevelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScenarioLevel'] = ResolversParentTypes['ScenarioLevel']> = ResolversObject<{
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scenarioId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScenarioLevelTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScenarioLevelText'] = ResolversParentTypes['ScenarioLevelText']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  generic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScenarioOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScenarioOutcome'] = ResolversParentTypes['ScenarioOutcome']> = ResolversObject<{
  after90Days?: Resolver<Maybe<ResolversTypes['OutcomeChange']>, ParentType, ContextType>;
  atDelivery?: Resolver<Maybe<ResolversTypes['OutcomeChange']>, ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measurable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scenarioId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScenarioResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScenarioResult'] = ResolversParentTypes['ScenarioResult']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scenarioId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScenarioStatResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScenarioStat'] = ResolversParentTypes['ScenarioStat']> = ResolversObject<{
  assessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageLevel?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lagging?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scenarioId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ScoreSubtotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreSubtotal'] = ResolversParentTypes['ScoreSubtotal']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceProduct'] = ResolversParentTypes['ServiceProduct']> = ResolversObject<{
  deliveryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ServiceProductVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  monthlyPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomes?: Resolver<ResolversTypes['ProductOutcomes'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  scenarios?: Resolver<Array<ResolversTypes['ProductScenario']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceProductStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceProductVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceProductVersion'] = ResolversParentTypes['ServiceProductVersion']> = ResolversObject<{
  deliveryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  monthlyPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  scenarios?: Resolver<Array<ResolversTypes['ProductScenario']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type SponsorshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sponsorship'] = ResolversParentTypes['Sponsorship']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leader?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  monthlyShare?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ServiceProduct'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SponsorshipStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SponsorshipUptakeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SponsorshipUptake'] = ResolversParentTypes['SponsorshipUptake']> = ResolversObject<{
  byTier?: Resolver<Array<ResolversTypes['TierUptake']>, ParentType, ContextType>;
  sponsorship?: Resolver<ResolversTypes['Sponsorship'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatCell'] = ResolversParentTypes['StatCell']> = ResolversObject<{
  hidden?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatColumn'] = ResolversParentTypes['StatColumn']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['StatUnit'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatRow'] = ResolversParentTypes['StatRow']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['StatCell']>, ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatTable'] = ResolversParentTypes['StatTable']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['StatColumn']>, ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['StatRow']>, ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StockCoverage'] = ResolversParentTypes['StockCoverage']> = ResolversObject<{
  emptyReason?: Resolver<Maybe<ResolversTypes['StockEmptyReason']>, ParentType, ContextType>;
  followsOrders?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
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
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType>;
  orderChanged?: SubscriptionResolver<ResolversTypes['PurchaseOrder'], "orderChanged", ParentType, ContextType>;
  pledgeChanged?: SubscriptionResolver<ResolversTypes['Pledge'], "pledgeChanged", ParentType, ContextType>;
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

export type TierUptakeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierUptake'] = ResolversParentTypes['TierUptake']> = ResolversObject<{
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TimelinePointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelinePoint'] = ResolversParentTypes['TimelinePoint']> = ResolversObject<{
  assessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type WarehouseReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WarehouseReceipt'] = ResolversParentTypes['WarehouseReceipt']> = ResolversObject<{
  holder?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  Assessment?: AssessmentResolvers<ContextType>;
  AssessmentAnswers?: AssessmentAnswersResolvers<ContextType>;
  AssessmentHistory?: AssessmentHistoryResolvers<ContextType>;
  AssessmentReason?: AssessmentReasonResolvers<ContextType>;
  AssessmentResult?: AssessmentResultResolvers<ContextType>;
  BankExposure?: BankExposureResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  ChainDashboard?: ChainDashboardResolvers<ContextType>;
  ChainExposureLine?: ChainExposureLineResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentCandidate?: ConsentCandidateResolvers<ContextType>;
  DashboardCoverage?: DashboardCoverageResolvers<ContextType>;
  DashboardSupplier?: DashboardSupplierResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DimensionScore?: DimensionScoreResolvers<ContextType>;
  DueBucket?: DueBucketResolvers<ContextType>;
  Engagement?: EngagementResolvers<ContextType>;
  EventOutcome?: EventOutcomeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceCondition?: EvidenceConditionResolvers<ContextType>;
  EvidenceFacts?: EvidenceFactsResolvers<ContextType>;
  EvidenceLevel?: EvidenceLevelResolvers<ContextType>;
  Exposure?: ExposureResolvers<ContextType>;
  ExposureLine?: ExposureLineResolvers<ContextType>;
  FinanceProduct?: FinanceProductResolvers<ContextType>;
  Grade?: GradeResolvers<ContextType>;
  GradeBreakdown?: GradeBreakdownResolvers<ContextType>;
  GradeCount?: GradeCountResolvers<ContextType>;
  GradeGap?: GradeGapResolvers<ContextType>;
  GradeMovement?: GradeMovementResolvers<ContextType>;
  GradeRule?: GradeRuleResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportRow?: ImportRowResolvers<ContextType>;
  ImprovementPlan?: ImprovementPlanResolvers<ContextType>;
  ImprovementTarget?: ImprovementTargetResolvers<ContextType>;
  ImprovementTask?: ImprovementTaskResolvers<ContextType>;
  Ineligibility?: IneligibilityResolvers<ContextType>;
  InventoryLoan?: InventoryLoanResolvers<ContextType>;
  InvitationPreview?: InvitationPreviewResolvers<ContextType>;
  ItemAnswer?: ItemAnswerResolvers<ContextType>;
  LeaderFinance?: LeaderFinanceResolvers<ContextType>;
  LevelCount?: LevelCountResolvers<ContextType>;
  LowStockSignal?: LowStockSignalResolvers<ContextType>;
  MatchReason?: MatchReasonResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  NewApiKey?: NewApiKeyResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OutcomeChange?: OutcomeChangeResolvers<ContextType>;
  OwnBuyer?: OwnBuyerResolvers<ContextType>;
  OwnSupplier?: OwnSupplierResolvers<ContextType>;
  PasswordResetLink?: PasswordResetLinkResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PercentBand?: PercentBandResolvers<ContextType>;
  Pledge?: PledgeResolvers<ContextType>;
  PledgeRegistration?: PledgeRegistrationResolvers<ContextType>;
  PledgeRegistrationForm?: PledgeRegistrationFormResolvers<ContextType>;
  PledgedGoods?: PledgedGoodsResolvers<ContextType>;
  PoolEntry?: PoolEntryResolvers<ContextType>;
  ProductOutcomes?: ProductOutcomesResolvers<ContextType>;
  ProductScenario?: ProductScenarioResolvers<ContextType>;
  ProposedStep?: ProposedStepResolvers<ContextType>;
  ProviderOutcomes?: ProviderOutcomesResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuestionDimension?: QuestionDimensionResolvers<ContextType>;
  QuestionGroup?: QuestionGroupResolvers<ContextType>;
  QuestionItem?: QuestionItemResolvers<ContextType>;
  QuestionLabel?: QuestionLabelResolvers<ContextType>;
  QuestionOption?: QuestionOptionResolvers<ContextType>;
  QuestionScenario?: QuestionScenarioResolvers<ContextType>;
  Questionnaire?: QuestionnaireResolvers<ContextType>;
  Receivable?: ReceivableResolvers<ContextType>;
  ReceivableTransfer?: ReceivableTransferResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  Recommendations?: RecommendationsResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionalCompany?: RegionalCompanyResolvers<ContextType>;
  RegionalStatistics?: RegionalStatisticsResolvers<ContextType>;
  RegisterCompanyPayload?: RegisterCompanyPayloadResolvers<ContextType>;
  RegistrationFormParty?: RegistrationFormPartyResolvers<ContextType>;
  ReleaseRequest?: ReleaseRequestResolvers<ContextType>;
  ScenarioEvidence?: ScenarioEvidenceResolvers<ContextType>;
  ScenarioLevel?: ScenarioLevelResolvers<ContextType>;
  ScenarioLevelText?: ScenarioLevelTextResolvers<ContextType>;
  ScenarioOutcome?: ScenarioOutcomeResolvers<ContextType>;
  ScenarioResult?: ScenarioResultResolvers<ContextType>;
  ScenarioStat?: ScenarioStatResolvers<ContextType>;
  ScoreSubtotal?: ScoreSubtotalResolvers<ContextType>;
  ServiceProduct?: ServiceProductResolvers<ContextType>;
  ServiceProductVersion?: ServiceProductVersionResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  Settlement?: SettlementResolvers<ContextType>;
  SingleSourceRisk?: SingleSourceRiskResolvers<ContextType>;
  Sponsorship?: SponsorshipResolvers<ContextType>;
  SponsorshipUptake?: SponsorshipUptakeResolvers<ContextType>;
  StatCell?: StatCellResolvers<ContextType>;
  StatColumn?: StatColumnResolvers<ContextType>;
  StatRow?: StatRowResolvers<ContextType>;
  StatTable?: StatTableResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  StockCoverage?: StockCoverageResolvers<ContextType>;
  StockPosition?: StockPositionResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupplierKpi?: SupplierKpiResolvers<ContextType>;
  SupplierNetwork?: SupplierNetworkResolvers<ContextType>;
  SupplyLink?: SupplyLinkResolvers<ContextType>;
  TierUptake?: TierUptakeResolvers<ContextType>;
  TimelinePoint?: TimelinePointResolvers<ContextType>;
  TradeCycle?: TradeCycleResolvers<ContextType>;
  UndeliveredBacking?: UndeliveredBackingResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WarehouseReceipt?: WarehouseReceiptResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

