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
