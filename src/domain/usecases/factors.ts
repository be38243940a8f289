/** The factors a use case is profiled by (the seed article's), each one list of values for validation and the API. */
export const LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Level = (typeof LEVELS)[number];
export const NEEDS = ['LOW', 'MEDIUM', 'HIGH', 'STRICT'] as const;
export type Need = (typeof NEEDS)[number];
export const DATA_AVAILABILITIES = ['SCARCE', 'MODERATE', 'ABUNDANT'] as const;
export type DataAvailability = (typeof DATA_AVAILABILITIES)[number];
export const DOMAIN_STABILITIES = ['VOLATILE', 'EVOLVING', 'STABLE'] as const;
export type DomainStability = (typeof DOMAIN_STABILITIES)[number];
export const KNOWLEDGE_FRESHNESSES = ['STATIC', 'PERIODIC', 'CONTINUOUS'] as const;
export type KnowledgeFreshness = (typeof KNOWLEDGE_FRESHNESSES)[number];
