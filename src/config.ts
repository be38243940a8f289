import { z } from 'zod';

/** How long the process waits for the database; the defaults are the configuration's defaults. */
export interface DbTimeouts {
  /** The bound on a request's wait while the database cannot be reached (then DatabaseUnavailable). */
  unavailableMs: number;
  /** Neo4j stops a read transaction that runs longer than this (then QueryLimitExceeded). */
  readMs: number;
  /**
   * Neo4j stops a write transaction that runs longer than this, its waits for locks included: the
   * bound on how long a writer can hold on to an aggregate it found (the signal fold's grace exceeds twice it).
   */
  writeMs: number;
  /** How often a database known to be down is probed for its return. */
  probeIntervalMs: number;
}

export const DEFAULT_DB_TIMEOUTS: DbTimeouts = { unavailableMs: 5000, readMs: 15_000, writeMs: 120_000, probeIntervalMs: 1000 };

/**
 * The domain's bounds the document guard also prices and caps with: rows a request may write (maxBatch)
 * and the most nodes a lineage answer may hold (lineageMaxNodes: a larger maxNodes is priced at this).
 * They live in `limits` only; the guard reads them there.
 */
export type QueryBounds = Pick<Limits, 'maxBatch' | 'lineageMaxNodes'>;

/** Limits on a GraphQL document, checked before it executes (src/graphql/query-limits.ts). */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

/** Per-request limits on the HTTP/GraphQL boundary (src/http/guard-plugin.ts; see SECURITY.md). */
export interface RequestLimits extends QueryLimits {
  maxBodyBytes: number;
  /** Requests per second per principal; 0 turns the limit off. */
  ratePerSecond: number;
  /** Refused credentials allowed per client address per minute (also the burst); 0 turns the limit off. */
  authFailuresPerMinute: number;
  rateBurst: number;
  /** Requests one principal may have in flight at once; 0 turns the limit off. */
  concurrencyPerPrincipal: number;
}

/** How long one chat request may take before it counts as TIMEOUT, unless PROVENANT_LLM_TIMEOUT_MS says otherwise. */
export const DEFAULT_LLM_TIMEOUT_MS = 20_000;
/** Retries the SDK may make after a timeout, 429 or 5xx: at most one, so a slow endpoint costs at most two timeouts. */
export const LLM_MAX_RETRIES_LIMIT = 1;
/**
 * Most tokens one chat answer may have (`max_tokens`), unless PROVENANT_LLM_MAX_TOKENS says otherwise:
 * room for a full narration (MAX_CLAIMS claims of MAX_CLAIM_CHARS characters is about 1,500 tokens)
 * and cut where a small model rambles until the timeout.
 */
export const DEFAULT_LLM_MAX_TOKENS = 2048;
export const LLM_MAX_TOKENS_LIMIT = 32_768;
/** Most texts sent to the embeddings endpoint in one request. */
export const EMBEDDING_BATCH_MAX = 256;

/** An OpenAI-compatible `/v1/chat/completions` endpoint and the model the narrator and `ask` talk to. */
export interface LlmConfig {
  /** The SDK's base URL (ends in /v1); undefined: OpenAI's own. */
  baseUrl?: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  /** `max_tokens` of every call; null: none sent (the endpoint's own limit). */
  maxTokens: number | null;
}

/**
 * An OpenAI-compatible `/v1/embeddings` endpoint, or the project's local model (started on demand,
 * on PROVENANT_LOCAL_EMBEDDING_PORT; undefined: the local server's default port).
 */
export type EmbeddingConfig =
  | { kind: 'remote'; baseUrl?: string; apiKey: string; model: string; version: string; batch: number }
  | { kind: 'local'; port?: number; batch: number };

/**
 * The classification levels, lowest first. Defined here because configuration validates settings that
 * name one and imports no layer; the domain re-exports them (src/domain/permissions/principal.ts).
 */
export const CLASSIFICATIONS = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] as const;

