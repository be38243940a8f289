import { DatabaseUnavailable } from '../../src/db/errors.js';
import { recordInvocations } from '../../src/domain/invocations/service.js';
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

function invocation(p: Planned) {
  const outputs: Array<Record<string, unknown>> = [
    { outputKind: 'TEXT', summary: `answer ${p.seq}`, confidence: 0.5 + (p.seq % 50) / 100 },
  ];
  if (outputsOf(p.seq) === 2) outputs.push({ outputKind: 'DECISION', decision: p.seq % 3 === 0 ? 'ESCALATE' : 'APPROVE', confidence: 0.9 });
  return { key: p.key, release: p.release, startedAt: p.startedAt.toISOString(), latencyMs: 200 + (p.seq % 700), costUsd: 0.002, outputs };
}

/**
 * Records the traffic through recordInvocations (the API's own write path, so the graph holds exactly
 * what production writes would, counts kept at write time included) in batches, systems round-robin,
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
