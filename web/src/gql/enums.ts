export const AlertLevel = {
  /** Collateral value under the control line (最低控货线). */
  BELOW_CONTROL_LINE: 'BELOW_CONTROL_LINE',
  /** Loan-to-value at or above the liquidation threshold (平仓). */
  LIQUIDATION: 'LIQUIDATION',
  /** Loan-to-value at or above the margin-call threshold: the borrower must top up (补仓). */
  MARGIN_CALL: 'MARGIN_CALL',
  NONE: 'NONE'
} as const;

export type AlertLevel = typeof AlertLevel[keyof typeof AlertLevel];
export const AssessmentStatus = {
  /** Saved unfinished; the company's one open draft. */
  DRAFT: 'DRAFT',
  /** Submitted and scored; kept as it is. */
  SUBMITTED: 'SUBMITTED'
} as const;

export type AssessmentStatus = typeof AssessmentStatus[keyof typeof AssessmentStatus];
/** How a candidate grantee relates to the caller's company. */
export const CandidateRelation = {
  /** A bank the caller applied to (a receivable pledge or an inventory loan). */
  BANK_APPLIED: 'BANK_APPLIED',
  /** A bank offering receivable-pledge products. */
  BANK_PRODUCT: 'BANK_PRODUCT',
  /** Buys from the caller (a supply link). */
  BUYER: 'BUYER',
  /** Leads a chain the caller belongs to. */
  CHAIN_LEADER: 'CHAIN_LEADER',
  /** A service provider the caller engaged (an engagement not cancelled): the assessment is what it would see. */
  ENGAGED_PROVIDER: 'ENGAGED_PROVIDER',
  /** An authority (主管部门) whose region covers the caller's. */
  REGION_AUTHORITY: 'REGION_AUTHORITY'
} as const;

export type CandidateRelation = typeof CandidateRelation[keyof typeof CandidateRelation];
export const CompanyKind = {
  /** 主管部门 of a region (registered with a GB/T 2260 code as its region): sees that region's aggregates. */
  AUTHORITY: 'AUTHORITY',
  BANK: 'BANK',
  /** 链主 / 核心企业 */
  CHAIN_LEADER: 'CHAIN_LEADER',
  /** Runs the platform; its users may be platform admins. */
  PLATFORM_OPERATOR: 'PLATFORM_OPERATOR',
  /** 数字化转型服务商: publishes 小快轻准 products, engaged for improvement tasks. */
  SERVICE_PROVIDER: 'SERVICE_PROVIDER',
  /** 中小企业 supplier */
  SME: 'SME',
  /** 监管方 (third-party warehouse operator) */
  WAREHOUSE_OPERATOR: 'WAREHOUSE_OPERATOR'
} as const;

export type CompanyKind = typeof CompanyKind[keyof typeof CompanyKind];
export const ConsentDirection = {
  GRANTED: 'GRANTED',
  RECEIVED: 'RECEIVED'
} as const;

export type ConsentDirection = typeof ConsentDirection[keyof typeof ConsentDirection];
export const ConsentScope = {
  ASSESSMENT: 'ASSESSMENT',
  INVENTORY: 'INVENTORY',
  ORDERS: 'ORDERS',
  RECEIVABLES: 'RECEIVABLES'
} as const;

export type ConsentScope = typeof ConsentScope[keyof typeof ConsentScope];
export const EmailStatus = {
  /** Not sent yet (no mail server configured, or waiting for its turn). */
  PENDING: 'PENDING',
  /** The mail server refused or was unreachable; retried with backoff. */
  RETRYING: 'RETRYING',
  SENT: 'SENT',
  /** No e-mail for this item: every recipient muted its kind on EMAIL. */
  SKIPPED: 'SKIPPED'
} as const;

export type EmailStatus = typeof EmailStatus[keyof typeof EmailStatus];
export const EngagementAction = {
  /** The provider takes the engagement on (PROPOSED → ACTIVE). */
  ACCEPT: 'ACCEPT',
  /** Either side, before delivery. */
  CANCEL: 'CANCEL',
  /** The provider reports it delivered (ACTIVE → DELIVERED, on today's business date). */
  DELIVER: 'DELIVER'
} as const;

