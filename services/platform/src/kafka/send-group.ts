/**
 * Group commit for the producer. The producer is idempotent with one request in flight per
 * connection, so concurrent sends used to queue, each waiting for the ack of the one before: with
 * many writers and access records at once, a send spent most of its time in that queue. Sends made
 * while a request is in flight now wait together and go out as one request when it is acked. Each
 * caller's messages keep their order, and so do the callers' messages on one topic.
 *
 * A group stays under `maxBytes` (the broker takes one record batch per partition of at most
 * `message.max.bytes`; ingest already cuts its chunks to that), and a send bigger than that goes
 * alone. A failed request fails every send in its group: each caller gets the error, as it would
 * have got it alone, and retrying is its own decision (the projector absorbs duplicates by event id).
 */
export interface TopicMessages<M> {
  topic: string;
  messages: M[];
}

interface Waiting<M> {
  topic: string;
  messages: M[];
  bytes: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The sends in `group`, by topic in the order each topic first appears, each topic's messages in order. */
export function byTopic<M>(group: readonly { topic: string; messages: M[] }[]): TopicMessages<M>[] {
  const topics = new Map<string, M[]>();
  for (const { topic, messages } of group) {
    const list = topics.get(topic) ?? [];
    list.push(...messages);
    topics.set(topic, list);
  }
  return [...topics].map(([topic, messages]) => ({ topic, messages }));
}

/**
 * A send function that groups: `request` sends one group (one produce request); `sizeOf` is a
 * message's size in bytes.
 */
export function sendInGroups<M>(
  request: (group: TopicMessages<M>[]) => Promise<void>,
  sizeOf: (message: M) => number,
  maxBytes: number,
): (topic: string, messages: M[]) => Promise<void> {
  let waiting: Waiting<M>[] = [];
  let sending = false;

  /** The longest run from the front that fits in maxBytes (at least one send). */
  const nextGroup = (): Waiting<M>[] => {
    let bytes = 0;
    let n = 0;
    while (n < waiting.length && (n === 0 || bytes + waiting[n]!.bytes <= maxBytes)) {
      bytes += waiting[n]!.bytes;
      n += 1;
    }
    const group = waiting.slice(0, n);
    waiting = waiting.slice(n);
    return group;
  };

  const drain = async () => {
    while (waiting.length > 0) {
      const group = nextGroup();
      try {
        await request(byTopic(group));
        for (const send of group) send.resolve();
      } catch (error) {
        for (const send of group) send.reject(error);
      }
    }
    sending = false;
  };

  return (topic, messages) =>
    new Promise<void>((resolve, reject) => {
      const bytes = messages.reduce((sum, m) => sum + sizeOf(m), 0);
      waiting.push({ topic, messages, bytes, resolve, reject });
      if (sending) return;
      sending = true;
      // After this turn's other sends have joined: they go in the first request too.
      queueMicrotask(() => void drain());
    });
}
