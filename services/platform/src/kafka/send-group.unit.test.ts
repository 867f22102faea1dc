import { byTopic, sendInGroups, type TopicMessages } from './send-group';

/** A request that records each group and is acked when `ack()` is called. */
function recordingRequest() {
  const groups: TopicMessages<string>[][] = [];
  const acks: (() => void)[] = [];
  let failNext: Error | undefined;
  const request = (group: TopicMessages<string>[]) => {
    groups.push(group);
    if (failNext) {
      const error = failNext;
      failNext = undefined;
      return Promise.reject(error);
    }
    return new Promise<void>((resolve) => acks.push(resolve));
  };
  const ackAll = async () => {
    // Let the sender reach its next request before acking what is in flight.
    while (acks.length > 0) {
      acks.shift()!();
      await new Promise((r) => setImmediate(r));
    }
  };
  return { request, groups, ackAll, failWith: (e: Error) => (failNext = e) };
}
const bytes = (m: string) => m.length;

describe('sendInGroups', () => {
  it('given sends in one turn, when they are sent, then one request, each topic in order', async () => {
    const r = recordingRequest();
    const send = sendInGroups(r.request, bytes, 100);
    const sent = Promise.all([send('a', ['a1', 'a2']), send('b', ['b1']), send('a', ['a3'])]);
    await new Promise((resolve) => setImmediate(resolve));
    await r.ackAll();
    await sent;
    expect(r.groups).toEqual([
      [
        { topic: 'a', messages: ['a1', 'a2', 'a3'] },
        { topic: 'b', messages: ['b1'] },
      ],
    ]);
  });

  it('given sends while a request is in flight, when it is acked, then they go together in the next one', async () => {
    const r = recordingRequest();
    const send = sendInGroups(r.request, bytes, 100);
    const first = send('a', ['1']);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [send('a', ['2']), send('a', ['3']), send('b', ['4'])];
    await r.ackAll();
    await Promise.all([first, ...later]);
    expect(r.groups).toEqual([
      [{ topic: 'a', messages: ['1'] }],
      [
        { topic: 'a', messages: ['2', '3'] },
        { topic: 'b', messages: ['4'] },
      ],
    ]);
  });

  it('given sends over the byte limit, when they are sent, then groups stay under it and a bigger send goes alone', async () => {
    const r = recordingRequest();
    const send = sendInGroups(r.request, bytes, 10);
    const sent = Promise.all([
      send('t', ['aaaa']),
      send('t', ['bbbb']),
      send('t', ['cccc']),
      send('t', ['x'.repeat(25)]),
      send('t', ['d']),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    await r.ackAll();
    await sent;
    expect(r.groups.map((g) => g[0]!.messages)).toEqual([
      ['aaaa', 'bbbb'],
      ['cccc'],
      ['x'.repeat(25)],
      ['d'],
    ]);
  });

  it('given a request that fails, when its group is sent, then each send of that group gets the error and the next group still goes', async () => {
    const r = recordingRequest();
    const send = sendInGroups(r.request, bytes, 100);
    r.failWith(new Error('broker gone'));
    const failed = [send('a', ['1']), send('a', ['2'])].map((p) =>
      p.then(
        () => 'sent',
        (e: Error) => e.message,
      ),
    );
    expect(await Promise.all(failed)).toEqual(['broker gone', 'broker gone']);
    const next = send('a', ['3']);
    await new Promise((resolve) => setImmediate(resolve));
    await r.ackAll();
    await next;
    expect(r.groups.map((g) => g[0]!.messages)).toEqual([['1', '2'], ['3']]);
  });
});

describe('byTopic', () => {
  it('keeps the order topics first appear in, and each topic’s messages in order', () => {
    expect(
      byTopic([
        { topic: 'b', messages: [1] },
        { topic: 'a', messages: [2] },
        { topic: 'b', messages: [3, 4] },
      ]),
    ).toEqual([
      { topic: 'b', messages: [1, 3, 4] },
      { topic: 'a', messages: [2] },
    ]);
  });
});
