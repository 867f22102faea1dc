import type { EventEnvelope } from '@chainlift/domain';
import { TOPIC } from '@chainlift/platform';
import { sinkBatches, sinkCypher, sinkStatement } from './ingest-sink-strategy';

const item = (topic: string, id: string) => ({
  topic,
  key: `k-${id}`,
  event: {
    id,
    type: 'T',
    version: 1,
    occurredAt: '',
    actor: { via: 'system' },
    payload: {},
  } as EventEnvelope,
});

const shape = (batches: Iterable<{ topic: string; messages: { value: EventEnvelope }[] }>) =>
  [...batches].map((b) => [b.topic, b.messages.map((m) => m.value.id)]);

describe('the sink’s batches', () => {
  it('given topics interleaved, then batches of one topic each, in each topic’s order, sent when full', () => {
    const items = [
      item('orders', '1'),
      item('stock', '2'),
      item('orders', '3'),
      item('stock', '4'),
      item('stock', '5'),
      item('orders', '6'),
    ];
    expect(shape(sinkBatches(items, 2))).toEqual([
      ['orders', ['1', '3']],
      ['stock', ['2', '4']],
      // The rest at the end, topics in the order they first came.
      ['orders', ['6']],
      ['stock', ['5']],
    ]);
  });

  it('given fewer events than a batch, then what is left goes out at the end, topics in order of first appearance', () => {
    expect(shape(sinkBatches([item('b', '1'), item('a', '2'), item('b', '3')], 10))).toEqual([
      ['b', ['1', '3']],
      ['a', ['2']],
    ]);
  });

  it('given a message, then it keeps its key and its event as the value', () => {
    const [batch] = [...sinkBatches([item('orders', '1')], 10)];
    expect(batch!.messages[0]).toEqual({ key: 'k-1', value: item('orders', '1').event });
  });
});

describe('the sink’s statements', () => {
  it('given the bench’s topics, then one statement each, run for every message of a batch', () => {
    const cypher = sinkCypher('Asia/Shanghai');
    expect(Object.keys(cypher).sort()).toEqual(
      [TOPIC.inventory, TOPIC.orders, TOPIC.receivables].sort(),
    );
    const statement = sinkStatement(cypher[TOPIC.orders]!);
    expect(statement).toMatch(/^\s*UNWIND \$events AS message/);
    expect(statement).toContain('CALL (__value, __key)');
  });

  it('given the business time zone, then the activity day is taken in it (and a quote cannot break out)', () => {
    expect(sinkCypher('Asia/Shanghai')[TOPIC.inventory]).toContain("timezone: 'Asia/Shanghai'");
    expect(sinkCypher("x'y")[TOPIC.inventory]).toContain("timezone: 'xy'");
  });
});
