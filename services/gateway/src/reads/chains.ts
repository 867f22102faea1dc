/** Chains and memberships. */
import type { MemberStatus } from '@chainlift/domain';
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
    /** Members of a chain (in any status) by USCC, for invitation reports. */
    membersByUscc(chainId: string, usccs: string[]) {
      return read<{ uscc: string; companyId: string; status: MemberStatus | null }>(
        `UNWIND $usccs AS uscc MATCH (c:Company {uscc: uscc})
         OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Chain {id: $chainId})
         RETURN uscc, c.id AS companyId, m.status AS status`,
        { chainId, usccs },
      );
    },
  };
}

export type ChainReads = ReturnType<typeof chainReads>;
