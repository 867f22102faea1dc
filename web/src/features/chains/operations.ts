/** The chains a company belongs to or leads, and creating one. */
import { graphql } from '../../gql';
import type { MemberStatus } from '../../gql/graphql';

export const MyChains = graphql(`
  query MyChains {
    myChains {
      status
      tier
      since
      chain {
        id
        name
        leader {
          id
          name
          region
        }
        memberCounts {
          status
          count
        }
      }
    }
  }
`);

export const CreateChain = graphql(`
  mutation CreateChain($name: String!) {
    createChain(name: $name) {
      id
      name
    }
  }
`);

/** The chain a leader's tabs work on. */
export type ChainView = {
  id: string;
  name: string;
  leader: { id: string; name: string; region?: string | null };
  memberCounts: { status: MemberStatus; count: number }[];
};

/** The chains an SME belongs to, and its standing in each. */
export const Memberships = graphql(`
  query SmeChains {
    myChains {
      status
      tier
      since
      chain {
        id
        name
        leader {
          id
          name
        }
      }
    }
  }
`);
