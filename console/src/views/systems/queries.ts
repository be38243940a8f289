import { graphql } from '../../gql';

export const SystemTimelineDocument = graphql(`
  query ConsoleSystemTimeline($system: ID!) {
    node(id: $system) {
      id
      ... on System {
        redacted
        name
        strategyDecisions(first: 40) {
          id
          redacted
          createdAt
          createdBy
          strategy
          recommended
          followed
          justification
          useCase {
            id
            name
          }
        }
      }
    }
    releases(system: $system, first: 40) {
      edges {
        node {
          id
          redacted
          version
          createdAt
          createdBy
          notes
          retractedAt
        }
      }
    }
    aliases(system: $system, first: 5) {
      edges {
        node {
          id
          environment
          history(first: 40) {
            edges {
              node {
                ...ConsoleAliasMoveParts
              }
            }
          }
        }
      }
    }
    driftAlerts(system: $system, first: 40) {
      edges {
        node {
          ...ConsoleDriftAlertParts
        }
      }
    }
  }
`);

/** What was recorded about one release: its evaluations, and the approval decisions on it per environment. */
export const ReleaseRecordsDocument = graphql(`
  query ConsoleReleaseRecords($subject: ID!) {
    evaluationRuns(subject: $subject, first: 50) {
      edges {
        node {
          id
          redacted
          createdAt
          primaryMetric
          score
          threshold
          passed
          subjectId
        }
      }
    }
    approvals(subject: $subject, first: 50) {
      edges {
        node {
          id
          redacted
          createdAt
          approver
          decision
          environment
          justification
          subjectId
        }
      }
    }
  }
`);

/** The system's monitors with their newest checks (a separate answer: a refusal leaves the rest of the timeline). */
export const MonitorChecksDocument = graphql(`
  query ConsoleMonitorChecks($system: ID!) {
    monitors(system: $system) {
      monitor {
        id
        redacted
        name
        environment
        signal
      }
      recentChecks {
        id
        redacted
        createdAt
        asOf
        outcome
        warning
        statistic
        threshold
        release {
          id
          version
        }
      }
    }
  }
`);

export const DiffDocument = graphql(`
  query ConsoleDiff($a: ID!, $b: ID!) {
    diff(a: $a, b: $b) {
      type
      sameContent
      pins {
        slot
        change
        before
        after
        artifact
      }
      changes {
        field
        before {
          ...DiffValueParts
        }
        after {
          ...DiffValueParts
        }
      }
    }
  }
  fragment DiffValueParts on DiffValue {
    __typename
    ... on BooleanValue {
      boolean
    }
    ... on IdListValue {
      ids
    }
    ... on IdValue {
      id
    }
    ... on JsonValue {
      json
    }
    ... on NumberListValue {
      numbers
    }
    ... on NumberValue {
      number
    }
    ... on TextListValue {
      texts
    }
    ... on TextValue {
      text
    }
  }
`);
