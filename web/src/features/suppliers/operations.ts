/** An SME's own upstream suppliers (supply links it declares). */
import { graphql } from '../../gql';

export const Declare = graphql(`
  mutation DeclareSupplier($supplierId: ID!, $products: [String!]) {
    declareSupplier(supplierId: $supplierId, products: $products) {
      eventId
      status
    }
  }
`);

export const Smes = graphql(`
  query SmeCompanies {
    companies(kind: SME, first: 200) {
      id
      name
      region
    }
  }
`);

export const MySuppliersQuery = graphql(`
  query MySuppliers($chainId: ID) {
    mySuppliers(chainId: $chainId) {
      supplier {
        id
        name
        uscc
        region
      }
      products
      since
      memberships {
        status
        tier
        chain {
          id
          name
        }
      }
    }
  }
`);

/** Its own upstream suppliers: what each supplies, and its status and tier in the SME's chains. */
