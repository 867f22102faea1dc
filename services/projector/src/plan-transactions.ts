/**
 * How the batches of one fetch (one per topic-partition, several topics) are cut into write
 * transactions: topics in dependency order (a company is registered before its orders name it,
 * an order placed before its receivable), then by partition; each transaction takes up to `max`
 * messages, so a small fetch is one transaction and a backlog is a few large ones. A partition's
 * messages stay in offset order, and a transaction may end part-way through a partition: the
 * offset it stores for that partition is then the last one it applied.
 */
import type { IncomingMessage } from '@chainlift/platform';

/** Messages of one topic-partition, none applied before, in offset order. */
export interface Part {
  topic: string;
  partition: number;
  messages: IncomingMessage[];
  /** Messages of the fetched batch before these, already applied (counted once, on the first part). */
  skipped: number;
}

/** Sorted by the topic's place in `topicOrder` (topics not in it last, by name), then by partition. */
export function inTopicOrder<T extends { topic: string; partition: number }>(
  items: readonly T[],
  topicOrder: readonly string[],
): T[] {
  const rank = (topic: string) => {
    const i = topicOrder.indexOf(topic);
    return i === -1 ? topicOrder.length : i;
  };
  return [...items].sort(
    (a, b) =>
      rank(a.topic) - rank(b.topic) || a.topic.localeCompare(b.topic) || a.partition - b.partition,
  );
}

/** The parts (already in topic order) cut into transactions of at most `max` messages. */
export function planTransactions(parts: readonly Part[], max: number): Part[][] {
  if (max < 1) throw new RangeError(`a transaction holds at least one message, not ${max}`);
  const transactions: Part[][] = [];
  let current: Part[] = [];
  let size = 0;
  for (const part of parts) {
    let from = 0;
    while (from < part.messages.length) {
      if (size === max) {
        transactions.push(current);
        current = [];
        size = 0;
      }
      const take = Math.min(max - size, part.messages.length - from);
      current.push({
        ...part,
        messages: part.messages.slice(from, from + take),
        skipped: from === 0 ? part.skipped : 0,
      });
      from += take;
      size += take;
    }
  }
  if (current.length > 0) transactions.push(current);
  return transactions;
}
