/**
 * npm run bench:peers [-- --quick] [-- --suppliers 5000 --orders 200000 --runs 60 --concurrency 4
 *                      --seed S --out FILE]
 *
 * ChainLift against the peer a team would pick instead: Neo4j's own GraphQL library. On one
 * generated chain (chain-generator.ts; default 5,000 suppliers and 200,000 orders, --quick 500 and
 * 20,000) loaded onto a throw-away platform through Kafka and the projector (chain-load.ts), two
 * servers answer the same four questions over the same Neo4j database:
 *
 *   ChainLift   the gateway (a child process, as `npm start` runs it), asked as the leader's ADMIN
 *   peer        an Apollo Server with @neo4j/graphql 7 (peer-neo4j-graphql.ts, a child process too)
 *
 *   1. the supplier network to depth 4 with tiers   2. the leader's supplier KPIs
 *   3. a tier-1 supplier's stock, as its INVENTORY consent shows it to the leader
 *   4. single-source risks of the chain
 *
 * Every answer of both servers is brought to one form (peer-questions.ts) and compared with
 * ChainLift's first answer: any difference fails the run, loudly, with the first row that differs.
 * Timing: the same client (this process), the same concurrency, requests interleaved — a closed
 * loop of `concurrency` workers taking the next request of one schedule that alternates the two
 * servers question by question — after a warm-up. Latency is from sending the request until the
 * whole answer arrived. The table sets each question's p50/p95 side by side with the ratio
 * peer ÷ ChainLift (aim: ChainLift ≥ 2× faster at p95 on each question).
 *
 * Results go to artifacts/bench/peers-<time>.json (or --out) as they are measured.
 */
import path from 'node:path';
import { REPO_ROOT, type Driver, type EventBus } from '@chainlift/platform';
import { freePort } from '../../infra/local/ports';
import type { EphemeralPlatform } from '../lib/ephemeral-platform';
import { startGatewayProcess } from '../lib/gateway-process';
import { startService, type ServiceProcess } from '../lib/service-process';
import { fatal, say } from '../lib/say';
import { benchMain } from './bench-main';
import { parseBenchFlags } from './bench-options';
import { startRecord } from './bench-record';
import { fmt, ratio, summarize, type LatencySummary } from './bench-stats';
import {
  checkRejections,
  leaderToken,
  loadChain,
  printLoad,
  startChainPlatform,
  stopChainPlatform,
  type PhaseResult,
} from './chain-load';
import { timedPost } from './chain-queries';
import { answerDifference, peerQuestions, type Question } from './peer-questions';

const AIM = 2;

interface Options {
  profile: 'quick' | 'full';
  suppliers: number;
  orders: number;
  seed: number;
  runs: number;
  warmup: number;
  concurrency: number;
  out?: string;
}

function parseOptions(argv: string[]): Options {
  const shared = { seed: 20_250_101 };
  const flags = parseBenchFlags(
    argv,
    {
      quick: { ...shared, suppliers: 500, orders: 20_000, runs: 20, warmup: 3, concurrency: 2 },
      full: { ...shared, suppliers: 5000, orders: 200_000, runs: 60, warmup: 10, concurrency: 4 },
    },
    ['out'],
  );
  const { runs, concurrency } = flags.numbers;
  if (runs < 1 || concurrency < 1) throw new Error('--runs and --concurrency must be at least 1');
  return {
    profile: flags.profile,
    ...flags.numbers,
    out: flags.text.out && path.resolve(flags.text.out),
  };
}

type Server = 'chainlift' | 'peer';

interface Target {
  url: string;
  token?: string;
}

interface Row {
  question: string;
  title: string;
  rows: number;
  bytes: Record<Server, number>;
  chainlift: LatencySummary;
  peer: LatencySummary;
  /** peer p95 ÷ ChainLift p95: how many times faster ChainLift is at p95. */
  speedupP95: number;
  speedupP50: number;
  wrong: number;
}

