/** The strategies a use case can be given, in the order ties are broken (the lighter-weight first). */
export const STRATEGIES = ['PROMPT_ENGINEERING', 'RAG', 'ADAPTER', 'FINE_TUNE', 'HYBRID'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const isStrategy = (v: unknown): v is Strategy => STRATEGIES.some((s) => s === v);

/** Points per strategy; a rule's weights or a factor's contribution. */
export type Points = Record<Strategy, number>;

export const zeroPoints = (): Points => ({ PROMPT_ENGINEERING: 0, RAG: 0, ADAPTER: 0, FINE_TUNE: 0, HYBRID: 0 });

/** A person's name for a strategy in sentences ("fine-tuning"). */
export const STRATEGY_WORDS: Record<Strategy, string> = {
  PROMPT_ENGINEERING: 'prompt engineering',
  RAG: 'retrieval (RAG)',
  ADAPTER: 'a lightweight adapter',
  FINE_TUNE: 'targeted fine-tuning',
  HYBRID: 'a hybrid of adapters and retrieval',
};

/** What a release pins, as far as its strategy goes. */
export interface PinFacts {
  /** BASE, FINE_TUNED or ADAPTER for the pinned model version; null when unknown. */
  modelKind: string | null;
  retrieval: boolean;
}

/**
 * The strategy a release used, read from its pins: a base model alone is prompting, with a retrieval
 * config it is RAG; an adapter or fine-tuned model alone is ADAPTER or FINE_TUNE, and either with a
 * retrieval config is the mix (HYBRID).
 */
export function strategyOfPins(pins: PinFacts): Strategy {
  const trained = pins.modelKind === 'FINE_TUNED' ? 'FINE_TUNE' : pins.modelKind === 'ADAPTER' ? 'ADAPTER' : null;
  if (trained) return pins.retrieval ? 'HYBRID' : trained;
  return pins.retrieval ? 'RAG' : 'PROMPT_ENGINEERING';
}

/** The best-scoring strategy; ties go to the one earlier in STRATEGIES. */
export function topOf(scores: Points): Strategy {
  return STRATEGIES.reduce((best, s) => (scores[s] > scores[best] ? s : best), STRATEGIES[0]);
}
