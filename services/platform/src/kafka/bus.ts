/**
 * The one module that knows kafkajs. kafkajs is no longer maintained: everything else in the
 * code base speaks to this small interface, so the client can be swapped (e.g. for
 * @confluentinc/kafka-javascript's KafkaJS-compatible API) in one place.
 */
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Kafka,
  Partitioners,
  ResourcePatternTypes,
  logLevel as KafkaLogLevel,
  type Admin,
  type Batch,
  type Consumer,
  type Producer,
} from 'kafkajs';
import type { KafkaSecurity } from '../config';
import type { Logger } from '../log';
import { headersOf, TRACEPARENT } from '../tracing';
import type { ServiceAcl } from './acls';
import { metrics } from '../observability/metrics';
import { gatherPerTurn } from './gather';
import { sendInGroups } from './send-group';
import { TOPICS, type TopicDefinition } from './topics';

/** A batch as kafkajs hands it to eachBatch, with what is needed to acknowledge it later. */
interface GatheredBatch {
  batch: Batch;
  heartbeat: () => Promise<void>;
  resolveOffset: (offset: string) => void;
}

/**
 * The most bytes of messages one grouped produce request carries: half the broker's default
 * `message.max.bytes` (1 MiB, one record batch per partition), leaving room for the batch's own
 * overhead. A single send bigger than this goes alone, as every send did before grouping.
 */
const GROUP_MAX_BYTES = 512 * 1024;

/** A message's bytes as the broker counts them, near enough: key, value and headers. */
const messageBytes = (m: OutgoingMessage) =>
  Buffer.byteLength(m.key) +
  (typeof m.value === 'string' ? Buffer.byteLength(m.value) : m.value.length) +
  Object.entries(m.headers ?? {}).reduce(
    (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
    0,
  );

/** How many partitions the topics have together (a topic not defined here counts as one). */
const partitionsOf = (topics: string[]) =>
  topics.reduce((n, name) => n + (TOPICS.find((t) => t.name === name)?.partitions ?? 1), 0);

export interface OutgoingMessage {
  key: string;
  value: string | Buffer;
  headers?: Record<string, string>;
}

export interface IncomingMessage {
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
  timestamp: string;
}

export interface IncomingBatch {
  topic: string;
  partition: number;
  messages: IncomingMessage[];
}

export interface PartitionMessages {
  topic: string;
  partition: number;
  messages: IncomingMessage[];
}

export interface BatchContext {
  /** Tells the group coordinator this consumer is alive during a long batch. */
  heartbeat(): Promise<void>;
  /** True once stop() was asked for: finish or abandon the batch without committing more. */
  isStopping(): boolean;
}

interface ConsumeCommon {
  groupId: string;
  topics: string[];
  fromBeginning: boolean;
  /** Called once the consumer has joined its group and has partitions assigned. */
  onJoin?: () => void;
  /** Called when the consumer stopped for good (kafkajs gave up and will not restart it). */
  onFatal?: (error: Error) => void;
  maxBytesPerPartition?: number;
  /**
   * A group of one process that follows the topic for the time it runs (the gateway's outcome
   * consumer, a rebuild's reader): it commits no offsets, so Kafka forgets it on its own once it is
   * empty (even after a crash), and stop() deletes it at once. Nothing piles up per start.
   */
  ephemeral?: boolean;
}

export type ConsumeOptions = ConsumeCommon &
  (
    | {
        /**
         * Handles one batch of one topic-partition. Offsets up to the batch's last message are
         * committed only after it resolves; if it throws, nothing is committed and the batch is
         * delivered again.
         */
        eachBatch(batch: IncomingBatch, ctx: BatchContext): Promise<void>;
        eachFetch?: never;
      }
    | {
        /**
         * Handles every non-empty batch of one fetch together (one per topic-partition, several
         * topics): a consumer that writes them in one transaction pays its fixed cost once per
         * fetch, not once per partition. Offsets are committed, all at once, only after it
         * resolves; if it throws, none is and the batches are delivered again.
         */
        eachFetch(batches: IncomingBatch[], ctx: BatchContext): Promise<void>;
        eachBatch?: never;
      }
  );

export interface PartitionLag {
  topic: string;
  partition: number;
  /** The offset the next message will get (Kafka's high watermark). */
  end: bigint;
  /** Messages between the group's committed offset (or the partition's start) and the end. */
  lag: number;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface EventBus {
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  ensureTopics(definitions?: readonly TopicDefinition[]): Promise<string[]>;
  consume(options: ConsumeOptions): Promise<Subscription>;
  /** The sum over partitions of the topic's end offsets: how many messages it ever received. */
  endOffset(topic: string): Promise<bigint>;
  /**
   * Every message of the topics up to their end offsets as of the call, per partition in offset
   * order (for a rebuild). `onProgress` is told the running count.
   */
  readToEnd(
    topics: string[],
    onProgress?: (read: number, total: number) => void,
  ): Promise<PartitionMessages[]>;
  /** How many consumers are in a group now (0 when nobody is running it). */
  groupMembers(groupId: string): Promise<number>;
  /** The consumer groups the cluster knows. */
  listGroups(): Promise<string[]>;
  /** Per partition of the topics: its end offset and what the group committed (its lag). */
  groupLag(groupId: string, topics: readonly string[]): Promise<PartitionLag[]>;
  /**
   * Throws unless the brokers answer a metadata request. `quiet`: the start-up check — a few
   * retries, and the client's own connection errors go to debug (the caller says it in one line).
   */
  ping(options?: { quiet?: boolean }): Promise<void>;
  /** Adds ALLOW ACLs (as a principal allowed to alter them, e.g. a super user). */
  grantAcls(acls: readonly ServiceAcl[]): Promise<void>;
  close(): Promise<void>;
}

const toHeaders = (
  headers: Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined,
) => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.map(String).join(',') : value.toString();
  }
  return out;
};

