import { z } from 'zod';
import { ConfigError } from '../config.js';

/** How long one chat request may take before it counts as TIMEOUT, unless PROVENANT_LLM_TIMEOUT_MS says otherwise. */
export const DEFAULT_LLM_TIMEOUT_MS = 20_000;
/** Retries the SDK may make after a timeout, 429 or 5xx: at most one, so a slow endpoint costs at most two timeouts. */
export const LLM_MAX_RETRIES_LIMIT = 1;

const schema = z.object({
  PROVENANT_LLM_MODEL: z.string().min(1).max(200).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  PROVENANT_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_LLM_TIMEOUT_MS),
  PROVENANT_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(LLM_MAX_RETRIES_LIMIT).default(0),
});

/** An OpenAI-compatible `/v1/chat/completions` endpoint and the model the narrator and `ask` talk to. */
export interface LlmConfig {
  /** The SDK's base URL (ends in /v1); undefined: OpenAI's own. */
  baseUrl?: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

/** A start-up failure like any other configuration error (one line naming the variable). */
export class LlmConfigError extends ConfigError {}

/**
 * The chat model from PROVENANT_LLM_MODEL on OPENAI_BASE_URL (else OpenAI's own) with OPENAI_API_KEY;
 * null when no model is named: then every LLM feature answers through its deterministic path.
 */
export function loadLlmConfig(env: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new LlmConfigError(
      `invalid LLM configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const e = parsed.data;
  if (!e.PROVENANT_LLM_MODEL) return null;
  return {
    baseUrl: e.OPENAI_BASE_URL,
    // Local OpenAI-compatible servers accept any key; the SDK insists on one.
    apiKey: e.OPENAI_API_KEY ?? 'not-needed',
    model: e.PROVENANT_LLM_MODEL,
    timeoutMs: e.PROVENANT_LLM_TIMEOUT_MS,
    maxRetries: e.PROVENANT_LLM_MAX_RETRIES,
  };
}