export type EngagementAction = typeof EngagementAction[keyof typeof EngagementAction];
export const EngagementStatus = {
  ACTIVE: 'ACTIVE',
  CANCELLED: 'CANCELLED',
  DELIVERED: 'DELIVERED',
  PROPOSED: 'PROPOSED'
} as const;

export type EngagementStatus = typeof EngagementStatus[keyof typeof EngagementStatus];
/**
 * The codes a GraphQL error carries in extensions.code (the domain's error codes, checked equal by
 * tests/contracts/error-codes.unit.test.ts, and the gateway's INTERNAL_SERVER_ERROR). Declared here so
 * clients read them from the schema rather than copying them.
 */
export const ErrorCode = {
  /** The input is wrong; nothing changed. extensions.field names the input field when there is one. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The thing is not in a state that allows this (e.g. already done). */
  CONFLICT: 'CONFLICT',
  /** Signed in, but not allowed to do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** An unexpected failure; extensions.errorId names it in the server's log. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  NOT_FOUND: 'NOT_FOUND',
  /** Too many attempts: a locked account, a throttled address or API key; try again later. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** No valid session or API key. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A dependency is down; try again. */
  UNAVAILABLE: 'UNAVAILABLE'
} as const;

export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];
export const EventStatus = {
  APPLIED: 'APPLIED',
  PENDING: 'PENDING',
  REJECTED: 'REJECTED'
} as const;

export type EventStatus = typeof EventStatus[keyof typeof EventStatus];
export const EvidenceAgreement = {
  /** Declared and evidenced within one level of each other. */
  CONSISTENT: 'CONSISTENT',
  /** No submitted assessment to compare with. */
  NOT_DECLARED: 'NOT_DECLARED',
  /** Declared two or more levels above what the platform would show signs of. */
  NOT_EVIDENCED: 'NOT_EVIDENCED',
  /** The platform sees more than was declared. */
  UNDERSTATED: 'UNDERSTATED'
} as const;

export type EvidenceAgreement = typeof EvidenceAgreement[keyof typeof EvidenceAgreement];
export const GradeCondition = {
  MANDATORY: 'MANDATORY',
  SCENARIOS: 'SCENARIOS',
  SCORE: 'SCORE'
} as const;

export type GradeCondition = typeof GradeCondition[keyof typeof GradeCondition];
export const ImportRowStatus = {
  ALREADY_MEMBER: 'ALREADY_MEMBER',
  /** A new company, created and invited. */
  CREATED: 'CREATED',
  INVALID: 'INVALID',
  /** A company already on the platform, invited into the chain. */
  INVITED: 'INVITED'
} as const;

export type ImportRowStatus = typeof ImportRowStatus[keyof typeof ImportRowStatus];
/** An eligibility rule of the receivable pool. */
export const IneligibilityCode = {
  ABOVE_MAXIMUM: 'ABOVE_MAXIMUM',
  /** Issued too long ago for the product. */
  AGED: 'AGED',
  BELOW_MINIMUM: 'BELOW_MINIMUM',
  /** Not in the product's currency. */
  CURRENCY: 'CURRENCY',
  /** The bank does not lend against its debtor. */
  DEBTOR_BLOCKED: 'DEBTOR_BLOCKED',
  /** Already pledged. */
  ENCUMBERED: 'ENCUMBERED',
  /** Due after the loan ends. */
  MATURES_AFTER_LOAN: 'MATURES_AFTER_LOAN',
  /** Not confirmed (确权) by the debtor, or disputed, split or settled. */
  NOT_CONFIRMED: 'NOT_CONFIRMED',
  /** Past its due date. */
  OVERDUE: 'OVERDUE',
  /** Too few days left to run for the product. */
  TOO_SHORT: 'TOO_SHORT'
} as const;

export type IneligibilityCode = typeof IneligibilityCode[keyof typeof IneligibilityCode];
export const InventoryLoanAction = {
  /** The bank approves and disburses (principal ≤ collateral value × pledge rate). */
  APPROVE: 'APPROVE',
  /** The warehouse operator confirms the pledged goods are in stock. */
  CONFIRM_GOODS: 'CONFIRM_GOODS',
  REJECT: 'REJECT',
  REPAY: 'REPAY',
  /** The borrower withdraws its request before approval. */
  WITHDRAW: 'WITHDRAW'
} as const;

