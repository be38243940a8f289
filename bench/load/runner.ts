import { performance } from 'node:perf_hooks';
import { summarise, type Summary } from './stats.js';

export interface LoadOptions {
  concurrency: number;
  requests: number;
  warmup: number;
  /** A cell stops early when it runs longer than this (requests already sent finish). */
  maxMs: number;
}

/** What one run of closed-loop clients saw: every answered request's latency, and the failures. */
export interface Samples {
  latencies: number[];
  errors: number;
  firstError?: string;
  wallMs: number;
}

/**
 * Runs `call` `requests` times from `concurrency` closed-loop clients (each sends its next request
 * when the previous one answered), after `warmup` unmeasured calls at the same concurrency.
 * `offset` shifts the request indices, so rounds of one cell ask for different start nodes.
 */
export async function sampleLoad(call: (i: number) => Promise<void>, opts: LoadOptions, offset = 0): Promise<Samples> {
  await clients((i) => call(offset + i), opts.concurrency, opts.warmup, Number.POSITIVE_INFINITY, null);
  const latencies: number[] = [];
  const outcome = await clients((i) => call(offset + opts.warmup + i), opts.concurrency, opts.requests, opts.maxMs, latencies);
  return { latencies, ...outcome };
}

/** sampleLoad, summarised. */
export async function runLoad(call: (i: number) => Promise<void>, opts: LoadOptions): Promise<Summary & { firstError?: string }> {
  const s = await sampleLoad(call, opts);
  return { ...summarise(s.latencies, s.errors, s.wallMs), ...(s.firstError ? { firstError: s.firstError } : {}) };
}

/** Unmeasured calls, e.g. to get a freshly started server past JIT compilation before any cell. */
export async function warmUp(call: (i: number) => Promise<void>, concurrency: number, count: number): Promise<void> {
  await clients(call, concurrency, count, Number.POSITIVE_INFINITY, null);
}

async function clients(call: (i: number) => Promise<void>, concurrency: number, total: number, maxMs: number, latencies: number[] | null) {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const client = async () => {
    while (next < total && performance.now() - start < maxMs) {
      const i = next++;
      const t0 = performance.now();
      try {
        await call(i);
        latencies?.push(performance.now() - t0);
      } catch (err) {
        errors += 1;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return { errors, firstError, wallMs: performance.now() - start };
}
