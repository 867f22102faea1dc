/**
 * Live updates start from the projector's outcomes: an async stream of the events this gateway
 * sees applied, for subscription resolvers to filter. Each subscriber has its own bounded queue;
 * a subscriber that falls far behind loses the oldest updates rather than the gateway's memory.
 */
import type { Outcome } from '@chainlift/domain';
import type { OutcomeWaiter } from '../writes/outcomes';

export type Applied = Extract<Outcome, { status: 'APPLIED' }> & {
  type: string;
  refs: Record<string, string>;
};

const MAX_QUEUED = 1000;

export function appliedEvents(
  outcomes: OutcomeWaiter,
  types: readonly string[],
): AsyncIterableIterator<Applied> {
  const queue: Applied[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  const stop = outcomes.listen((outcome) => {
    if (outcome.status !== 'APPLIED' || !outcome.type || !types.includes(outcome.type)) return;
    queue.push({ ...outcome, type: outcome.type, refs: outcome.refs ?? {} });
    if (queue.length > MAX_QUEUED) queue.shift();
    wake?.();
  });
  const finish = () => {
    done = true;
    stop();
    wake?.();
  };
  const iterator: AsyncIterableIterator<Applied> = {
    async next() {
      while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (done) return { value: undefined, done: true };
      return { value: queue.shift()!, done: false };
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
