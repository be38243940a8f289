import type { Row } from '../db/database.js';
import { parseId } from './ids.js';

/**
 * A short, readable name for any node, so a lineage or impact answer reads without a second query:
 * "claims v3" for dataset:claims@3, "policy-qa release 2", the name of a named thing, and for
 * activities and outputs what they were and when. Computed from the row alone (after redaction, so a
 * redacted node's label says no more than its id).
 */
export function labelOf(row: Row): string {
  const id = String(row.id);
  const of = (parent: unknown) => (typeof parent === 'string' ? `of ${idLabel(parent)}` : null);
  switch (row.kind) {
    case 'Invocation':
      return joined('invocation', of(row.parent), when(row.createdAt));
    case 'Output':
      return joined(
        row.outputKind === 'DECISION' && typeof row.decision === 'string' ? `decision "${clip(row.decision)}"` : 'output',
        of(row.parent),
        when(row.createdAt),
      );
    case 'TrainingRun':
      return joined('training run', when(row.startedAt ?? row.createdAt));
    case 'EvaluationRun':
      return joined(
        'evaluation',
        of(row.parent),
        typeof row.primaryMetric === 'string' && typeof row.score === 'number' ? `(${row.primaryMetric} ${row.score})` : null,
      );
    default:
      return typeof row.name === 'string' && row.name.trim() !== '' ? row.name : idLabel(id);
  }
}

/** "claims v3" for a version, "policy-qa release 2" for a release, the key for anything else. */
function idLabel(id: string): string {
  const parsed = parseId(id);
  if (!parsed) return id;
  if (parsed.version === undefined) return parsed.key;
  return parsed.type === 'Release' ? `${parsed.key} release ${parsed.version}` : `${parsed.key} v${parsed.version}`;
}

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** "at 2026-11-01 10:00 UTC": minutes are enough to tell runs and invocations apart when reading. */
function when(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // The form the queries send (yyyy-MM-ddTHH:mm:ss.SSSZ) needs no parsing: large answers label every node.
  if (CANONICAL_UTC.test(value)) return `at ${value.slice(0, 10)} ${value.slice(11, 16)} UTC`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : `at ${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function joined(...parts: Array<string | null>): string {
  return parts.filter((p): p is string => p !== null).join(' ');
}
