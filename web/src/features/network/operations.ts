/** The leader's supplier network: members, their links, moves on a member, single-source risks. */
import { graphql } from '../../gql';

export const Network = graphql(`
  query SupplierNetwork($chainId: ID!, $filter: NetworkFilter) {
    supplierNetwork(chainId: $chainId, filter: $filter, first: 500) {
      total
      nodes {
        tier
        pathToLeader
        risks
        status
        company {
          id
          name
          uscc
          region
          industry
        }
      }
      links {
        supplierId
        buyerId
        products
      }
    }
  }
`);

export const ChangeMemberStatus = graphql(`
  mutation ChangeMemberStatus($chainId: ID!, $companyId: ID!, $move: MemberMove!) {
    changeMemberStatus(chainId: $chainId, companyId: $companyId, move: $move) {
      status
    }
  }
`);

export const PathToLeader = graphql(`
  query PathToLeader($chainId: ID!, $supplierId: ID!) {
    pathToLeader(chainId: $chainId, supplierId: $supplierId) {
      id
      name
    }
  }
`);

export const Risks = graphql(`
  query SingleSourceRisks($chainId: ID!) {
    singleSourceRisks(chainId: $chainId) {
      product
      buyerTier
      buyer {
        id
        name
      }
      supplier {
        id
        name
      }
    }
  }
`);