export type InventoryLoanAction = typeof InventoryLoanAction[keyof typeof InventoryLoanAction];
export const InventoryLoanStatus = {
  /** Approved and disbursed; the goods are under pledge and valued live. */
  ACTIVE: 'ACTIVE',
  /** Rejected by the bank or withdrawn by the borrower. */
  CLOSED: 'CLOSED',
  /** The warehouse operator (监管方) confirmed the goods are there. */
  GOODS_CONFIRMED: 'GOODS_CONFIRMED',
  REPAID: 'REPAID',
  REQUESTED: 'REQUESTED'
} as const;

export type InventoryLoanStatus = typeof InventoryLoanStatus[keyof typeof InventoryLoanStatus];
export const InvitationLinkStatus = {
  /** No longer open: the company left or declined, or already has users. */
  CLOSED: 'CLOSED',
  /** Past its 14 days: the inviter invites again for a new link. */
  EXPIRED: 'EXPIRED',
  /** Can be used to sign up. */
  OPEN: 'OPEN',
  USED: 'USED'
} as const;

export type InvitationLinkStatus = typeof InvitationLinkStatus[keyof typeof InvitationLinkStatus];
export const MatchReasonCode = {
  /** A target of one of its improvement plans not reached yet. */
  PLAN_TARGET: 'PLAN_TARGET',
  /** Its chain leader recommends or sponsors the product. */
  SPONSORED: 'SPONSORED',
  /** The scenario is among the company's weakest (latest assessment, or the platform's evidence). */
  WEAK_SCENARIO: 'WEAK_SCENARIO'
} as const;

export type MatchReasonCode = typeof MatchReasonCode[keyof typeof MatchReasonCode];
export const MemberMove = {
  REINSTATE: 'REINSTATE',
  REMOVE: 'REMOVE',
  SUSPEND: 'SUSPEND'
} as const;

export type MemberMove = typeof MemberMove[keyof typeof MemberMove];
export const MemberStatus = {
  ACTIVE: 'ACTIVE',
  DECLINED: 'DECLINED',
  INVITED: 'INVITED',
  REMOVED: 'REMOVED',
  SUSPENDED: 'SUSPENDED'
} as const;

export type MemberStatus = typeof MemberStatus[keyof typeof MemberStatus];
export const NetworkRisk = {
  /** In the chain, but no supply link leads from it to the leader any more: the leader cannot see how its goods arrive. */
  NO_PATH_TO_LEADER: 'NO_PATH_TO_LEADER'
} as const;

export type NetworkRisk = typeof NetworkRisk[keyof typeof NetworkRisk];
export const NotificationChannel = {
  EMAIL: 'EMAIL',
  IN_APP: 'IN_APP'
} as const;

