/**
 * npm run bench:network [-- --quick] [-- --scales 5000:200000,50000:2000000 --runs 100 --seed S --out FILE]
 *                       [-- --suppliers 5000 --orders 200000]   (one scale)
 *                       [-- --reuse FOLDER[,FOLDER…]]   (measure again on chains kept by an earlier run)
 *
 * Does the platform keep the network reads under 200 ms at p95 as the chain grows ten times
 * (issue 16: 50,000 suppliers and 2,000,000 orders beside 5,000 / 200,000), and how does each
 * query's cost grow between the sizes?
 *
 * For each scale, one after the other, on a platform of its own:
 * 1. Starts a throw-away platform (fresh Neo4j + Kafka on free ports, migrations, topics, one
 *    projector child process, a platform admin): nothing is shared with `npm start` or the tests.
 * 2. Loads the generated chain of that size (chain-load.ts, deterministic from --seed) through
 *    Kafka and the projector, phase by phase, with progress lines; any REJECTED event fails the run.
 * 3. Starts a gateway in this process (port 0) and, as an ADMIN of the leader, times over HTTP —
 *    interleaved, after a warm-up — `{ me { id } }` (the cost of an authenticated round trip, the
 *    baseline), the network's first page (500, the API's default), the whole network (maxDepth 4,
 *    first 10000), the KPI query, the path to the leader from a tier-4 supplier and the chain's
 *    single-source risks. Latency is from sending the request until the whole response body
 *    arrived. For diagnosis it also times the gateway's read functions behind the network and the
 *    KPIs directly (Neo4j + in-memory work, no GraphQL/HTTP).
 * 4. Checks the answers against the generated data (every supplier in the network at its tier,
 *    every link, the KPIs and the risks equal to the domain's reference computations, the path a
 *    shortest one) and exits 1 if any is wrong.
 *
 * Then it prints each query's p50/p95 per scale and how its p95 grows (largest ÷ smallest) beside
 * how the chain grew. --quick: 200 / 5,000 and 400 / 10,000 suppliers / orders, 20 runs (under 3 minutes).
 * Results go to artifacts/bench/network-<time>.json (or --out) after each scale.
 *
 * The platform is stopped at the end, on error and on Ctrl-C. KEEP_TEST_DATA=1 keeps its folder;
 * `--reuse FOLDER,…` (one per size, smallest first, with the sizes and seed they were loaded with) starts those platforms again and
 * measures without loading — the 50,000-supplier chain takes over an hour to load, a change to a read
 * minutes to measure again. The events are still generated (not published) to check the answers.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  computeTiers,
  formatFen,
  singleSourceRisks,
  type OrderFacts,
  type SupplyLink,
} from '@chainlift/domain';
import { createTokenService, startGateway, type Gateway } from '@chainlift/gateway';
import { NetworkCache, networkReads, orderReads, reader } from '@chainlift/gateway';
import { createLogger, type Driver, type EventBus } from '@chainlift/platform';
import type { EphemeralPlatform } from '../lib/ephemeral-platform';
import { fatal, say } from '../lib/say';
import { benchMain } from './bench-main';
import { parseBenchFlags } from './bench-options';
import { startRecord } from './bench-record';
import { fmt, ratio, summarize } from './bench-stats';
import { expectedKpis, type BenchNetwork } from './chain-generator';
import {
  growthTable,
  parseScales,
  verdict,
  TARGET_P95_MS,
  type Scale,
  type ScaleResult,
} from './network-report';
import {
  checkRejections,
  leaderToken,
  loadChain,
  printLoad,
  PROGRESS_EVERY_MS,
  startChainPlatform,
  stopChainPlatform,
} from './chain-load';
import {
  KPI_PAGE_QUERY,
  KPI_QUERY,
  ME_QUERY,
  NETWORK_QUERY,
  NETWORK_QUERY_VAR,
  PATH_QUERY,
  RISKS_PAGE_QUERY,
  RISKS_QUERY,
  timedPost,
  type KpiAnswer,
  type NetworkAnswer,
  type PathAnswer,
  type RisksAnswer,
} from './chain-queries';

const WARM_UP = 10;
const PAGE = 500;

// ── options ───────────────────────────────────────────────────────────────────────────────────

interface Options {
  profile: 'quick' | 'full';
  scales: Scale[];
  runs: number;
  seed: number;
  out?: string;
  /** --reuse DIR,…: per scale, the folder where an earlier run of that size and seed loaded and kept its chain. */
  reuse?: string[];
}

