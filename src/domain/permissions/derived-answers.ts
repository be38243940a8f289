import { CLASSIFICATIONS, classificationRank, type Classification, type Principal } from './principal.js';

/**
 * The one clearance rule for everything derived from nodes: a recommendation, its reasons, a
 * contribution's level and points, a counterfactual, a narrative, a stored result, a count.
 *
 * An answer for a reader is computed only from the nodes the reader may see. A node above the
 * reader's clearance contributes nothing to it but the fact that evidence was withheld, which its
 * redacted stub in lineage already shows: not which node, not a field of it, not its classification.
 * So two graphs that differ only in the facts of a node above the reader's clearance give that reader
 * the same answer.
 *
 * A derived answer that is stored is classified as the highest classification of what it was
 * computed from, so a less-cleared reader sees it redacted like any other node above their clearance.
 *
 * A count of items the reader may not see is never reported: an answer says, from the reader's
 * clearance alone, whether anything may have been withheld (`mayWithhold`).
 */

/** A value read from the graph as a classification: absent is PUBLIC (as canSee reads it); anything unknown fails closed. */
export function classificationOf(value: unknown): Classification {
  if (value === null || value === undefined) return 'PUBLIC';
  return (CLASSIFICATIONS as readonly unknown[]).includes(value) ? (value as Classification) : CLASSIFICATIONS[CLASSIFICATIONS.length - 1];
}

/** Whether the principal may read what is classified `value` (a graph value, read as classificationOf reads it). */
export const mayRead = (principal: Principal, value: unknown): boolean =>
  classificationRank(classificationOf(value)) <= classificationRank(principal.clearance);

/** The classifications a principal may read, lowest first: what a query filters on. */
export const readableClassifications = (principal: Principal): Classification[] =>
  CLASSIFICATIONS.filter((c) => classificationRank(c) <= classificationRank(principal.clearance));

/**
 * Whether an answer for this principal may leave something out: true unless they are cleared for the
 * highest classification. Depends on the clearance only, never on what matched.
 */
export const mayWithhold = (principal: Principal): boolean => classificationRank(principal.clearance) < CLASSIFICATIONS.length - 1;

/** The highest of some classifications (PUBLIC for none). */
export const highestClassification = (values: Iterable<unknown>): Classification =>
  [...values].map(classificationOf).reduce<Classification>((a, b) => (classificationRank(b) > classificationRank(a) ? b : a), 'PUBLIC');

/**
 * The nodes one derived answer is computed from, as one reader may use them: `keep` lets through
 * what the reader may see and notes whether anything was left out, and the highest classification
 * of what was kept (the answer's own classification when it is stored).
 */
export class ReaderView {
  private dropped = false;
  private readonly kept: Classification[] = [];

  constructor(readonly principal: Principal) {}

  keep<T extends { classification?: unknown }>(items: readonly T[]): T[] {
    const out = items.filter((i) => mayRead(this.principal, i.classification));
    if (out.length < items.length) this.dropped = true;
    for (const i of out) this.kept.push(classificationOf(i.classification));
    return out;
  }

  /** True when evidence above the reader's clearance was left out. */
  get withheld(): boolean {
    return this.dropped;
  }

  /** The highest classification among what was kept. */
  get classification(): Classification {
    return highestClassification(this.kept);
  }
}
