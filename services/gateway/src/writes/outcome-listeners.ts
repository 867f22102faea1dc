/**
 * Every outcome the gateway sees, handed to whoever listens (live updates, the principal cache) —
 * by the outcome consumer, or by hand in a test. A listener for some event types is called for
 * applied outcomes of those types only: a thousand order streams are not woken by each stock report.
 */
import type { Outcome } from '@chainlift/domain';

export type OutcomeListener = (outcome: Outcome) => void;

export class OutcomeListeners {
  private readonly everything = new Set<OutcomeListener>();
  private readonly byType = new Map<string, Set<OutcomeListener>>();
  /** Listening registrations not stopped yet: asked per outcome message, so kept, not counted. */
  private listening = 0;

  /** Calls `listener` with every outcome sent from now on (of `types` only, when given); the returned function stops it (once). */
  listen(listener: OutcomeListener, types?: readonly string[]): () => void {
    this.listening += 1;
    let stopped = false;
    const stopOnce = (stop: () => void) => () => {
      if (stopped) return;
      stopped = true;
      this.listening -= 1;
      stop();
    };
    if (!types) {
      this.everything.add(listener);
      return stopOnce(() => this.everything.delete(listener));
    }
    for (const type of types) {
      const set = this.byType.get(type) ?? new Set();
      set.add(listener);
      this.byType.set(type, set);
    }
    return stopOnce(() => {
      for (const type of types) {
        const set = this.byType.get(type);
        set?.delete(listener);
        if (set?.size === 0) this.byType.delete(type);
      }
    });
  }

  send(outcome: Outcome): void {
    for (const listener of this.everything) listener(outcome);
    if (outcome.status !== 'APPLIED' || !outcome.type) return;
    for (const listener of this.byType.get(outcome.type) ?? []) listener(outcome);
  }

  /** How many listen() registrations are not stopped yet. */
  get size(): number {
    return this.listening;
  }
}
