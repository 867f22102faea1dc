/**
 * npm run bench:api [-- --quick] [-- --concurrency 16 --seconds 15 --out FILE --cpu-profile DIR]
 *
 * The API against its framework: requests/s and p50/p95/p99 latency at a fixed concurrency for
 * `{ me { id } }`, the leader's supplier network, a list read (the leader's orders) and a write
 * round trip through Kafka and the projector (an SME's `reportStock`, answered once applied) —
 * side by side with the framework limit measured in the same run: a bare Apollo Server 5 on
 * Express 5 answering a constant resolver (bare-apollo.ts), same client, same machine.
 *
 * 1. Starts a throw-away platform (Neo4j, Kafka, projector; nothing shared with `npm start` or the
 *    tests), a gateway child process on it and seeds the demo chain through the API.
 * 2. Starts the bare server as a child process too, so both servers run alike.
 * 3. For each series, in turn: a warm-up, then `concurrency` clients each sending the next request
 *    as soon as its answer arrived, for `seconds`. Every answer is checked: the bare one against its
 *    constant, each read against the first answer of its series, each write APPLIED. The write is
 *    also timed alone (concurrency 1): the "idle" round trip of the aim.
 * 4. Prints the table with each series' requests/s as a ratio of the bare server's, and writes the
 *    results as JSON (artifacts/bench/api-<time>.json, or --out) after each series.
 *
 * Aims (issue 16): read throughput ≥ 0.5 of the bare server; write round trip p95 < 50 ms idle.
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DEMO_ADMIN, DEMO_PASSWORD, demoEmail } from '../seed/demo-chain';
import { seedDemo } from '../seed/seed-demo';
import {
  startEphemeralPlatform,
  stopEphemeralPlatform,
  type EphemeralPlatform,
} from '../lib/ephemeral-platform';
import { startGatewayProcess } from '../lib/gateway-process';
import { graphqlData } from '../lib/graphql-client';
import type { ServiceProcess } from '../lib/service-process';
import { fatal, say } from '../lib/say';
import { startBareServer } from './bench-kit';
import { parseBenchFlags } from './bench-options';
import { benchMain } from './bench-main';
import { startRecord } from './bench-record';
import { fmt, percentile } from './bench-stats';

interface Options {
  concurrency: number;
  seconds: number;
  warmupSeconds: number;
  profile: 'quick' | 'full';
  /** --out FILE; artifacts/bench/api-<time>.json otherwise. */
  out?: string;
  /** --cpu-profile DIR: the gateway runs under V8's CPU profiler and writes its profile there on exit. */
  cpuProfileDir?: string;
}

function parseOptions(argv: string[]): Options {
  const flags = parseBenchFlags(
    argv,
    {
      quick: { concurrency: 8, seconds: 4, warmup: 1 },
      full: { concurrency: 16, seconds: 15, warmup: 3 },
    },
    ['out', 'cpu-profile'],
  );
  const { concurrency, seconds, warmup } = flags.numbers;
  if (concurrency < 1 || seconds < 1)
    throw new Error('--concurrency and --seconds must be at least 1');
  const profileDir = flags.text['cpu-profile'];
  return {
    concurrency,
    seconds,
    warmupSeconds: warmup,
    profile: flags.profile,
    cpuProfileDir: profileDir ? path.resolve(profileDir) : undefined,
    out: flags.text.out,
  };
}

/** One kind of request: how to send it, and whether an answer is right. */
interface Series {
  name: string;
  /** The baseline's name this series is set against. */
  url: string;
  query: string;
  variables?: (i: number) => Record<string, unknown>;
  token?: string;
  /** Checks one answer's data; returns what is wrong, or undefined. */
  check: (data: unknown) => string | undefined;
  kind: 'framework' | 'read' | 'write';
}

interface Result {
  name: string;
  kind: Series['kind'];
  concurrency: number;
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  wrong: number;
  firstWrong?: string;
}

