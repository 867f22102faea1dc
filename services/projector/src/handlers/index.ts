import type { EventType } from '@chainlift/domain';
import { apiKeyCreated, apiKeyRevoked } from './api-keys';
import {
  assessmentDraftSaved,
  assessmentSubmitted,
  improvementPlanned,
  improvementTaskUpdated,
} from './assessments';
import {
  chainCreated,
  invitationAcceptedWithSignUp,
  invitationAnswered,
  memberStatusChanged,
  suppliersInvited,
} from './chains';
import { supplyLinkConfirmed, supplyLinkDeclared, supplyLinkRemoved } from './supply-links';
import { companyRegistered } from './company-registered';
import { companyDataExported, consentGranted, consentRevoked, dataAccessed } from './consents';
import {
  loginFailed,
  loginSucceeded,
  passwordChanged,
  passwordReset,
  passwordResetIssued,
} from './credentials';
import type { AnyHandler } from './handler';
import { stockReported } from './inventory';
import { goodsReleased, inventoryLoanActedOn, inventoryLoanRequested } from './inventory-loans';
import { orderActedOn, orderPlaced } from './orders';
import { priceReported } from './prices';
import {
  financeProductDefined,
  pledgeActedOn,
  pledgeRegistrationRecorded,
  pledgeRequested,
} from './pledges';
import { releaseRequestActedOn, releaseRequested } from './release-requests';
import {
  receivableConfirmed,
  receivableDisputed,
  receivableRegistered,
  receivableSettled,
  receivableSplit,
  receivableTransferred,
} from './receivables';
import {
  engagementActedOn,
  engagementProposed,
  serviceProductPublished,
  serviceProductWithdrawn,
} from './providers';
import { userCreated, userDeactivated, userRoleChanged } from './users';
import { warehouseReceiptIssued } from './warehouse-receipts';
import {
  notificationPreferencesSet,
  notificationsRead,
  taskFellDueHandler,
  withNotifications,
} from './notifications';

/**
 * One handler per event type of the catalogue (@chainlift/domain EventType): a type without a handler, or
 * a handler under a name that is not an event type, fails to compile.
 */
const BY_TYPE: Record<EventType, AnyHandler> = {
  CompanyRegistered: companyRegistered,
  UserCreated: userCreated,
  UserRoleChanged: userRoleChanged,
  UserDeactivated: userDeactivated,
  LoginFailed: loginFailed,
  LoginSucceeded: loginSucceeded,
  PasswordChanged: passwordChanged,
  PasswordResetIssued: passwordResetIssued,
  PasswordReset: passwordReset,
  ChainCreated: chainCreated,
  SuppliersInvited: suppliersInvited,
  InvitationAnswered: invitationAnswered,
  InvitationAcceptedWithSignUp: invitationAcceptedWithSignUp,
  MemberStatusChanged: memberStatusChanged,
  SupplyLinkDeclared: supplyLinkDeclared,
  SupplyLinkConfirmed: supplyLinkConfirmed,
  SupplyLinkRemoved: supplyLinkRemoved,
  OrderPlaced: orderPlaced,
  OrderActedOn: orderActedOn,
  StockReported: stockReported,
  WarehouseReceiptIssued: warehouseReceiptIssued,
  ConsentGranted: consentGranted,
  ConsentRevoked: consentRevoked,
  DataAccessed: dataAccessed,
  CompanyDataExported: companyDataExported,
  ApiKeyCreated: apiKeyCreated,
  ApiKeyRevoked: apiKeyRevoked,
  ReceivableRegistered: receivableRegistered,
  ReceivableConfirmed: receivableConfirmed,
  ReceivableDisputed: receivableDisputed,
  ReceivableSplit: receivableSplit,
  ReceivableTransferred: receivableTransferred,
  ReceivableSettled: receivableSettled,
  FinanceProductDefined: financeProductDefined,
  PledgeRequested: pledgeRequested,
  PledgeActedOn: pledgeActedOn,
  PledgeRegistrationRecorded: pledgeRegistrationRecorded,
  InventoryLoanRequested: inventoryLoanRequested,
  InventoryLoanActedOn: inventoryLoanActedOn,
  GoodsReleased: goodsReleased,
  PriceReported: priceReported,
  ReleaseRequested: releaseRequested,
  ReleaseRequestActedOn: releaseRequestActedOn,
  AssessmentDraftSaved: assessmentDraftSaved,
  AssessmentSubmitted: assessmentSubmitted,
  ImprovementPlanned: improvementPlanned,
  ImprovementTaskUpdated: improvementTaskUpdated,
  NotificationsRead: notificationsRead,
  NotificationPreferencesSet: notificationPreferencesSet,
  TaskFellDue: taskFellDueHandler,
  ServiceProductPublished: serviceProductPublished,
  ServiceProductWithdrawn: serviceProductWithdrawn,
  EngagementProposed: engagementProposed,
  EngagementActedOn: engagementActedOn,
};

/** Every event type the projector applies, by type name; those that notify someone also write the inbox items. */
export const HANDLERS: ReadonlyMap<string, AnyHandler> = new Map(
  Object.entries(BY_TYPE).map(([type, handler]) => [type, withNotifications(handler)]),
);