/**
 * What OpenLineage data is classified as when no ADMIN has classified its namespace or dataset
 * (PROVENANT_OPENLINEAGE_DEFAULT_CLASSIFICATION): INTERNAL, like every other record nobody classified.
 */
export const DEFAULT_OPENLINEAGE_CLASSIFICATION = 'INTERNAL' satisfies (typeof CLASSIFICATIONS)[number];

/** What one `ask` may spend: tool calls (the model's, or the matcher's) and wall-clock time. */
/**
 * Width of the time buckets in which signals (latency, cost, tokens, scores, features, KPIs) are
 * aggregated per release at write time (src/domain/signals/aggregates.ts); PROVENANT_SIGNAL_BUCKET_MS.
 */
export const DEFAULT_SIGNAL_BUCKET_MS = 3_600_000;

/**
 * Folding a closed bucket's shards into one aggregate (src/domain/signals/fold.ts): how long after a
 * bucket ends its shards are folded (PROVENANT_SIGNAL_FOLD_GRACE_MS: the one grace; writes that come
 * later still add to shards, which readers sum with the fold), and how often the in-process schedule
 * looks for such buckets (PROVENANT_SIGNAL_FOLD_INTERVAL_MS; 0 turns it off).
 */
export const DEFAULT_SIGNAL_FOLD_GRACE_MS = 600_000;
export const DEFAULT_SIGNAL_FOLD_INTERVAL_MS = 300_000;

/**
 * Monitors: how often the in-process schedule runs every system's monitors (PROVENANT_MONITOR_INTERVAL_MS;
 * 0 turns it off), and how webhooks deliver their events (src/domain/monitors/webhooks): attempts per
 * event, the first retry's wait (doubling after), each attempt's timeout, and the consecutive failed
 * deliveries after which an endpoint is disabled.
 */
export const DEFAULT_MONITOR_INTERVAL_MS = 300_000;
export const DEFAULT_WEBHOOK_DELIVERY = { maxAttempts: 4, backoffMs: 1000, timeoutMs: 5000, disableAfter: 5 } as const;
export type WebhookDelivery = { maxAttempts: number; backoffMs: number; timeoutMs: number; disableAfter: number };

export const DEFAULT_ASK_BOUNDS = { maxToolCalls: 8, timeoutMs: 30_000 } as const;

