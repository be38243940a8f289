import { graphql } from '../graphql/index.js';
import { RECORD_INVOCATIONS_DOC, sleep, type Fixtures } from './fixtures.js';
import { testClock, type Harness } from './harness.js';

/** One-second signal buckets: a check at `asOf` reads only buckets closed by then, so a test waits for the next boundary. */
export const MONITOR_BUCKET_MS = 1000;

/** An instant just past the end of the bucket the latest data fell in. */
export async function closedInstant(): Promise<string> {
  await sleep(MONITOR_BUCKET_MS - (Date.now() % MONITOR_BUCKET_MS) + 5);
  return testClock.instant();
}

export const DEFINE_MONITOR = graphql(`
  mutation MonitorsDefine($input: DefineMonitorInput!) {
    defineMonitor(input: $input) {
      created
      monitor {
        id
        signal
        monitorKind
        method
        baselineKind
        failureLimit
        autoResolveAfter
      }
    }
  }
`);

export const RUN_MONITORS = graphql(`
  mutation MonitorsRun($system: ID!, $asOf: DateTime) {
    runMonitors(system: $system, asOf: $asOf) {
      asOf
      created
      checks {
        id
        outcome
        method
        pValue
        distance
        statistic
        currentSize
        baselineSize
        detail
        release {
          id
        }
        baselineRelease {
          id
        }
      }
      events {
        type
        checks
        alert {
          id
          open
        }
      }
      states {
        status
        consecutiveFailures
      }
    }
  }
`);

export const MONITORS = graphql(`
  query MonitorsList($system: ID!, $environment: String, $asOf: DateTime) {
    monitors(system: $system, environment: $environment, asOf: $asOf) {
      status
      consecutiveFailures
      consecutivePasses
      monitor {
        id
        name
      }
      lastCheck {
        id
        outcome
      }
      openAlert {
        id
        open
        reason
        resolvedBy
      }
    }
  }
`);

/** Deterministic latencies around `centre` (a fixed-seed linear congruential stream). */
export function latencies(count: number, centre: number, spread: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.round(centre + ((x / 2147483648) * 2 - 1) * spread);
  });
}

export async function serveAndRecord(h: Harness, f: Fixtures, system: string, release: string, tag: string, values: number[]) {
  await f.promote(system, 'staging', release);
  const at = testClock.now().toISOString();
  const invocations = values.map((latencyMs, i) => ({
    key: `${system.slice('system:'.length)}-${tag}-${i}`,
    release,
    startedAt: at,
    latencyMs,
    costUsd: 0.001,
    outputs: [{ outputKind: 'TEXT' as const, summary: `answer ${i}` }],
  }));
  await h.ok(RECORD_INVOCATIONS_DOC, { invocations });
}

export const drift = (system: string, name: string, extra: Record<string, unknown> = {}) => ({
  input: {
    system,
    environment: 'staging',
    name,
    signal: 'latencyMs',
    kind: 'DRIFT' as const,
    method: 'KS' as const,
    baseline: { kind: 'PREVIOUS_RELEASE' as const },
    minimumSampleSize: 30,
    failureLimit: 2,
    autoResolveAfter: 2,
    ...extra,
  },
});
