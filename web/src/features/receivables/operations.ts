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

/** Receivables as their holder sees them (an SME), with its pledge applications. */
export const Held = graphql(`
  query HeldReceivables {
    receivables(role: HOLDER, first: 200) {
      id
      rootId
      parentId
      status
      invoiceNumber
      issuedOn
      dueDate
      longTenor
      amount {
        amount
        currency
      }
      debtor {
        id
        name
      }
      creditor {
        id
        name
      }
      activePledge {
        id
        registerNumber
        status
      }
    }
    pledges(first: 200) {
      id
      registerNumber
      status
      requestedOn
      loanEndDate
      reason
      bank {
        id
        name
      }
      product {
        id
        name
      }
      receivable {
        id
        amount {
          amount
          currency
        }
      }
      offer {
        advance {
          amount
          currency
        }
        interest {
          amount
          currency
        }
        net {
          amount
          currency
        }
        days
      }
    }
    financeProducts {
      id
      name
      advanceRate
      annualRate
      bank {
        id
        name
      }
    }
    mySuppliers {
      supplier {
        id
        name
      }
    }
  }
`);

export const Split = graphql(`
  mutation SplitReceivable($id: ID!, $amounts: [Decimal!]!) {
    splitReceivable(id: $id, amounts: $amounts) {
      id
      status
    }
  }
`);

export const Transfer = graphql(`
  mutation TransferReceivable($id: ID!, $toCompanyId: ID!) {
    transferReceivable(id: $id, toCompanyId: $toCompanyId) {
      id
      status
    }
  }
`);

export const Apply = graphql(`
  mutation ApplyForFinancing($receivableId: ID!, $productId: ID!, $loanEndDate: Date!) {
    applyForFinancing(
      receivableId: $receivableId
      productId: $productId
      loanEndDate: $loanEndDate
    ) {
      id
      registerNumber
      status
    }
  }
`);

export const Changed = graphql(`
  subscription HeldReceivableChanged {
    receivableChanged {
      id
      status
    }
  }
`);

export const PledgeChanged = graphql(`
  subscription ApplicantPledgeChanged {
    pledgeChanged {
      id
      status
      registerNumber
    }
  }
`);
