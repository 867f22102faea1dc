/** Receivable pledges (应收账款质押) as the bank sees them: its pool, acting on one, live changes. */
import { graphql } from '../../gql';

export const Pool = graphql(`
  query ReceivablePool($productId: ID!, $loanEndDate: Date!) {
    receivablePool(productId: $productId, loanEndDate: $loanEndDate) {
      eligible
      ineligibilities {
        code
        message
      }
      receivable {
        id
        status
        dueDate
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
        activePledge {
          id
          registerNumber
          status
        }
      }
      offer {
        days
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
      }
    }
  }
`);

export const Pledges = graphql(`
  query BankPledges {
    pledges(first: 200) {
      id
      registerNumber
      status
      requestedOn
      loanEndDate
      reason
      registrationRisk
      registration {
        number
        registeredAt
        amount {
          amount
          currency
        }
        termMonths
        expiresOn
      }
      holder {
        id
        name
      }
      product {
        id
        name
      }
      receivable {
        id
        dueDate
        amount {
          amount
          currency
        }
        debtor {
          id
          name
        }
      }
      offer {
        days
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
      }
    }
  }
`);

export const ActOnPledge = graphql(`
  mutation ActOnPledge($id: ID!, $action: PledgeAction!, $reason: String) {
    actOnPledge(id: $id, action: $action, reason: $reason) {
      id
      status
      registerNumber
    }
  }
`);

/** Pledges the bank is a party to, pushed when one is requested or changes status. */
export const BankPledgeChanged = graphql(`
  subscription BankPledgeChanged {
    pledgeChanged {
      id
      status
      registerNumber
    }
  }
`);

/** The bank records where a pledge is registered (中登网): a term in months or an end date. */
export const RecordPledgeRegistration = graphql(`
  mutation RecordPledgeRegistration(
    $pledgeId: ID!
    $registrationNumber: String!
    $registeredAt: DateTime!
    $amount: Decimal!
    $termMonths: Int
    $expiresAt: Date
  ) {
    recordPledgeRegistration(
      pledgeId: $pledgeId
      registrationNumber: $registrationNumber
      registeredAt: $registeredAt
      amount: $amount
      termMonths: $termMonths
      expiresAt: $expiresAt
    ) {
      id
      registerNumber
      registrationRisk
      registration {
        number
        expiresOn
      }
    }
  }
`);

/** The registry form's fields of each approved or disbursed pledge of the bank. */
export const PledgeRegistrationForms = graphql(`
  query PledgeRegistrationForms($unregisteredOnly: Boolean) {
    pledgeRegistrationForms(unregisteredOnly: $unregisteredOnly) {
      pledgeId
      registerNumber
      status
      pledgor {
        name
        uscc
      }
      pledgee {
        name
        uscc
      }
      description
      receivableId
      debtor {
        name
        uscc
      }
      receivableAmount {
        amount
        currency
      }
      dueDate
      amount {
        amount
        currency
      }
      termMonths
      registrationNumber
      registrationRisk
    }
  }
`);