/** Asks one question of one server; returns its time, size and the answer's normal form. */
async function ask(q: Question, server: Server, target: Target) {
  const request = q[server];
  const timed = await timedPost(target.url, target.token, request.query, request.variables);
  return { ms: timed.ms, bytes: timed.bytes, form: q.normalise[server](timed.body.data) };
}

/**
 * The reference answers: each question asked once of each server, the two forms compared. A
 * difference ends the run: timing servers that disagree would compare nothing.
 */
async function agree(questions: Question[], targets: Record<Server, Target>) {
  const reference = new Map<string, unknown[]>();
  for (const q of questions) {
    const ours = await ask(q, 'chainlift', targets.chainlift);
    const theirs = await ask(q, 'peer', targets.peer);
    const difference = answerDifference(ours.form, theirs.form);
    if (difference) throw new Error(`the answers to "${q.title}" differ: ${difference}`);
    if (ours.form.length === 0)
      throw new Error(`"${q.title}" has an empty answer: nothing to time`);
    reference.set(q.name, ours.form);
    say(`✔ ${q.title}: both answer the same ${fmt(ours.form.length, 0)} rows`);
  }
  return reference;
}

/**
 * `rounds` rounds of every question asked of both servers, by `concurrency` workers taking the next
 * request of one schedule: question by question, the two servers side by side (which one first
 * alternates by round). Every answer is compared with the reference.
 */
async function measure(
  questions: Question[],
  targets: Record<Server, Target>,
  reference: Map<string, unknown[]>,
  rounds: number,
  concurrency: number,
) {
  const schedule: { q: Question; server: Server }[] = [];
  for (let round = 0; round < rounds; round += 1)
    for (const q of questions) {
      const order: Server[] = round % 2 === 0 ? ['chainlift', 'peer'] : ['peer', 'chainlift'];
      for (const server of order) schedule.push({ q, server });
    }
  const samples = new Map<string, number[]>();
  const bytes = new Map<string, number>();
  const wrong = new Map<string, string[]>();
  let next = 0;
  let lastPrint = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < schedule.length) {
        const { q, server } = schedule[next++]!;
        const key = `${q.name}/${server}`;
        const answer = await ask(q, server, targets[server]);
        (samples.get(key) ?? samples.set(key, []).get(key)!).push(answer.ms);
        bytes.set(key, answer.bytes);
        const difference = answerDifference(reference.get(q.name)!, answer.form);
        if (difference) (wrong.get(q.name) ?? wrong.set(q.name, []).get(q.name)!).push(difference);
        if (performance.now() - lastPrint > 5000) {
          lastPrint = performance.now();
          say(`  ${fmt(next, 0)}/${fmt(schedule.length, 0)} requests`);
        }
      }
    }),
  );
  return { samples, bytes, wrong };
}

function printTable(rows: Row[], options: Options) {
  console.log(
    `\nChainLift vs @neo4j/graphql 7 (ms; ${options.runs} runs of each question on each server, concurrency ${options.concurrency}, interleaved)`,
  );
  console.log(
    `  ${'question'.padEnd(40)} ${'rows'.padStart(6)} ${'CL p50'.padStart(8)} ${'CL p95'.padStart(8)} ${'peer p50'.padStart(9)} ${'peer p95'.padStart(9)} ${'p50 ×'.padStart(7)} ${'p95 ×'.padStart(7)}  aim ChainLift ≥ ${AIM}× faster at p95`,
  );
  for (const r of rows)
    console.log(
      `  ${r.title.padEnd(40)} ${fmt(r.rows, 0).padStart(6)} ${fmt(r.chainlift.p50).padStart(8)} ${fmt(r.chainlift.p95).padStart(8)} ${fmt(r.peer.p50).padStart(9)} ${fmt(r.peer.p95).padStart(9)} ${ratio(r.peer.p50, r.chainlift.p50).padStart(7)} ${ratio(r.peer.p95, r.chainlift.p95).padStart(7)}  ${r.speedupP95 >= AIM ? 'MET' : 'MISSED'}`,
    );
  console.log(
    '  (× = peer ÷ ChainLift: how many times faster ChainLift answered; latency from sending the request until the whole answer arrived)',
  );
}

