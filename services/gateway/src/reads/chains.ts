/** Chains and memberships. */
import {
  IN_NETWORK,
  type InvitationFacts,
  type InviteeFacts,
  type MemberStatus,
} from '@chainlift/domain';
import type { Read } from './graph';

export interface ChainRow {
  id: string;
  name: string;
  leaderId: string;
  createdAt: string;
}

export interface MembershipRow {
  chainId: string;
  companyId: string;
  status: MemberStatus;
  since: string;
}

export interface InvitationRow extends InvitationFacts {
  chainName: string;
  inviterName: string;
  companyName: string;
  uscc: string;
}

export interface OwnSupplierRow {
  supplierId: string;
  products: string[];
  since: string;
  confirmed: boolean;
  memberships: MembershipRow[];
}

export interface OwnBuyerRow {
  buyerId: string;
  products: string[];
  since: string;
  confirmed: boolean;
}

const CHAIN = `ch { .id, .name, .leaderId, createdAt: toString(ch.createdAt) }`;
const MEMBERSHIP = `{ chainId: ch.id, companyId: c.id, status: m.status, since: toString(m.since) }`;

export function chainReads(read: Read) {
  return {
    async byId(id: string): Promise<ChainRow | undefined> {
      return (await read<ChainRow>(`MATCH (ch:Chain {id: $id}) RETURN ${CHAIN}`, { id }))[0];
    },
    async ledBy(companyId: string): Promise<ChainRow | undefined> {
      return (
        await read<ChainRow>(
          `MATCH (:Company {id: $companyId})-[:LEADS]->(ch:Chain) RETURN ${CHAIN}`,
          { companyId },
        )
      )[0];
    },
    ofCompany(companyId: string) {
      return read<MembershipRow>(
        `MATCH (c:Company {id: $companyId})-[m:MEMBER_OF]->(ch:Chain) RETURN ${MEMBERSHIP} ORDER BY ch.name`,
        { companyId },
      );
    },
    async membership(chainId: string, companyId: string): Promise<MembershipRow | undefined> {
      return (
        await read<MembershipRow>(
          `MATCH (c:Company {id: $companyId})-[m:MEMBER_OF]->(ch:Chain {id: $chainId}) RETURN ${MEMBERSHIP}`,
          {
            chainId,
            companyId,
          },
        )
      )[0];
    },
    memberCounts(chainId: string) {
      return read<{ status: MemberStatus; count: number }>(
        `MATCH (:Chain {id: $chainId})<-[m:MEMBER_OF]-() RETURN m.status AS status, count(*) AS count ORDER BY status`,
        { chainId },
      );
    },
    /**
     * The buyer's own suppliers (SUPPLIES links into it), each with its memberships in the chains
     * the buyer is in (any status); with a chain, only suppliers in it and only its membership.
     */
    suppliersOf(buyerId: string, chainId: string | null) {
      return read<OwnSupplierRow>(
        `MATCH (s:Company)-[l:SUPPLIES]->(b:Company {id: $buyerId})
         OPTIONAL MATCH (b)-[bm:MEMBER_OF]->(ch:Chain)<-[m:MEMBER_OF]-(s)
           WHERE bm.status IN $inNetwork AND ($chainId IS NULL OR ch.id = $chainId)
         WITH s, l, collect(CASE WHEN ch IS NULL THEN null ELSE
                { chainId: ch.id, companyId: s.id, status: m.status, since: toString(m.since) } END) AS memberships
         WHERE $chainId IS NULL OR size(memberships) > 0
         RETURN { supplierId: s.id, products: coalesce(l.products, []), since: toString(l.since),
                  confirmed: coalesce(l.confirmed, false), memberships: memberships } ORDER BY s.name, s.id`,
        { buyerId, chainId, inNetwork: IN_NETWORK },
      );
    },
    /** The companies that name the supplier as theirs (SUPPLIES links out of it), pending ones first. */
    buyersOf(supplierId: string) {
      return read<OwnBuyerRow>(
        `MATCH (s:Company {id: $supplierId})-[l:SUPPLIES]->(b:Company)
         RETURN { buyerId: b.id, products: coalesce(l.products, []), since: toString(l.since),
                  confirmed: coalesce(l.confirmed, false) } AS row
         ORDER BY row.confirmed, b.name, b.id`,
        { supplierId },
      );
    },
    /** Companies that exist, by USCC, with what the invitation rules need (their status in the chain). */
    async inviteesByUscc(chainId: string, usccs: string[]): Promise<Map<string, InviteeFacts>> {
      const found = await read<{
        uscc: string;
        facts: InviteeFacts & { status: MemberStatus | null };
      }>(
        `UNWIND $usccs AS uscc MATCH (c:Company {uscc: uscc})
         OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Chain {id: $chainId})
         RETURN uscc, { companyId: c.id, kind: c.kind, status: m.status, hasUsers: EXISTS { (:User)-[:WORKS_AT]->(c) },
                        provisional: c.region IS NULL,
                        linkedInChain: EXISTS { (:Invitation {chainId: $chainId, companyId: c.id}) } } AS facts`,
        { chainId, usccs },
      );
      return new Map(
        found.map((f) => [f.uscc, { ...f.facts, status: f.facts.status ?? undefined }]),
      );
    },
    /** An invitation link by its token's hash, with what the sign-up rule and the sign-up page need. */
    async invitationByTokenHash(tokenHash: string): Promise<InvitationRow | undefined> {
      const [row] = await read<InvitationRow & { memberStatus: MemberStatus | null }>(
        `MATCH (i:Invitation {tokenHash: $tokenHash}) MATCH (c:Company {id: i.companyId})
         MATCH (ch:Chain {id: i.chainId}) OPTIONAL MATCH (inviter:Company {id: i.invitedBy})
         OPTIONAL MATCH (c)-[m:MEMBER_OF]->(ch)
         RETURN i { .chainId, .companyId, .email, expiresAt: toString(i.expiresAt), usedAt: toString(i.usedAt),
                    memberStatus: m.status, companyHasUsers: EXISTS { (:User)-[:WORKS_AT]->(c) },
                    provisional: c.region IS NULL, chainName: ch.name, inviterName: coalesce(inviter.name, ''),
                    companyName: c.name, uscc: c.uscc }`,
        { tokenHash },
      );
      return row ? { ...row, memberStatus: row.memberStatus ?? undefined } : undefined;
    },
  };
}

export type ChainReads = ReturnType<typeof chainReads>;
