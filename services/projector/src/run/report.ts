/** What the projector tells after every transaction: for progress output, benchmarks and tests. */

/** One transaction's work (or, with projected 0, the partitions of a fetch that were all applied before). */
export interface BatchReport {
  partitions: {
    topic: string;
    partition: number;
    lastOffset: string;
    /** Messages at or below the offset stored in Neo4j: applied before, not looked at again. */
    skipped: number;
    projected: number;
  }[];
  skipped: number;
  projected: number;
  rejected: number;
  duplicates: number;
  deadLettered: number;
}

/** A report over these partitions, its totals summed from them. */
export const reportOf = (
  partitions: BatchReport['partitions'],
  counts: Pick<BatchReport, 'rejected' | 'duplicates' | 'deadLettered'>,
): BatchReport => ({
  partitions,
  skipped: partitions.reduce((n, p) => n + p.skipped, 0),
  projected: partitions.reduce((n, p) => n + p.projected, 0),
  ...counts,
});