interface Resources {
  platform?: EphemeralPlatform;
  driver?: Driver;
  bus?: EventBus;
  gateway?: ServiceProcess;
  peer?: ServiceProcess;
}

async function startPeer(stateDir: string): Promise<{ peer: ServiceProcess; url: string }> {
  const port = await freePort();
  const peer = startService({
    name: 'peer-neo4j-graphql',
    entry: 'scripts/bench/peer-neo4j-graphql.ts',
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
    logDir: path.join(stateDir, 'logs'),
    readyWhen: /"msg":"peer listening"/,
  });
  await peer.ready;
  return { peer, url: `http://127.0.0.1:${port}/graphql` };
}

async function run(options: Options, argv: string[], res: Resources): Promise<string[]> {
  const started = performance.now();
  const record = startRecord<object>('peers', options.profile, argv, options.out);
  const saved: { options: Options; load?: PhaseResult[]; questions?: Row[] } = { options };
  const bench = await startChainPlatform('bench-peers', res);
  const loaded = await loadChain(bench, options);
  saved.load = loaded.phases;
  record.save(saved);

  const { gateway, url } = await startGatewayProcess(bench.platform.stateDir);
  res.gateway = gateway;
  const peer = await startPeer(bench.platform.stateDir);
  res.peer = peer.peer;
  const targets: Record<Server, Target> = {
    chainlift: { url, token: await leaderToken(url, loaded.net.leader.id) },
    peer: { url: peer.url },
  };
  const questions = peerQuestions({
    chainId: loaded.net.chainId,
    leaderId: loaded.net.leader.id,
    stockOwnerId: loaded.net.tiers[1]![0]!.id,
  });

  const reference = await agree(questions, targets);
  say(`warm-up: ${options.warmup} rounds`);
  await measure(questions, targets, reference, options.warmup, options.concurrency);
  say(`timing: ${options.runs} rounds of ${questions.length} questions × 2 servers`);
  const measured = await measure(questions, targets, reference, options.runs, options.concurrency);
  const rows: Row[] = questions.map((q) => {
    const ours = summarize(measured.samples.get(`${q.name}/chainlift`) ?? []);
    const theirs = summarize(measured.samples.get(`${q.name}/peer`) ?? []);
    return {
      question: q.name,
      title: q.title,
      rows: reference.get(q.name)!.length,
      bytes: {
        chainlift: measured.bytes.get(`${q.name}/chainlift`) ?? 0,
        peer: measured.bytes.get(`${q.name}/peer`) ?? 0,
      },
      chainlift: ours,
      peer: theirs,
      speedupP95: theirs.p95 / ours.p95,
      speedupP50: theirs.p50 / ours.p50,
      wrong: measured.wrong.get(q.name)?.length ?? 0,
    };
  });
  saved.questions = rows;
  record.save(saved);
  await checkRejections(bench, 'measurements');

  console.log(
    `\n═══ bench:peers (${options.profile}): ${fmt(options.suppliers, 0)} suppliers, ${fmt(options.orders, 0)} orders, seed ${options.seed} ═══`,
  );
  printLoad(loaded.phases, loaded.totalEvents);
  printTable(rows, options);
  say(`results written to ${path.relative(process.cwd(), record.file)}`);
  console.log(`\nwall time ${fmt((performance.now() - started) / 1000, 0)} s`);
  const problems = [...bench.problems];
  for (const [name, differences] of measured.wrong)
    problems.push(
      `${differences.length} answer(s) to "${name}" differ from the reference; first: ${differences[0]}`,
    );
  return problems;
}

async function main() {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const res: Resources = {};
  await benchMain({
    run: () => run(options, argv, res),
    platformUp: () => res.platform !== undefined,
    problemsTitle: 'the two servers do not answer alike',
    success: '✔ every answer of both servers equal',
    cleanup: async (graceful = true) => {
      await res.peer?.stop();
      await res.gateway?.stop();
      await stopChainPlatform(res, graceful);
    },
  });
}

main().catch(fatal);
