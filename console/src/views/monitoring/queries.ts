import { graphql } from '../../gql';

/** The system, its environments with their alias moves, and its drift alerts: the dashboard's markers. */
export const MonitoringContextDocument = graphql(`
  query ConsoleMonitoringContext($system: ID!) {
    node(id: $system) {
      id
      ... on System {
        redacted
        name
      }
    }
    aliases(system: $system, first: 20) {
      edges {
        node {
          id
          environment
        }
      }
    }
    driftAlerts(system: $system, first: 100) {
      edges {
        node {
          ...ConsoleDriftAlertParts
        }
      }
    }
  }
`);

/** One environment's alias moves (its own query: a page of every alias's history costs too much). */
export const AliasMovesDocument = graphql(`
  query ConsoleAliasMoves($alias: ID!) {
    node(id: $alias) {
      id
      ... on Alias {
        history(first: 100) {
          edges {
            node {
              ...ConsoleAliasMoveParts
            }
          }
        }
      }
    }
  }
`);

export const MonitoringMetricsDocument = graphql(`
  query ConsoleSystemMetrics($system: ID!, $environment: String!, $window: MetricsWindow!) {
    systemMetrics(system: $system, environment: $environment, window: $window) {
      from
      to
      bucketSeconds
      serving {
        releaseId
        from
        to
      }
      summary {
        ...ConsoleMetricsSummary
      }
    }
  }
  fragment ConsoleMetricsSummary on MetricsSummary {
    invocations
    latencyP50Ms
    latencyP95Ms
    costPer1kUsd
    scores {
      name
      dataType
      n
      mean
      interval {
        low
        high
      }
    }
    kpis {
      name
      n
      mean
      interval {
        low
        high
      }
    }
  }
`);

export const ReleaseSeriesDocument = graphql(`
  query ConsoleReleaseSeries($release: ID!, $window: MetricsWindow!) {
    releaseMetrics(release: $release, window: $window) {
      summary {
        ...ConsoleMetricsSummary
      }
      series {
        start
        end
        summary {
          ...ConsoleMetricsSummary
        }
      }
    }
    node(id: $release) {
      id
      ... on Release {
        redacted
        version
      }
    }
  }
`);

export const MonitorsDocument = graphql(`
  query ConsoleMonitors($system: ID!, $environment: String) {
    monitors(system: $system, environment: $environment) {
      status
      consecutiveFailures
      consecutivePasses
      monitor {
        id
        redacted
        name
        signal
        monitorKind
        method
        environment
        alertThreshold
        failureLimit
      }
      lastCheck {
        id
        createdAt
        outcome
        method
        statistic
        pValue
        distance
        threshold
        baselineSize
        currentSize
        detail
        release {
          id
          version
        }
      }
      openAlert {
        id
        createdAt
        reason
      }
    }
  }
`);

export const RollbackPlanDocument = graphql(`
  query ConsoleRollbackPlan($system: ID!, $environment: String!) {
    rollbackPlan(system: $system, environment: $environment) {
      id
      outcome
      asOf
      summary
      environment
      currentSince
      current {
        id
        version
      }
      target {
        id
        version
      }
      truncated
      earlierReleases
      candidates {
        version
        accepted
        release {
          id
        }
        rejections {
          code
          detail
        }
      }
      alerts {
        id
        createdAt
        reason
      }
      failedEvaluations {
        id
        primaryMetric
        score
        threshold
        subjectId
      }
      evidence
      failingComponents
      effects {
        source
        signal
        current
        currentSampleSize
        threshold
        target
        targetSampleSize
        targetMeetsThreshold
        improves
        evidence {
          id
        }
        check {
          id
        }
      }
      approvals {
        gated
        approvalRequired
        executeRoles
        reviewRoles
        satisfiedBy {
          id
          createdBy
        }
        unmet {
          requirement
          detail
        }
      }
      diff {
        sameContent
        pins {
          slot
          change
          before
          after
        }
        changes {
          field
        }
      }
    }
  }
`);

export const ExecuteRollbackPlanDocument = graphql(`
  mutation ConsoleExecuteRollbackPlan($input: ExecuteRollbackPlanInput!) {
    executeRollbackPlan(input: $input) {
      move {
        id
        createdAt
        environment
        moveKind
        flaggedForReview
        from {
          id
          version
        }
        to {
          id
          version
        }
      }
    }
  }
`);
