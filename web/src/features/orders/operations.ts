/** Purchase orders: suppliers' KPIs for the buyer. */
import { graphql } from '../../gql';

export const Kpis = graphql(`
  query SupplierKpis {
    supplierKpis {
      supplier {
        id
        name
      }
      orders
      delivered
      onTime
      onTimePerMille
      openValue {
        amount
        currency
      }
      leadTimeDaysTenths
    }
  }
`);

export const OrderPartnersQuery = graphql(`
  query OrderPartners {
    mySuppliers {
      supplier {
        id
        name
      }
      products
    }
    myChains {
      status
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

/** Its own purchases, and placing an order with its own suppliers or a leader of its chains. */
