import { z } from 'zod';
import { sha256 } from '../audit/hash.js';
import { assertNotBeforeCreation, assertNotInFuture } from '../clock.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { nodeId } from '../ids.js';
import { allSettledOrFirstFailure, parseBatch, recordKeyedBatch } from '../keyed-batches.js';
import { newKey } from '../keys.js';
import { idOf, key, timestamp } from '../validate.js';
import { command, type Command } from '../write-path.js';
import { intParam } from '../../db/values.js';
import type { Tx } from '../../db/database.js';
import { addSignals, signalBucketMs, type Observation } from './aggregates.js';
import { BINS } from './bins.js';
import { SIGNALS, signalName } from './names.js';
import { signalQueries, type KpiRow, type Referent } from './queries.js';

export const kpiObservationInput = z.object({
  key: key.optional(),
  /** The KPI's name (defineKpi). */
  kpi: signalName,
  system: idOf('System'),
  /** The release the observation is attributed to, when it is one release's. */
  release: idOf('Release').optional(),
  /** The window observed, [from, to): it comes to be at `to`. */
  from: timestamp,
  to: timestamp,
  value: z.number().finite(),
});

export interface KpiBatchResult {
  observationIds: string[];
  created: number;
}

type PreparedKpi = {
  id: string;
  field: string;
  kpi: string;
  system: string;
  release: string | null;
  from: Date;
  to: Date;
  value: number;
  digest: string;
};

/**
 * Records business KPI observations per system (optionally per release) and time window, in one
 * transaction with their aggregates (bucketed by the window's end; a system-wide observation is kept
 * under the system). Idempotent by key; a batch with any bad row changes nothing.
 */
export async function recordKpis(ctx: DomainContext, input: unknown): Promise<KpiBatchResult> {
  const cmd = command(ctx, 'kpi.record');
  return record(ctx, cmd, parseBatch(ctx, 'observations', kpiObservationInput, input));
}

/** An observation as GraphQL hands it over, its window's times already Dates (KpiObservationInput is tied to kpiObservationInput). */
export const typedKpiObservationInput = kpiObservationInput.extend({ from: z.date(), to: z.date() });

/** recordKpis for observations GraphQL has typed: the same checks, without turning each time back into text and parsing it again. */
export async function recordTypedKpis(
  ctx: DomainContext,
  observations: Array<z.input<typeof typedKpiObservationInput>>,
): Promise<KpiBatchResult> {
  const cmd = command(ctx, 'kpi.record');
  return record(ctx, cmd, parseBatch(ctx, 'observations', typedKpiObservationInput, { observations }));
}

async function record(
  ctx: DomainContext,
  cmd: Command,
  observations: Array<z.output<typeof kpiObservationInput>>,
): Promise<KpiBatchResult> {
  const now = ctx.now();
  const rows: PreparedKpi[] = observations.map((o, i) => {
    const field = `observations.${i}`;
    assertNotInFuture(now, `${field}.to`, o.to);
    if (!(o.from < o.to)) throw new DomainError('VALIDATION', `${field}.to: a window ends after it starts.`, { field: `${field}.to` });
    const content = {
      kpi: o.kpi,
      system: o.system,
      release: o.release ?? null,
      from: o.from.toISOString(),
      to: o.to.toISOString(),
      value: o.value,
    };
    return {
      id: nodeId('KpiObservation', o.key ?? newKey(now)),
      field,
      ...content,
      from: o.from,
      to: o.to,
      digest: sha256(JSON.stringify(content)),
    };
  });
  const bucketMs = signalBucketMs(ctx.limits);
  return recordKeyedBatch(cmd, {
    keyField: 'observations.key',
    repeat: { what: 'the observation', noun: 'observation' },
    rows,
    auditInput: { count: rows.length, ids: rows.map((r) => r.id) },
    check: (tx) => readAndCheck(tx, rows),
    recorded: async (tx, ids) => new Map((await tx.run(signalQueries.recorded, { ids })).map((r) => [r.id, r.digest])),
    // The first attempt checks the systems and releases in the creating statement itself; a resend's new observations too.
    createChecking: (tx, fresh) => createAndCheck(ctx, tx, fresh, bucketMs),
    create: (tx, fresh) => createAndCheck(ctx, tx, fresh, bucketMs),
    outcome: (fresh, created) => ({
      result: { observationIds: rows.map((r) => r.id), created },
      targets: fresh.length > 0 ? [...new Set(fresh.map((r) => r.system))] : [],
    }),
  });
}