const schema = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
      .optional(),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    PROVENANT_DB_UNAVAILABLE_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(DEFAULT_DB_TIMEOUTS.unavailableMs),
    PROVENANT_DB_READ_TIMEOUT_MS: z.coerce.number().int().min(1).max(3_600_000).default(DEFAULT_DB_TIMEOUTS.readMs),
    PROVENANT_DB_WRITE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(DEFAULT_DB_TIMEOUTS.writeMs),
    PROVENANT_LINEAGE_MAX_DEPTH: z.coerce.number().int().min(1).max(50).default(10),
    PROVENANT_LINEAGE_MAX_NODES: z.coerce.number().int().min(10).max(100_000).default(2000),
    PROVENANT_IMPACT_MAX_NODES: z.coerce.number().int().min(10).max(10_000_000).default(1_000_000),
    PROVENANT_PROVENANCE_MAX_CHAIN: z.coerce.number().int().min(2).max(1000).default(50),
    PROVENANT_MAX_BATCH: z.coerce.number().int().min(1).max(100_000).default(5000),
    PROVENANT_MONITOR_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(DEFAULT_MONITOR_INTERVAL_MS),
    PROVENANT_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(DEFAULT_WEBHOOK_DELIVERY.maxAttempts),
    PROVENANT_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).max(600_000).default(DEFAULT_WEBHOOK_DELIVERY.backoffMs),
    PROVENANT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_WEBHOOK_DELIVERY.timeoutMs),
    PROVENANT_WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).max(1000).default(DEFAULT_WEBHOOK_DELIVERY.disableAfter),
    PROVENANT_SIGNAL_BUCKET_MS: z.coerce.number().int().min(60_000).max(86_400_000).default(DEFAULT_SIGNAL_BUCKET_MS),
    PROVENANT_SIGNAL_FOLD_GRACE_MS: z.coerce.number().int().min(0).max(86_400_000).default(DEFAULT_SIGNAL_FOLD_GRACE_MS),
    PROVENANT_SIGNAL_FOLD_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(DEFAULT_SIGNAL_FOLD_INTERVAL_MS),
    PROVENANT_OPENLINEAGE_DEFAULT_CLASSIFICATION: z.enum(CLASSIFICATIONS).default(DEFAULT_OPENLINEAGE_CLASSIFICATION),
    PROVENANT_ASK_MAX_TOOL_CALLS: z.coerce.number().int().min(1).max(50).default(DEFAULT_ASK_BOUNDS.maxToolCalls),
    PROVENANT_ASK_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(DEFAULT_ASK_BOUNDS.timeoutMs),
    PROVENANT_MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
    PROVENANT_MAX_QUERY_COST: z.coerce.number().int().min(10).max(10_000_000).default(10_000),
    PROVENANT_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(30),
    PROVENANT_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(50),
    PROVENANT_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(5000),
    PROVENANT_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024 * 1024)
      .default(8 * 1024 * 1024),
    PROVENANT_RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).max(1_000_000).default(100),
    PROVENANT_RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1_000_000).default(200),
    PROVENANT_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(60),
    PROVENANT_CONCURRENCY_PER_PRINCIPAL: z.coerce.number().int().min(0).max(10_000).default(8),
    PROVENANT_CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .refine(
        (list) => list.every(isOrigin),
        'must be comma-separated origins such as https://ui.example.com (scheme, host and port; no path, no *)',
      ),
    PROVENANT_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    PROVENANT_METRICS_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
    PROVENANT_PROV_PREFIX: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_-]{0,30}$/, 'must be a short name (letters, digits, _ or -)')
      .default('org'),
    PROVENANT_PROV_NAMESPACE: z.string().url().default('https://provenant.example/id/'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    PROVENANT_API_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    PROVENANT_JWT_JWKS_URL: z.string().url().optional(),
    PROVENANT_JWT_JWKS_FILE: z.string().min(1).optional(),
    PROVENANT_JWT_ISSUER: z.string().min(1).optional(),
    PROVENANT_JWT_AUDIENCE: z.string().min(1).optional(),
    PROVENANT_JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
    PROVENANT_JWT_CLEARANCE_CLAIM: z.string().min(1).default('clearance'),
    PROVENANT_JWT_SUBJECT_PREFIX: z.string().default('person:'),
    PROVENANT_JWT_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    PROVENANT_LLM_MODEL: z.string().min(1).max(200).optional(),
    OPENAI_BASE_URL: z.string().url().optional(),
    OPENAI_API_KEY: z.string().min(1).optional(),
    PROVENANT_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_LLM_TIMEOUT_MS),
    PROVENANT_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(LLM_MAX_RETRIES_LIMIT).default(0),
    PROVENANT_LLM_MAX_TOKENS: z.coerce.number().int().min(0).max(LLM_MAX_TOKENS_LIMIT).default(DEFAULT_LLM_MAX_TOKENS),
    PROVENANT_EMBEDDING_MODEL: z.string().min(1).max(200).optional(),
    PROVENANT_EMBEDDING_MODEL_VERSION: z.string().min(1).max(100).default('unversioned'),
    PROVENANT_EMBEDDING_BASE_URL: z.string().url().optional(),
    PROVENANT_EMBEDDING_API_KEY: z.string().min(1).optional(),
    PROVENANT_EMBEDDING_BATCH: z.coerce.number().int().min(1).max(EMBEDDING_BATCH_MAX).default(16),
    PROVENANT_LOCAL_EMBEDDING_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  })
  .superRefine((e, ctx) => {
    const jwks = [e.PROVENANT_JWT_JWKS_URL, e.PROVENANT_JWT_JWKS_FILE].filter(Boolean).length;
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (jwks > 1) problem('PROVENANT_JWT_JWKS_URL', 'set PROVENANT_JWT_JWKS_URL or PROVENANT_JWT_JWKS_FILE, not both');
    if (jwks === 0 && (e.PROVENANT_JWT_ISSUER || e.PROVENANT_JWT_AUDIENCE)) {
      problem(
        'PROVENANT_JWT_JWKS_URL',
        'JWT issuer/audience are set but no PROVENANT_JWT_JWKS_URL or PROVENANT_JWT_JWKS_FILE to verify tokens with',
      );
    }
    if (jwks > 0 && !e.PROVENANT_JWT_ISSUER) problem('PROVENANT_JWT_ISSUER', 'required when JWT verification is enabled');
    if (jwks > 0 && !e.PROVENANT_JWT_AUDIENCE) problem('PROVENANT_JWT_AUDIENCE', 'required when JWT verification is enabled');
  });

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** Bearer JWTs from an OIDC identity provider; null when the server accepts API keys only. */
export interface JwtConfig {
  jwksUrl?: string;
  jwksFile?: string;
  issuer: string;
  /** Accepted audiences (PROVENANT_JWT_AUDIENCE, comma-separated). */
  audience: string[];
  /** Where the roles are: a claim name, or a dotted path such as realm_access.roles. */
  rolesClaim: string;
  clearanceClaim: string;
  subjectPrefix: string;
  clockToleranceSeconds: number;
}

