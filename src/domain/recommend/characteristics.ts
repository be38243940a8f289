import { DATA_AVAILABILITIES, DOMAIN_STABILITIES, KNOWLEDGE_FRESHNESSES, LEVELS, NEEDS } from '../usecases/factors.js';
import type { Profile } from '../usecases/profile.js';

/**
 * The characteristics of a use case the scoring model weighs, each an ordered list of levels. A level
 * comes from the declared profile or, where the profile states a quantity, from the quantity's tier
 * (20,000 labelled examples is ABUNDANT whatever was declared). Counterfactuals move one level at a
 * time along these lists, and `apply` writes the moved level back into a profile, so "what would flip
 * the top choice" is answered by scoring the changed profile, exactly.
 */
export const CHARACTERISTIC_NAMES = [
  'labelledData',
  'labelQuality',
  'domainStability',
  'knowledgeFreshness',
  'answerGrounding',
  'traceabilityNeed',
  'rollbackNeed',
  'valueRoi',
  'latencyBudget',
  'costBudget',
] as const;
export type CharacteristicName = (typeof CHARACTERISTIC_NAMES)[number];

export const LEVEL_SOURCES = ['DECLARED', 'QUANTITY', 'GRAPH', 'UNSET'] as const;
export type LevelSource = (typeof LEVEL_SOURCES)[number];

export interface CharacteristicValue {
  name: CharacteristicName;
  level: string | null;
  source: LevelSource;
  /** The quantity the level came from, when it came from one. */
  value: number | null;
}

export interface Characteristic {
  name: CharacteristicName;
  levels: readonly string[];
  read(p: Profile): CharacteristicValue;
  /** The profile with this characteristic at `level`: the declared level and, where one is stated or needed, the quantity. */
  apply(p: Profile, level: string): Profile;
  /** "with at least 10,000 labelled examples": how a person states the characteristic at `level`. */
  phrase(level: string): string;
}

/** A quantity's tiers: the level below each bound, then the last level; `example` is a value inside each tier. */
interface Tiers {
  levels: readonly string[];
  bounds: readonly number[];
  examples: readonly number[];
}

export const LABELLED_EXAMPLE_TIERS: Tiers = { levels: DATA_AVAILABILITIES, bounds: [1_000, 10_000], examples: [500, 1_000, 10_000] };
export const LABEL_AGREEMENT_TIERS: Tiers = { levels: LEVELS, bounds: [0.8, 0.9], examples: [0.7, 0.8, 0.9] };
export const LATENCY_TIERS: Tiers = { levels: ['TIGHT', 'MODERATE', 'RELAXED'], bounds: [500, 2_000], examples: [300, 500, 2_000] };
export const COST_TIERS: Tiers = { levels: ['LOW', 'MEDIUM', 'HIGH'], bounds: [1, 5], examples: [0.5, 1, 5] };

export function tierOf(tiers: Tiers, value: number): string {
  return tiers.levels[tiers.bounds.filter((b) => value >= b).length];
}

const exampleOf = (tiers: Tiers, level: string) => tiers.examples[tiers.levels.indexOf(level)];

/** A declared level that a stated quantity, when present, overrides. */
function declared<K extends keyof Profile, Q extends keyof Profile>(
  name: CharacteristicName,
  levels: readonly string[],
  field: K,
  quantity: { field: Q; tiers: Tiers } | null,
  phrase: (level: string) => string,
): Characteristic {
  return {
    name,
    levels,
    phrase,
    read(p) {
      const q = quantity ? (p[quantity.field] as number | undefined) : undefined;
      if (quantity && q !== undefined) return { name, level: tierOf(quantity.tiers, q), source: 'QUANTITY', value: q };
      return { name, level: p[field] as string, source: 'DECLARED', value: null };
    },
    apply(p, level) {
      const next = { ...p, [field]: level } as Profile;
      if (quantity && p[quantity.field] !== undefined) Object.assign(next, { [quantity.field]: exampleOf(quantity.tiers, level) });
      return next;
    },
  };
}

/** A characteristic known only as a quantity (a budget): unset when the profile does not state it. */
function budget(
  name: CharacteristicName,
  field: 'latencyBudgetMs' | 'costBudgetUsdPer1k',
  tiers: Tiers,
  phrase: (level: string) => string,
) {
  return {
    name,
    levels: tiers.levels,
    phrase,
    read(p: Profile): CharacteristicValue {
      const q = p[field];
      return q === undefined
        ? { name, level: null, source: 'UNSET', value: null }
        : { name, level: tierOf(tiers, q), source: 'QUANTITY', value: q };
    },
    apply: (p: Profile, level: string): Profile => ({ ...p, [field]: exampleOf(tiers, level) }) as Profile,
  } satisfies Characteristic;
}

