import type { IncomingMessage } from '@chainlift/platform';
import { inTopicOrder, planTransactions, type Part } from './plan-transactions';

const messages = (first: number, n: number): IncomingMessage[] =>
  Array.from({ length: n }, (_, i) => ({
    offset: String(first + i),
    key: null,
    value: null,
    headers: {},
    timestamp: '0',
  }));

const part = (topic: string, partition: number, n: number, skipped = 0, first = 0): Part => ({
  topic,
  partition,
  messages: messages(first, n),
  skipped,
});

/** [topic/partition: first offset..last offset, skipped] of each part of each transaction. */
const shape = (plan: Part[][]) =>
  plan.map((tx) =>
    tx.map(
      (p) =>
        `${p.topic}/${p.partition}:${p.messages[0]!.offset}..${p.messages[p.messages.length - 1]!.offset}` +
        (p.skipped ? ` skipped ${p.skipped}` : ''),
    ),
  );

describe('inTopicOrder', () => {
  it('puts topics in the given order, unknown ones last by name, then partitions in order', () => {
    const sorted = inTopicOrder(
      [
        { topic: 'orders', partition: 2 },
        { topic: 'zeta', partition: 0 },
        { topic: 'masterdata', partition: 1 },
        { topic: 'alpha', partition: 0 },
        { topic: 'orders', partition: 0 },
        { topic: 'masterdata', partition: 0 },
      ],
      ['masterdata', 'chains', 'orders'],
    );
    expect(sorted.map((b) => `${b.topic}/${b.partition}`)).toEqual([
      'masterdata/0',
      'masterdata/1',
      'orders/0',
      'orders/2',
      'alpha/0',
      'zeta/0',
    ]);
  });
});

describe('planTransactions', () => {
  it('puts a small fetch from many partitions into one transaction', () => {
    const plan = planTransactions([part('a', 0, 3), part('a', 1, 2), part('b', 0, 4)], 100);
    expect(shape(plan)).toEqual([['a/0:0..2', 'a/1:0..1', 'b/0:0..3']]);
  });

  it('cuts a backlog into full transactions, splitting a partition where one fills up', () => {
    const plan = planTransactions([part('a', 0, 5, 7, 10), part('b', 3, 6)], 4);
    expect(shape(plan)).toEqual([
      ['a/0:10..13 skipped 7'],
      ['a/0:14..14', 'b/3:0..2'],
      ['b/3:3..5'],
    ]);
    expect(plan.flat().reduce((n, p) => n + p.messages.length, 0)).toBe(11);
    expect(plan.every((tx) => tx.reduce((n, p) => n + p.messages.length, 0) <= 4)).toBe(true);
  });

  it('plans nothing for nothing, and refuses a size below one', () => {
    expect(planTransactions([], 10)).toEqual([]);
    expect(() => planTransactions([part('a', 0, 1)], 0)).toThrow(RangeError);
  });
});
