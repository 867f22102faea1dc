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
