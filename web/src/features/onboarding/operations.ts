/** Bringing suppliers into a chain: one invitation, or a CSV of them. */
import { graphql } from '../../gql';
import type { ImportSuppliersMutation } from '../../gql/graphql';

export const Invite = graphql(`
  mutation InviteSupplier($chainId: ID!, $supplier: SupplierInvite!) {
    inviteSupplier(chainId: $chainId, supplier: $supplier) {
      applied
      created
      invited
      alreadyMembers
      invalid
      rows {
        row
        uscc
        name
        status
        message
        invitationToken
        invitationExpiresAt
      }
    }
  }
`);

export const Import = graphql(`
  mutation ImportSuppliers($chainId: ID!, $csvBase64: String!) {
    importSuppliers(chainId: $chainId, csvBase64: $csvBase64) {
      applied
      created
      invited
      alreadyMembers
      invalid
      rows {
        row
        uscc
        name
        status
        message
        invitationToken
        invitationExpiresAt
      }
    }
  }
`);

export type Report = ImportSuppliersMutation['importSuppliers'];

export const Respond = graphql(`
  mutation RespondToInvitation($chainId: ID!, $accept: Boolean!) {
    respondToInvitation(chainId: $chainId, accept: $accept) {
      status
      chain {
        id
      }
    }
  }
`);
