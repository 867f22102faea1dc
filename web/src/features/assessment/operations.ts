/** The digital-level assessment's GraphQL operations (schema/graphql/assessment.graphql), shared by the leader's and the SME's screens. */
import { graphql } from '../../gql';

export const ResultFields = graphql(`
  fragment ResultFields on AssessmentResult {
    total
    maxTotal
    grade {
      rank
      zh
      en
    }
    reason {
      zh
      en
    }
    dimensions {
      id
      zh
      en
      points
      maxPoints
    }
    scenarios {
      scenarioId
      zh
      en
      group
      mandatory
      level
    }
  }
`);

export const PlanFields = graphql(`
  fragment PlanFields on ImprovementPlan {
    id
    createdAt
    company {
      id
      name
    }
    plannedBy {
      id
      name
    }
    targets {
      scenarioId
      zh
      en
      level
      baseLevel
      currentLevel
      reached
    }
    tasks {
      id
      title
      scenarioId
      owner {
        id
        name
      }
      dueDate
      status
      overdue
      note
      updatedAt
    }
  }
`);

export const EvidenceFields = graphql(`
  fragment EvidenceFields on Evidence {
    windowDays
    disagreements
    facts {
      chainMember
      declaredSuppliers
      stockReports
      stockReportDays
      stockReportsViaIngest
      ordersPlaced
      orderActions
      orderEventsViaIngest
      deliveredOrders
      onTimeDeliveries
      onTimeRate
      sharesInventoryWithLeader
      receivablesRegistered
      receivablesConfirmed
    }
    scenarios {
      scenarioId
      zh
      en
      declaredLevel
      evidencedLevel
      ceiling
      agreement
      disagrees
      levels {
        level
        met
        conditions {
          code
          met
          zh
          en
        }
      }
    }
  }
`);

export const QuestionnaireQuery = graphql(`
  query Questionnaire {
    questionnaire {
      version
      zh
      en
      notice
      maxScore
      maxLevel
      dimensions {
        id
        zh
        en
        maxPoints
        groups {
          id
          zh
          en
          maxPoints
          items {
            id
            zh
            en
            type
            maxPoints
            options {
              id
              zh
              en
              points
            }
            bands {
              upTo
              points
            }
          }
        }
      }
      scenarioGroups {
        id
        zh
        en
      }
      scenarios {
        id
        zh
        en
        group
        mandatory
        levels {
          level
          zh
          en
        }
      }
      grades {
        rank
        zh
        en
        descriptionZh
        descriptionEn
      }
    }
  }
`);

export const MyAssessments = graphql(`
  query MyAssessments {
    myAssessments {
      id
      status
      answered
      total
      missing
      savedAt
      submittedAt
      answers {
        items {
          itemId
          option
          checked
          percent
        }
        scenarios {
          scenarioId
          level
        }
      }
    }
  }
`);

export const SaveDraft = graphql(`
  mutation SaveAssessmentDraft($answers: AssessmentAnswersInput!) {
    saveAssessmentDraft(answers: $answers) {
      id
      status
      answered
      total
      savedAt
    }
  }
`);

export const Submit = graphql(`
  mutation SubmitAssessment($answers: AssessmentAnswersInput) {
    submitAssessment(answers: $answers) {
      id
      status
      submittedAt
      result {
        ...ResultFields
      }
    }
  }
`);

/** One company's assessment as its owner or a consenting company's leader sees it. */
export const CompanyAssessment = graphql(`
  query CompanyAssessment($companyId: ID!) {
    assessment(companyId: $companyId) {
      company {
        id
        name
      }
      history {
        id
        submittedAt
        questionnaireVersion
        result {
          ...ResultFields
        }
      }
    }
    evidence(companyId: $companyId) {
      ...EvidenceFields
    }
    improvementPlans(companyId: $companyId) {
      ...PlanFields
    }
  }
`);

export const PlanImprovement = graphql(`
  mutation PlanImprovement($input: PlanImprovementInput!) {
    planImprovement(input: $input) {
      ...PlanFields
    }
  }
`);

export const UpdateTask = graphql(`
  mutation UpdateImprovementTask($taskId: ID!, $status: TaskStatus!, $note: String) {
    updateImprovementTask(taskId: $taskId, status: $status, note: $note) {
      id
      status
      overdue
      note
      updatedAt
    }
  }
`);

export const ChainDashboardQuery = graphql(`
  query ChainDashboard($chainId: ID!, $months: Int) {
    chainDashboard(chainId: $chainId, months: $months) {
      coverage {
        members
        joined
        streaming
        sharingInventory
        assessed
      }
      grades {
        rank
        zh
        en
        count
      }
      byTier {
        key
        assessed
        grades {
          rank
          zh
          en
          count
        }
      }
      byRegion {
        key
        assessed
        grades {
          rank
          zh
          en
          count
        }
      }
      byIndustry {
        key
        assessed
        grades {
          rank
          zh
          en
          count
        }
      }
      weakestScenarios {
        scenarioId
        zh
        en
        averageLevel
        lagging
        assessed
      }
      movement {
        improved
        declined
        unchanged
        firstAssessment
      }
      timeline {
        month
        assessed
        grades {
          rank
          zh
          en
          count
        }
      }
      suppliers {
        ...DashboardSupplierFields
      }
      helpFirst {
        ...DashboardSupplierFields
      }
    }
  }
`);

export const DashboardSupplierFields = graphql(`
  fragment DashboardSupplierFields on DashboardSupplier {
    company {
      id
      name
      region
      industry
    }
    tier
    grade {
      rank
      zh
      en
    }
    previousGrade {
      rank
      zh
      en
    }
    total
    submittedAt
    volumeShare
    disagreements
  }
`);
