/** Consents (数据授权): what a company shares with whom. */
import { graphql } from '../../gql';

export const ReceivedConsents = graphql(`
  query ReceivedConsents {
    consents(direction: RECEIVED) {
      id
      scope
      status
      grantor {
        id
        name
      }
      expiresAt
    }
  }
`);

export const Consents = graphql(`
  query GrantedConsents {
    consents(direction: GRANTED) {
      id
      scope
      status
      expiresAt
      grantedAt
      grantee {
        id
        name
        kind
      }
    }
    accessLog {
      at
      scope
      what
      viewerUserEmail
      viewer {
        id
        name
      }
    }
  }
`);

export const Candidates = graphql(`
  query ConsentCandidates($scope: ConsentScope) {
    consentCandidates(scope: $scope) {
      company {
        id
        name
        kind
      }
      relations
      scopes
      granted
    }
  }
`);

export const Grant = graphql(`
  mutation GrantConsent(
    $granteeId: ID!
    $scope: ConsentScope!
    $expiresAt: DateTime
    $products: [String!]
  ) {
    grantConsent(granteeId: $granteeId, scope: $scope, expiresAt: $expiresAt, products: $products) {
      id
      status
      products
    }
  }
`);

export const Revoke = graphql(`
  mutation RevokeConsent($consentId: ID!) {
    revokeConsent(consentId: $consentId) {
      id
      status
    }
  }
`);
