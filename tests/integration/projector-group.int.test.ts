/**
 * Scaling out and shutting down: a second projector process joins the group and takes a share of
 * the partitions; every event is applied exactly once; on SIGTERM it finishes its batch, leaves,
 * and the first projector takes its partitions back.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startService } from '../../scripts/lib/service-process';
import { loadConfig, REPO_ROOT, TOPIC } from '@chainlift/platform';
import type { BatchReport } from '@chainlift/projector';
import { startTestApi, uniqueUscc, waitFor, type TestApi } from '../support/platform';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const registrations = (n: number) =>
  Array.from({ length: n }, () => {
    const uscc = uniqueUscc();
    const event = {
      id: randomUUID(),
      type: 'CompanyRegistered',
      version: 1,
      occurredAt: new Date().toISOString(),
      actor: { via: 'system' },
      payload: {
        companyId: randomUUID(),
        name: '扩容测试',
        uscc,
        kind: 'SME',
        region: '宁波',
        industry: '测试',
      },
    };
    return { key: uscc, value: JSON.stringify(event), id: event.id };
  });

const applied = async (ids: string[]) =>
  Number(
    (
      await api.cypher(
        "MATCH (e:Event) WHERE e.id IN $ids AND e.status = 'APPLIED' RETURN count(e) AS n",
        { ids },
      )
    )[0]!.n,
  );

/** Partitions of the masterdata topic a projector's log shows it projected since `from` (a byte offset). */
const partitionsIn = (logFile: string, from: number) =>
  new Set(
    readFileSync(logFile, 'utf8')
      .slice(from)
      .split('\n')
      .filter((l) => l.includes('"msg":"batch projected"'))
      .flatMap((l) => (JSON.parse(l) as BatchReport).partitions)
      .filter((p) => p.topic === TOPIC.masterdata)
      .map((p) => p.partition),
  );

/** The group's member count and the last lines each projector logged: what a failed wait shows. */
const groupStory = async (group: string, ...logFiles: string[]) => {
  const tail = (file: string) =>
    readFileSync(file, 'utf8').trimEnd().split('\n').slice(-6).join('\n    ');
  const members = await api.bus.groupMembers(group).catch((e: Error) => e.message);
  return [
    `group ${group} has ${members} member(s)`,
    ...logFiles.map((f) => `${path.basename(f)}:\n    ${tail(f)}`),
  ].join('\n');
};

it('shares partitions with a second projector process, applies everything once, and hands back on SIGTERM', async () => {
  const group = loadConfig().projector.group;
  const firstLog = path.join(process.env.CHAINLIFT_TEST_STATE_DIR!, 'logs', 'projector.log');
  const second = startService({
    name: 'projector-2',
    entry: 'services/projector/src/main.ts',
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info' },
    logDir: path.join(process.env.CHAINLIFT_TEST_STATE_DIR!, 'logs'),
    readyWhen: /"msg":"projector ready"/,
  });
  const story = () => groupStory(group, firstLog, second.logFile);
  try {
    await second.ready;
    // Usually well under a second; the first projector rejoins at its next heartbeat, which a
    // long batch or a slow Neo4j on a loaded machine can delay up to the rebalance timeout (60 s).
    await waitFor(
      async () => ((await api.bus.groupMembers(group)) === 2 ? true : undefined),
      90_000,
      story,
    );
    const firstFrom = readFileSync(firstLog, 'utf8').length;

    const batch = registrations(300);
    await api.bus.publish(TOPIC.masterdata, batch);
    const ids = batch.map((b) => b.id);
    await waitFor(async () => ((await applied(ids)) === 300 ? true : undefined), 60_000);
    expect(
      Number((await api.cypher('MATCH (c:Company {name: "扩容测试"}) RETURN count(c) AS n'))[0]!.n),
    ).toBe(300);
    // Both processes did part of the work, on different partitions.
    const mine = partitionsIn(firstLog, firstFrom);
    const theirs = partitionsIn(second.logFile, 0);
    expect(mine.size).toBeGreaterThan(0);
    expect(theirs.size).toBeGreaterThan(0);
    expect([...mine].filter((p) => theirs.has(p))).toEqual([]);
  } finally {
    await second.stop();
  }
  expect(second.child.exitCode).toBe(0);
  expect(readFileSync(second.logFile, 'utf8')).toContain(
    'projector stopping: finishing the batch in hand',
  );

  // Its partitions went back to the first projector.
  await waitFor(
    async () => ((await api.bus.groupMembers(group)) === 1 ? true : undefined),
    60_000,
    story,
  );
  const more = registrations(60);
  await api.bus.publish(TOPIC.masterdata, more);
  await waitFor(
    async () => ((await applied(more.map((b) => b.id))) === 60 ? true : undefined),
    60_000,
  );
}, 300_000);
