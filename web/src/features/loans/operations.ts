/** Inventory loans (存货融资): the loans, moves on them, releasing goods, alerts, market prices, release requests. */
import { graphql } from '../../gql';

export const Loans = graphql(`
  query InventoryLoans {
    inventoryLoans {
      id
      status
      warehouse
      level
      ltv
      pledgeRate
      marginCallLtv
      liquidationLtv
      borrower {
        id
        name
      }
      bank {
        id
        name
      }
      operator {
        id
        name
      }
      principal {
        amount
        currency
      }
      collateralValue {
        amount
        currency
      }
      controlLine {
        amount
        currency
      }
      goods {
        sku
        quantity
        inStock
        unitCost {
          amount
          currency
        }
        marketPrice {
          amount
          currency
        }
      }
    }
  }
`);

export const Act = graphql(`
  mutation ActOnInventoryLoan($id: ID!, $action: InventoryLoanAction!) {
    actOnInventoryLoan(id: $id, action: $action) {
      id
      status
    }
  }
`);

export const Release = graphql(`
  mutation ReleaseGoods($loanId: ID!, $sku: String!, $quantity: Int!) {
    releaseGoods(loanId: $loanId, sku: $sku, quantity: $quantity) {
      id
      status
    }
  }
`);

export const AlertsQuery = graphql(`
  query Alerts {
    alerts(first: 20) {
      id
      level
      ltv
      causeType
      raisedAt
      collateralValue {
        amount
        currency
      }
      loan {
        id
        borrower {
          id
          name
        }
      }
    }
  }
`);

export const FinanceAlerts = graphql(`
  subscription FinanceAlerts {
    financeAlerts {
      id
      level
      ltv
      causeType
      raisedAt
      collateralValue {
        amount
        currency
      }
      loan {
        id
        level
        ltv
        borrower {
          id
          name
        }
        collateralValue {
          amount
          currency
        }
      }
    }
  }
`);

export const ReportPrice = graphql(`
  mutation ReportPrice($sku: String!, $price: Decimal!) {
    reportPrice(sku: $sku, price: $price)
  }
`);

export const ReleaseRequests = graphql(`
  query ReleaseRequests($loanId: ID, $status: ReleaseRequestStatus) {
    releaseRequests(loanId: $loanId, status: $status) {
      id
      status
      sku
      quantity
      reason
      decisionReason
      requestedAt
      ltvAfter
      levelAfter
      collateralValueAfter {
        amount
        currency
      }
      loan {
        id
        warehouse
        ltv
        level
        borrower {
          id
          name
        }
        operator {
          id
          name
        }
      }
    }
  }
`);

export const RequestRelease = graphql(`
  mutation RequestRelease($input: ReleaseRequestInput!) {
    requestRelease(input: $input) {
      id
      status
    }
  }
`);

export const ActOnRelease = graphql(`
  mutation ActOnReleaseRequest($id: ID!, $action: ReleaseRequestAction!, $reason: String) {
    actOnReleaseRequest(id: $id, action: $action, reason: $reason) {
      id
      status
    }
  }
`);

export const ExecuteRelease = graphql(`
  mutation ExecuteRelease($id: ID!) {
    executeRelease(id: $id) {
      id
      status
    }
  }
`);