function parseOptions(argv: string[]): Options {
  const shared = { seed: 20_250_101, suppliers: 5000, orders: 200_000 };
  const flags = parseBenchFlags(
    argv,
    { quick: { ...shared, runs: 20 }, full: { ...shared, runs: 100 } },
    ['scales', 'out', 'reuse'],
  );
  const { suppliers, orders, runs, seed } = flags.numbers;
  if (runs < 1) throw new Error('--runs must be at least 1');
  const oneScale = flags.given.has('suppliers') || flags.given.has('orders');
  const scales = oneScale
    ? [{ suppliers, orders }]
    : parseScales(
        flags.text.scales ??
          (flags.profile === 'quick' ? '200:5000,400:10000' : '5000:200000,50000:2000000'),
      );
  return {
    profile: flags.profile,
    scales,
    runs,
    seed,
    out: flags.text.out && path.resolve(flags.text.out),
    reuse: flags.text.reuse === undefined ? undefined : reusable(flags.text.reuse, scales),
  };
}

/** Kept platform folders to measure on again: one per size, each holding a Neo4j store. */
function reusable(list: string, scales: Scale[]): string[] {
  const dirs = list.split(',').map((dir) => path.resolve(dir));
  if (dirs.length !== scales.length)
    throw new Error(
      `--reuse names ${dirs.length} folder(s) for ${scales.length} size(s): one per size, smallest first`,
    );
  for (const dir of dirs)
    if (!existsSync(path.join(dir, 'neo4j')))
      throw new Error(
        `--reuse ${dir}: no Neo4j store there; keep one with KEEP_TEST_DATA=1 npm run bench:network …`,
      );
  return dirs;
}

// ── measuring through the gateway ─────────────────────────────────────────────────────────────────

interface Series {
  name: string;
  samples: number[];
  bytes: number;
}

/**
 * The network query as written, if the gateway answers it; otherwise (its cost limit
 * refuses `first: 10000` written in the query) the same query with `first` as a variable, and a note.
 */
