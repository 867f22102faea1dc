import type { Logger } from '@chainlift/platform';
import type { Principal } from './auth/authorize';
import type { CompanyReads } from './reads/companies';
import type { OutcomeWaiter } from './writes/outcomes';
import type { EventSubmitter } from './writes/submit';

/** What every resolver gets: who is asking, and the read and write paths. */
export interface Context {
  principal: Principal;
  companies: CompanyReads;
  events: EventSubmitter;
  outcomes: OutcomeWaiter;
  log: Logger;
}
