/**
 * Matching products to an SME's measured gaps (供需匹配), its budget and engagements, and the chain
 * leader's sponsorship (链主带动): schema/graphql/providers.graphql.
 */
import { graphql } from '../../gql';

export const ReasonFields = graphql(`
  fragment ReasonFields on MatchReason {
    code
    scenarioId
    currentLevel
    targetLevel
    zh
    en
  }
`);

export const SponsorshipFields = graphql(`
  fragment SponsorshipFields on Sponsorship {
    id
    share
    monthlyShare {
      amount
      currency
    }
    note
    status
    since
    endedAt
    chain {
      id
      name
    }
    leader {
      id
      name
    }
    product {
      id
      name
      version
      status
      monthlyPrice {
        amount
        currency
      }
      provider {
        id
        name
      }
    }
  }
`);

export const RecommendationsFields = graphql(`
  fragment RecommendationsFields on Recommendations {
    company {
      id
      name
    }
    budget {
      amount
      currency
    }
    emptyReason
    gaps {
      ...ReasonFields
    }
    items {
      product {
        ...ProductFields
        outcomes {
          delivered
          minimum
          shown
        }
      }
      reasons {
        ...ReasonFields
      }
      sponsorships {
        ...SponsorshipFields
      }
      netMonthlyPrice {
        amount
        currency
      }
    }
  }
`);

export const RecommendedProducts = graphql(`
  query RecommendedProducts($companyId: ID!) {
    recommendedProducts(companyId: $companyId) {
      ...RecommendationsFields
    }
  }
`);

export const SetServiceBudget = graphql(`
  mutation SetServiceBudget($monthlyCap: Decimal) {
    setServiceBudget(monthlyCap: $monthlyCap) {
      ...RecommendationsFields
    }
  }
`);

/** The SME's plan tasks a product can be engaged for. */
export const PlanTasks = graphql(`
  query PlanTasks($companyId: ID!) {
    improvementPlans(companyId: $companyId) {
      id
      createdAt
      tasks {
        id
        title
        scenarioId
        status
        dueDate
        engagement {
          id
          status
        }
      }
    }
  }
`);

export const ProposeEngagement = graphql(`
  mutation ProposeEngagement($input: ProposeEngagementInput!) {
    proposeEngagement(input: $input) {
      ...EngagementFields
    }
  }
`);

export const MySponsorships = graphql(`
  query MySponsorships {
    mySponsorships {
      ...SponsorshipFields
    }
  }
`);

export const ChainSponsorships = graphql(`
  query ChainSponsorships($chainId: ID!) {
    chainSponsorships(chainId: $chainId) {
      sponsorship {
        ...SponsorshipFields
      }
      byTier {
        tier
        members
        engaged
        delivered
      }
    }
  }
`);

export const SponsorProduct = graphql(`
  mutation SponsorServiceProduct($input: SponsorProductInput!) {
    sponsorServiceProduct(input: $input) {
      ...SponsorshipFields
    }
  }
`);

export const EndSponsorship = graphql(`
  mutation EndSponsorship($sponsorshipId: ID!) {
    endSponsorship(sponsorshipId: $sponsorshipId) {
      ...SponsorshipFields
    }
  }
`);
