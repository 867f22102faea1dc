/**
 * Where each event type goes: its topic and its key (what it changes, so that events on one
 * thing are applied in order), and the company an event speaks for — which is how the ingestion
 * endpoint lets a company write only events about itself. One table for every producer.
 */
import type { EventPayloads, EventType } from '@chainlift/domain';
import { TOPIC } from '../kafka/topics';

type Payload = Record<string, unknown>;

export interface Route<P = Payload> {
  topic: string;
  key: (payload: P) => string;
  /** The company on whose behalf the event is written; ingestion requires it to be the key's owner. */
  actingCompany: (payload: P) => string;
  /** Accepted from company systems through POST /ingest. */
  ingestible: boolean;
}

/** A payload field as the key or acting company: only a field the event type's payload has compiles. */
const field =
  <P>(name: keyof P & string) =>
  (p: P) =>
    String(p[name]);

/** One route per event type of the catalogue: a missing or extra one fails to compile. */
const TYPED_ROUTES: { [T in EventType]: Route<EventPayloads[T]> } = {
  CompanyRegistered: {
    topic: TOPIC.masterdata,
    key: field('uscc'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  UserCreated: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  UserRoleChanged: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  UserDeactivated: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  // Credentials (login lockout, password change and reset): with the user's other events, in order.
  LoginFailed: {
    topic: TOPIC.masterdata,
    key: (p) => p.companyId ?? p.email,
    actingCompany: (p) => p.companyId ?? '',
    ingestible: false,
  },
  LoginSucceeded: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  PasswordChanged: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  PasswordResetIssued: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  PasswordReset: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  ApiKeyCreated: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  ApiKeyRevoked: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  ChainCreated: {
    topic: TOPIC.chains,
    key: field('chainId'),
    actingCompany: field('leaderId'),
    ingestible: false,
  },
  SuppliersInvited: {
    topic: TOPIC.chains,
    key: field('chainId'),
    actingCompany: field('inviterId'),
    ingestible: false,
  },
  InvitationAnswered: {
    topic: TOPIC.chains,
    key: field('chainId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  InvitationAcceptedWithSignUp: {
    topic: TOPIC.chains,
    key: field('chainId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  MemberStatusChanged: {
    topic: TOPIC.chains,
    key: field('chainId'),
    actingCompany: () => '',
    ingestible: false,
  },
  SupplyLinkDeclared: {
    topic: TOPIC.chains,
    key: field('buyerId'),
    actingCompany: field('buyerId'),
    ingestible: true,
  },
  SupplyLinkConfirmed: {
    topic: TOPIC.chains,
    key: field('buyerId'),
    actingCompany: field('supplierId'),
    ingestible: true,
  },
  SupplyLinkRemoved: {
    topic: TOPIC.chains,
    key: field('buyerId'),
    actingCompany: field('buyerId'),
    ingestible: true,
  },
  OrderPlaced: {
    topic: TOPIC.orders,
    key: field('orderId'),
    actingCompany: field('buyerId'),
    ingestible: true,
  },
  OrderActedOn: {
    topic: TOPIC.orders,
    key: field('orderId'),
    actingCompany: field('actorCompanyId'),
    ingestible: true,
  },
  StockReported: {
    topic: TOPIC.inventory,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: true,
  },
  WarehouseReceiptIssued: {
    topic: TOPIC.inventory,
    key: field('holderId'),
    actingCompany: field('operatorId'),
    ingestible: false,
  },
  ConsentGranted: {
    topic: TOPIC.consents,
    key: field('grantorId'),
    actingCompany: field('grantorId'),
    ingestible: false,
  },
  ConsentRevoked: {
    topic: TOPIC.consents,
    key: field('grantorId'),
    actingCompany: field('grantorId'),
    ingestible: false,
  },
  DataAccessed: {
    topic: TOPIC.audit,
    key: field('ownerId'),
    actingCompany: field('viewerCompanyId'),
    ingestible: false,
  },
  CompanyDataExported: {
    topic: TOPIC.audit,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  ReceivableRegistered: {
    topic: TOPIC.receivables,
    key: field('receivableId'),
    actingCompany: field('creditorId'),
    ingestible: true,
  },
  ReceivableConfirmed: {
    topic: TOPIC.receivables,
    key: field('rootId'),
    actingCompany: field('debtorId'),
    ingestible: true,
  },
  ReceivableDisputed: {
    topic: TOPIC.receivables,
    key: field('rootId'),
    actingCompany: field('debtorId'),
    ingestible: true,
  },
  ReceivableSplit: {
    topic: TOPIC.receivables,
    key: field('rootId'),
    actingCompany: field('holderId'),
    ingestible: false,
  },
  ReceivableTransferred: {
    topic: TOPIC.receivables,
    key: field('rootId'),
    actingCompany: field('fromId'),
    ingestible: false,
  },
  ReceivableSettled: {
    topic: TOPIC.receivables,
    key: field('rootId'),
    actingCompany: field('debtorId'),
    ingestible: false,
  },
  PledgeRequested: {
    topic: TOPIC.receivables,
    key: field('rootId'),
    actingCompany: field('requestedBy'),
    ingestible: false,
  },
  PledgeActedOn: {
    topic: TOPIC.receivables,
    key: field('rootId'),
    actingCompany: field('actorCompanyId'),
    ingestible: false,
  },
  PledgeRegistrationRecorded: {
    topic: TOPIC.receivables,
    key: field('rootId'),
    actingCompany: field('bankId'),
    ingestible: false,
  },
  FinanceProductDefined: {
    topic: TOPIC.finance,
    key: field('bankId'),
    actingCompany: field('bankId'),
    ingestible: false,
  },
  InventoryLoanRequested: {
    topic: TOPIC.inventory,
    key: field('borrowerId'),
    actingCompany: field('borrowerId'),
    ingestible: false,
  },
  InventoryLoanActedOn: {
    topic: TOPIC.inventory,
    key: field('borrowerId'),
    actingCompany: field('actorCompanyId'),
    ingestible: false,
  },
  GoodsReleased: {
    topic: TOPIC.inventory,
    key: field('borrowerId'),
    actingCompany: field('actorCompanyId'),
    ingestible: false,
  },
  ReleaseRequested: {
    topic: TOPIC.inventory,
    key: field('borrowerId'),
    actingCompany: field('borrowerId'),
    ingestible: false,
  },
  ReleaseRequestActedOn: {
    topic: TOPIC.inventory,
    key: field('borrowerId'),
    actingCompany: field('actorCompanyId'),
    ingestible: false,
  },
  PriceReported: {
    topic: TOPIC.prices,
    key: field('sku'),
    actingCompany: field('reporterId'),
    ingestible: false,
  },
  AssessmentDraftSaved: {
    topic: TOPIC.assessments,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  AssessmentSubmitted: {
    topic: TOPIC.assessments,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  ImprovementPlanned: {
    topic: TOPIC.assessments,
    key: field('companyId'),
    actingCompany: field('plannedBy'),
    ingestible: false,
  },
  ImprovementTaskUpdated: {
    topic: TOPIC.assessments,
    key: field('companyId'),
    actingCompany: field('actorCompanyId'),
    ingestible: false,
  },
  // The inbox: a user's read marks and preferences, with its company's other user events, in order.
  NotificationsRead: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  NotificationPreferencesSet: {
    topic: TOPIC.masterdata,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  // Written by the scheduler (one projector of the group), never by a company.
  // Service products: a provider's products in order, with its other master data.
  ServiceProductPublished: {
    topic: TOPIC.masterdata,
    key: field('providerId'),
    actingCompany: field('providerId'),
    ingestible: false,
  },
  ServiceProductWithdrawn: {
    topic: TOPIC.masterdata,
    key: field('providerId'),
    actingCompany: field('providerId'),
    ingestible: false,
  },
  // Engagements: with the engaging company's plans and tasks, in order (one holding engagement per task).
  EngagementProposed: {
    topic: TOPIC.assessments,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
  EngagementActedOn: {
    topic: TOPIC.assessments,
    key: field('companyId'),
    actingCompany: field('actorCompanyId'),
    ingestible: false,
  },
  TaskFellDue: {
    topic: TOPIC.assessments,
    key: field('companyId'),
    actingCompany: field('companyId'),
    ingestible: false,
  },
};

/** The routes by type name, for producers that hold an event type as a string (ingest, asyncapi). */
export const ROUTES: Readonly<Record<string, Route>> = TYPED_ROUTES as unknown as Record<
  string,
  Route
>;

export function routeOf(type: string): Route {
  const route = ROUTES[type];
  if (!route) throw new Error(`no route for event type ${type}`);
  return route;
}
