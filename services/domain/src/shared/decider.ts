/**
 * The shape of every business rule an event is applied under (emmett's decider, batched):
 *
 *   state   the facts the rule needs, loaded by an adapter (the projector's `load`, the gateway's facts)
 *   decide  (state, command) → Result<decision>: may this happen? Pure; refusals are coded DomainErrors
 *   evolve  (state, decision) → state: what the next command of the same run sees
 *
 * The projector's handlers only load the state and write the accepted decisions; the gateway calls the
 * same `decide` (or the `may*` predicates it is built from) to refuse early, before publishing. Each
 * decider has given/when/then unit tests beside it (see `decider-spec.ts`).
 */
import type { Result } from './errors';

export interface Decider<State, Command, Decision = Command> {
  decide(state: State, command: Command): Result<Decision>;
  /** May update `state` in place (a run's state belongs to the run) and must return it. */
  evolve(state: State, decision: Decision): State;
}

/** A decider whose accepted commands change nothing later commands of the run depend on. */
export const noEvolve = <State, Decision>(state: State, _decision: Decision): State => state;
