import { DomainError, invalid } from './errors.js';
import { KINDS, NODE_TYPES, type NodeType } from './kinds.js';

/**
 * Business ids: `<prefix>:<key>` for things, `<prefix>:<key>@<n>` for versions, never Neo4j element ids.
 * Keys are lower-case slugs so ids stay readable in URLs, logs and audit reports.
 */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;
const ID_PATTERN = /^([a-z]+):([a-z0-9][a-z0-9._/-]{0,160})(?:@([1-9][0-9]{0,8}))?$/;

/** Prefix → [the kind without a version, the kind with one]. */
const PREFIXES = new Map<string, [NodeType | null, NodeType | null]>();
for (const kind of NODE_TYPES) {
  const { prefix } = KINDS[kind];
  const slot = 'versioned' in KINDS[kind] ? 1 : 0;
  const pair = PREFIXES.get(prefix) ?? [null, null];
  if (pair[slot] !== null) throw new Error(`kinds.ts: ${pair[slot]} and ${kind} both claim the id prefix "${prefix}"`);
  pair[slot] = kind;
  PREFIXES.set(prefix, pair);
}

export interface ParsedId {
  prefix: string;
  key: string;
  version?: number;
  type: NodeType;
}

export function parseId(id: string): ParsedId | null {
  if (typeof id !== 'string' || id.length > 200) return null;
  const m = ID_PATTERN.exec(id);
  if (!m) return null;
  const entry = PREFIXES.get(m[1]);
  if (!entry) return null;
  const version = m[3] === undefined ? undefined : Number(m[3]);
  const type = version === undefined ? entry[0] : entry[1];
  if (!type) return null;
  return { prefix: m[1], key: m[2], version, type };
}

/** Parses an id argument, failing with VALIDATION when it is malformed or of the wrong type. */
export function requireId(field: string, id: string, ...types: NodeType[]): ParsedId {
  const parsed = parseId(id);
  if (!parsed) {
    throw invalid(field, `"${truncate(id)}" is not a Provenant id (expected e.g. "dataset:claims@3" or "release:policy-qa@8").`);
  }
  if (types.length > 0 && !types.includes(parsed.type)) {
    throw invalid(field, `"${id}" is a ${parsed.type}; expected ${types.join(' or ')}.`);
  }
  return parsed;
}

/** The id of the `type` node with this key: `<prefix>:<key>`. The one place ids are put together. */
export const nodeId = (type: NodeType, key: string) => `${KINDS[type].prefix}:${key}`;

/** The key part of an id that is known to be well formed (`claims` in `dataset:claims@3`). */
export const keyOf = (id: string): string => parseId(id)!.key;

/** A release id names its system by key (`release:<system key>@n`): VALIDATION unless `release` is one of `system`'s. */
export function requireReleaseOfSystem(field: string, release: string, system: string): void {
  if (parseId(release)?.key !== parseId(system)?.key) {
    throw new DomainError('VALIDATION', `${field}: ${release} is not a release of ${system}.`, { field });
  }
}

function truncate(s: unknown): string {
  const text = String(s);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