/** How topics are created on a cluster: undefined leaves it to the brokers' defaults. */
export interface TopicSettings {
  replicationFactor: number | undefined;
  minInsyncReplicas: number | undefined;
}

/**
 * Broker answers kafkajs logs as errors and then retries on its own: a group coordinator or a
 * partition leader still loading (a fresh or restarting broker). Logged at debug: an operator
 * reading error lines should find only what went wrong, and a first start is not that.
 */
const TRANSIENT_BROKER_ANSWERS =
  /coordinator is loading|not the correct coordinator|no leader for this topic-partition|leader is not available/i;
const isTransientBrokerAnswer = (extra: Record<string, unknown>): boolean =>
  typeof extra.error === 'string' && TRANSIENT_BROKER_ANSWERS.test(extra.error);

/** kafkajs warns once per producer that bounded retries weaken idempotence: we bound them on purpose. */
const BOUNDED_RETRIES_WARNING = 'Limiting retries for the idempotent producer';

export function createEventBus(options: {
  brokers: string[];
  clientId: string;
  log: Logger;
  /** TLS and SASL (config.kafka.security); none: PLAINTEXT. */
  security?: KafkaSecurity;
  /** Replication of the topics ensureTopics creates (config.kafka.topics). */
  topicSettings?: TopicSettings;
}): EventBus {
  const { log } = options;
  const sasl = options.security?.sasl;
  /** Start-up checks running now: their connection errors are reported by the caller, in one line. */
  let quietChecks = 0;
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    ...(options.security?.ssl ? { ssl: options.security.ssl } : {}),
    ...(sasl
      ? {
          sasl:
            sasl.mechanism === 'plain'
              ? { mechanism: 'plain' as const, username: sasl.username, password: sasl.password }
              : sasl.mechanism === 'scram-sha-256'
                ? {
                    mechanism: 'scram-sha-256' as const,
                    username: sasl.username,
                    password: sasl.password,
                  }
                : {
                    mechanism: 'scram-sha-512' as const,
                    username: sasl.username,
                    password: sasl.password,
                  },
        }
      : {}),
    connectionTimeout: 3000,
    retry: { retries: 8, initialRetryTime: 200 },
    logLevel: KafkaLogLevel.WARN,
    logCreator: () => (entry) => {
      const { message, ...extra } = entry.log;
      if (message.startsWith(BOUNDED_RETRIES_WARNING)) return;
      const level =
        quietChecks > 0
          ? 'debug'
          : entry.level <= KafkaLogLevel.ERROR && !isTransientBrokerAnswer(extra)
            ? 'error'
            : entry.level === KafkaLogLevel.WARN
              ? 'warn'
              : 'debug';
      if (level === 'error') metrics.kafkaErrors.inc({ operation: 'client' });
      log[level]({ kafka: entry.namespace, ...extra }, message);
    },
  });

  let producer: Producer | undefined;
  let producerReady: Promise<Producer> | undefined;
  const consumers = new Set<Consumer>();

  const getProducer = () => {
    producerReady ??= (async () => {
      // The Java client's partitioner, so producers in Java or Python put a key on the same partition.
      // Idempotent (KIP-98: acks=all, one request in flight per connection): a retried send is
      // written once by the broker, in order. The projector still absorbs duplicates by event id
      // (a send retried by the gateway itself is a new producer request). Retries stay bounded so
      // that a write answers UNAVAILABLE instead of waiting forever when Kafka is gone.
      producer = kafka.producer({
        createPartitioner: Partitioners.DefaultPartitioner,
        idempotent: true,
        maxInFlightRequests: 1,
        retry: { retries: 8, initialRetryTime: 200 },
      });
      await producer.connect();
      return producer;
    })();
    return producerReady;
  };

  const withAdmin = async <T>(
    work: (admin: Admin) => Promise<T>,
    retry?: { retries: number },
  ): Promise<T> => {
    const admin = kafka.admin(retry ? { retry: { ...retry, initialRetryTime: 200 } } : undefined);
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  };

  /** Until every partition of the topics has a leader (metadata can lag a fresh topic for a moment). */
  const leadersElected = async (admin: Admin, topics: string[]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const { topics: found } = await admin.fetchTopicMetadata({ topics });
        if (found.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)))
          return;
      } catch (error) {
        if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION' || attempt >= 60)
          throw error;
      }
      if (attempt >= 60) throw new Error(`topics ${topics.join(', ')} have no leader after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };

  /** Deletes an (empty) group; one that is gone already or still has members is left as it is. */
  const deleteGroup = (groupId: string) =>
    withAdmin((admin) => admin.deleteGroups([groupId])).then(
      () => undefined,
      (error: Error) => log.warn({ err: error, groupId }, 'could not delete the consumer group'),
    );

  // Sends made while one is in flight go out together in the next request (send-group.ts).
  const send = sendInGroups<OutgoingMessage>(
    async (topicMessages) => {
      const p = await getProducer();
      await p.sendBatch({ acks: -1, topicMessages });
    },
    messageBytes,
    GROUP_MAX_BYTES,
  );

  return {
    async publish(topic, messages) {
      try {
        // A message sent inside a traced request or event carries its trace context, unless it names its own.
        await send(
          topic,
          messages.map((m) => ({
            key: m.key,
            value: m.value,
            headers: m.headers?.[TRACEPARENT] ? m.headers : { ...headersOf(), ...m.headers },
          })),
        );
      } catch (error) {
        metrics.kafkaErrors.inc({ operation: 'publish' });
        throw error;
      }
    },

    async ensureTopics(definitions = TOPICS) {
      return withAdmin(async (admin) => {
        const existing = new Set(await admin.listTopics());
        const missing = definitions.filter((t) => !existing.has(t.name));
        if (missing.length > 0) {
          try {
            await admin.createTopics({
              waitForLeaders: true,
              topics: missing.map((t) => ({
                topic: t.name,
                numPartitions: t.partitions,
                // -1: the cluster's default.replication.factor
                replicationFactor: options.topicSettings?.replicationFactor ?? -1,
                configEntries: Object.entries({
                  ...t.config,
                  ...(options.topicSettings?.minInsyncReplicas
                    ? { 'min.insync.replicas': String(options.topicSettings.minInsyncReplicas) }
                    : {}),
                }).map(([name, value]) => ({ name, value })),
              })),
            });
          } catch (error) {
            // kafkajs's leader wait asks a broker whose metadata does not list the new topic yet
            // ("This server does not host this topic-partition"): the topics exist; wait below.
            if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
          }
          await leadersElected(
            admin,
            missing.map((t) => t.name),
          );
        }
        return missing.map((t) => t.name);
      });
    },

    async consume(opts) {
      const consumer = kafka.consumer({
        groupId: opts.groupId,
        sessionTimeout: 30_000,
        heartbeatInterval: 3_000,
        maxBytesPerPartition: opts.maxBytesPerPartition ?? 4 * 1024 * 1024,
        maxWaitTimeInMs: 100,
      });
      consumers.add(consumer);
      let stopping = false;
      await consumer.connect();
      if (opts.onJoin) consumer.on(consumer.events.GROUP_JOIN, () => opts.onJoin?.());
      // A non-retriable error stops the consumer for good while the process lives on: say so.
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        metrics.kafkaErrors.inc({ operation: 'consumer' });
        if (!payload.restart && !stopping) opts.onFatal?.(payload.error);
      });
      await consumer.subscribe({ topics: opts.topics, fromBeginning: opts.fromBeginning });
      const toIncoming = (batch: Batch): IncomingBatch => ({
        topic: batch.topic,
        partition: batch.partition,
        messages: batch.messages.map((m) => ({
          offset: m.offset,
          key: m.key,
          value: m.value,
          headers: toHeaders(m.headers),
          timestamp: m.timestamp,
        })),
      });
      // Resolving moves this consumer's fetch position; committing records it for the group.
      const commit = async (done: Pick<GatheredBatch, 'batch' | 'resolveOffset'>[]) => {
        for (const { batch, resolveOffset } of done) resolveOffset(batch.lastOffset());
        if (opts.ephemeral) return;
        await consumer.commitOffsets(
          done.map(({ batch }) => ({
            topic: batch.topic,
            partition: batch.partition,
            offset: (BigInt(batch.lastOffset()) + 1n).toString(),
          })),
        );
      };
      const eachFetch = opts.eachFetch;
      const gather = eachFetch
        ? gatherPerTurn((entries: GatheredBatch[]) =>
            eachFetch(
              entries.map((e) => toIncoming(e.batch)),
              { heartbeat: entries[0]!.heartbeat, isStopping: () => stopping },
            ).then(() => commit(entries)),
          )
        : undefined;
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        // kafkajs hands a fetch's batches to this many workers at once: for eachFetch, one per
        // partition, so that they all arrive together and are gathered into one call.
        partitionsConsumedConcurrently: gather ? partitionsOf(opts.topics) : 1,
        eachBatch: async ({ batch, heartbeat, resolveOffset }) => {
          if (batch.messages.length === 0 || stopping) return;
          if (gather) return gather({ batch, heartbeat, resolveOffset });
          await opts.eachBatch!(toIncoming(batch), { heartbeat, isStopping: () => stopping });
          await commit([{ batch, resolveOffset }]);
        },
      });
      return {
        async stop() {
          stopping = true;
          await consumer.disconnect();
          consumers.delete(consumer);
          if (opts.ephemeral) await deleteGroup(opts.groupId);
        },
      };
    },

    async endOffset(topic) {
      return withAdmin(async (admin) => {
        const offsets = await admin.fetchTopicOffsets(topic);
        return offsets.reduce((sum, p) => sum + BigInt(p.high), 0n);
      });
    },

    async readToEnd(topics, onProgress) {
      const ends = new Map<string, { from: bigint; end: bigint }>();
      await withAdmin(async (admin) => {
        for (const topic of topics) {
          for (const p of await admin.fetchTopicOffsets(topic)) {
            if (BigInt(p.high) > BigInt(p.low))
              ends.set(`${topic}/${p.partition}`, { from: BigInt(p.low), end: BigInt(p.high) });
          }
        }
      });
      const total = [...ends.values()].reduce((n, e) => n + Number(e.end - e.from), 0);
      const collected = new Map<string, PartitionMessages>();
      if (total === 0) return [];
      let read = 0;
      let finish: () => void = () => undefined;
      const done = new Promise<void>((resolve) => {
        finish = resolve;
      });
      const remaining = new Set(ends.keys());
      const subscription = await this.consume({
        groupId: `chainlift-reader-${Date.now()}-${Math.random().toString(36).slice(2)}`,
        topics,
        fromBeginning: true,
        ephemeral: true,
        eachBatch: async (batch) => {
          const key = `${batch.topic}/${batch.partition}`;
          const range = ends.get(key);
          if (!range) return;
          const list = collected.get(key) ?? {
            topic: batch.topic,
            partition: batch.partition,
            messages: [],
          };
          collected.set(key, list);
          for (const m of batch.messages) {
            if (BigInt(m.offset) >= range.end) break;
            list.messages.push(m);
            read += 1;
          }
          onProgress?.(read, total);
          const last = list.messages[list.messages.length - 1];
          if (last && BigInt(last.offset) + 1n >= range.end) remaining.delete(key);
          if (remaining.size === 0) finish();
        },
      });
      await done;
      await subscription.stop();
      return [...collected.values()];
    },

    async groupMembers(groupId) {
      return withAdmin(async (admin) => {
        const { groups } = await admin.describeGroups([groupId]);
        return groups[0]?.members.length ?? 0;
      });
    },

    async listGroups() {
      return withAdmin(async (admin) => (await admin.listGroups()).groups.map((g) => g.groupId));
    },

    async groupLag(groupId, topics) {
      return withAdmin(async (admin) => {
        const committed = new Map<string, bigint>();
        for (const t of await admin.fetchOffsets({ groupId, topics: [...topics] }))
          for (const p of t.partitions)
            if (BigInt(p.offset) >= 0n)
              committed.set(`${t.topic}/${p.partition}`, BigInt(p.offset));
        const lags: PartitionLag[] = [];
        for (const topic of topics)
          for (const p of await admin.fetchTopicOffsets(topic)) {
            const end = BigInt(p.high);
            const from = committed.get(`${topic}/${p.partition}`) ?? BigInt(p.low);
            lags.push({
              topic,
              partition: p.partition,
              end,
              lag: Number(end > from ? end - from : 0n),
            });
          }
        return lags;
      });
    },

    async ping({ quiet = false } = {}) {
      if (quiet) quietChecks += 1;
      try {
        await withAdmin(
          async (admin) => {
            await admin.describeCluster();
          },
          quiet ? { retries: 3 } : undefined,
        );
      } finally {
        if (quiet) quietChecks -= 1;
      }
    },

    async grantAcls(acls) {
      await withAdmin(async (admin) => {
        await admin.createAcls({
          acl: acls.map((a) => ({
            principal: a.principal,
            host: '*',
            operation: AclOperationTypes[a.operation],
            permissionType: AclPermissionTypes.ALLOW,
            resourceType: AclResourceTypes[a.resourceType],
            resourceName: a.resourceName,
            resourcePatternType: ResourcePatternTypes[a.patternType],
          })),
        });
      });
    },

    async close() {
      await Promise.all([...consumers].map((c) => c.disconnect()));
      consumers.clear();
      if (producer) await producer.disconnect();
      producer = undefined;
      producerReady = undefined;
    },
  };
}

/**
 * Resolves when the brokers answer a metadata request; otherwise rejects with one line that
 * names the setting to fix (a wrong SASL password, an unknown CA, an unreachable address).
 */
export async function checkKafka(
  bus: EventBus,
  brokers: string[],
  security: KafkaSecurity | undefined,
): Promise<void> {
  try {
    await bus.ping({ quiet: true });
  } catch (error) {
    throw new Error(kafkaFailure(error, brokers, security));
  }
}

/** The one-line reason for a failed connection to Kafka, naming the variable to fix. */
export function kafkaFailure(
  error: unknown,
  brokers: string[],
  security: KafkaSecurity | undefined,
): string {
  const chain: { name?: string; message?: string; code?: string }[] = [];
  for (
    let e = error as
      { name?: string; message?: string; code?: string; cause?: unknown } | undefined;
    e && chain.length < 5;
    e = e.cause as typeof e
  )
    chain.push(e);
  const text = chain.map((e) => `${e.name ?? ''} ${e.code ?? ''} ${e.message ?? ''}`).join(' ');
  const reason = (chain[0]?.message ?? String(error)).split('\n')[0];
  const at = `Kafka at ${brokers.join(',')}`;
  const sasl = security?.sasl;
  if (/SASL|authentication failed|Authentication/i.test(text)) {
    return sasl
      ? `${at} refused the ${sasl.mechanism.toUpperCase()} login of user "${sasl.username}" (${reason}). Check KAFKA_SASL_PASSWORD (and KAFKA_SASL_USERNAME, KAFKA_SASL_MECHANISM).`
      : `${at} asks for a SASL login (${reason}). Set KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD.`;
  }
  if (/certificate|CERT_|self.signed|UNABLE_TO_VERIFY|hostname|altnames/i.test(text))
    return `${at}: its TLS certificate is not trusted (${reason}). Check KAFKA_SSL_CA_FILE (the CA that signed the brokers' certificates).`;
  if (/SSL|TLS|wrong version number|EPROTO/i.test(text))
    return `${at}: the TLS handshake failed (${reason}). Check KAFKA_SSL (TLS on or off must match the listener) and KAFKA_SSL_CERT_FILE / KAFKA_SSL_KEY_FILE.`;
  if (/TOPIC_AUTHORIZATION|CLUSTER_AUTHORIZATION|GROUP_AUTHORIZATION|not authorized/i.test(text))
    return `${at} refused user "${sasl?.username ?? 'ANONYMOUS'}" (${reason}). Grant its ACLs (docs/operations.md) or check KAFKA_SASL_USERNAME.`;
  if (!security?.ssl && !sasl && /Closed connection|disconnected|ECONNRESET/i.test(text))
    return `${at} closed the connection (${reason}). If the listener is secured, set KAFKA_SSL and KAFKA_SASL_MECHANISM / KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD.`;
  return `${at} does not answer (${reason}). Check KAFKA_BROKERS, or unset it to run a local Kafka.`;
}
