import { graphql } from '../../gql';

export const StrategyParts = graphql(`
  fragment StrategyParts on StrategyRecommendation {
    asOf
    top
    confidence
    classification
    evidenceWithheld
    truncated
    reviewRequired
    reviewReasons
    missingEvidence
    ranking {
      rank
      strategy
      score
      contributions {
        factor
        level
        points
        evidence
        rules
      }
    }
    counterfactuals {
      strategy
      insteadOf
      statement
      distance
      changes {
        characteristic
        from
        to
      }
    }
    characteristics {
      name
      level
      value
      source
    }
    evidence {
      id
      kind
      summary
    }
    narrative {
      text
      source
      fallbackReason
      claims {
        text
        evidence
      }
    }
  }
`);

export const RecommendationDocument = graphql(`
  query ConsoleRecommendation($useCase: ID!) {
    node(id: $useCase) {
      id
      ... on UseCase {
        redacted
        name
        description
      }
    }
    recommendations(useCase: $useCase, first: 1) {
      edges {
        node {
          id
          redacted
          createdAt
          createdBy
          result {
            ...StrategyParts
          }
          decisions(first: 20) {
            edges {
              node {
                id
                strategy
                followed
                justification
                createdAt
                createdBy
              }
            }
          }
        }
      }
    }
  }
`);

export const WhatIfDocument = graphql(`
  query ConsoleWhatIf($useCase: ID, $profile: StrategyProfileInput!) {
    whatIfStrategy(useCase: $useCase, profile: $profile) {
      ...StrategyParts
    }
  }
`);

export const DecideDocument = graphql(`
  mutation ConsoleDecide($input: RecordStrategyDecisionInput!) {
    recordStrategyDecision(input: $input) {
      id
      strategy
      followed
      justification
      createdAt
      createdBy
    }
  }
`);
