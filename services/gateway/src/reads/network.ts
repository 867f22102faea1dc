/**
 * The supply network of a chain. Tiers are computed from the chain's current members and supply
 * links (two queries, then a breadth-first walk in memory), so they are right however links come
 * and go. What is derived is cached per chain under the chain's version, which the projector bumps
 * with every membership or supply-link change: a read costs one small query until something changes.
 */
import {
  computeTiers,
  IN_NETWORK,
  pathToLeader,
  placeInNetwork,
  singleSourceRisks,
  type NetworkRisk,
  type MemberStatus,
  type SingleSourceRisk,
  type SupplyLink as Link,
} from '@chainlift/domain';
import type { CompanyRow } from './companies';
import { COMPANY_FIELDS } from './companies';
import type { Read } from './graph';

export interface NetworkNodeRow {
  company: CompanyRow;
  tier: number | null;
  status: MemberStatus;
  pathToLeader: boolean;
  risks: NetworkRisk[];
}

/** A risk, with the rows of its two companies when the snapshot holds them (members; not the leader). */
export type SingleSourceRiskRow = SingleSourceRisk & { buyer?: CompanyRow; supplier?: CompanyRow };

export interface ExposureRow {
  chainId: string;
  leaderId: string;
  status: MemberStatus;
  tier: number | null;
  orderValueFen: number;
  currency: string;
  sharePerMille: number;
}

export interface NetworkFilter {
  maxDepth?: number | null;
  tiers?: number[] | null;
  regions?: string[] | null;
  industries?: string[] | null;
  statuses?: MemberStatus[] | null;
}

interface Snapshot {
  version: number;
  members: { company: CompanyRow; status: MemberStatus }[];
  links: Link[];
  /** Shortest supply distance to the leader of every company that reaches it. */
  tiers: Map<string, number>;
  /** The single-source risks, derived on the first ask (the snapshot is immutable per version). */
  risks?: SingleSourceRiskRow[];
  /** The members in the network's order (tier, name, id), sorted on the first ask: a read filters, never sorts. */
  ordered?: Snapshot['members'];
}

