/**
 * Recording signals through the API and reading their summaries back: the documents the signals
 * test and the point-in-time differential test both send (one copy, so both read the same fields).
 */
import { graphql } from '../graphql/index.js';

export const DEFINE_SCORE_CONFIG = graphql(`
  mutation SignalsDefineScoreConfig($input: DefineScoreConfigInput!) {
    defineScoreConfig(input: $input) {
      created
      scoreConfig {
        id
        dataType
        min
        max
        categories
      }
    }
  }
`);

export const DEFINE_KPI = graphql(`
  mutation SignalsDefineKpi($input: DefineKpiInput!) {
    defineKpi(input: $input) {
      created
      kpi {
        id
        unit
        direction
      }
    }
  }
`);

export const RECORD_SCORES = graphql(`
  mutation SignalsRecordScores($scores: [ScoreInput!]!) {
    recordScores(scores: $scores) {
      scoreIds
      created
    }
  }
`);

export const RECORD_KPIS = graphql(`
  mutation SignalsRecordKpis($observations: [KpiObservationInput!]!) {
    recordKpis(observations: $observations) {
      observationIds
      created
    }
  }
`);

/** Every figure of a metrics summary (releaseMetrics, systemMetrics, and each of their buckets). */
export const METRICS_SUMMARY = graphql(`
  fragment SignalsSummary on MetricsSummary {
    invocations
    outputs
    latencyP50Ms
    latencyP95Ms
    latencyMeanMs
    costUsd
    costPer1kUsd
    inputTokens
    outputTokens
    decisions {
      category
      count
    }
    scores {
      name
      dataType
      n
      mean
      interval {
        low
        high
      }
      categories {
        category
        count
      }
    }
    kpis {
      name
      n
      mean
      sum
    }
  }
`);
