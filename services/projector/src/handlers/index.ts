import { companyRegistered } from './company-registered';
import type { AnyHandler } from './handler';

/** Every event type the projector applies, by type name. */
export const HANDLERS: ReadonlyMap<string, AnyHandler> = new Map<string, AnyHandler>([
  [companyRegistered.type, companyRegistered],
]);