/** Bounds of the domain's reads and writes. */
export interface Limits {
  lineageMaxDepth: number;
  lineageMaxNodes: number;
  /** Most downstream nodes `impact` counts before it answers truncated. */
  impactMaxNodes: number;
  /** Most model versions a provenance answer follows (the pinned one and the bases it derives from). */
  provenanceMaxChain: number;
  maxBatch: number;
  /** Most tool calls one `ask` may make (PROVENANT_ASK_MAX_TOOL_CALLS); past it the answer says the bound was hit. */
  askMaxToolCalls: number;
  /** Longest one `ask` may take, in ms (PROVENANT_ASK_TIMEOUT_MS), tool calls and model turns together. */
  askTimeoutMs: number;
  /**
   * What OpenLineage data nobody classified is recorded as (PROVENANT_OPENLINEAGE_DEFAULT_CLASSIFICATION;
   * DEFAULT_OPENLINEAGE_CLASSIFICATION when absent). Not a bound, but it travels with the bounds: it is
   * the one setting the domain's OpenLineage writes read, and every request context carries `limits`.
   */
  openLineageDefaultClassification?: (typeof CLASSIFICATIONS)[number];
  /** Width of a signal aggregate bucket in ms (PROVENANT_SIGNAL_BUCKET_MS; DEFAULT_SIGNAL_BUCKET_MS when absent). */
  signalBucketMs?: number;
  /** How monitor webhooks deliver (PROVENANT_WEBHOOK_*; DEFAULT_WEBHOOK_DELIVERY when absent). */
  webhookDelivery?: WebhookDelivery;
}

export type Config = {
  host: string;
  port: number;
  neo4j: { uri?: string; user: string; password: string; database: string; timeouts: DbTimeouts };
  limits: Limits;
  /** Per-request limits on the HTTP/GraphQL boundary (see SECURITY.md). */
  requestLimits: RequestLimits;
  /** Origins whose browser pages may call the API (CORS); empty: none. */
  corsOrigins: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** /metrics: on its own port, and/or behind a bearer token; off on the public port without a token. */
  metrics: { port?: number; token?: string };
  /** Where PROV exports put ids: `<prefix>:<id>` with the prefix bound to the namespace URI. */
  prov: { prefix: string; uri: string };
  auth: { apiKeyCacheSeconds: number; jwt: JwtConfig | null };
  /** The chat model (PROVENANT_LLM_MODEL); null: every LLM feature answers through its deterministic path. */
  llm: LlmConfig | null;
  embedding: EmbeddingConfig;
  /** How often the in-process schedule runs the monitors, in ms (PROVENANT_MONITOR_INTERVAL_MS); 0: never. */
  monitorIntervalMs: number;
  /** Folding closed signal buckets' shards (PROVENANT_SIGNAL_FOLD_*): the schedule's interval (0: never) and the grace after a bucket ends. */
  signalFold: { intervalMs: number; graceMs: number };
};

