/** The bank's risk views: its exposure by debtor, borrower and chain; circular trades; receivables without a delivery behind them. */
import { graphql } from '../../gql';

export const Exposure = graphql(`
  query BankExposure {
    bankExposure {
      largestDebtorShare
      total {
        amount
        currency
      }
      byDebtor {
        share
        company {
          id
          name
        }
        amount {
          amount
          currency
        }
      }
      byBorrower {
        share
        company {
          id
          name
        }
        amount {
          amount
          currency
        }
      }
      byChain {
        share
        chain {
          id
          name
        }
        amount {
          amount
          currency
        }
      }
    }
  }
`);

export const Risk = graphql(`
  query BankRisk {
    orders: circularTrades(kind: ORDERS) {
      kind
      companies {
        id
        name
      }
    }
    receivables: circularTrades(kind: RECEIVABLES) {
      kind
      companies {
        id
        name
      }
    }
    undeliveredBacking {
      orderStatus
      receivable {
        id
        amount {
          amount
          currency
        }
        holder {
          id
          name
        }
        debtor {
          id
          name
        }
      }
    }
  }
`);
