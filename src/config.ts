import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI').optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  PROVENANT_SEED_ON_EMPTY: bool.default(true),
  PROVENANT_LINEAGE_MAX_DEPTH: z.coerce.number().int().min(1).max(50).default(10),
  PROVENANT_LINEAGE_MAX_NODES: z.coerce.number().int().min(10).max(100_000).default(2000),
  PROVENANT_MAX_BATCH: z.coerce.number().int().min(1).max(100_000).default(5000),
  PROVENANT_MAX_STRING: z.coerce.number().int().min(64).max(1_000_000).default(20_000),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = {
  host: string;
  port: number;
  neo4j: { uri?: string; user: string; password: string; database: string };
  seedOnEmpty: boolean;
  limits: { lineageMaxDepth: number; lineageMaxNodes: number; maxBatch: number; maxString: number };
  openai: { apiKey?: string; baseUrl?: string; model: string };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
};

export class ConfigError extends Error {}

/** Reads and validates configuration from the environment; throws one readable message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    seedOnEmpty: e.PROVENANT_SEED_ON_EMPTY,
    limits: {
      lineageMaxDepth: e.PROVENANT_LINEAGE_MAX_DEPTH,
      lineageMaxNodes: e.PROVENANT_LINEAGE_MAX_NODES,
      maxBatch: e.PROVENANT_MAX_BATCH,
      maxString: e.PROVENANT_MAX_STRING,
    },
    openai: { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL },
    logLevel: e.LOG_LEVEL,
  };
}
