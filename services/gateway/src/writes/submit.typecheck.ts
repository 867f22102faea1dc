/**
 * Compile-time checks of the typed event catalogue (checked by `npm run typecheck`, never run): if a
 * mismatched payload ever compiled, the `@ts-expect-error` lines below would fail the typecheck.
 */
import type { Actor } from '@chainlift/domain';
import type { EventSubmitter } from './submit';

export function catalogueIsEnforced(events: EventSubmitter, actor: Actor) {
  // @ts-expect-error OrderPlaced has no `quantity`; its lines carry quantities
  void events.apply('OrderPlaced', { orderId: 'o', quantity: 1 }, actor);
  // @ts-expect-error no such event type
  void events.apply('OrderTeleported', {}, actor);
  // @ts-expect-error ApiKeyRevoked's payload misses companyId
  void events.apply('ApiKeyRevoked', { keyId: 'k' }, actor);
  void events.apply('ApiKeyRevoked', { keyId: 'k', companyId: 'c' }, actor);
}
