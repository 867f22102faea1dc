/**
 * A content hash of the domain graph, so `npm run bench:ingest` can show that two writers of the
 * same event stream built the same graph: every node (labels, properties) and every relationship
 * (type, properties, the content of both ends), independent of internal ids and of the order
 * things were written in.
 *
 * Left out, as the projector's own bookkeeping rather than the domain (read from
 * services/projector/src/apply-batch.ts and the platform's graph fingerprint):
 *   - nodes labelled Event (the processed-event records and their outcomes), ProjectionOffset
 *     (each partition's last applied offset), Migration and SchedulerLease, and every relationship
 *     that touches one;
 *   - the stamps of when the projector ran rather than when things happened (the platform's
 *     `canonicalProps`: Notification.projectedAt and its e-mail delivery state, Alert.projectedAt).
 *     Every other timestamp the projector writes comes from the events (occurredAt, reportedAt).
 *
 * The hash is a sum of SHA-256 digests (mod 2^256) rather than a digest of sorted lines, so a graph
 * of millions of nodes streams through it holding one digest per node; a part per label (nodes)
 * and per type (relationships) says where two graphs differ.
 */
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { canonicalProps } from '@chainlift/platform';

export const BOOKKEEPING_LABELS: readonly string[] = [
  'Event',
  'ProjectionOffset',
  'Migration',
  'SchedulerLease',
];
const BOOKKEEPING = new Set(BOOKKEEPING_LABELS);

export const isBookkeeping = (labels: readonly string[]): boolean =>
  labels.some((l) => BOOKKEEPING.has(l));

/** A node as one line: its labels sorted, then its properties sorted (projection-time stamps left out). */
export function canonicalNode(labels: readonly string[], props: Record<string, unknown>): string {
  const sorted = [...labels].sort();
  return `${sorted.join(':')}${canonicalProps(sorted, props)}`;
}

/** A relationship as one line, its ends named by their content (their digests), never by id. */
export function canonicalRelationship(
  start: string,
  type: string,
  props: Record<string, unknown>,
  end: string,
): string {
  return `${start}-[${type}${canonicalProps([], props)}]->${end}`;
}

export const digestOf = (line: string): string =>
  createHash('sha256').update(line).digest('base64');

const MODULUS = 1n << 256n;

/** An order-independent hash of a multiset of lines: the sum of their digests, mod 2^256. */
export class MultisetHash {
  private sum = 0n;
  count = 0;

  add(digest: string): this {
    this.sum = (this.sum + BigInt(`0x${Buffer.from(digest, 'base64').toString('hex')}`)) % MODULUS;
    this.count += 1;
    return this;
  }

  hex(): string {
    return this.sum.toString(16).padStart(64, '0');
  }
}

export interface DomainGraphHash {
  hash: string;
  nodes: number;
  relationships: number;
  /** Per node label set (`:A:B`) and relationship type (`-[T]->`): count and hash. */
  parts: Record<string, { count: number; hash: string }>;
}

/** Builds a DomainGraphHash from nodes and relationships as they come (pure; the query feeds it). */
export function domainGraphHasher() {
  const all = new MultisetHash();
  const parts = new Map<string, MultisetHash>();
  const digests = new Map<string, string>();
  let nodes = 0;
  let relationships = 0;
  const add = (part: string, digest: string) => {
    all.add(digest);
    const p = parts.get(part) ?? new MultisetHash();
    parts.set(part, p.add(digest));
  };
  return {
    node(id: string, labels: readonly string[], props: Record<string, unknown>) {
      if (isBookkeeping(labels)) return;
      const digest = digestOf(canonicalNode(labels, props));
      digests.set(id, digest);
      add(`:${[...labels].sort().join(':')}`, digest);
      nodes += 1;
    },
    /** Call after every node: a relationship whose end is bookkeeping (or unknown) is left out. */
    relationship(start: string, type: string, props: Record<string, unknown>, end: string) {
      const a = digests.get(start);
      const b = digests.get(end);
      if (a === undefined || b === undefined) return;
      add(`-[${type}]->`, digestOf(canonicalRelationship(a, type, props, b)));
      relationships += 1;
    },
    result(): DomainGraphHash {
      return {
        hash: all.hex(),
        nodes,
        relationships,
        parts: Object.fromEntries(
          [...parts]
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([k, h]) => [k, { count: h.count, hash: h.hex() }]),
        ),
      };
    },
  };
}

/** Where two hashes differ: the parts (labels, relationship types) whose count or content is not the same. */
export function hashDifferences(a: DomainGraphHash, b: DomainGraphHash): string[] {
  const names = [...new Set([...Object.keys(a.parts), ...Object.keys(b.parts)])].sort();
  const out: string[] = [];
  for (const name of names) {
    const x = a.parts[name];
    const y = b.parts[name];
    if (x?.hash === y?.hash) continue;
    out.push(
      x?.count === y?.count
        ? `${name}: ${x?.count ?? 0} in both, contents differ`
        : `${name}: ${x?.count ?? 0} vs ${y?.count ?? 0}`,
    );
  }
  return out;
}

/** Hashes the domain graph of the database, streaming nodes then relationships. */
export async function domainGraphHash(driver: Driver, database?: string): Promise<DomainGraphHash> {
  const hasher = domainGraphHasher();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    for await (const r of session.run(
      'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    ))
      hasher.node(
        r.get('id') as string,
        r.get('labels') as string[],
        r.get('props') as Record<string, unknown>,
      );
    for await (const r of session.run(
      'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b',
    ))
      hasher.relationship(
        r.get('a') as string,
        r.get('type') as string,
        r.get('props') as Record<string, unknown>,
        r.get('b') as string,
      );
  } finally {
    await session.close();
  }
  return hasher.result();
}
