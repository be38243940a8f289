/** A W3C PROV document in memory, before it is written as PROV-JSON or PROV-N. */

export type ProvClass = 'entity' | 'activity' | 'agent';

export type RelationKind =
  | 'used'
  | 'wasGeneratedBy'
  | 'wasDerivedFrom'
  | 'wasAttributedTo'
  | 'wasAssociatedWith'
  | 'actedOnBehalfOf'
  | 'specializationOf'
  | 'wasInfluencedBy';

export type ProvValue = string | number | boolean | { value: string; type: 'xsd:dateTime' | 'prov:QUALIFIED_NAME' };

export interface ProvElement {
  /** A Provenant id (the local part under the organisation's namespace). */
  id: string;
  cls: ProvClass;
  startTime?: string | null;
  endTime?: string | null;
  attributes: Record<string, ProvValue>;
}

export interface ProvRelation {
  kind: RelationKind;
  /** The two ids in the relation's PROV-N argument order (e.g. used(activity, entity)). */
  subject: string;
  object: string;
  /** wasAssociatedWith: the plan the activity followed. */
  plan?: string;
  time?: string | null;
  attributes: Record<string, ProvValue>;
}

export interface ProvNamespace {
  /** Prefix of the organisation's ids in the document (PROVENANT_PROV_PREFIX). */
  prefix: string;
  /** Namespace URI the ids live under (PROVENANT_PROV_NAMESPACE). */
  uri: string;
}

export interface ProvDocument {
  namespace: ProvNamespace;
  elements: ProvElement[];
  relations: ProvRelation[];
}

/** Provenant's own attribute names (kind, name, version, …) live in this fixed vocabulary. */
export const VOCAB = { prefix: 'provenant', uri: 'https://provenant.dev/ns/prov#' } as const;

export const DEFAULT_PROV_NAMESPACE: ProvNamespace = { prefix: 'org', uri: 'https://provenant.example/id/' };

export const dateTime = (value: string): ProvValue => ({ value, type: 'xsd:dateTime' });
export const qualifiedName = (value: string): ProvValue => ({ value, type: 'prov:QUALIFIED_NAME' });

/** Number of records of each kind: what a reader of the document must find again. */
export function recordCounts(doc: ProvDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of doc.elements) counts[e.cls] = (counts[e.cls] ?? 0) + 1;
  for (const r of doc.relations) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}
