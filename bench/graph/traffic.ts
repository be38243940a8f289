import { DatabaseUnavailable } from '../../src/db/errors.js';
import { recordInvocations } from '../../src/domain/invocations/service.js';
import { recordScores } from '../../src/domain/signals/scores.js';
import { defineKpi, defineScoreConfig } from '../../src/domain/signals/definitions.js';
import { recordKpis } from '../../src/domain/signals/kpis.js';
import { log } from '../progress.js';
import type { ContextFor } from './actors.js';
import type { SystemPlan } from './structure.js';
import { nodeId } from '../../src/domain/ids.js';

/** Every fourth invocation yields a business decision beside its text answer. */
export const outputsOf = (seq: number): number => (seq % 4 === 0 ? 2 : 1);

/** Invocation keys are deterministic, so the benchmark can name a random output without a query. */
export const invocationKey = (system: string, seq: number): string => `${system}-${seq}`;
export const firstOutputId = (system: string, seq: number): string => nodeId('Output', `${invocationKey(system, seq)}.1`);

/** How many invocations each system needs for the graph to hold at least `outputs` outputs. */
export function invocationsPerSystem(outputs: number, systems: number): number {
  let n = 0;
  let total = 0;
  while (total < outputs) {
    total += systems * outputsOf(n);
    n += 1;
  }
  return n;
}

interface Planned {
  key: string;
  release: string;
  startedAt: Date;
  seq: number;
}

/** Spreads a system's invocations evenly over the time its production alias pointed at each release. */
function* plan(system: SystemPlan, count: number): Generator<Planned> {
  const span = system.windows.reduce((sum, w) => sum + (w.until - w.since), 0);
  let seq = 0;
  for (const [i, w] of system.windows.entries()) {
    const last = i === system.windows.length - 1;
    const n = last ? count - seq : Math.round((count * (w.until - w.since)) / span);
    const gap = (w.until - w.since) / Math.max(n, 1);
    for (let j = 0; j < n && seq < count; j++, seq++) {
      yield { key: invocationKey(system.key, seq), release: w.release, startedAt: new Date(w.since + 1000 + Math.floor(j * gap)), seq };
    }
  }
}

/** The scores the traffic carries: a grader's groundedness on every fourth answer, a user's thumbs on every eighth. */
export const TRAFFIC_SCORES = {
  groundedness: {
    name: 'groundedness',
    dataType: 'NUMERIC',
    min: 0,
    max: 1,
    description: 'Grader: is the answer supported by its sources',
  },
  thumbsUp: { name: 'thumbs_up', dataType: 'BOOLEAN', description: 'User feedback on the answer' },
} as const;

/** The business KPI the traffic reports once a day per system over the metrics window. */
export const TRAFFIC_KPI = {
  name: 'deflection_rate',
  unit: 'ratio',
  direction: 'HIGHER',
  description: 'Tickets answered without an agent',
} as const;

/** Defines the score configs and the KPI the traffic records (a definition made twice is a no-op). */
export async function defineTrafficSignals(as: ContextFor): Promise<void> {
  for (const config of Object.values(TRAFFIC_SCORES)) await defineScoreConfig(as('gateway'), config);
  await defineKpi(as('gateway'), TRAFFIC_KPI);
}

/** Where systemMetrics is measured: the last two weeks of one system's production traffic. */
export interface MetricsWindow {
  system: string;
  environment: string;
  from: string;
  to: string;
}

export const METRICS_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * One KPI observation per system and day over the metrics window's days, attributed to the release
 * serving then; returns the window of the first system.
 */
