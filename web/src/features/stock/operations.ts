/** Stock positions (库存), reported by their owner and shared by consent, live by subscription. */
import { graphql } from '../../gql';

export const Stock = graphql(`
  query SupplierStock($companyId: ID!) {
    stock(companyId: $companyId) {
      sku
      productName
      warehouse
      quantity
      updatedAt
    }
  }
`);

export const StockCoverage = graphql(`
  query StockCoverage($companyId: ID!) {
    stockCoverage(companyId: $companyId) {
      products
      followsOrders
      emptyReason
      message
    }
  }
`);

export const StockChanged = graphql(`
  subscription StockChanged($companyId: ID!) {
    stockChanged(companyId: $companyId) {
      sku
      productName
      warehouse
      quantity
      updatedAt
    }
  }
`);

export const ReportStock = graphql(`
  mutation ReportStock($positions: [StockInput!]!) {
    reportStock(positions: $positions) {
      eventId
      status
    }
  }
`);

export const LowStock = graphql(`
  query LowStock($companyId: ID!) {
    lowStock(companyId: $companyId) {
      sku
      onHand
      openDemand
      shortfall
    }
  }
`);
