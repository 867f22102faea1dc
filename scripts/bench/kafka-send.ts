/**
 * bench:send — what grouping the producer's sends buys (platform kafka/send-group.ts). The same
 * small message (an access record's size) is published at concurrency 1, 8 and 32, interleaved
 * round by round, by two senders on one Kafka:
 *   baseline: a kafkajs producer configured as the bus's producer is (idempotent, one request in
 *             flight, acks=all) sending each message in its own request — what every send did before;
 *   ChainLift: the bus's publish (EventBus), which groups the sends made while a request is in flight.
 * Prints sends/s and latency per sender and ChainLift ÷ baseline, and checks that every message of
 * both reached the topic (its offsets moved by exactly what was sent).
 */
import {
  createEventBus,
  createLogger,
  loadConfig,
  TOPIC,
  type EventBus,
} from '@chainlift/platform';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { startEphemeralPlatform, stopEphemeralPlatform } from '../lib/ephemeral-platform';
import { say } from '../lib/say';
import { parseBenchFlags } from './bench-options';
import { startRecord } from './bench-record';
import { BENCH_ADMIN } from './chain-load';

const flags = parseBenchFlags(process.argv.slice(2), {
  quick: { sends: 200, rounds: 3 },
  full: { sends: 1000, rounds: 6 },
});
const CONCURRENCY = [1, 8, 32];
const VALUE = 'x'.repeat(500);

interface Series {
  sender: string;
  concurrency: number;
  latencies: number[];
  ms: number;
}

const percentile = (xs: readonly number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const perSecond = (s: Series) => s.latencies.length / (s.ms / 1000);

async function timed(send: (i: number) => Promise<void>, concurrency: number, s: Series) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < flags.numbers.sends) {
        const i = next++;
        const t = performance.now();
        await send(i);
        s.latencies.push(performance.now() - t);
      }
    }),
  );
  s.ms += performance.now() - started;
}

async function main() {
  const record = startRecord<Series[]>('send', flags.profile, process.argv.slice(2));
  const platform = await startEphemeralPlatform(BENCH_ADMIN, { name: 'bench-send', say });
  let raw: Producer | undefined;
  let bus: EventBus | undefined;
  try {
    const brokers = loadConfig().kafka.brokers!;
    const topic = TOPIC.audit;
    bus = createEventBus({ brokers, clientId: 'bench-send', log: createLogger('bench-send') });
    raw = new Kafka({ clientId: 'bench-send-raw', brokers, logLevel: logLevel.NOTHING }).producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await raw.connect();
    const kafka = new Kafka({ clientId: 'bench-send-admin', brokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    const onTopic = async () =>
      (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high), 0);
    const before = await onTopic();
    const senders = {
      'kafkajs, one request per send (baseline)': (i: number) =>
        raw!
          .send({ topic, acks: -1, messages: [{ key: `raw-${i}`, value: VALUE }] })
          .then(() => {}),
      'ChainLift bus (grouped)': (i: number) =>
        bus!.publish(topic, [{ key: `bus-${i}`, value: VALUE }]),
    };
    // A warm-up of each, not measured.
    for (const send of Object.values(senders))
      await timed(send, 8, { sender: 'warm-up', concurrency: 8, latencies: [], ms: 0 });
    const series: Series[] = [];
    for (const concurrency of CONCURRENCY) {
      const of = Object.keys(senders).map((sender) => ({
        sender,
        concurrency,
        latencies: [],
        ms: 0,
      }));
      for (let round = 0; round < flags.numbers.rounds; round += 1) {
        say(`concurrency ${concurrency}: round ${round + 1}/${flags.numbers.rounds}`);
        for (const [i, send] of Object.values(senders).entries())
          await timed(send, concurrency, of[i]!);
      }
      series.push(...of);
      record.save(series);
    }
    const sent = 2 * (1 + CONCURRENCY.length * flags.numbers.rounds) * flags.numbers.sends;
    const arrived = (await onTopic()) - before;
    await admin.disconnect();
    console.log(
      `\nSends of one ${VALUE.length}-byte message (${flags.numbers.sends} per round, ${flags.numbers.rounds} rounds, interleaved; ms)`,
    );
    console.log(`  ${'sender'.padEnd(42)} conc  sends/s  ÷ base     p50     p95     p99`);
    for (const s of series) {
      const base = series.find((b) => b.concurrency === s.concurrency)!;
      console.log(
        `  ${s.sender.padEnd(42)} ${String(s.concurrency).padStart(4)} ${perSecond(s).toFixed(0).padStart(8)} ${(perSecond(s) / perSecond(base)).toFixed(2).padStart(7)} ${[50, 95, 99].map((p) => percentile(s.latencies, p).toFixed(2).padStart(7)).join(' ')}`,
      );
    }
    if (arrived !== sent) throw new Error(`${sent} messages sent, ${arrived} reached ${topic}`);
    say(`✔ all ${sent} messages of both senders reached ${topic}`);
    say(`results written to ${record.file}`);
  } finally {
    await raw?.disconnect();
    await bus?.close();
    await stopEphemeralPlatform(platform);
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