export async function recordTrafficKpis(as: ContextFor, systems: SystemPlan[]): Promise<MetricsWindow> {
  const windowOf = (s: SystemPlan) => {
    const to = s.windows.at(-1)!.until;
    return { to, from: to - METRICS_WINDOW_DAYS * DAY_MS };
  };
  const observations = systems.flatMap((s) => {
    const last = s.windows.at(-1)!;
    const { from } = windowOf(s);
    return Array.from({ length: METRICS_WINDOW_DAYS }, (_, d) => ({
      key: `${s.key}-kpi-${d}`,
      kpi: TRAFFIC_KPI.name,
      system: s.system,
      ...(from + d * DAY_MS >= last.since ? { release: last.release } : {}),
      from: new Date(from + d * DAY_MS).toISOString(),
      to: new Date(from + (d + 1) * DAY_MS).toISOString(),
      value: 0.3 + ((d * 7) % 10) / 100,
    }));
  });
  await withRetries(() => recordKpis(as('gateway'), { observations }));
  const { from, to } = windowOf(systems[0]);
  return { system: systems[0].system, environment: 'production', from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

const LANGUAGES = ['en', 'en', 'en', 'de', 'fr', 'es'];

function invocation(p: Planned) {
  const outputs: Array<Record<string, unknown>> = [
    { outputKind: 'TEXT', summary: `answer ${p.seq}`, confidence: 0.5 + (p.seq % 50) / 100 },
  ];
  if (outputsOf(p.seq) === 2) outputs.push({ outputKind: 'DECISION', decision: p.seq % 3 === 0 ? 'ESCALATE' : 'APPROVE', confidence: 0.9 });
  return {
    key: p.key,
    release: p.release,
    startedAt: p.startedAt.toISOString(),
    latencyMs: 200 + (p.seq % 700),
    costUsd: 0.002,
    inputTokens: 300 + (p.seq % 500),
    outputTokens: 80 + (p.seq % 200),
    numericFeatures: [{ name: 'input_length', value: 200 + ((p.seq * 37) % 1800) }],
    categoricalFeatures: [{ name: 'language', value: LANGUAGES[p.seq % LANGUAGES.length] }],
    outputs,
  };
}

/** The scores a batch of invocations gets, a moment after each answer (never after the clock's now). */
function scoresOf(batch: ReturnType<typeof invocation>[], now: Date) {
  const at = (inv: ReturnType<typeof invocation>) => new Date(Math.min(Date.parse(inv.startedAt) + 500, now.getTime())).toISOString();
  return batch.flatMap((inv, i) => {
    const seq = Number(inv.key.slice(inv.key.lastIndexOf('-') + 1));
    if (seq % 4 !== 0) return [];
    const target = nodeId('Output', `${inv.key}.1`);
    const grounded = { key: `${inv.key}-g`, target, name: TRAFFIC_SCORES.groundedness.name, value: 0.6 + ((seq * 7 + i) % 40) / 100 };
    return [
      { ...grounded, source: 'GRADER' as const, at: at(inv) },
      ...(seq % 8 === 0
        ? [
            {
              key: `${inv.key}-u`,
              target,
              name: TRAFFIC_SCORES.thumbsUp.name,
              value: seq % 40 === 0 ? 0 : 1,
              source: 'USER' as const,
              at: at(inv),
            },
          ]
        : []),
    ];
  });
}

/**
 * Records the traffic through recordInvocations and recordScores (the API's own write path, so the
 * graph holds exactly what production writes would, counts and signal aggregates kept at write time
 * included) in batches, systems round-robin,
 * reporting outputs written. With `inFlight` 2, one batch is validated and hashed here while Neo4j
 * commits the other (the audit head serialises the commits themselves). A batch the database did not
 * answer is sent again: invocation keys make a resend create nothing twice.
 */
export async function recordTraffic(
  as: ContextFor,
  systems: SystemPlan[],
  perSystem: number,
  batchSize: number,
  onBatch: (outputs: number) => void,
  inFlight = 1,
): Promise<number> {
  const batches = roundRobin(
    systems.map((s) => plan(s, perSystem)),
    batchSize,
  );
  let outputs = 0;
  const worker = async () => {
    for (let next = batches.next(); !next.done; next = batches.next()) {
      const result = await withRetries(() => recordInvocations(as('gateway'), { invocations: next.value }));
      const ctx = as('gateway');
      const scores = scoresOf(next.value, ctx.now());
      for (let i = 0; i < scores.length; i += batchSize)
        await withRetries(() => recordScores(as('gateway'), { scores: scores.slice(i, i + batchSize) }));
      outputs += result.outputIds.length;
      onBatch(outputs);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return outputs;
}

async function withRetries<T>(work: () => Promise<T>, tries = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof DatabaseUnavailable) || attempt === tries) throw err;
      log(`a batch got no answer (${err.message}); sending it again (${attempt}/${tries - 1})`);
      await new Promise((r) => setTimeout(r, 5000 * attempt));
    }
  }
}

/** Batches of up to `size` invocations, one system after another until every plan is done. */
function* roundRobin(plans: Generator<Planned>[], size: number): Generator<ReturnType<typeof invocation>[]> {
  for (let open = plans.length; open > 0;) {
    open = 0;
    for (const gen of plans) {
      const batch: ReturnType<typeof invocation>[] = [];
      while (batch.length < size) {
        const next = gen.next();
        if (next.done) break;
        batch.push(invocation(next.value));
      }
      if (batch.length === 0) continue;
      open += 1;
      yield batch;
    }
  }
}
