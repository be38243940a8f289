import { z } from 'zod';
import { DomainError } from '../errors.js';
import { text } from '../validate.js';
import type { Observation } from './aggregates.js';
import { BINS, type BinSpec } from './bins.js';
import { SIGNALS, signalName } from './names.js';

/** Most named features one invocation may carry. */
export const MAX_FEATURES = 20;

const tokens = z.number().int().min(0).max(100_000_000);

/** What recordInvocations takes beyond latency and cost: token use and named features for drift. */
export const invocationSignalFields = {
  inputTokens: tokens.optional(),
  outputTokens: tokens.optional(),
  /** Numeric features, e.g. input length. */
  numericFeatures: z
    .array(z.object({ name: signalName, value: z.number().finite() }))
    .max(MAX_FEATURES)
    .optional(),
  /** Categorical features, e.g. language or intent. */
  categoricalFeatures: z
    .array(z.object({ name: signalName, value: text(200).min(1, 'must not be empty') }))
    .max(MAX_FEATURES)
    .optional(),
};

type SignalInput = {
  inputTokens?: number;
  outputTokens?: number;
  numericFeatures?: Array<{ name: string; value: number }>;
  categoricalFeatures?: Array<{ name: string; value: string }>;
};

/** An invocation's signals as recorded (null: not sent). */
export interface InvocationSignals {
  inputTokens: number | null;
  outputTokens: number | null;
  numericFeatures: Array<{ name: string; value: number }> | null;
  categoricalFeatures: Array<{ name: string; value: string }> | null;
}

/**
 * The signal fields of one invocation's content, only those sent (so an invocation recorded before
 * they existed digests as it did then). A feature name may appear once per invocation, numeric or
 * categorical.
 */
export function invocationSignalContent(inv: SignalInput, field: string): Partial<InvocationSignals> {
  const names = [...(inv.numericFeatures ?? []), ...(inv.categoricalFeatures ?? [])].map((f) => f.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined)
    throw new DomainError('VALIDATION', `${field}: feature "${twice}" appears twice; name each feature once.`, { field });
  return {
    ...(inv.inputTokens !== undefined ? { inputTokens: inv.inputTokens } : {}),
    ...(inv.outputTokens !== undefined ? { outputTokens: inv.outputTokens } : {}),
    ...(inv.numericFeatures?.length ? { numericFeatures: inv.numericFeatures } : {}),
    ...(inv.categoricalFeatures?.length ? { categoricalFeatures: inv.categoricalFeatures } : {}),
  };
}

/** What a recorded invocation adds to its release's aggregates. */
export interface ObservedInvocation extends InvocationSignals {
  release: string;
  startedAt: Date;
  latencyMs: number | null;
  costUsd: number | null;
  outputs: Array<{ outputKind: string; decision: string | null }>;
}

export function invocationObservations(invocations: ObservedInvocation[]): Observation[] {
  const out: Observation[] = [];
  for (const inv of invocations) {
    const base = { subject: inv.release, at: inv.startedAt.getTime() };
    const numeric = (signal: string, value: number | null, bins: BinSpec) => {
      if (value !== null) out.push({ ...base, signal, type: 'NUMERIC', value, bins });
    };
    out.push({ ...base, signal: SIGNALS.invocations, type: 'COUNT' });
    for (let i = 0; i < inv.outputs.length; i++) out.push({ ...base, signal: SIGNALS.outputs, type: 'COUNT' });
    numeric(SIGNALS.latencyMs, inv.latencyMs, BINS.latencyMs);
    numeric(SIGNALS.costUsd, inv.costUsd, BINS.costUsd);
    numeric(SIGNALS.inputTokens, inv.inputTokens, BINS.tokens);
    numeric(SIGNALS.outputTokens, inv.outputTokens, BINS.tokens);
    for (const f of inv.numericFeatures ?? []) numeric(SIGNALS.feature(f.name), f.value, BINS.unbounded);
    for (const f of inv.categoricalFeatures ?? [])
      out.push({ ...base, signal: SIGNALS.feature(f.name), type: 'CATEGORICAL', category: f.value });
    for (const o of inv.outputs)
      if (o.outputKind === 'DECISION' && o.decision !== null)
        out.push({ ...base, signal: SIGNALS.decision, type: 'CATEGORICAL', category: o.decision });
  }
  return out;
}
