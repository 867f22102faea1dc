/**
 * Live updates start from the projector's outcomes: an async stream of the events this gateway
 * sees applied, for subscription resolvers to filter, interleaved with "re-check" marks (a role
 * changed, a consent expired) after which the stream asks again whether its subscriber may still
 * listen. Each subscriber has its own bounded queue; a subscriber that falls far behind loses the
 * oldest updates rather than the gateway's memory.
 */
import type { Outcome } from '@chainlift/domain';
import type { OutcomeWaiter } from '../writes/outcomes';

export type Applied = Extract<Outcome, { status: 'APPLIED' }> & {
  type: string;
  refs: Record<string, string>;
};

/** Ask the stream's authorization again now (no event to filter). */
export interface Recheck {
  type: 'recheck';
  reason: string;
}

export type LiveItem = Applied | Recheck;

export const isRecheck = (item: LiveItem): item is Recheck =>
  item.type === 'recheck' && !('eventId' in item);

export interface Feed extends AsyncIterableIterator<LiveItem> {
  recheck(reason: string): void;
  /** Ends the stream (the socket closed). */
  end(): void;
}

const MAX_QUEUED = 1000;

export function appliedEvents(
  outcomes: OutcomeWaiter,
  types: readonly string[],
  onEnd?: () => void,
  /** Only the events this stream is about (its arguments, never who may see them), sorted out before they are queued. */
  about: (event: Applied) => boolean = () => true,
): Feed {
  const queue: LiveItem[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  const push = (item: LiveItem) => {
    queue.push(item);
    if (queue.length > MAX_QUEUED) queue.shift();
    wake?.();
  };
  const stop = outcomes.listen((outcome) => {
    if (outcome.status !== 'APPLIED' || !outcome.type || !types.includes(outcome.type)) return;
    const event = { ...outcome, type: outcome.type, refs: outcome.refs ?? {} };
    if (about(event)) push(event);
  });
  const end = () => {
    if (!done) onEnd?.();
    done = true;
    stop();
    wake?.();
  };
  const feed: Feed = {
    async next() {
      while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (done) return { value: undefined, done: true };
      return { value: queue.shift()!, done: false };
    },
    async return() {
      end();
      return { value: undefined, done: true };
    },
    recheck: (reason) => push({ type: 'recheck', reason }),
    end,
    [Symbol.asyncIterator]() {
      return feed;
    },
  };
  return feed;
}

/**
 * Work done once per event, shared by every subscriber that needs it: the authorization facts the
 * event's decisions read, a decision per (event, user, action, target), a row read per (event, id).
 * Keeps the last few hundred events.
 */
export class PerEvent {
  private readonly events = new Map<string, Map<string, unknown>>();

  constructor(private readonly keep = 256) {}

  /** The value made for (event, key) by the first caller; later callers get the same one. */
  value<T>(eventId: string, key: string, make: () => T): T {
    let memo = this.events.get(eventId);
    if (!memo) {
      memo = new Map();
      this.events.set(eventId, memo);
      if (this.events.size > this.keep) this.events.delete(this.events.keys().next().value!);
    }
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as T;
  }

  once<T>(eventId: string, key: string, compute: () => Promise<T>): Promise<T> {
    return this.value(eventId, key, compute);
  }
}
