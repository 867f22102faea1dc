/** The authority's regional view (schema/graphql/regional.graphql): aggregates for its region only. */
import { graphql } from '../../gql';

export const StatTableFields = graphql(`
  fragment StatTableFields on StatTable {
    key
    zh
    en
    columns {
      key
      zh
      en
      unit
    }
    rows {
      key
      zh
      en
      cells {
        value
        hidden
      }
    }
  }
`);

export const RegionalStatisticsQuery = graphql(`
  query RegionalStatistics($months: Int) {
    regionalStatistics(months: $months) {
      region {
        code
        name
        fullName
        level
      }
      asOf
      companies
      minimumCompanies
      methodZh
      methodEn
      gradesByIndustry {
        ...StatTableFields
      }
      gradesOverTime {
        ...StatTableFields
      }
      coverage {
        ...StatTableFields
      }
      finance {
        ...StatTableFields
      }
      providerOutcomes {
        ...StatTableFields
      }
      consentingCompanies {
        company {
          id
          name
          uscc
          industry
        }
        grade {
          rank
          zh
          en
        }
        submittedAt
      }
    }
  }
`);
