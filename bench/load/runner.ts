import { performance } from 'node:perf_hooks';
import { summarise, type Summary } from './stats.js';

export interface LoadOptions {
  concurrency: number;
  requests: number;
  warmup: number;
  /** A cell stops early when it runs longer than this (requests already sent finish). */
  maxMs: number;
}

/**
 * Runs `call` `requests` times from `concurrency` closed-loop clients (each sends its next request
 * when the previous one answered), after `warmup` unmeasured calls at the same concurrency.
 */
export async function runLoad(call: (i: number) => Promise<void>, opts: LoadOptions): Promise<Summary & { firstError?: string }> {
  await clients(call, opts.concurrency, opts.warmup, Number.POSITIVE_INFINITY, null);
  const latencies: number[] = [];
  const outcome = await clients(call, opts.concurrency, opts.requests, opts.maxMs, latencies);
  return { ...summarise(latencies, outcome.errors, outcome.wallMs), ...(outcome.firstError ? { firstError: outcome.firstError } : {}) };
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