async function networkQueryToTime(
  url: string,
  token: string,
  chainId: string,
  notes: string[],
): Promise<{ query: string; variables: object }> {
  try {
    await timedPost(url, token, NETWORK_QUERY, { c: chainId });
    return { query: NETWORK_QUERY, variables: { c: chainId } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notes.push(
      `the gateway refuses the network query with "first: 10000" written in the query text (${reason}); ` +
        'timed the same query with $first = 10000 as a variable, which its cost limit does not multiply by',
    );
    say(`⚠ ${notes[notes.length - 1]}`);
    return { query: NETWORK_QUERY_VAR, variables: { c: chainId, first: 10_000 } };
  }
}

interface Measured {
  series: Series[];
  readLayer: Series[];
  answers: {
    page: NetworkAnswer;
    network: NetworkAnswer;
    kpis: KpiAnswer;
    kpiPage: KpiAnswer;
    path: PathAnswer;
    risks: RisksAnswer;
    riskPage: RisksAnswer;
  };
}

/** A tier-4 supplier (the deepest tier): its path to the leader is the longest. */
const deepest = (net: BenchNetwork) => net.tiers[net.tiers.length - 1]![0]!;

/** Interleaves the queries so background noise hits all of them alike. */
async function measure(
  url: string,
  token: string,
  net: BenchNetwork,
  runs: number,
  driver: Driver,
  notes: string[],
): Promise<Measured> {
  const c = net.chainId;
  const queries = [
    { name: 'me (baseline)', query: ME_QUERY, variables: {} },
    { name: `network, first ${PAGE}`, query: NETWORK_QUERY_VAR, variables: { c, first: PAGE } },
    { name: 'network, all', ...(await networkQueryToTime(url, token, c, notes)) },
    { name: `supplierKpis, first ${PAGE}`, query: KPI_PAGE_QUERY, variables: { first: PAGE } },
    { name: 'supplierKpis, all', query: KPI_QUERY, variables: {} },
    { name: 'pathToLeader', query: PATH_QUERY, variables: { c, s: deepest(net).id } },
    {
      name: `singleSourceRisks, first ${PAGE}`,
      query: RISKS_PAGE_QUERY,
      variables: { c, first: PAGE },
    },
    { name: 'singleSourceRisks, all', query: RISKS_QUERY, variables: { c } },
  ];
  const series: Series[] = queries.map((q) => ({ name: q.name, samples: [], bytes: 0 }));
  const last: unknown[] = [];
  say(`warm-up: ${WARM_UP} requests of each query`);
  for (let i = 0; i < WARM_UP; i += 1)
    for (const q of queries) await timedPost(url, token, q.query, q.variables);
  say(`timing ${runs} runs of each query (interleaved)…`);
  let lastPrint = performance.now();
  for (let run = 0; run < runs; run += 1) {
    for (const [i, q] of queries.entries()) {
      const timed = await timedPost(url, token, q.query, q.variables);
      series[i]!.samples.push(timed.ms);
      series[i]!.bytes = timed.bytes;
      last[i] = timed.body.data;
    }
    if (performance.now() - lastPrint >= PROGRESS_EVERY_MS) {
      say(`  ${run + 1}/${runs} runs`);
      lastPrint = performance.now();
    }
  }
  return {
    series,
    readLayer: await measureReadLayer(driver, net, runs),
    answers: {
      page: last[1] as NetworkAnswer,
      network: last[2] as NetworkAnswer,
      kpiPage: last[3] as KpiAnswer,
      kpis: last[4] as KpiAnswer,
      path: last[5] as PathAnswer,
      riskPage: last[6] as RisksAnswer,
      risks: last[7] as RisksAnswer,
    },
  };
}

/** The gateway's read functions behind the two queries, called directly: Neo4j + in-memory work. */
async function measureReadLayer(
  driver: Driver,
  net: BenchNetwork,
  runs: number,
): Promise<Series[]> {
  const read = reader(driver);
  const network = networkReads(read, new NetworkCache());
  const orders = orderReads(read);
  const calls = [
    {
      name: 'network() read',
      call: () => network.network(net.chainId, net.leader.id, { maxDepth: 4 }),
    },
    {
      // What the first read after a membership or link change pays: no cached snapshot.
      name: 'network() uncached',
      call: () =>
        networkReads(read, new NetworkCache()).network(net.chainId, net.leader.id, { maxDepth: 4 }),
    },
    {
      name: 'supplierKpis() read, first 500',
      call: () => orders.supplierKpis(net.leader.id, null, { first: 500, offset: 0 }),
    },
    {
      name: 'supplierKpis() read, whole list',
      call: () => orders.supplierKpis(net.leader.id, null, { first: Infinity, offset: 0 }),
    },
  ];
  const series: Series[] = calls.map((c) => ({ name: c.name, samples: [], bytes: 0 }));
  say(`timing the read layer directly (${runs} runs each, after a warm-up)…`);
  for (let i = 0; i < WARM_UP; i += 1) for (const c of calls) await c.call();
  for (let run = 0; run < runs; run += 1) {
    for (const [i, c] of calls.entries()) {
      const started = performance.now();
      await c.call();
      series[i]!.samples.push(performance.now() - started);
    }
  }
  return series;
}

// ── checks and report ───────────────────────────────────────────────────────────────────────────

function checkNetwork(net: BenchNetwork, answer: NetworkAnswer, problems: string[]) {
  const { total, nodes, links } = answer.supplierNetwork;
  const n = net.suppliers.length;
  if (total !== n) problems.push(`network total is ${total}, expected ${n}`);
  if (nodes.length !== Math.min(n, 10_000))
    problems.push(`network returned ${nodes.length} nodes, expected ${Math.min(n, 10_000)}`);
  const expectedTier = new Map(net.suppliers.map((s) => [s.id, s.tier]));
  const wrongTier = nodes.filter((node) => expectedTier.get(node.company.id) !== node.tier);
  if (wrongTier.length > 0)
    problems.push(`${wrongTier.length} network node(s) at the wrong tier (or unknown company)`);
  // Ordered by tier, the first 10,000 (the most one page holds) reach every tier that starts before them.
  let before = 0;
  for (let tier = 1; tier < net.tiers.length; tier += 1) {
    if (before < 10_000 && !nodes.some((node) => node.tier === tier))
      problems.push(`no network node at tier ${tier}`);
    before += net.tiers[tier]!.length;
  }
  const notActive = nodes.filter((node) => node.status !== 'ACTIVE').length;
  if (notActive > 0) problems.push(`${notActive} network node(s) not ACTIVE`);
  if (nodes.some((node) => !node.company.region)) problems.push('network node(s) without a region');
  const expectedLinks = n + net.extraLinks.length;
  if (n <= 10_000 && links.length !== expectedLinks)
    problems.push(`network returned ${links.length} links, expected ${expectedLinks}`);
}

function checkKpis(leaderFacts: Map<string, OrderFacts[]>, answer: KpiAnswer, problems: string[]) {
  const expected = expectedKpis(leaderFacts);
  const rows = answer.supplierKpis;
  if (rows.length !== expected.size)
    problems.push(`supplierKpis returned ${rows.length} rows, expected ${expected.size}`);
  let wrong = 0;
  for (const row of rows) {
    const want = expected.get(row.supplier.id);
    const same =
      want &&
      row.orders === want.orders &&
      row.delivered === want.delivered &&
      row.onTime === want.onTime &&
      row.onTimePerMille === want.onTimePerMille &&
      row.leadTimeDaysTenths === want.leadTimeDaysTenths &&
      row.openValue.amount === formatFen(want.openValueFen) &&
      row.openValue.currency === 'CNY';
    if (!same) wrong += 1;
  }
  if (wrong > 0)
    problems.push(`${wrong} supplierKpis row(s) differ from the reference computation`);
}

/** Every supply link of the generated chain, as the domain's rules take them. */
function generatedLinks(net: BenchNetwork): SupplyLink[] {
  return [
    ...net.suppliers.map((s) => ({
      supplierId: s.id,
      buyerId: s.buyers[0]!.id,
      products: s.products,
    })),
    ...net.extraLinks.map((l) => ({
      supplierId: l.supplier.id,
      buyerId: l.buyer.id,
      products: l.products,
    })),
  ];
}

function checkPage(net: BenchNetwork, answer: NetworkAnswer, problems: string[]) {
  const { total, nodes } = answer.supplierNetwork;
  if (total !== net.suppliers.length)
    problems.push(`network page: total ${total}, expected ${net.suppliers.length}`);
  if (nodes.length !== Math.min(PAGE, net.suppliers.length))
    problems.push(
      `network page: ${nodes.length} nodes, expected ${Math.min(PAGE, net.suppliers.length)}`,
    );
  if (nodes.some((n, i) => i > 0 && n.tier < nodes[i - 1]!.tier))
    problems.push('network page: nodes not ordered by tier');
}

function checkPath(net: BenchNetwork, answer: PathAnswer, problems: string[]) {
  const from = deepest(net);
  const path = answer.pathToLeader?.map((c) => c.id) ?? [];
  const links = new Set(generatedLinks(net).map((l) => `${l.supplierId}>${l.buyerId}`));
  if (path[0] !== from.id || path[path.length - 1] !== net.leader.id)
    problems.push(`pathToLeader does not lead from the tier-${from.tier} supplier to the leader`);
  else if (path.length !== from.tier + 1)
    problems.push(`pathToLeader has ${path.length - 1} steps, the shortest has ${from.tier}`);
  else if (path.some((id, i) => i > 0 && !links.has(`${path[i - 1]}>${id}`)))
    problems.push('pathToLeader takes a step that is no supply link');
}

function checkRisks(net: BenchNetwork, answer: RisksAnswer, problems: string[]) {
  const links = generatedLinks(net);
  const expected = singleSourceRisks(links, computeTiers(net.leader.id, links), net.leader.id);
  const key = (r: { buyerId: string; product: string; supplierId: string; buyerTier: number }) =>
    `${r.buyerId}/${r.product}/${r.supplierId}/${r.buyerTier}`;
  const want = new Set(expected.map(key));
  const got = answer.singleSourceRisks.map((r) =>
    key({
      buyerId: r.buyer.id,
      product: r.product,
      supplierId: r.supplier.id,
      buyerTier: r.buyerTier,
    }),
  );
  const missing = got.filter((k) => !want.has(k)).length;
  if (got.length !== want.size || missing > 0)
    problems.push(
      `singleSourceRisks: ${got.length} risks (${missing} not expected), the domain's rule finds ${want.size}`,
    );
}

/** A page asked with `first` is the whole list's first PAGE items (the whole list is checked apart). */
function checkPrefix(name: string, page: unknown[], all: unknown[], problems: string[]) {
  if (JSON.stringify(page) !== JSON.stringify(all.slice(0, PAGE)))
    problems.push(`${name}, first ${PAGE}: not the first ${PAGE} items of the whole list`);
}

function printLatency(measured: Measured) {
  const baseline = summarize(measured.series[0]!.samples).p95;
  console.log(
    `\nLatency over HTTP (ms; ${measured.series[0]!.samples.length} runs each after ${WARM_UP} warm-up)`,
  );
  console.log(
    `  ${'query'.padEnd(20)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'p95÷base'.padStart(9)} ${'bytes'.padStart(10)}  target p95 < ${TARGET_P95_MS} ms`,
  );
  for (const [i, s] of measured.series.entries()) {
    const st = summarize(s.samples);
    console.log(
      `  ${s.name.padEnd(20)} ${fmt(st.p50).padStart(7)} ${fmt(st.p95).padStart(7)} ${fmt(st.p99).padStart(7)} ${fmt(st.max).padStart(7)} ${ratio(st.p95, baseline, 1).padStart(9)} ${fmt(s.bytes, 0).padStart(10)}  ${i === 0 ? '' : verdict(st.p95)}`,
    );
  }
  console.log('  of which the read layer alone (Neo4j + in-memory, no GraphQL/HTTP):');
  for (const s of measured.readLayer) {
    const st = summarize(s.samples);
    console.log(
      `  ${s.name.padEnd(20)} ${fmt(st.p50).padStart(7)} ${fmt(st.p95).padStart(7)} ${fmt(st.p99).padStart(7)} ${fmt(st.max).padStart(7)}`,
    );
  }
  const { nodes, links, total } = measured.answers.network.supplierNetwork;
  const tiers = [1, 2, 3, 4].map((t) => nodes.filter((n) => n.tier === t).length);
  const kpis = measured.answers.kpis.supplierKpis;
  console.log(
    `\nAnswers: network total ${fmt(total, 0)}, ${fmt(nodes.length, 0)} nodes (tiers ${tiers.map((t) => fmt(t, 0)).join(' / ')}), ` +
      `${fmt(links.length, 0)} links; ${fmt(kpis.length, 0)} KPI rows ` +
      `(${fmt(
        kpis.reduce((s, r) => s + r.orders, 0),
        0,
      )} orders of the leader); ` +
      `path of ${measured.answers.path.pathToLeader?.length ?? 0} companies; ` +
      `${fmt(measured.answers.risks.singleSourceRisks.length, 0)} single-source risks`,
  );
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────

interface Resources {
  platform?: EphemeralPlatform;
  driver?: Driver;
  bus?: EventBus;
  gateway?: Gateway;
}

/** Stops the gateway and the platform of a scale (once; again for the next scale). */
function cleaner(res: Resources) {
  return async (graceful = true) => {
    if (graceful) await res.gateway?.close().catch(() => undefined);
    res.gateway = undefined;
    await stopChainPlatform(res, graceful);
  };
}

/** One scale on a platform of its own: load, time, check. */
async function runScale(
  scale: Scale,
  options: Options,
  res: Resources,
  problems: string[],
  reuse?: string,
): Promise<ScaleResult> {
  say(`═══ scale ${fmt(scale.suppliers, 0)} suppliers / ${fmt(scale.orders, 0)} orders ═══`);
  if (reuse) say(`reusing the platform kept in ${reuse} (its chain already loaded)`);
  const bench = await startChainPlatform('bench', res, reuse);
  const loaded = await loadChain(bench, { ...scale, seed: options.seed }, !!reuse);
  const notes: string[] = [];
  const gateway = await startGateway({
    driver: bench.driver,
    bus: bench.bus,
    log: createLogger('bench', 'silent'),
    host: '127.0.0.1',
    port: 0,
    outcomeWaitMs: 20_000,
    tokens: createTokenService({ secret: randomBytes(32).toString('hex'), ttl: '1h' }),
  });
  res.gateway = gateway;
  const token = await leaderToken(gateway.url, loaded.net.leader.id, !!reuse);
  const measured = await measure(gateway.url, token, loaded.net, options.runs, bench.driver, notes);
  const { answers } = measured;
  checkPage(loaded.net, answers.page, bench.problems);
  checkNetwork(loaded.net, answers.network, bench.problems);
  checkKpis(loaded.leaderFacts, answers.kpis, bench.problems);
  checkPath(loaded.net, answers.path, bench.problems);
  checkRisks(loaded.net, answers.risks, bench.problems);
  checkPrefix(
    'supplierKpis',
    answers.kpiPage.supplierKpis,
    answers.kpis.supplierKpis,
    bench.problems,
  );
  checkPrefix(
    'singleSourceRisks',
    answers.riskPage.singleSourceRisks,
    answers.risks.singleSourceRisks,
    bench.problems,
  );
  await checkRejections(bench, 'measurements');
  problems.push(...bench.problems.map((p) => `${fmt(scale.suppliers, 0)} suppliers: ${p}`));

  console.log(
    `\n═══ network-scale: ${fmt(scale.suppliers, 0)} suppliers, ${fmt(scale.orders, 0)} orders, seed ${options.seed} ═══`,
  );
  if (reuse) console.log(`\nLoad: none (measured on the chain loaded earlier in ${reuse})`);
  else printLoad(loaded.phases, loaded.totalEvents);
  printLatency(measured);
  for (const note of notes) console.log(`\n⚠ platform: ${note}`);
  await cleaner(res)();
  return {
    ...scale,
    events: loaded.totalEvents,
    load: loaded.phases,
    series: measured.series.map((s) => ({ name: s.name, bytes: s.bytes, ...summarize(s.samples) })),
    readLayer: measured.readLayer.map((s) => ({ name: s.name, ...summarize(s.samples) })),
  };
}

async function run(options: Options, argv: string[], res: Resources): Promise<string[]> {
  const startedAt = performance.now();
  const record = startRecord<object>('network', options.profile, argv, options.out);
  const results: ScaleResult[] = [];
  const problems: string[] = [];
  for (const [i, scale] of options.scales.entries()) {
    results.push(await runScale(scale, options, res, problems, options.reuse?.[i]));
    record.save({ options, scales: results });
  }
  if (results.length > 1) {
    console.log(
      `\n═══ growth: how each query's p95 grows with the chain (runs ${options.runs}) ═══`,
    );
    for (const line of growthTable(results)) console.log(line);
  }
  say(`results written to ${path.relative(process.cwd(), record.file)}`);
  console.log(`\nwall time ${fmt((performance.now() - startedAt) / 1000, 0)} s`);
  return problems;
}

async function main() {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  const res: Resources = {};
  await benchMain({
    run: () => run(options, argv, res),
    cleanup: cleaner(res),
    platformUp: () => res.platform !== undefined,
    problemsTitle: "the benchmark's answers are wrong",
    success: '✔ all answers checked against the generated data',
  });
}

main().catch(fatal);
