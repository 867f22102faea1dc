/**
 * The order in which a batch is applied. Kafka promises order per key only (an order's events, a
 * company's stock reports), so a batch may be regrouped: events of one type together in one run
 * (one load, one write for the whole run), while the events of each key keep their order.
 *
 * Greedy: the next run takes the type of the earliest event not yet placed, then, from every key
 * whose next events are of that type, all of them (in a row); the run keeps the batch's order.
 * A mixed batch of 500 order events (placed, confirmed, shipped, …) becomes two or three runs
 * instead of hundreds.
 */
export interface RunPlanOptions<T> {
  keyOf(item: T): string;
  typeOf(item: T): string;
}

export function runsByType<T>(items: readonly T[], { keyOf, typeOf }: RunPlanOptions<T>): T[][] {
  interface Queue {
    entries: { item: T; index: number }[];
    next: number;
  }
  const queues = new Map<string, Queue>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    let queue = queues.get(key);
    if (!queue) queues.set(key, (queue = { entries: [], next: 0 }));
    queue.entries.push({ item, index });
  });

  let open = [...queues.values()];
  const runs: T[][] = [];
  while (open.length > 0) {
    let earliest = open[0]!;
    for (const q of open)
      if (q.entries[q.next]!.index < earliest.entries[earliest.next]!.index) earliest = q;
    const type = typeOf(earliest.entries[earliest.next]!.item);
    const run: { item: T; index: number }[] = [];
    for (const q of open) {
      while (q.next < q.entries.length && typeOf(q.entries[q.next]!.item) === type) {
        run.push(q.entries[q.next]!);
        q.next += 1;
      }
    }
    run.sort((a, b) => a.index - b.index);
    runs.push(run.map((r) => r.item));
    open = open.filter((q) => q.next < q.entries.length);
  }
  return runs;
}
