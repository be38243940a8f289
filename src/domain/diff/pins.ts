import type { Row } from '../../db/database.js';
import { parseId } from '../ids.js';

/** The properties in which a release pins versions, and the slot each fills. */
export const PIN_FIELDS = { modelVersion: 'MODEL', promptVersions: 'PROMPT', retrievalConfigVersion: 'RETRIEVAL_CONFIG' } as const;
export type PinSlot = (typeof PIN_FIELDS)[keyof typeof PIN_FIELDS];
export const PIN_SLOTS: readonly PinSlot[] = Object.values(PIN_FIELDS);
/** The kinds a release pins (a model version may be an adapter of a base). */
export const PINNED_KINDS = ['ModelVersion', 'PromptVersion', 'RetrievalConfigVersion'] as const;
export const PIN_CHANGE_KINDS = ['ADDED', 'REMOVED', 'CHANGED'] as const;
export type PinChangeKind = (typeof PIN_CHANGE_KINDS)[number];

export interface PinChange {
  slot: PinSlot;
  change: PinChangeKind;
  /** The artifact family (e.g. prompt:policy-qa-system) both versions belong to. */
  artifact: string;
  before: string | null;
  after: string | null;
}

const familyOf = (versionId: string) => {
  const p = parseId(versionId);
  return p ? `${p.prefix}:${p.key}` : versionId;
};

export function pinned(row: Row, field: string): string[] {
  const v = row[field];
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

/**
 * How the pins of release b differ from those of release a, per artifact family: a new version of a
 * pinned prompt is one CHANGED entry, not a removal and an addition.
 */
export function pinChanges(a: Row, b: Row): PinChange[] {
  const changes: PinChange[] = [];
  for (const [field, slot] of Object.entries(PIN_FIELDS) as Array<[string, PinSlot]>) {
    const before = new Map(pinned(a, field).map((id) => [familyOf(id), id]));
    const after = new Map(pinned(b, field).map((id) => [familyOf(id), id]));
    for (const artifact of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const x = before.get(artifact) ?? null;
      const y = after.get(artifact) ?? null;
      if (x === y) continue;
      changes.push({ slot, artifact, before: x, after: y, change: x === null ? 'ADDED' : y === null ? 'REMOVED' : 'CHANGED' });
    }
  }
  return changes;
}
