import { isOpenLineageKind, UNCLASSIFIED_OPENLINEAGE } from '../openlineage/kinds.js';
import { CLASSIFICATIONS, canSee, classificationRank, type Classification, type Principal } from './principal.js';

/**
 * The one clearance rule. Every read decides whether a caller may see a node here: redaction
 * (redaction.ts), search's index filter, retrieval's `$visible`, and every derived answer (a
 * recommendation's evidence, an outcome, an aggregate, a stored result: derived-answers.ts).
 */

/** What the rule reads of a node: its classification, and its kind for the default of an unclassified one. */
export interface Classified {
  readonly kind?: unknown;
  readonly classification?: unknown;
}

const HIGHEST: Classification = CLASSIFICATIONS[CLASSIFICATIONS.length - 1];

/**
 * The level a node is read at: its `classification`; absent, PUBLIC, except an OpenLineage node
 * recorded before classification existed, which fails closed (UNCLASSIFIED_OPENLINEAGE); a value that
 * is no classification fails closed too.
 */
export function levelOf(node: Classified): Classification {
  const value = node.classification;
  if (value === null || value === undefined || value === '') return isOpenLineageKind(node.kind) ? UNCLASSIFIED_OPENLINEAGE : 'PUBLIC';
  return (CLASSIFICATIONS as readonly unknown[]).includes(value) ? (value as Classification) : HIGHEST;
}

/** Whether the principal may read the node's fields. */
export const visible = (principal: Principal, node: Classified): boolean => canSee(principal, levelOf(node));

/** The classifications a principal may read, lowest first: what a query filters on. */
export const readableClassifications = (principal: Principal): Classification[] => CLASSIFICATIONS.filter((c) => canSee(principal, c));

/** The classifications hidden from a principal: what an index query excludes. */
export const hiddenClassifications = (principal: Principal): Classification[] => CLASSIFICATIONS.filter((c) => !canSee(principal, c));

/**
 * Whether an answer for this principal may leave something out: true unless they are cleared for the
 * highest classification. Depends on the clearance only, never on what matched.
 */
export const mayWithhold = (principal: Principal): boolean => !canSee(principal, HIGHEST);

/** The highest level among some nodes (PUBLIC for none). */
export const highestLevel = (nodes: Iterable<Classified>): Classification =>
  [...nodes].map(levelOf).reduce<Classification>((a, b) => (classificationRank(b) > classificationRank(a) ? b : a), 'PUBLIC');
