import { recordInvocations } from '../../src/domain/invocations/service.js';
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

function invocation(p: Planned) {
  const outputs: Array<Record<string, unknown>> = [{ outputKind: 'TEXT', summary: `answer ${p.seq}`, confidence: 0.5 + (p.seq % 50) / 100 }];
  if (outputsOf(p.seq) === 2) outputs.push({ outputKind: 'DECISION', decision: p.seq % 3 === 0 ? 'ESCALATE' : 'APPROVE', confidence: 0.9 });
  return { key: p.key, release: p.release, startedAt: p.startedAt.toISOString(), latencyMs: 200 + (p.seq % 700), costUsd: 0.002, outputs };
}

/** Records the traffic through recordInvocations in batches, systems round-robin, reporting outputs written. */
export async function recordTraffic(
  as: ContextFor,
  systems: SystemPlan[],
  perSystem: number,
  batchSize: number,
  onBatch: (outputs: number) => void,
): Promise<number> {
  const plans = systems.map((s) => plan(s, perSystem));
  let outputs = 0;
  for (let open = plans.length; open > 0; ) {
    open = 0;
    for (const gen of plans) {
      const batch: ReturnType<typeof invocation>[] = [];
      while (batch.length < batchSize) {
        const next = gen.next();
        if (next.done) break;
        batch.push(invocation(next.value));
      }
      if (batch.length === 0) continue;
      open += 1;
      const result = await recordInvocations(as('gateway'), { invocations: batch });
      outputs += result.outputIds.length;
      onBatch(outputs);
    }
  }
  return outputs;
}
