/**
 * Service providers' GraphQL operations (schema/graphql/providers.graphql): products (publish,
 * revise → a new version, withdraw, history), engagements and measured outcomes. The SME's and
 * the leader's side of matching lives in features/matching.
 */
import { graphql } from '../../gql';

export const ProductFields = graphql(`
  fragment ProductFields on ServiceProduct {
    id
    status
    version
    name
    description
    monthlyPrice {
      amount
      currency
    }
    scenarios {
      scenarioId
      zh
      en
      targetLevel
    }
    industries
    regions {
      code
      name
      fullName
    }
    deliveryDays
    references
    publishedAt
    withdrawnAt
    provider {
      id
      name
    }
  }
`);

export const OutcomeFields = graphql(`
  fragment OutcomeFields on ProductOutcomes {
    delivered
    minimum
    shown
    methodZh
    methodEn
    scenarios {
      scenarioId
      zh
      en
      measurable
      atDelivery {
        engagements
        improved
        unchanged
        declined
        averageChange
      }
      after90Days {
        engagements
        improved
        unchanged
        declined
        averageChange
      }
    }
  }
`);

export const EngagementFields = graphql(`
  fragment EngagementFields on Engagement {
    id
    status
    productVersion
    company {
      id
      name
    }
    provider {
      id
      name
    }
    product {
      id
      name
    }
    task {
      id
      title
      scenarioId
      dueDate
    }
    monthlyPrice {
      amount
      currency
    }
    sponsorship {
      id
      share
      monthlyShare {
        amount
        currency
      }
      leader {
        id
        name
      }
    }
    assessmentShared
    note
    proposedAt
    acceptedOn
    deliveredOn
    cancelledAt
  }
`);

export const ServiceProducts = graphql(`
  query ServiceProducts($filter: ServiceProductFilter, $first: Int, $offset: Int) {
    serviceProducts(filter: $filter, first: $first, offset: $offset) {
      ...ProductFields
    }
  }
`);

export const ProductHistory = graphql(`
  query ServiceProductHistory($id: ID!) {
    serviceProduct(id: $id) {
      id
      history {
        version
        name
        description
        monthlyPrice {
          amount
          currency
        }
        scenarios {
          scenarioId
          zh
          en
          targetLevel
        }
        industries
        regions {
          code
          fullName
        }
        deliveryDays
        references
        publishedAt
      }
    }
  }
`);

export const PublishProduct = graphql(`
  mutation PublishServiceProduct($input: ServiceProductInput!) {
    publishServiceProduct(input: $input) {
      ...ProductFields
    }
  }
`);

export const ReviseProduct = graphql(`
  mutation ReviseServiceProduct($productId: ID!, $input: ServiceProductInput!) {
    reviseServiceProduct(productId: $productId, input: $input) {
      ...ProductFields
    }
  }
`);

export const WithdrawProduct = graphql(`
  mutation WithdrawServiceProduct($productId: ID!) {
    withdrawServiceProduct(productId: $productId) {
      ...ProductFields
    }
  }
`);

export const Engagements = graphql(`
  query Engagements($status: EngagementStatus) {
    engagements(status: $status) {
      ...EngagementFields
    }
  }
`);

export const ActOnEngagement = graphql(`
  mutation ActOnEngagement($engagementId: ID!, $action: EngagementAction!, $note: String) {
    actOnEngagement(engagementId: $engagementId, action: $action, note: $note) {
      ...EngagementFields
    }
  }
`);

export const ProviderOutcomesQuery = graphql(`
  query ProviderOutcomes($providerId: ID!) {
    providerOutcomes(providerId: $providerId) {
      provider {
        id
        name
      }
      outcomes {
        ...OutcomeFields
      }
      products {
        id
        name
        version
        status
        outcomes {
          ...OutcomeFields
        }
      }
    }
  }
`);

/** An engaged SME's assessment, as a provider with the SME's ASSESSMENT consent sees it. */
export const SharedAssessment = graphql(`
  query SharedAssessment($companyId: ID!) {
    assessment(companyId: $companyId) {
      company {
        id
        name
      }
      latest {
        id
        submittedAt
        result {
          ...ResultFields
        }
      }
    }
    evidence(companyId: $companyId) {
      ...EvidenceFields
    }
  }
`);

/** The MIIT scenarios a product may address, and the highest level. */
export const ScenarioChoices = graphql(`
  query ScenarioChoices {
    questionnaire {
      version
      maxLevel
      scenarios {
        id
        zh
        en
      }
    }
  }
`);
