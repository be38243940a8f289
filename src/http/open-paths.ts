import { READINESS_TIMEOUT_MS } from './health.js';

/**
 * The API port's paths, and the only requests it answers without an API credential. Everything not
 * listed in OPEN_PATHS passes the request guard (request-guard.ts) first: a request without a valid
 * credential gets 401, whatever its path. docs/access-control.md renders this list
 * (`npm run docs:access`), and tests/integration/open-paths.test.ts checks that the server opens
 * exactly these.
 */

export const GRAPHQL_PATH = '/graphql';
/** Liveness: the process answers HTTP (Kubernetes-style names and the original one). */
export const LIVE_PATHS: ReadonlySet<string> = new Set(['/livez', '/healthz', '/health/live']);
/** Readiness: the process reaches its database. */
export const READY_PATHS: ReadonlySet<string> = new Set(['/readyz', '/health/ready']);
export const METRICS_PATH = '/metrics';

export interface OpenPath {
  /** The request: method and path, in the docs' words. */
  request: string;
  /** What it answers (nothing about the graph). */
  answers: string;
  /** What it needs instead of an API credential. */
  needs: string;
}

const list = (paths: ReadonlySet<string>) => [...paths].map((p) => `\`${p}\``).join(', ');

export const OPEN_PATHS: readonly OpenPath[] = [
  { request: `any method on ${list(LIVE_PATHS)}`, answers: '200 `ok`: the process answers HTTP', needs: 'nothing' },
  {
    request: `any method on ${list(READY_PATHS)}`,
    answers: `200 \`ready\`, or 503 \`database unavailable\` when Neo4j does not answer within ${READINESS_TIMEOUT_MS / 1000} s`,
    needs: 'nothing',
  },
  {
    request: `\`GET ${GRAPHQL_PATH}\` with \`Accept: text/html\` (a browser)`,
    answers: 'the GraphiQL page, the same static page for everyone; every query it sends needs a credential',
    needs: 'nothing',
  },
  {
    request: '`GET` or `HEAD` on `/ui` and any path below it',
    answers:
      'the web console: the same static files for everyone (an unknown path below `/ui` gets its page, for deep links), with a CSP allowing this origin only; every data call it makes needs a credential',
    needs: 'nothing',
  },
  {
    request: '`OPTIONS` on any path (a CORS preflight)',
    answers: '204 with no body; CORS headers only for an origin on `PROVENANT_CORS_ORIGINS`',
    needs: 'nothing',
  },
  {
    request: `any method on \`${METRICS_PATH}\``,
    answers: 'Prometheus metrics (counts and durations, no client text)',
    needs:
      'on the API port, `Authorization: Bearer <PROVENANT_METRICS_TOKEN>` (its own token, not an API credential; without one it is not served there); on `PROVENANT_METRICS_PORT` (for the internal network: it serves this and the health paths only) that token when set, else nothing',
  },
];
