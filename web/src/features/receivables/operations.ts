/** Receivables (应收账款) as their debtor sees them. */
import { graphql } from '../../gql';

export const LeaderFinance = graphql(`
  query LeaderFinance {
    leaderFinance {
      awaitingConfirmation {
        amount
        currency
      }
      confirmedOutstanding {
        amount
        currency
      }
      overdue {
        amount
        currency
      }
      financedAgainst {
        amount
        currency
      }
      financedReceivables
      dueByMonth {
        month
        receivables
        amount {
          amount
          currency
        }
      }
    }
    receivables(role: DEBTOR, first: 200) {
      id
      status
      invoiceNumber
      issuedOn
      dueDate
      longTenor
      amount {
        amount
        currency
      }
      creditor {
        id
        name
      }
      holder {
        id
        name
      }
    }
    pledges(first: 200) {
      id
      registerNumber
      status
      loanEndDate
      bank {
        id
        name
      }
      holder {
        id
        name
      }
      offer {
        advance {
          amount
          currency
        }
      }
      receivable {
        id
        amount {
          amount
          currency
        }
      }
    }
  }
`);

export const Confirm = graphql(`
  mutation ConfirmReceivables($ids: [ID!]!) {
    confirmReceivables(ids: $ids) {
      id
      status
    }
  }
`);

export const ReceivableChanged = graphql(`
  subscription ReceivableChanged {
    receivableChanged {
      id
      status
    }
  }
`);
