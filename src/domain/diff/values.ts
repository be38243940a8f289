import { parseId } from '../ids.js';

/** A recorded property's value with its type kept, so a client never decodes JSON text. */
export type DiffValue =
  | { kind: 'id'; id: string }
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'boolean'; boolean: boolean }
  | { kind: 'ids'; ids: string[] }
  | { kind: 'texts'; texts: string[] }
  | { kind: 'numbers'; numbers: number[] }
  /** Anything else (a map, a mixed list): JSON text, as a last resort. */
  | { kind: 'json'; json: string };

const isId = (v: unknown): v is string => typeof v === 'string' && parseId(v) !== null;

export function diffValue(v: unknown): DiffValue | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return { kind: 'boolean', boolean: v };
  if (typeof v === 'number') return { kind: 'number', number: v };
  if (isId(v)) return { kind: 'id', id: v };
  if (typeof v === 'string') return { kind: 'text', text: v };
  if (Array.isArray(v)) {
    if (v.length > 0 && v.every(isId)) return { kind: 'ids', ids: v };
    if (v.every((x) => typeof x === 'string')) return { kind: 'texts', texts: v };
    if (v.every((x) => typeof x === 'number')) return { kind: 'numbers', numbers: v };
  }
  return { kind: 'json', json: JSON.stringify(v) };
}

/** Equality of recorded values (lists compare element by element, in order). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
