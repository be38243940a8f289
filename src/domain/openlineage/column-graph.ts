/** A column of a column-level lineage answer. */
export interface ColumnNode {
  id: string;
  name: string;
  /** The dataset version the column belongs to. */
  version: string;
  dataset: { namespace: string; name: string; version: number } | null;
}

/** A derivation between two columns of a column-level lineage answer. */
export interface ColumnEdge {
  /** The derived column. */
  from: string;
  /** The column it was derived from. */
  to: string;
  /** DIRECT (the value comes from it) or INDIRECT (it filtered, joined, grouped or sorted). */
  type: string;
  subtype: string | null;
  description: string | null;
  masking: boolean | null;
  /** The run that derived it. */
  run: string | null;
}
