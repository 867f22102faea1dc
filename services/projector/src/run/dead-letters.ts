/**
 * The dead-letter topic: what the projector cannot apply goes there with its original bytes and the
 * reason in headers (`x-reason`, `x-code`, `x-event-id`, `x-original-topic/partition/offset`).
 */
import {
  TOPIC,
  type EventBus,
  type IncomingMessage,
  type Logger,
  type OutgoingMessage,
} from '@chainlift/platform';
import type { Source } from '../apply-batch';

/** A message and the topic-partition it was read from. */
export interface Located {
  message: IncomingMessage;
  source: Source;
}

export interface DeadLetter extends Located {
  reason: string;
  code?: string;
  eventId?: string;
}

/** How many bytes of dead letters go into one produce request (Kafka limits a request's record batch). */
const DEAD_LETTER_CHUNK_BYTES = 256 * 1024;

/** Kafka refused a message as larger than the topic or broker allows. */
export const isTooLarge = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { type?: string; cause?: unknown; originalError?: unknown };
  return (
    e.type === 'MESSAGE_TOO_LARGE' ||
    /too large|MESSAGE_TOO_LARGE/i.test(e.message) ||
    isTooLarge(e.cause) ||
    isTooLarge(e.originalError)
  );
};

export function deadLetters(options: { bus: EventBus; log: Logger; instance: string }) {
  const { bus, log, instance } = options;

  /** Publishes in requests of bounded size; a message Kafka finds too large goes with its first bytes only. */
  const publish = async (messages: OutgoingMessage[]) => {
    const chunks: OutgoingMessage[][] = [];
    let bytes = 0;
    for (const m of messages) {
      const size = m.value.length;
      if (chunks.length === 0 || bytes + size > DEAD_LETTER_CHUNK_BYTES) {
        chunks.push([]);
        bytes = 0;
      }
      chunks[chunks.length - 1]!.push(m);
      bytes += size;
    }
    for (const chunk of chunks) {
      try {
        await bus.publish(TOPIC.deadLetter, chunk);
      } catch (error) {
        if (!isTooLarge(error) || chunk.length !== 1) throw error;
        const [m] = chunk as [OutgoingMessage];
        const value = Buffer.from(m.value);
        const keep = Math.min(value.length, 64 * 1024);
        await bus.publish(TOPIC.deadLetter, [
          {
            ...m,
            value: value.subarray(0, keep),
            headers: {
              ...m.headers,
              'x-truncated': 'true',
              'x-original-bytes': String(value.length),
            },
          },
        ]);
      }
    }
  };

  return async function send(items: DeadLetter[]): Promise<void> {
    if (items.length === 0) return;
    await publish(
      items.map(({ message, source, reason, code, eventId }) => ({
        key: message.key?.toString() ?? '',
        value: message.value ?? Buffer.alloc(0),
        headers: {
          'x-reason': reason,
          ...(code ? { 'x-code': code } : {}),
          ...(eventId ? { 'x-event-id': eventId } : {}),
          'x-original-topic': source.topic,
          'x-original-partition': String(source.partition),
          'x-original-offset': message.offset,
          'x-projector': instance,
        },
      })),
    );
    for (const item of items)
      log.warn(
        {
          topic: item.source.topic,
          partition: item.source.partition,
          offset: item.message.offset,
          reason: item.reason,
        },
        'event sent to dead-letter topic',
      );
  };
}