export class ConfigError extends Error {}

/**
 * PROVENANT_SIGNAL_FOLD_GRACE_MS is not more than twice PROVENANT_DB_WRITE_TIMEOUT_MS. The fold deletes a
 * tombstone a grace after stamping it; a writer that found the shard before the fold committed (at most a
 * write timeout after the stamp) may still add to it until its own timeout, so the grace must outlast both.
 */
export class FoldGraceTooShort extends ConfigError {}

/** `=value` for a bad setting, so the message shows what was read; secrets are never echoed. */
function shownValue(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || /PASSWORD|SECRET|TOKEN|KEY/.test(name)) return '';
  return `=${JSON.stringify(value.slice(0, 60))}`;
}

/** Reads and validates configuration from the environment; throws one readable message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}${shownValue(env, i.path.join('.'))}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.PROVENANT_SIGNAL_FOLD_GRACE_MS <= 2 * e.PROVENANT_DB_WRITE_TIMEOUT_MS)
    throw new FoldGraceTooShort(
      `invalid configuration: PROVENANT_SIGNAL_FOLD_GRACE_MS=${e.PROVENANT_SIGNAL_FOLD_GRACE_MS} must exceed twice PROVENANT_DB_WRITE_TIMEOUT_MS=${e.PROVENANT_DB_WRITE_TIMEOUT_MS}: a settled tombstone is deleted a grace after the fold stamped it, and a writer that found the shard may add to it until a write timeout after the fold's own (at most a write timeout long) transaction committed`,
    );
  const limits: Limits = {
    lineageMaxDepth: e.PROVENANT_LINEAGE_MAX_DEPTH,
    lineageMaxNodes: e.PROVENANT_LINEAGE_MAX_NODES,
    impactMaxNodes: e.PROVENANT_IMPACT_MAX_NODES,
    provenanceMaxChain: e.PROVENANT_PROVENANCE_MAX_CHAIN,
    maxBatch: e.PROVENANT_MAX_BATCH,
    askMaxToolCalls: e.PROVENANT_ASK_MAX_TOOL_CALLS,
    askTimeoutMs: e.PROVENANT_ASK_TIMEOUT_MS,
    openLineageDefaultClassification: e.PROVENANT_OPENLINEAGE_DEFAULT_CLASSIFICATION,
    signalBucketMs: e.PROVENANT_SIGNAL_BUCKET_MS,
    webhookDelivery: {
      maxAttempts: e.PROVENANT_WEBHOOK_MAX_ATTEMPTS,
      backoffMs: e.PROVENANT_WEBHOOK_BACKOFF_MS,
      timeoutMs: e.PROVENANT_WEBHOOK_TIMEOUT_MS,
      disableAfter: e.PROVENANT_WEBHOOK_DISABLE_AFTER,
    },
  };
  return {
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      timeouts: {
        unavailableMs: e.PROVENANT_DB_UNAVAILABLE_TIMEOUT_MS,
        readMs: e.PROVENANT_DB_READ_TIMEOUT_MS,
        writeMs: e.PROVENANT_DB_WRITE_TIMEOUT_MS,
        probeIntervalMs: DEFAULT_DB_TIMEOUTS.probeIntervalMs,
      },
    },
    limits,
    requestLimits: {
      maxDepth: e.PROVENANT_MAX_QUERY_DEPTH,
      maxCost: e.PROVENANT_MAX_QUERY_COST,
      maxAliases: e.PROVENANT_MAX_ALIASES,
      maxDirectives: e.PROVENANT_MAX_DIRECTIVES,
      maxTokens: e.PROVENANT_MAX_TOKENS,
      maxBodyBytes: e.PROVENANT_MAX_BODY_BYTES,
      ratePerSecond: e.PROVENANT_RATE_LIMIT_PER_SECOND,
      rateBurst: e.PROVENANT_RATE_LIMIT_BURST,
      authFailuresPerMinute: e.PROVENANT_AUTH_FAILURES_PER_MINUTE,
      concurrencyPerPrincipal: e.PROVENANT_CONCURRENCY_PER_PRINCIPAL,
    },
    corsOrigins: e.PROVENANT_CORS_ORIGINS,
    logLevel: e.LOG_LEVEL,
    metrics: { port: e.PROVENANT_METRICS_PORT, token: e.PROVENANT_METRICS_TOKEN },
    prov: { prefix: e.PROVENANT_PROV_PREFIX, uri: e.PROVENANT_PROV_NAMESPACE },
    auth: {
      apiKeyCacheSeconds: e.PROVENANT_API_KEY_CACHE_SECONDS,
      jwt:
        e.PROVENANT_JWT_ISSUER && e.PROVENANT_JWT_AUDIENCE && (e.PROVENANT_JWT_JWKS_URL || e.PROVENANT_JWT_JWKS_FILE)
          ? {
              jwksUrl: e.PROVENANT_JWT_JWKS_URL,
              jwksFile: e.PROVENANT_JWT_JWKS_FILE,
              issuer: e.PROVENANT_JWT_ISSUER,
              audience: e.PROVENANT_JWT_AUDIENCE.split(',')
                .map((a) => a.trim())
                .filter(Boolean),
              rolesClaim: e.PROVENANT_JWT_ROLES_CLAIM,
              clearanceClaim: e.PROVENANT_JWT_CLEARANCE_CLAIM,
              subjectPrefix: e.PROVENANT_JWT_SUBJECT_PREFIX,
              clockToleranceSeconds: e.PROVENANT_JWT_CLOCK_TOLERANCE_SECONDS,
            }
          : null,
    },
    llm: e.PROVENANT_LLM_MODEL
      ? {
          baseUrl: e.OPENAI_BASE_URL,
          // Local OpenAI-compatible servers accept any key; the SDK insists on one.
          apiKey: e.OPENAI_API_KEY ?? 'not-needed',
          model: e.PROVENANT_LLM_MODEL,
          timeoutMs: e.PROVENANT_LLM_TIMEOUT_MS,
          maxRetries: e.PROVENANT_LLM_MAX_RETRIES,
          // 0: no cap sent, for endpoints that refuse max_tokens.
          maxTokens: e.PROVENANT_LLM_MAX_TOKENS || null,
        }
      : null,
    // Remote when PROVENANT_EMBEDDING_MODEL is set (endpoint PROVENANT_EMBEDDING_BASE_URL, else OPENAI_BASE_URL, else
    // OpenAI's own); otherwise the local model. A chat endpoint alone (OPENAI_BASE_URL) does not switch embeddings.
    embedding: e.PROVENANT_EMBEDDING_MODEL
      ? {
          kind: 'remote',
          baseUrl: e.PROVENANT_EMBEDDING_BASE_URL ?? e.OPENAI_BASE_URL,
          apiKey: e.PROVENANT_EMBEDDING_API_KEY ?? e.OPENAI_API_KEY ?? 'not-needed',
          model: e.PROVENANT_EMBEDDING_MODEL,
          version: e.PROVENANT_EMBEDDING_MODEL_VERSION,
          batch: e.PROVENANT_EMBEDDING_BATCH,
        }
      : { kind: 'local', port: e.PROVENANT_LOCAL_EMBEDDING_PORT, batch: e.PROVENANT_EMBEDDING_BATCH },
    monitorIntervalMs: e.PROVENANT_MONITOR_INTERVAL_MS,
    signalFold: { intervalMs: e.PROVENANT_SIGNAL_FOLD_INTERVAL_MS, graceMs: e.PROVENANT_SIGNAL_FOLD_GRACE_MS },
  };
}
