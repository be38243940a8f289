import { z } from 'zod';

/** Who gave a score (Langfuse's sources, plus the system's own checks). */
export const SCORE_SOURCES = ['USER', 'GRADER', 'HUMAN_REVIEW', 'SYSTEM'] as const;
export type ScoreSource = (typeof SCORE_SOURCES)[number];

/** What a score's value is (Langfuse's data types). */
export const SCORE_DATA_TYPES = ['NUMERIC', 'BOOLEAN', 'CATEGORICAL'] as const;
export type ScoreDataType = (typeof SCORE_DATA_TYPES)[number];

/** Which way a KPI is better. */
export const KPI_DIRECTIONS = ['HIGHER', 'LOWER'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/**
 * How an aggregate holds its signal: NUMERIC (count, sum, sum of squares, histogram), CATEGORICAL and
 * BOOLEAN (a count per category; a boolean's categories are "true" and "false"), COUNT (a count only).
 */
export const AGGREGATE_TYPES = ['NUMERIC', 'CATEGORICAL', 'BOOLEAN', 'COUNT'] as const;
export type AggregateType = (typeof AGGREGATE_TYPES)[number];

/** A score, feature or KPI name: also the key of its config's id (`scoreconfig:<name>`, `kpi:<name>`). */
export const signalName = z
  .string()
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'use a-z, 0-9, ".", "_" or "-", starting with a letter or digit');

/**
 * The signals an aggregate is kept for, by name: the built-in ones every invocation has, and one per
 * score, feature and KPI name. Monitors name a signal this way (readSignalWindow).
 */
export const SIGNALS = {
  invocations: 'invocations',
  outputs: 'outputs',
  latencyMs: 'latencyMs',
  costUsd: 'costUsd',
  inputTokens: 'inputTokens',
  outputTokens: 'outputTokens',
  /** The decision label of DECISION outputs ("flag", "pass", …). */
  decision: 'decision',
  score: (name: string) => `score:${name}`,
  feature: (name: string) => `feature:${name}`,
  kpi: (name: string) => `kpi:${name}`,
} as const;

/** The name a prefixed signal (`score:<name>`) carries, or null for another prefix. */
export function nameIn(signal: string, prefix: 'score' | 'feature' | 'kpi'): string | null {
  return signal.startsWith(`${prefix}:`) ? signal.slice(prefix.length + 1) : null;
}
