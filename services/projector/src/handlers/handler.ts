/**
 * How one event type is projected. Per run of consecutive events of a type in a batch, the
 * projector calls `load` once (one read), `decide` + `evolve` per event (pure, in order), then
 * `write` once with the accepted events (one UNWIND) — all inside the batch's transaction.
 */
import type { EventEnvelope, Result } from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';

export interface Handler<Payload, State> {
  type: string;
  load(tx: ManagedTransaction, events: EventEnvelope<string, Payload>[]): Promise<State>;
  /** The domain rule: may this event be applied to this state? Pure. */
  decide(state: State, event: EventEnvelope<string, Payload>): Result<unknown>;
  /** The state after an accepted event, so later events of the same run see it (the state belongs to the run: it may be updated in place). */
  evolve(state: State, event: EventEnvelope<string, Payload>): State;
  /**
   * Ids the applied outcome names beside those of the payload (`refsOf`), from the state after the
   * event: what live views would otherwise read again (an order action's buyer and supplier).
   */
  refs?(state: State, event: EventEnvelope<string, Payload>): Record<string, string>;
  /** Writes the accepted events; `state` is the run's state after them (facts loaded for the rules). */
  write(
    tx: ManagedTransaction,
    accepted: EventEnvelope<string, Payload>[],
    state: State,
  ): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHandler = Handler<any, any>;
