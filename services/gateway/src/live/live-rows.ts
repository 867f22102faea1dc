/**
 * The rows live updates push, read for many events at once. The loads asked for while one batch of
 * outcomes is being handled (the same turn of the event loop) are answered by one Neo4j read per
 * kind — orders, the companies' stock positions, receivables, pledges — within the live path's read
 * limit, each read counted once (`row.<kind>`). One read per event fell behind a few hundred events a
 * second (bench:fanout); one per batch keeps up with the stream. A failed read fails every load of
 * its batch: each stream waiting on one of those events ends with the error, as one stream did before.
 */
import DataLoader from 'dataloader';
import type { ReadLimit } from '../auth/facts';
import type { OrderRow } from '../reads/orders';
import type { StockRow } from '../reads/inventory';
import type { PledgeRow } from '../reads/pledges';
import type { ReceivableRow } from '../reads/receivables';

/** Where the rows come from: a read of many ids at once per kind. */
export interface RowSource {
  ordersByIds(ids: readonly string[]): Promise<ReadonlyMap<string, OrderRow>>;
  positionsOf(companyIds: readonly string[]): Promise<ReadonlyMap<string, StockRow[]>>;
  receivablesByIds(ids: readonly string[]): Promise<ReadonlyMap<string, ReceivableRow>>;
  pledgesByIds(ids: readonly string[]): Promise<ReadonlyMap<string, PledgeRow>>;
}

/** The most ids one read asks for; a larger burst is read in several. */
const MAX_BATCH = 500;

export class LiveRows {
  private readonly orders: DataLoader<string, OrderRow | undefined>;
  private readonly stocks: DataLoader<string, StockRow[] | undefined>;
  private readonly receivables: DataLoader<string, ReceivableRow | undefined>;
  private readonly pledges: DataLoader<string, PledgeRow | undefined>;

  constructor(source: RowSource, limit: ReadLimit, onRead: (kind: string) => void) {
    const batched = <V>(
      kind: string,
      readMany: (ids: string[]) => Promise<ReadonlyMap<string, V>>,
    ) =>
      new DataLoader<string, V | undefined>(
        async (ids) => {
          onRead(kind);
          const found = await limit(() => readMany([...new Set(ids)]));
          return ids.map((id) => found.get(id));
        },
        // Not cached: each event's push reads afresh (memoised per event by PerEvent). Gathered
        // until the turn's callbacks and promise jobs have run: the whole batch of outcomes.
        { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (run) => setImmediate(run) },
      );
    this.orders = batched('order', (ids) => source.ordersByIds(ids));
    this.stocks = batched('stock', (ids) => source.positionsOf(ids));
    this.receivables = batched('receivable', (ids) => source.receivablesByIds(ids));
    this.pledges = batched('pledge', (ids) => source.pledgesByIds(ids));
  }

  /** An order's row as it is now (undefined: no such order). */
  order(orderId: string): Promise<OrderRow | undefined> {
    return this.orders.load(orderId);
  }

  /** A company's stock positions as they are now, all of them (what a viewer may see is cut by `coveredBy`). */
  async stock(companyId: string): Promise<StockRow[]> {
    return (await this.stocks.load(companyId)) ?? [];
  }

  /** A receivable's row as it is now (undefined: no such receivable). */
  receivable(receivableId: string): Promise<ReceivableRow | undefined> {
    return this.receivables.load(receivableId);
  }

  /** A pledge's row as it is now (undefined: no such pledge). */
  pledge(pledgeId: string): Promise<PledgeRow | undefined> {
    return this.pledges.load(pledgeId);
  }
}
