/**
 * The projector's transaction runner: one explicit write transaction at a time, tried again with
 * backoff (logged, heartbeating the consumer group) for as long as Neo4j is unavailable.
 */
import { countNeo4jError, type BatchContext, type Driver, type Logger } from '@chainlift/platform';
import neo4j, { ManagedTransaction } from 'neo4j-driver';
import { isUnavailable } from '../refusals';

export interface TransactionRunner {
  /** One write transaction, committed when `work` resolves, rolled back when it throws. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * Runs `work` until it succeeds while Neo4j is unavailable, waiting longer each time (with
   * jitter) and heartbeating the group. Gives up (throws) when the consumer is stopping: the fetch
   * is then not committed and is delivered again.
   */
  untilNeo4jAnswers<T>(
    where: Record<string, unknown>,
    ctx: BatchContext | undefined,
    work: () => Promise<T>,
  ): Promise<T>;
  /**
   * The Neo4j bookmarks of the last committed write: a read session given them sees every write
   * this runner committed so far (a cluster follower waits until it has caught up).
   */
  lastBookmarks(): string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

export function transactionRunner(options: {
  driver: Driver;
  database?: string;
  log: Logger;
  retry: { initialMs: number; maxMs: number };
}): TransactionRunner {
  const { driver, log, retry } = options;
  let bookmarks: string[] = [];
  return {
    lastBookmarks: () => bookmarks,

    // Not the driver's executeWrite: it retries for up to 30 s on its own without a word; here every
    // retry goes through untilNeo4jAnswers (logged, heartbeating, same backoff however long Neo4j is away).
    async write(work) {
      const session = driver.session({
        database: options.database,
        defaultAccessMode: neo4j.session.WRITE,
      });
      try {
        const tx = await session.beginTransaction();
        try {
          const result = await work(ManagedTransaction.fromTransaction(tx));
          await tx.commit();
          bookmarks = session.lastBookmarks();
          return result;
        } catch (error) {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          throw error;
        }
      } finally {
        await session.close();
      }
    },

    async untilNeo4jAnswers(where, ctx, work) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await work();
        } catch (error) {
          if (isUnavailable(error)) countNeo4jError(error);
          if (!isUnavailable(error) || ctx?.isStopping()) throw error;
          const waitMs = Math.round(
            Math.min(retry.maxMs, retry.initialMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2),
          );
          log.warn(
            {
              ...where,
              attempt,
              waitMs,
              error: firstLine(error),
              code: (error as { code?: string }).code,
            },
            'Neo4j unavailable or busy; trying the batch again',
          );
          const until = Date.now() + waitMs;
          while (Date.now() < until) {
            await ctx?.heartbeat();
            if (ctx?.isStopping()) throw error;
            await sleep(Math.min(1_000, until - Date.now()));
          }
        }
      }
    },
  };
}
