/**
 * Live updates start from the projector's outcomes: an async stream of the events this gateway
 * sees applied, for subscription resolvers to filter, interleaved with "re-check" marks (a role
 * changed, a consent expired) after which the stream asks again whether its subscriber may still
 * listen. Each subscriber has its own bounded queue; a subscriber that falls far behind loses the
 * oldest updates rather than the gateway's memory.
 */
import type { Outcome } from '@chainlift/domain';
import pLimit from 'p-limit';
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

/** Neo4j reads the live path runs at once (the driver's pool holds 50 connections by default; requests need the rest). */
export const LIVE_CONCURRENT_READS = 8;

export interface FeedOptions {
  /** Called once when the stream ends. */
  onEnd?: () => void;
  /**
   * Only the events this stream is about (its arguments; or what the domain's rule already refuses
   * from the event itself, a first cut that never admits anything), sorted out before they are
   * queued. What passes is still decided by `admit`.
   */
  about?: (event: Applied) => boolean;
  /**
   * Whether the subscriber may see the event: asked as the event arrives (in arrival order, the
   * authorization module's decision, shared by the user's streams), so only what the stream will
   * push is queued — a burst of outcomes fills only the streams it is for. A failed decision admits
   * the event: the stream asks again and ends with the error.
   */
  admit?: (event: Applied) => Promise<boolean>;
}

export function appliedEvents(
  outcomes: Pick<OutcomeWaiter, 'listen'>,
  types: readonly string[],
  options: FeedOptions = {},
): Feed {
  const { onEnd, about, admit } = options;
  const queue: LiveItem[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  const push = (item: LiveItem) => {
    if (done) return;
    queue.push(item);
    if (queue.length > MAX_QUEUED) queue.shift();
    wake?.();
  };
  // Decisions still being taken, in arrival order; past MAX_QUEUED new events are dropped.
  let admitted = Promise.resolve();
  let deciding = 0;
  const enqueue = (item: LiveItem, decision?: Promise<boolean>) => {
    // Handled before anything else: a decision dropped below must not reject unhandled (that ends the process).
    const ok = decision?.catch(() => true) ?? Promise.resolve(true);
    if (!decision && deciding === 0) return push(item);
    if (deciding >= MAX_QUEUED) return;
    deciding += 1;
    admitted = admitted
      .then(() => ok)
      .then((yes) => {
        deciding -= 1;
        if (yes) push(item);
      });
  };
  const stop = outcomes.listen((outcome) => {
    if (outcome.status !== 'APPLIED' || !outcome.type || !types.includes(outcome.type)) return;
    // The outcome itself when it is whole (shared by every stream, never changed), a copy otherwise.
    const event: Applied = outcome.refs
      ? (outcome as Applied)
      : { ...outcome, type: outcome.type, refs: {} };
    if (about && !about(event)) return;
    enqueue(event, admit?.(event));
  }, types);
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
    // After the decisions still being taken, so it keeps its place among the events.
    recheck: (reason) => enqueue({ type: 'recheck', reason }),
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
 * Keeps the last 2,000 events: more than one projector transaction's burst of outcomes.
 * Its Neo4j reads run at most `concurrentReads` at once: a burst of a thousand outcomes queues here
 * instead of emptying the driver's connection pool (which failed every other read of the gateway).
 */
export class PerEvent {
  private readonly events = new Map<string, Map<string, unknown>>();
  private readonly limit: ReturnType<typeof pLimit>;

  constructor(
    private readonly keep = 2000,
    concurrentReads = LIVE_CONCURRENT_READS,
  ) {
    this.limit = pLimit(concurrentReads);
  }

  /** Runs a Neo4j read of the live path within the concurrency limit. */
  readonly read = <T>(load: () => Promise<T>): Promise<T> => this.limit(load);

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
