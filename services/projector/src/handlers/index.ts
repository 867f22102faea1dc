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
  supplyLinkDeclared,
  supplyLinkRemoved,
} from './chains';
import { companyRegistered } from './company-registered';
import { consentGranted, consentRevoked, dataAccessed } from './consents';
import type { AnyHandler } from './handler';
import { stockReported } from './inventory';
import { goodsReleased, inventoryLoanActedOn, inventoryLoanRequested } from './inventory-loans';
import { orderActedOn, orderPlaced } from './orders';
import { priceReported } from './prices';
import { financeProductDefined, pledgeActedOn, pledgeRequested } from './pledges';
import { releaseRequestActedOn, releaseRequested } from './release-requests';
import {
  receivableConfirmed,
  receivableDisputed,
  receivableRegistered,
  receivableSettled,
  receivableSplit,
  receivableTransferred,
} from './receivables';
import { userCreated, userDeactivated, userRoleChanged } from './users';
import { warehouseReceiptIssued } from './warehouse-receipts';

const ALL: AnyHandler[] = [
  companyRegistered,
  userCreated,
  userRoleChanged,
  userDeactivated,
  chainCreated,
  suppliersInvited,
  invitationAnswered,
  invitationAcceptedWithSignUp,
  memberStatusChanged,
  supplyLinkDeclared,
  supplyLinkRemoved,
  orderPlaced,
  orderActedOn,
  stockReported,
  warehouseReceiptIssued,
  consentGranted,
  consentRevoked,
  dataAccessed,
  apiKeyCreated,
  apiKeyRevoked,
  receivableRegistered,
  receivableConfirmed,
  receivableDisputed,
  receivableSplit,
  receivableTransferred,
  receivableSettled,
  financeProductDefined,
  pledgeRequested,
  pledgeActedOn,
  inventoryLoanRequested,
  inventoryLoanActedOn,
  goodsReleased,
  priceReported,
  releaseRequested,
  releaseRequestActedOn,
  assessmentDraftSaved,
  assessmentSubmitted,
  improvementPlanned,
  improvementTaskUpdated,
];

/** Every event type the projector applies, by type name. */
export const HANDLERS: ReadonlyMap<string, AnyHandler> = new Map(ALL.map((h) => [h.type, h]));