/** Per-gateway cache of derived networks, a few chains at most (the least recently used goes first). */
export class NetworkCache {
  private readonly entries = new Map<string, Snapshot>();
  constructor(private readonly capacity = 32) {}
  get(chainId: string, version: number): Snapshot | undefined {
    const hit = this.entries.get(chainId);
    if (!hit || hit.version !== version) return undefined;
    this.entries.delete(chainId);
    this.entries.set(chainId, hit);
    return hit;
  }
  set(chainId: string, snapshot: Snapshot) {
    this.entries.delete(chainId);
    this.entries.set(chainId, snapshot);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

const collator = new Intl.Collator('zh-CN');

export function networkReads(read: Read, cache: NetworkCache) {
  const load = async (chainId: string, leaderId: string, version: number): Promise<Snapshot> => {
    const [members, links] = await Promise.all([
      read<{ company: CompanyRow; status: MemberStatus }>(
        `MATCH (ch:Chain {id: $chainId})<-[m:MEMBER_OF]-(c:Company) WHERE c.id <> $leaderId
         RETURN c ${COMPANY_FIELDS} AS company, m.status AS status`,
        { chainId, leaderId },
      ),
      // Supply links between companies in the chain's network (leader included).
      read<Link>(
        `MATCH (ch:Chain {id: $chainId})<-[ms:MEMBER_OF]-(s:Company)-[l:SUPPLIES]->(b:Company)-[mb:MEMBER_OF]->(ch)
         WHERE ms.status IN $statuses AND mb.status IN $statuses
         RETURN s.id AS supplierId, b.id AS buyerId, coalesce(l.products, []) AS products`,
        { chainId, statuses: IN_NETWORK },
      ),
    ]);
    return { version, members, links, tiers: computeTiers(leaderId, links) };
  };

  /** The chain's network as of its current version, from the cache when nothing changed. */
  const snapshot = async (chainId: string, leaderId: string): Promise<Snapshot> => {
    const [row] = await read<{ version: number | null }>(
      'MATCH (ch:Chain {id: $chainId}) RETURN ch { .version }',
      { chainId },
    );
    const version = row?.version ?? 0;
    const cached = cache.get(chainId, version);
    if (cached) return cached;
    const fresh = await load(chainId, leaderId, version);
    cache.set(chainId, fresh);
    return fresh;
  };

  const tiersOf = async (chainId: string, leaderId: string) =>
    (await snapshot(chainId, leaderId)).tiers;

  return {
    /** Single-source risks from the cached snapshot (computed once per version, the members' rows attached). */
    async risks(chainId: string, leaderId: string): Promise<SingleSourceRiskRow[]> {
      const snap = await snapshot(chainId, leaderId);
      if (!snap.risks) {
        const rows = new Map(snap.members.map((m) => [m.company.id, m.company]));
        snap.risks = singleSourceRisks(snap.links, snap.tiers, leaderId).map((r) => ({
          ...r,
          buyer: rows.get(r.buyerId),
          supplier: rows.get(r.supplierId),
        }));
      }
      return snap.risks;
    },
    tiersOf,

    async network(chainId: string, leaderId: string, filter: NetworkFilter) {
      const snap = await snapshot(chainId, leaderId);
      const { links: edges, tiers } = snap;
      // Tier, then name, then id: the order of a member does not depend on the filter.
      const rank = (id: string) => tiers.get(id) ?? Number.MAX_SAFE_INTEGER;
      snap.ordered ??= [...snap.members].sort(
        (a, b) =>
          rank(a.company.id) - rank(b.company.id) ||
          collator.compare(a.company.name, b.company.name) ||
          a.company.id.localeCompare(b.company.id),
      );
      const nodes: NetworkNodeRow[] = [];
      for (const m of snap.ordered) {
        // A member whose supply path was removed stays listed, marked (the domain's rule).
        const placed = placeInNetwork(m.status, tiers.get(m.company.id), filter);
        if (!placed) continue;
        if (filter.regions?.length && !filter.regions.includes(m.company.region ?? '')) continue;
        if (filter.industries?.length && !filter.industries.includes(m.company.industry ?? ''))
          continue;
        if (filter.statuses?.length && !filter.statuses.includes(m.status)) continue;
        nodes.push({ company: m.company, status: m.status, ...placed });
      }
      return { nodes, edges };
    },

    async path(chainId: string, leaderId: string, supplierId: string) {
      return pathToLeader(leaderId, supplierId, (await snapshot(chainId, leaderId)).links);
    },

    /** For one company: the chains it is in, its tier there, and what the chain buys from it. */
    async exposure(companyId: string): Promise<ExposureRow[]> {
      const chains = await read<{
        chainId: string;
        leaderId: string;
        status: MemberStatus;
        currency: string | null;
        valueFen: number;
        leaderFen: number;
        leaderTotalFen: number;
      }>(
        `MATCH (c:Company {id: $companyId})-[m:MEMBER_OF]->(ch:Chain) WHERE ch.leaderId <> $companyId
         CALL (c, ch) {
           OPTIONAL MATCH (buyer:Company)-[mb:MEMBER_OF]->(ch)
           WHERE mb.status IN $statuses
           OPTIONAL MATCH (buyer)-[:PLACED]->(o:PurchaseOrder {supplierId: c.id}) WHERE o.status <> 'CANCELLED'
           RETURN sum(o.totalFen) AS valueFen, head(collect(o.currency)) AS currency
         }
         CALL (c, ch) {
           OPTIONAL MATCH (:Company {id: ch.leaderId})-[:PLACED]->(o:PurchaseOrder) WHERE o.status <> 'CANCELLED'
           RETURN sum(o.totalFen) AS leaderTotalFen, sum(CASE WHEN o.supplierId = c.id THEN o.totalFen ELSE 0 END) AS leaderFen
         }
         RETURN ch.id AS chainId, ch.leaderId AS leaderId, m.status AS status, currency, valueFen, leaderFen, leaderTotalFen`,
        { companyId, statuses: IN_NETWORK },
      );
      return Promise.all(
        chains.map(async (ch) => ({
          chainId: ch.chainId,
          leaderId: ch.leaderId,
          status: ch.status,
          tier: (await tiersOf(ch.chainId, ch.leaderId)).get(companyId) ?? null,
          orderValueFen: ch.valueFen,
          currency: ch.currency ?? 'CNY',
          sharePerMille:
            ch.leaderTotalFen > 0 ? Math.round((ch.leaderFen * 1000) / ch.leaderTotalFen) : 0,
        })),
      );
    },
  };
}
