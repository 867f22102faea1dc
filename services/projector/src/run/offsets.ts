/** The offset stored in Neo4j for each topic-partition, cached between fetches (cleared on a rebalance). */
import neo4j from 'neo4j-driver';
import type { Source } from '../apply-batch';
import type { TransactionRunner } from './transactions';

export const keyOf = (s: Source) => `${s.topic}/${s.partition}`;

export interface StoredOffsets {
  /** The stored offset of each source (-1 when none), from the cache or one query. */
  of(sources: readonly Source[]): Promise<(source: Source) => bigint>;
  /** What this projector just committed to Neo4j. */
  remember(source: Source, offset: bigint): void;
  /** Partitions may have moved: another projector may have advanced their stored offsets. */
  forget(): void;
}

export function storedOffsets(runner: TransactionRunner): StoredOffsets {
  const stored = new Map<string, bigint>();
  return {
    async of(sources) {
      const missing = sources.filter((s) => !stored.has(keyOf(s)));
      if (missing.length > 0) {
        const { records } = await runner.write((tx) =>
          tx.run(
            `UNWIND $sources AS s
             MATCH (p:ProjectionOffset {topic: s.topic, partition: s.partition})
             RETURN p.topic AS topic, p.partition AS partition, p.offset AS offset`,
            {
              sources: missing.map((m) => ({ topic: m.topic, partition: neo4j.int(m.partition) })),
            },
          ),
        );
        for (const m of missing) stored.set(keyOf(m), -1n);
        for (const r of records)
          stored.set(
            keyOf({ topic: r.get('topic') as string, partition: Number(r.get('partition')) }),
            BigInt(r.get('offset') as string),
          );
      }
      return (source) => stored.get(keyOf(source)) ?? -1n;
    },
    remember(source, offset) {
      stored.set(keyOf(source), offset);
    },
    forget() {
      stored.clear();
    },
  };
}
