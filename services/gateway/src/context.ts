import type { BusinessCalendar } from '@chainlift/domain';
import type { Logger } from '@chainlift/platform';
import type { PasswordLogins } from './auth/login';
import type { RequestAuthorizer } from './auth/request-authorizer';
import type { Principal } from './auth/principal';
import type { TokenService } from './auth/tokens';
import type { ApiKeyReads } from './reads/api-keys';
import type { AssessmentReads } from './reads/assessment';
import type { ChainReads } from './reads/chains';
import type { CompanyReads } from './reads/companies';
import type { ConsentReads } from './reads/consents';
import type { InventoryReads } from './reads/inventory';
import type { LoanReads } from './reads/inventory-loans';
import type { networkReads } from './reads/network';
import type { NotificationReads } from './reads/notifications';
import type { OrderReads } from './reads/orders';
import type { PledgeReads } from './reads/pledges';
import type { ProviderReads } from './reads/providers';
import type { ReceivableReads } from './reads/receivables';
import type { RegionalReads } from './reads/regional';
import type { RiskReads } from './reads/risk';
import type { UserReads } from './reads/users';
import type { LiveScope } from './live/ws-server';
import type { OutcomeWaiter } from './writes/outcomes';
import type { EventSubmitter } from './writes/submit';

/** What every resolver gets: who is asking, the one authorization module, and the read and write paths. */
export interface Context {
  principal: Principal;
  /** The client's address (the per-address login throttle); 'unknown' on a WebSocket. */
  clientAddress: string;
  auth: RequestAuthorizer;
  /** Password checks with throttling and the account lockout (auth/login.ts). */
  logins: PasswordLogins;
  /** A subscription's socket session (graphql-ws only; HTTP requests have none). */
  live?: LiveScope;
  companies: CompanyReads;
  users: UserReads;
  /**
   * Users by id from the principal cache (kept exact by the user-changing outcomes, see
   * auth/principal-cache.ts): the caller's own row costs no Neo4j read. Not for a row the request
   * itself just changed — read that from `users`, which carries the request's bookmarks.
   */
  principalUsers: Pick<UserReads, 'byId'>;
  chains: ChainReads;
  network: ReturnType<typeof networkReads>;
  orders: OrderReads;
  inventory: InventoryReads;
  consents: ConsentReads;
  apiKeys: ApiKeyReads;
  receivables: ReceivableReads;
  pledges: PledgeReads;
  loans: LoanReads;
  risk: RiskReads;
  assessments: AssessmentReads;
  regional: RegionalReads;
  providers: ProviderReads;
  notifications: NotificationReads;
  events: EventSubmitter;
  outcomes: OutcomeWaiter;
  tokens: TokenService;
  /** What day it is: business dates come from here (the one injected clock, in BUSINESS_TIME_ZONE), never from `new Date()`. */
  calendar: BusinessCalendar;
  log: Logger;
}