/**
 * Creates the observations and checks them in the same breath: the KPI definitions are read, the
 * observations created (the statement reports the systems and releases of the rows it refuses) and
 * their aggregates added, all sent at once; then a bad row throws its typed error, rolling the
 * transaction back.
 */
async function createAndCheck(ctx: DomainContext, tx: Tx, fresh: PreparedKpi[], bucketMs: number): Promise<number> {
  const kpiRows: KpiRow[] = fresh.map((r) => ({
    id: r.id,
    system: r.system,
    release: r.release,
    kpi: r.kpi,
    value: r.value,
    from: intParam(r.from.getTime()),
    to: intParam(r.to.getTime()),
    digest: r.digest,
  }));
  const signals: Observation[] = fresh.map((r) => ({
    subject: r.release ?? r.system,
    signal: SIGNALS.kpi(r.kpi),
    at: r.to.getTime(),
    type: 'NUMERIC',
    value: r.value,
    bins: BINS.unbounded,
  }));
  const defining = definedKpis(tx, fresh);
  const creating = tx.one(signalQueries.createKpis, { rows: kpiRows, actor: ctx.principal.id });
  // All settle before anything throws, so the transaction never ends with a statement in flight.
  await allSettledOrFirstFailure<unknown>([defining, creating, addSignals(tx, signals, bucketMs)]);
  const created = (await creating)!;
  const refused = new Map(created.refused.map((r) => [r.id, r]));
  // A system or release the statement did not refuse exists, is of its kind, existed when the window began, and the release is the system's.
  checkKpis(fresh, await defining, (id) => refused.get(id) ?? null);
  return created.created;
}

/** The names of the batch's KPIs that are defined. */
async function definedKpis(tx: Tx, rows: PreparedKpi[]): Promise<Set<string>> {
  const kpis = await tx.run(signalQueries.definitions, { ids: [...new Set(rows.map((r) => nodeId('Kpi', r.kpi)))] });
  return new Set(kpis.filter((k) => k.kind === 'Kpi').map((k) => k.name));
}

/** Looks up the batch's KPIs, systems and releases, and checks every row against them (changes nothing). */
async function readAndCheck(tx: Tx, rows: PreparedKpi[]): Promise<void> {
  const [defined, refs] = await Promise.all([
    definedKpis(tx, rows),
    tx.run(signalQueries.referents, { ids: [...new Set(rows.flatMap((r) => (r.release ? [r.system, r.release] : [r.system])))] }),
  ]);
  const refOf = new Map(refs.map((r) => [r.id, r]));
  checkKpis(rows, defined, (id) => refOf.get(id) ?? { kind: null, createdAt: null, parent: null });
}

/** What a check knows of a system or release; null when it is known to be fine for every row naming it. */
type RefFacts = Omit<Referent, 'id'> | null;

/**
 * Every KPI is defined; every system and release exists, the release is the system's, and both
 * existed when the window began. The first bad row, in order, throws.
 */
function checkKpis(rows: PreparedKpi[], defined: Set<string>, factsOf: (id: string) => RefFacts): void {
  for (const r of rows) {
    for (const [field, id, kind] of [
      ['system', r.system, 'System'],
      ['release', r.release, 'Release'],
    ] as const) {
      if (id === null) continue;
      const ref = factsOf(id);
      if (ref === null) continue;
      if (ref.kind !== kind)
        throw new DomainError(ref.kind ? 'VALIDATION' : 'NOT_FOUND', `${r.field}.${field}: no ${kind} with id "${id}" exists.`, {
          field: `${r.field}.${field}`,
          id,
        });
      assertNotBeforeCreation({ field: `${r.field}.from`, at: r.from }, { id, createdAt: new Date(ref.createdAt!) });
    }
    const release = r.release === null ? null : factsOf(r.release);
    if (release !== null && release.parent !== r.system)
      throw new DomainError('VALIDATION', `${r.field}.release: "${r.release}" is not a release of ${r.system}.`, {
        field: `${r.field}.release`,
      });
    if (!defined.has(r.kpi))
      throw new DomainError('VALIDATION', `${r.field}.kpi: no KPI named "${r.kpi}"; define it first (defineKpi).`, {
        field: `${r.field}.kpi`,
      });
  }
}