export type NotificationChannel = typeof NotificationChannel[keyof typeof NotificationChannel];
export const NotificationKind = {
  ASSESSMENT_SHARED: 'ASSESSMENT_SHARED',
  CONSENT_GRANTED: 'CONSENT_GRANTED',
  CONSENT_REVOKED: 'CONSENT_REVOKED',
  /** A company engaged one of the provider's products (to the provider). */
  ENGAGEMENT_PROPOSED: 'ENGAGEMENT_PROPOSED',
  /** The other side accepted, delivered or cancelled an engagement. */
  ENGAGEMENT_UPDATED: 'ENGAGEMENT_UPDATED',
  INVITATION_RECEIVED: 'INVITATION_RECEIVED',
  LIQUIDATION: 'LIQUIDATION',
  MARGIN_CALL: 'MARGIN_CALL',
  ORDER_TO_CONFIRM: 'ORDER_TO_CONFIRM',
  ORDER_TO_RECEIVE: 'ORDER_TO_RECEIVE',
  PLEDGE_APPLIED: 'PLEDGE_APPLIED',
  PLEDGE_DECIDED: 'PLEDGE_DECIDED',
  RECEIVABLE_TO_CONFIRM: 'RECEIVABLE_TO_CONFIRM',
  TASK_DUE: 'TASK_DUE'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
export const OrderAction = {
  CANCEL: 'CANCEL',
  CONFIRM: 'CONFIRM',
  DELIVER: 'DELIVER',
  INVOICE: 'INVOICE',
  SHIP: 'SHIP'
} as const;

export type OrderAction = typeof OrderAction[keyof typeof OrderAction];
export const OrderRole = {
  BUYER: 'BUYER',
  SUPPLIER: 'SUPPLIER'
} as const;

export type OrderRole = typeof OrderRole[keyof typeof OrderRole];
export const OrderStatus = {
  CANCELLED: 'CANCELLED',
  CONFIRMED: 'CONFIRMED',
  DELIVERED: 'DELIVERED',
  INVOICED: 'INVOICED',
  PLACED: 'PLACED',
  SHIPPED: 'SHIPPED'
} as const;

export type OrderStatus = typeof OrderStatus[keyof typeof OrderStatus];
export const PledgeAction = {
  APPROVE: 'APPROVE',
  DISBURSE: 'DISBURSE',
  REJECT: 'REJECT',
  /** The bank releases the pledge; the holder may withdraw one before disbursement. */
  RELEASE: 'RELEASE',
  REPAY: 'REPAY'
} as const;

export type PledgeAction = typeof PledgeAction[keyof typeof PledgeAction];
export const PledgeStatus = {
  APPROVED: 'APPROVED',
  DISBURSED: 'DISBURSED',
  REJECTED: 'REJECTED',
  RELEASED: 'RELEASED',
  REPAID: 'REPAID',
  REQUESTED: 'REQUESTED'
} as const;

export type PledgeStatus = typeof PledgeStatus[keyof typeof PledgeStatus];
export const QuestionItemType = {
  /** Check any options; each checked option adds its points. */
  CHECKLIST: 'CHECKLIST',
  /** Pick one option. */
  CHOICE: 'CHOICE',
  /** A percentage from 0 to 100; the band it falls in gives the points. */
  PERCENT_BANDS: 'PERCENT_BANDS'
} as const;

export type QuestionItemType = typeof QuestionItemType[keyof typeof QuestionItemType];
export const ReceivableRole = {
  /** Receivables the caller's company registered (as the original creditor). */
  CREDITOR: 'CREDITOR',
  /** Receivables the caller's company owes. */
  DEBTOR: 'DEBTOR',
  /** Receivables the caller's company holds now. */
  HOLDER: 'HOLDER'
} as const;

export type ReceivableRole = typeof ReceivableRole[keyof typeof ReceivableRole];
export const ReceivableStatus = {
  /** Confirmed by the debtor: it can be split, passed on and financed. */
  CONFIRMED: 'CONFIRMED',
  /** The debtor refused to confirm it. */
  DISPUTED: 'DISPUTED',
  /** Confirmed and past its due date without settlement. */
  OVERDUE: 'OVERDUE',
  /** Registered by the supplier, awaiting the debtor's confirmation (确权). */
  REGISTERED: 'REGISTERED',
  /** Paid by the debtor. */
  SETTLED: 'SETTLED',
  /** Split into parts; the parts carry it on. */
  SPLIT: 'SPLIT'
} as const;

export type ReceivableStatus = typeof ReceivableStatus[keyof typeof ReceivableStatus];
export const RegionLevel = {
  COUNTY: 'COUNTY',
  PREFECTURE: 'PREFECTURE',
  PROVINCE: 'PROVINCE'
} as const;

export type RegionLevel = typeof RegionLevel[keyof typeof RegionLevel];
export const RegistrationRisk = {
  /** 登记即将到期: the registration's term ends within 30 days. */
  EXPIRING: 'EXPIRING',
  /** 未登记: approved or disbursed, but not registered (or the registration's term is over). */
  UNREGISTERED: 'UNREGISTERED'
} as const;

export type RegistrationRisk = typeof RegistrationRisk[keyof typeof RegistrationRisk];
export const ReleaseRequestAction = {
  /** The bank: only if the loan stays below the margin-call line and above the control line after the release (with the releases already approved). */
  APPROVE: 'APPROVE',
  /** The borrower, while the request is REQUESTED or APPROVED. */
  CANCEL: 'CANCEL',
  /** The bank. */
  REJECT: 'REJECT'
} as const;

export type ReleaseRequestAction = typeof ReleaseRequestAction[keyof typeof ReleaseRequestAction];
export const ReleaseRequestStatus = {
  /** Approved by the bank; awaiting the warehouse operator. */
  APPROVED: 'APPROVED',
  /** Cancelled by the borrower before execution. */
  CANCELLED: 'CANCELLED',
  REJECTED: 'REJECTED',
  /** Executed by the warehouse operator: the goods left the pledge. */
  RELEASED: 'RELEASED',
  /** Asked for by the borrower; awaiting the bank. */
  REQUESTED: 'REQUESTED'
} as const;

export type ReleaseRequestStatus = typeof ReleaseRequestStatus[keyof typeof ReleaseRequestStatus];
export const Role = {
  ADMIN: 'ADMIN',
  OPERATOR: 'OPERATOR',
  VIEWER: 'VIEWER'
} as const;

export type Role = typeof Role[keyof typeof Role];
export const ServiceProductStatus = {
  ACTIVE: 'ACTIVE',
  /** Withdrawn by its provider: no longer recommended or engaged; its history and engagements stay. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type ServiceProductStatus = typeof ServiceProductStatus[keyof typeof ServiceProductStatus];
export const SponsorshipStatus = {
  ACTIVE: 'ACTIVE',
  ENDED: 'ENDED'
} as const;

export type SponsorshipStatus = typeof SponsorshipStatus[keyof typeof SponsorshipStatus];
export const StatUnit = {
  /** A number of companies. */
  COMPANIES: 'COMPANIES',
  /** A count of things (receivables, pledges, loans). */
  COUNT: 'COUNT',
  /** Yuan with two decimals (stored as fen). */
  YUAN: 'YUAN'
} as const;

export type StatUnit = typeof StatUnit[keyof typeof StatUnit];
export const StepOwner = {
  COMPANY: 'COMPANY',
  LEADER: 'LEADER'
} as const;

export type StepOwner = typeof StepOwner[keyof typeof StepOwner];
/** Why a stock list the caller sees is empty. */
export const StockEmptyReason = {
  /** The consent names no products and the caller bought nothing on orders the supplier confirmed yet. */
  NO_PRODUCTS_COVERED: 'NO_PRODUCTS_COVERED',
  /** The supplier reported no stock of the products the consent covers (or, for one's own stock, none at all). */
  NO_STOCK_REPORTED: 'NO_STOCK_REPORTED'
} as const;

export type StockEmptyReason = typeof StockEmptyReason[keyof typeof StockEmptyReason];
export const SuppressionReason = {
  /** Hidden so that a hidden figure cannot be worked out from the shown ones. */
  COMPLEMENTARY: 'COMPLEMENTARY',
  /** Rests on 1–4 companies. */
  FEWER_THAN_MINIMUM: 'FEWER_THAN_MINIMUM'
} as const;

export type SuppressionReason = typeof SuppressionReason[keyof typeof SuppressionReason];
export const TaskStatus = {
  DONE: 'DONE',
  DROPPED: 'DROPPED',
  IN_PROGRESS: 'IN_PROGRESS',
  OPEN: 'OPEN'
} as const;

export type TaskStatus = typeof TaskStatus[keyof typeof TaskStatus];
export const TradeCycleKind = {
  /** Companies that order from each other in a ring (A buys from B, B from C, C from A). */
  ORDERS: 'ORDERS',
  /** Companies that hold receivables on each other in a ring. */
  RECEIVABLES: 'RECEIVABLES'
} as const;

export type TradeCycleKind = typeof TradeCycleKind[keyof typeof TradeCycleKind];
/** Where a write stands once the gateway stopped waiting for the projector. */
export const WriteStatus = {
  /** The projector applied the event; the result is in the payload. */
  APPLIED: 'APPLIED',
  /** Accepted on Kafka, not projected within the wait: poll eventOutcome(eventId). */
  PENDING: 'PENDING'
} as const;

export type WriteStatus = typeof WriteStatus[keyof typeof WriteStatus];