import type { EvidenceFact, EvidenceItem } from '../explain/evidence.js';
import { parseId } from '../ids.js';

const SUMMARY_FIELDS = ['label', 'name', 'heading', 'reason', 'justification', 'text'] as const;
const MAX_FACT_CHARS = 400;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The primitive fields of an object, as facts (long text shortened). */
function factsOf(o: Obj | null, prefix = ''): Record<string, EvidenceFact> {
  const facts: Record<string, EvidenceFact> = {};
  if (!o) return facts;
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) facts[prefix + k] = v;
    else if (typeof v === 'string') facts[prefix + k] = v.length > MAX_FACT_CHARS ? `${v.slice(0, MAX_FACT_CHARS)}…` : v;
  }
  return facts;
}

function summaryOf(kind: string, o: Obj | null): string {
  for (const f of SUMMARY_FIELDS) {
    const v = o?.[f];
    if (typeof v === 'string' && v.trim()) return `${kind}: ${v.length > 200 ? `${v.slice(0, 200)}…` : v}`;
  }
  return kind;
}

/**
 * The evidence one tool result offers: an item per id in it. An object carrying an `id` is that
 * item, its primitive fields its facts; an id standing alone (a release a provenance names, an
 * impact's root) gets the facts of the object it stands in, so a claim citing it may state them
 * (the impact's total, a diff's sameContent). Items listed in an array also carry their parent
 * object's facts ("parent."), so a group's count backs a claim citing one of its sample.
 */
export function evidenceOf(result: unknown): EvidenceItem[] {
  const items = new Map<string, EvidenceItem>();
  const add = (id: string, o: Obj | null, around: Obj | null) => {
    const parsed = parseId(id);
    if (!parsed || items.has(id)) return;
    const kind = parsed.type === 'Chunk' ? 'Passage' : parsed.type;
    items.set(id, { id, kind, summary: summaryOf(kind, o), facts: { ...factsOf(around, 'parent.'), ...factsOf(o) } });
  };
  const walk = (value: unknown, holder: Obj | null, parent: Obj | null): void => {
    if (typeof value === 'string') {
      add(value, holder, parent);
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, holder, holder);
    } else if (isObj(value)) {
      const own = typeof value.id === 'string' ? value.id : typeof value.chunkId === 'string' ? value.chunkId : null;
      if (own) add(own, value, parent);
      for (const [k, v] of Object.entries(value)) if (k !== 'id' && k !== 'chunkId') walk(v, value, parent);
    }
  };
  walk(result, null, null);
  return [...items.values()];
}