async function send(series: Series, i: number): Promise<{ ms: number; wrong?: string }> {
  const started = performance.now();
  const response = await fetch(series.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(series.token ? { authorization: `Bearer ${series.token}` } : {}),
    },
    body: JSON.stringify({ query: series.query, variables: series.variables?.(i) ?? {} }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (body.errors?.length) return { ms, wrong: body.errors.map((e) => e.message).join('; ') };
  return { ms, wrong: series.check(body.data) };
}

/** `concurrency` clients in a closed loop for `seconds`; every answer checked. */
async function load(series: Series, concurrency: number, seconds: number): Promise<Result> {
  const samples: number[] = [];
  let wrong = 0;
  let firstWrong: string | undefined;
  let next = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const answer = await send(series, next++);
        samples.push(answer.ms);
        if (answer.wrong !== undefined) {
          wrong += 1;
          firstWrong ??= answer.wrong;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  return {
    name: series.name,
    kind: series.kind,
    concurrency,
    requests: samples.length,
    seconds: elapsed,
    perSecond: samples.length / elapsed,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples[samples.length - 1] ?? NaN,
    wrong,
    firstWrong,
  };
}

/** A read whose answers must all equal the first one. */
function sameAsFirst(): (data: unknown) => string | undefined {
  let first: unknown;
  return (data) => {
    if (first === undefined) {
      first = data;
      return undefined;
    }
    return isDeepStrictEqual(data, first) ? undefined : 'the answer differs from the first one';
  };
}

async function login(url: string, email: string, password: string): Promise<string> {
  const { login } = await graphqlData<{ login: { token: string } }>(
    url,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  return login.token;
}

interface Resources {
  platform?: EphemeralPlatform;
  gateway?: ServiceProcess;
  bare?: ServiceProcess;
}

function printTable(results: Result[]) {
  const bare = results.find((r) => r.kind === 'framework');
  console.log(
    `\n  ${'series'.padEnd(42)} ${'conc'.padStart(4)} ${'req/s'.padStart(8)} ${'÷ bare'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}  aim`,
  );
  for (const r of results) {
    const ratio = bare ? r.perSecond / bare.perSecond : NaN;
    const aim =
      r.kind === 'read'
        ? `req/s ≥ 0.5 × bare: ${ratio >= 0.5 ? 'MET' : 'MISSED'}`
        : r.kind === 'write' && r.concurrency === 1
          ? `p95 < 50 ms idle: ${r.p95 < 50 ? 'MET' : 'MISSED'}`
          : '';
    console.log(
      `  ${r.name.padEnd(42)} ${String(r.concurrency).padStart(4)} ${fmt(r.perSecond, 0).padStart(8)} ${(r.kind === 'framework' ? '1.00' : fmt(ratio, 2)).padStart(7)} ${fmt(r.p50).padStart(7)} ${fmt(r.p95).padStart(7)} ${fmt(r.p99).padStart(7)} ${fmt(r.max).padStart(7)}  ${aim}`,
    );
  }
  console.log('  (latency in ms, from sending the request until the whole answer arrived)');
}

async function run(options: Options, res: Resources): Promise<string[]> {
  const record = startRecord<Result[]>('api', options.profile, process.argv.slice(2), options.out);
  say(
    `bench:api (${options.profile}): concurrency ${options.concurrency}, ${options.seconds} s per series after ${options.warmupSeconds} s of warm-up`,
  );
  res.platform = await startEphemeralPlatform(DEMO_ADMIN, { name: 'bench-api', say });
  // The demo chain's logins work only in demo mode (production refuses the published passwords).
  const { gateway, url } = await startGatewayProcess(
    res.platform.stateDir,
    { CHAINLIFT_MODE: 'demo' },
    options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [],
  );
  res.gateway = gateway;
  const seeding = Date.now();
  await seedDemo(url, (line) => say(`seed: ${line}`));
  say(`demo chain seeded in ${((Date.now() - seeding) / 1000).toFixed(0)} s`);
  const bareServer = await startBareServer(res.platform.stateDir, {
    name: 'bare apollo',
    entry: 'scripts/bench/bare-apollo.ts',
  });
  res.bare = bareServer.bare;

  const leader = await login(url, demoEmail('leader'), DEMO_PASSWORD);
  const motor = await login(url, demoEmail('motor'), DEMO_PASSWORD);
  const { myChains } = await graphqlData<{ myChains: { chain: { id: string } }[] }>(
    url,
    '{ myChains { chain { id } } }',
    {},
    { authorization: `Bearer ${leader}` },
  );
  const chainId = myChains[0]!.chain.id;

  const series: Series[] = [
    {
      name: 'bare Apollo: { hello } (framework limit)',
      kind: 'framework',
      url: bareServer.url,
      query: '{ hello }',
      check: (data) =>
        isDeepStrictEqual(data, { hello: 'world' }) ? undefined : 'not the constant answer',
    },
    {
      name: '{ me { id } }',
      kind: 'read',
      url,
      token: leader,
      query: '{ me { id } }',
      check: sameAsFirst(),
    },
    {
      name: 'supplierNetwork (demo chain)',
      kind: 'read',
      url,
      token: leader,
      query:
        'query ($c: ID!) { supplierNetwork(chainId: $c) { total nodes { tier status company { id name } } links { supplierId buyerId products } } }',
      variables: () => ({ c: chainId }),
      check: sameAsFirst(),
    },
    {
      name: 'orders (leader, BUYER, first 100)',
      kind: 'read',
      url,
      token: leader,
      query: '{ orders(role: BUYER, first: 100) { id status promisedDate supplier { id name } } }',
      check: sameAsFirst(),
    },
  ];
  const write = (concurrency: number): Series => ({
    name: `reportStock → Kafka → projector`,
    kind: 'write',
    url,
    token: motor,
    query: 'mutation ($p: [StockInput!]!) { reportStock(positions: $p) { status } }',
    variables: (i) => ({
      p: [
        { sku: `BENCH-${concurrency}-${i % 50}`, productName: '压测物料', quantity: 100 + (i % 7) },
      ],
    }),
    check: (data) =>
      (data as { reportStock?: { status?: string } }).reportStock?.status === 'APPLIED'
        ? undefined
        : `not applied: ${JSON.stringify(data)}`,
  });

  const results: Result[] = [];
  const measure = async (s: Series, concurrency: number) => {
    await load(s, concurrency, options.warmupSeconds);
    const result = await load(s, concurrency, options.seconds);
    say(
      `${s.name} ×${concurrency}: ${fmt(result.perSecond, 0)} req/s, p95 ${fmt(result.p95)} ms${result.wrong ? `, ${result.wrong} wrong answers` : ''}`,
    );
    results.push(result);
    record.save(results);
  };
  for (const s of series) await measure(s, options.concurrency);
  await measure(write(options.concurrency), options.concurrency);
  await measure(write(1), 1);

  printTable(results);
  say(`results written to ${path.relative(process.cwd(), record.file)}`);
  return results
    .filter((r) => r.wrong > 0)
    .map((r) => `${r.name}: ${r.wrong} of ${r.requests} answers wrong (first: ${r.firstWrong})`);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const res: Resources = {};
  await benchMain({
    run: () => run(options, res),
    platformUp: () => res.platform !== undefined,
    problemsTitle: 'wrong answers',
    cleanup: async () => {
      await res.bare?.stop();
      await res.gateway?.stop();
      if (res.platform) await stopEphemeralPlatform(res.platform);
    },
  });
}

main().catch(fatal);