export const GROUNDING_LEVELS = ['NONE', 'DOCUMENTS'] as const;

/**
 * Whether answers are grounded in a document corpus: stated in the profile, or else observed in the
 * graph (analyse.ts: the use case's systems pin retrieval configs over document versions); unset when
 * neither says.
 */
const answerGrounding: Characteristic = {
  name: 'answerGrounding',
  levels: GROUNDING_LEVELS,
  phrase: (level) => (level === 'DOCUMENTS' ? 'answers grounded in a document corpus' : 'answers not grounded in documents'),
  read(p) {
    const g = p.groundedInDocuments;
    return {
      name: 'answerGrounding',
      level: g === undefined ? null : g ? 'DOCUMENTS' : 'NONE',
      source: g === undefined ? 'UNSET' : 'DECLARED',
      value: null,
    };
  },
  apply: (p, level) => ({ ...p, groundedInDocuments: level === 'DOCUMENTS' }),
};

const lower = (level: string) => level.toLowerCase();
const number = (n: number) => n.toLocaleString('en-GB');

export const CHARACTERISTICS: readonly Characteristic[] = [
  declared(
    'labelledData',
    DATA_AVAILABILITIES,
    'dataAvailability',
    { field: 'labelledExamples', tiers: LABELLED_EXAMPLE_TIERS },
    (level) =>
      ({
        SCARCE: `fewer than ${number(LABELLED_EXAMPLE_TIERS.bounds[0])} labelled examples`,
        MODERATE: `${number(LABELLED_EXAMPLE_TIERS.bounds[0])} to ${number(LABELLED_EXAMPLE_TIERS.bounds[1] - 1)} labelled examples`,
        ABUNDANT: `at least ${number(LABELLED_EXAMPLE_TIERS.bounds[1])} labelled examples`,
      })[level] ?? level,
  ),
  declared(
    'labelQuality',
    LEVELS,
    'labelQuality',
    { field: 'labelAgreement', tiers: LABEL_AGREEMENT_TIERS },
    (level) =>
      ({
        LOW: `label agreement below ${LABEL_AGREEMENT_TIERS.bounds[0]}`,
        MEDIUM: `label agreement of ${LABEL_AGREEMENT_TIERS.bounds[0]} to ${LABEL_AGREEMENT_TIERS.bounds[1]}`,
        HIGH: `label agreement of ${LABEL_AGREEMENT_TIERS.bounds[1]} or better`,
      })[level] ?? level,
  ),
  declared('domainStability', DOMAIN_STABILITIES, 'domainStability', null, (level) => `a ${lower(level)} domain`),
  declared('knowledgeFreshness', KNOWLEDGE_FRESHNESSES, 'knowledgeFreshness', null, (level) =>
    level === 'STATIC'
      ? 'knowledge that does not change'
      : `knowledge that changes ${lower(level) === 'periodic' ? 'periodically' : 'continuously'}`,
  ),
  answerGrounding,
  declared('traceabilityNeed', NEEDS, 'traceabilityNeed', null, (level) => `${lower(level)} traceability needs`),
  declared('rollbackNeed', NEEDS, 'rollbackNeed', null, (level) => `${lower(level)} rollback needs`),
  declared('valueRoi', LEVELS, 'valueRoi', null, (level) =>
    level === 'HIGH' ? 'high value and a clear ROI' : `${lower(level)} value and ROI`,
  ),
  budget(
    'latencyBudget',
    'latencyBudgetMs',
    LATENCY_TIERS,
    (level) =>
      ({
        TIGHT: `a latency budget under ${number(LATENCY_TIERS.bounds[0])} ms`,
        MODERATE: `a latency budget of ${number(LATENCY_TIERS.bounds[0])} to ${number(LATENCY_TIERS.bounds[1] - 1)} ms`,
        RELAXED: `a latency budget of ${number(LATENCY_TIERS.bounds[1])} ms or more`,
      })[level] ?? level,
  ),
  budget(
    'costBudget',
    'costBudgetUsdPer1k',
    COST_TIERS,
    (level) =>
      ({
        LOW: `a cost budget under $${COST_TIERS.bounds[0]} per 1,000 requests`,
        MEDIUM: `a cost budget of $${COST_TIERS.bounds[0]} to under $${COST_TIERS.bounds[1]} per 1,000 requests`,
        HIGH: `a cost budget of $${COST_TIERS.bounds[1]} or more per 1,000 requests`,
      })[level] ?? level,
  ),
];

export const characteristic = (name: CharacteristicName): Characteristic => CHARACTERISTICS.find((c) => c.name === name)!;

export const readCharacteristics = (p: Profile): CharacteristicValue[] => CHARACTERISTICS.map((c) => c.read(p));
