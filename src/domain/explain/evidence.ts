/** A value an evidence item states: what a claim's figures are checked against. */
export type EvidenceFact = string | number | boolean | null;

/**
 * One thing a model may cite: a graph node (`dataset:claims@3`), a passage (`chunk:…`) or any other
 * stable id the caller can resolve. `summary` and string `facts` may hold text users wrote: they reach
 * the model only inside the fenced data block, never as instructions.
 */
export interface EvidenceItem {
  id: string;
  /** What the item is (`DatasetVersion`, `EvaluationRun`, `Passage`, `Score`, …): shown to the model. */
  kind: string;
  summary: string;
  facts: Record<string, EvidenceFact>;
}

/** How the model sees an item: under its handle, without the id. */
export interface HandledEvidence {
  handle: string;
  kind: string;
  summary: string;
  facts: Record<string, EvidenceFact>;
}

/**
 * The evidence of one request under per-request handles E1, E2, … (short, meaningless outside the
 * request, never mistaken for a graph id). The model is given handles, never ids, so a
 * claim can cite only what this request gave it: a hallucinated handle or a real id from elsewhere in
 * the graph resolves to nothing. One table may grow over a conversation (`ask` adds each tool result's
 * evidence); the same id always gets the same handle.
 */
export class EvidenceHandles {
  private readonly byHandle = new Map<string, EvidenceItem>();
  private readonly handleOfId = new Map<string, string>();

  constructor(items: Iterable<EvidenceItem> = []) {
    for (const item of items) this.add(item);
  }

  /** The item's handle; an id added again keeps its first handle and its first content. */
  add(item: EvidenceItem): string {
    const known = this.handleOfId.get(item.id);
    if (known) return known;
    const handle = `E${this.byHandle.size + 1}`;
    this.byHandle.set(handle, item);
    this.handleOfId.set(item.id, handle);
    return handle;
  }

  addAll(items: Iterable<EvidenceItem>): string[] {
    return [...items].map((item) => this.add(item));
  }

  get(handle: string): EvidenceItem | undefined {
    return this.byHandle.get(handle);
  }

  handleOf(id: string): string | undefined {
    return this.handleOfId.get(id);
  }

  has(id: string): boolean {
    return this.handleOfId.has(id);
  }

  get size(): number {
    return this.byHandle.size;
  }

  /** The items as given to the model, in handle order. */
  forModel(): HandledEvidence[] {
    return [...this.byHandle].map(([handle, { kind, summary, facts }]) => ({ handle, kind, summary, facts }));
  }

  /**
   * `value` with every string that is exactly an evidence id replaced by its handle (deeply), so a
   * structured result can be shown to the model without raw ids for what it may cite.
   */
  redactIds(value: unknown): unknown {
    if (typeof value === 'string') return this.handleOfId.get(value) ?? value;
    if (Array.isArray(value)) return value.map((v) => this.redactIds(v));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactIds(v)]));
    }
    return value;
  }
}
