import { z } from 'zod';
import { DATA_AVAILABILITIES, DOMAIN_STABILITIES, KNOWLEDGE_FRESHNESSES, LEVELS, NEEDS } from './factors.js';

/**
 * The decision-support profile of a use case: the factors the seed article weighs, as levels, with
 * quantities beside them where people know them (20,000 labelled examples at 0.95 agreement, a 300 ms
 * latency budget). A quantity, when given, decides its factor's level (see recommend/characteristics.ts).
 */
export const profileFields = {
  dataAvailability: z.enum(DATA_AVAILABILITIES),
  labelQuality: z.enum(LEVELS),
  domainStability: z.enum(DOMAIN_STABILITIES),
  knowledgeFreshness: z.enum(KNOWLEDGE_FRESHNESSES),
  traceabilityNeed: z.enum(NEEDS),
  rollbackNeed: z.enum(NEEDS),
  valueRoi: z.enum(LEVELS),
  latencyBudgetMs: z.number().int().min(1).max(3_600_000).optional(),
  costBudgetUsdPer1k: z.number().min(0).max(1_000_000).optional(),
  labelledExamples: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  labelAgreement: z.number().min(0).max(1).optional(),
  /** Whether answers are grounded in a document corpus; absent, the recommender reads it from the graph where it can. */
  groundedInDocuments: z.boolean().optional(),
};

export const profileSchema = z.object(profileFields);
export type Profile = z.output<typeof profileSchema>;
