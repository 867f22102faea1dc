/**
 * A fingerprint of the projected graph's content: every node (labels, properties) and every
 * relationship (type, properties, and the content of both ends), sorted and hashed — independent
 * of internal ids and of the order things were written. Stamps of when the projector ran (not of
 * when things happened) are left out, so a rebuild from the same events gives the same hash; so
 * are the task-due scheduler's lease and the inbox items' e-mail delivery state (no event writes them).
 */
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';

/** Properties that record projection time, per label. */
const VOLATILE: Record<string, string[]> = {
  Event: ['at'],
  ProjectionOffset: ['updatedAt'],
  Alert: ['projectedAt'],
  // E-mail delivery bookkeeping (the mailer's, not the events'): a rebuilt item is not mailed again.
  Notification: [
    'projectedAt',
    'emailStatus',
    'emailAttempts',
    'emailLock',
    'emailClaimedUntil',
    'emailClaimedBy',
    'emailNextAt',
    'emailLastError',
    'emailSentAt',
  ],
};

const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise);
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  return value;
};

/** A node's or relationship's properties as one canonical string (sorted; projection-time stamps left out). */
export const canonicalProps = (labels: readonly string[], props: Record<string, unknown>) => {
  const skip = new Set(labels.flatMap((l) => VOLATILE[l] ?? []));
  return JSON.stringify(
    Object.keys(props)
      .filter((k) => !skip.has(k))
      .sort()
      .map((k) => [k, normalise(props[k])]),
  );
};

export interface GraphFingerprint {
  hash: string;
  nodes: number;
  relationships: number;
}

export async function graphFingerprint(
  driver: Driver,
  database?: string,
): Promise<GraphFingerprint> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:Migration AND NOT n:SchedulerLease RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    {},
    { database, routing: 'READ' },
  );
  const canon = new Map<string, string>();
  for (const r of nodes.records) {
    const labels = [...(r.get('labels') as string[])].sort();
    canon.set(
      r.get('id') as string,
      `${labels.join(':')}${canonicalProps(labels, r.get('props') as Record<string, unknown>)}`,
    );
  }
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE NOT a:Migration RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b',
    {},
    { database, routing: 'READ' },
  );
  const lines = [...canon.values()];
  for (const r of rels.records) {
    lines.push(
      `${canon.get(r.get('a') as string)}-[${r.get('type')}${canonicalProps([], r.get('props') as Record<string, unknown>)}]->${canon.get(r.get('b') as string)}`,
    );
  }
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return {
    hash: hash.digest('hex'),
    nodes: nodes.records.length,
    relationships: rels.records.length,
  };
}
