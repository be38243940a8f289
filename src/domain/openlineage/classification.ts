import type { DateTime } from 'neo4j-driver';
import { DEFAULT_OPENLINEAGE_CLASSIFICATION } from '../../config.js';
import type { Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { canSee, classificationRank, CLASSIFICATIONS, type Classification, type Principal } from '../permissions/principal.js';
import { openLineageQueries } from './queries.js';
import type { ClassificationHead, ClassificationScope, Stored } from './classification-types.js';
import { UNCLASSIFIED_OPENLINEAGE } from './kinds.js';

/**
 * How OpenLineage data is classified (docs/openlineage.md#classification). Every OpenLineage node
 * stores the classification reads redact it by (permissions/redaction.ts, the same rule as for every
 * other node); this module computes it, in the write that changes what it depends on:
 *
 * - a dataset: the ADMIN's level for the dataset, else for its namespace, else the configured
 *   default; never below the strictest Provenant version bound to it. Its versions and columns share it.
 * - a run: the strictest of its job's namespace level and every dataset it read or wrote (its
 *   facets and the events it keeps name them all).
 * - a job: the strictest of its namespace level, the datasets it declares and every run of it.
 * - an event: the run, job or dataset it describes.
 *
 * An ingest only raises (a node keeps the level it was first recorded with, the default included);
 * a reclassification (an ADMIN's setting, a binding) recomputes everything that depends on it, and
 * may lower. A lowering is remembered, so that answers as of an earlier time keep the stricter level.
 */

type At = DateTime<number>;

export interface ScopeRequest {
  datasets?: string[];
  runs?: string[];
  jobs?: string[];
  namespace?: string | null;
  /** Members an ingest just recorded, by the head they share a level with. */
  members?: Map<string, string[]>;
}

export const asClassification = (value: unknown): Classification | null =>
  typeof value === 'string' && (CLASSIFICATIONS as readonly string[]).includes(value) ? (value as Classification) : null;

/** The strictest of the given levels (nulls ignored); PUBLIC when there are none. */
export function strictest(...levels: Array<Classification | null | undefined>): Classification {
  return levels.reduce<Classification>((m, c) => (c && classificationRank(c) > classificationRank(m) ? c : m), 'PUBLIC');
}

export const defaultClassification = (ctx: DomainContext): Classification =>
  ctx.limits.openLineageDefaultClassification ?? DEFAULT_OPENLINEAGE_CLASSIFICATION;

/** The new state of a node moving from `old` to `level`: a lowering remembers the strictest level held before it. */
function transition(old: Stored, level: Classification, at: At): Omit<ClassificationHead, 'id' | 'members'> {
  const before = asClassification(old.classification);
  const held = asClassification(old.classificationHeld);
  const loweredAt = old.classificationLoweredAt ? dateTimeParam(new Date(old.classificationLoweredAt)) : null;
  if (before && classificationRank(level) < classificationRank(before))
    return { classification: level, held: strictest(held, before), loweredAt: at };
  return { classification: level, held: held ? strictest(held, level) : null, loweredAt };
}

interface Change {
  id: string;
  from: Classification | null;
  to: Classification;
}

/** Computes the level of every head in scope. `full`: recompute from the settings; otherwise only raise. */
function plan(scope: ClassificationScope, fallback: Classification, full: boolean): Map<string, Classification> {
  const settings = new Map(scope.namespaces.map((s) => [s.namespace, asClassification(s.classification)]));
  const base = (namespace: string | null) => (namespace === null ? null : settings.get(namespace)) ?? fallback;
  const known = new Map(scope.known.map(([id, c]) => [id, asClassification(c)]));
  const levels = new Map<string, Classification>();
  const levelOfId = (id: string) => levels.get(id) ?? known.get(id) ?? UNCLASSIFIED_OPENLINEAGE;
  const kept = (stored: Stored, computed: Classification) => {
    const before = asClassification(stored.classification);
    return full || !before ? computed : strictest(before, computed);
  };
  for (const d of scope.datasets) {
    const computed = strictest(asClassification(d.declared) ?? base(d.namespace), asClassification(d.bound));
    levels.set(d.id, !full && asClassification(d.classification) ? (asClassification(d.classification) as Classification) : computed);
  }
  for (const r of scope.runs) levels.set(r.id, kept(r, strictest(base(r.namespace), ...r.datasets.map(levelOfId))));
  for (const j of scope.jobs)
    levels.set(j.id, kept(j, strictest(base(j.namespace), ...j.datasets.map(levelOfId), ...j.runs.map(levelOfId))));
  return levels;
}

/**
 * Classifies the OpenLineage nodes in scope and what shares their level, and returns the heads whose
 * level changed. `full` (a reclassification) recomputes and may lower; `refuseUnseen` refuses, before
 * anything is written, a change by a principal not cleared for the level it replaces or sets.
 */
export async function classify(
  tx: Tx,
  ctx: DomainContext,
  at: At,
  request: ScopeRequest,
  opts: { full: boolean; refuseUnseen?: Principal },
): Promise<Change[]> {
  const scope = await tx.one(openLineageQueries.classificationScope, {
    datasets: request.datasets ?? [],
    runs: request.runs ?? [],
    jobs: request.jobs ?? [],
    namespace: request.namespace ?? null,
    full: opts.full,
  });
  if (!scope) return [];
  return classifyScope(tx, ctx, at, scope, request.members, opts);
}

/**
 * Classifies the nodes of a scope already read (an ingest gathers it from the statements that lock
 * what it writes, so it reads nothing more here) and what shares their level; returns the changes.
 */
export async function classifyScope(
  tx: Tx,
  ctx: DomainContext,
  at: At,
  scope: ClassificationScope,
  members: Map<string, string[]> | undefined,
  opts: { full: boolean; refuseUnseen?: Principal },
): Promise<Change[]> {
  const levels = plan(scope, defaultClassification(ctx), opts.full);
  const stored = [...scope.datasets, ...scope.runs, ...scope.jobs];
  const changes: Change[] = stored
    .filter((s) => asClassification(s.classification) !== levels.get(s.id))
    .map((s) => ({ id: s.id, from: asClassification(s.classification), to: levels.get(s.id) as Classification }));
  if (opts.refuseUnseen) refuseUnseen(opts.refuseUnseen, changes);
  const heads: ClassificationHead[] = stored.map((s) => ({
    id: s.id,
    ...transition(s, levels.get(s.id) as Classification, at),
    members: members?.get(s.id) ?? [],
  }));
  if (opts.full) {
    if (heads.length > 0) await tx.run(openLineageQueries.classificationSet, { heads, discover: true });
  } else {
    // Nothing to discover: each head and member is written once, when its level changes.
    const levels = levelGroups(heads);
    if (levels.length > 0) await tx.run(openLineageQueries.classificationWrite, { batch: { levels } });
  }
  return changes;
}

type Level = Omit<ClassificationHead, 'id' | 'members'>;

/**
 * The heads and members to write, grouped by the level they get (an ingest's hundreds of ids share a
 * few): the statement's parameters are the ids once each, not a level per id. An id named twice keeps
 * its last row, as a head's own row comes before its members'.
 */
function levelGroups(heads: ClassificationHead[]): Array<Level & { ids: string[] }> {
  const levelOf = new Map<string, Level>();
  for (const { id, members, ...level } of heads) for (const m of [id, ...members]) levelOf.set(m, level);
  const groups = new Map<string, Level & { ids: string[] }>();
  for (const [id, level] of levelOf) {
    const key = `${level.classification}|${level.held ?? ''}|${level.loweredAt?.toString() ?? ''}`;
    const group = groups.get(key) ?? { ...level, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Nobody changes the level of data they may not read, nor sets a level above their own clearance. */
function refuseUnseen(principal: Principal, changes: Change[]): void {
  const unseen = changes.find((c) => !canSee(principal, c.from ?? UNCLASSIFIED_OPENLINEAGE) || !canSee(principal, c.to));
  if (unseen) {
    throw new DomainError(
      'FORBIDDEN',
      `You are not cleared to reclassify ${unseen.id} (from ${unseen.from ?? 'unclassified'} to ${unseen.to}); nothing was changed.`,
      { id: unseen.id },
    );
  }
}
