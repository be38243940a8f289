import { highestLevel, levelOf, visible, type Classified } from './clearance.js';
import type { Classification, Principal } from './principal.js';

/**
 * The clearance rule (clearance.ts) applied to everything derived from nodes: a recommendation, its
 * reasons, a contribution's level and points, a counterfactual, a narrative, a stored result, an
 * outcome, a count.
 *
 * An answer for a reader is computed only from the nodes the reader may see, judged exactly as
 * lineage and `node` judge them (the same rule, so an unclassified OpenLineage node is hidden from
 * a derived answer as it is redacted in lineage). A node above the reader's clearance contributes
 * nothing to it but the fact that evidence was withheld, which its redacted stub in lineage already
 * shows: not which node, not a field of it, not its classification. So two graphs that differ only in
 * the facts of a node above the reader's clearance give that reader the same answer.
 *
 * A derived answer that is stored is classified as the highest classification of what it was
 * computed from, so a less-cleared reader sees it redacted like any other node above their clearance.
 *
 * A count of items the reader may not see is never reported: an answer says, from the reader's
 * clearance alone, whether anything may have been withheld (`mayWithhold`).
 */
export { mayWithhold, readableClassifications } from './clearance.js';

/** A classification value read from the graph, as the clearance rule reads it (absent is PUBLIC; anything unknown fails closed). */
export const classificationOf = (value: unknown): Classification => levelOf({ classification: value });

/** Whether the principal may read what is classified `value`, as the clearance rule decides. */
export const mayRead = (principal: Principal, value: unknown): boolean => visible(principal, { classification: value });

/** The highest of some classification values (PUBLIC for none). */
export const highestClassification = (values: Iterable<unknown>): Classification =>
  highestLevel([...values].map((classification) => ({ classification })));

/**
 * The nodes one derived answer is computed from, as one reader may use them: `keep` lets through
 * what the reader may see (by the clearance rule, reading each item's kind where it has one) and
 * notes whether anything was left out, and the highest level of what was kept (the answer's own
 * classification when it is stored).
 */
export class ReaderView {
  private dropped = false;
  private readonly kept: Classification[] = [];

  constructor(readonly principal: Principal) {}

  keep<T extends Classified>(items: readonly T[]): T[] {
    const out = items.filter((i) => visible(this.principal, i));
    if (out.length < items.length) this.dropped = true;
    for (const i of out) this.kept.push(levelOf(i));
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
