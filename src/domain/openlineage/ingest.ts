import type { Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import { digestOf } from '../audit/hash.js';
import type { DomainContext } from '../context.js';
import { invalid } from '../errors.js';
import { command } from '../write-path.js';
import type { Facets, OlDataset, OlEvent } from './event.js';
import { columnEdges, dataSource, jobDetails, parentRun, runDetails, schemaFields } from './facets.js';
import { columnId, datasetId, eventId, jobId, runId } from './keys.js';
import { emptyView, facetValues, foldEvents, summarise, type RunView } from './run-view.js';
import { mergedFacets, type StoredFacets } from './stored-facets.js';
import { searchText } from '../search/search-text.js';
import { classifyScope } from './classification.js';
import { validateEvent } from './validate-event.js';
import { openLineageQueries, type SharedMerged } from './queries.js';
import type { ClassificationScope, Stored, StoredRun } from './classification-types.js';

export interface IngestResult {
  received: number;
  /** Events new to the graph; the rest were already stored (a retried delivery). */
  stored: number;
  duplicates: number;
}

type Identified = OlEvent & { id: string; body: unknown };

interface Step {
  tx: Tx;
  ctx: DomainContext;
  at: ReturnType<typeof dateTimeParam>;
}

const json = (v: unknown) => JSON.stringify(v);
/** The one order every lock-taking statement sends its rows in, so concurrent requests lock alike. */
const byId = (a: string, b: string) => a.localeCompare(b);
const when = (iso: string) => dateTimeParam(new Date(iso));

/**
 * Stores OpenLineage events (one, or a batch) in one audited transaction: every event is validated
 * first, so a bad one stores nothing; an event already stored (same content) is skipped, so retries
 * are harmless; a run's events fold into the same graph whatever order they arrive in.
 */
export async function ingestOpenLineage(ctx: DomainContext, bodies: unknown[], form: 'single' | 'batch'): Promise<IngestResult> {
  const cmd = command(ctx, 'openlineage.ingest');
  if (form === 'batch' && bodies.length === 0) throw invalid('events', 'a batch holds at least one event.');
  if (bodies.length > ctx.limits.maxBatch) {
    throw invalid('events', `a batch holds at most ${ctx.limits.maxBatch} events (PROVENANT_MAX_BATCH); this one has ${bodies.length}.`);
  }
  const events: Identified[] = bodies.map((body, i) => ({
    ...validateEvent(body, form === 'batch' ? `events[${i}]` : 'event'),
    id: eventId(digestOf(body)),
    body,
  }));
  const unique = [...new Map(events.map((e) => [e.id, e])).values()];
  return cmd.write({ events: unique.map((e) => e.id) }, async (tx, now) => {
    const step: Step = { tx, ctx, at: dateTimeParam(now) };
    const fresh = await recordEvents(step, unique);
    const targets = fresh.length === 0 ? [] : [...fresh.map((e) => e.id), ...(await applyEvents(step, fresh))];
    return {
      result: { received: bodies.length, stored: fresh.length, duplicates: bodies.length - fresh.length },
      targets: [...new Set(targets)],
    };
  });
}

/** Records every event once, in one statement (in id order, so concurrent batches lock alike); returns those new to the graph. */
async function recordEvents(step: Step, events: Identified[]): Promise<Identified[]> {
  const rows = await step.tx.run(openLineageQueries.eventRecord, {
    batch: {
      events: [...events]
        .sort((a, b) => byId(a.id, b.id))
        .map((e) => ({
          id: e.id,
          eventKind: e.kind,
          eventType: e.kind === 'RunEvent' ? (e.event.eventType ?? 'OTHER') : null,
          eventTime: when(e.event.eventTime),
          producer: e.event.producer,
          schemaURL: e.event.schemaURL,
          run: e.kind === 'RunEvent' ? runId(e.event.run.runId) : null,
          subject: subjectOf(e),
          body: json(e.body),
        })),
      at: step.at,
      actor: step.ctx.principal.id,
      requestId: step.ctx.requestId,
    },
  });
  const created = new Set(rows.filter((r) => r.created).map((r) => r.id));
  return events.filter((e) => created.has(e.id));
}

/** The run, job or dataset an event describes: it takes that node's classification. */
function subjectOf(e: Identified): string {
  switch (e.kind) {
    case 'RunEvent':
      return runId(e.event.run.runId);
    case 'JobEvent':
      return jobId(e.event.job.namespace, e.event.job.name);
    case 'DatasetEvent':
      return datasetId(e.event.dataset.namespace, e.event.dataset.name);
  }
}

/** A dataset version's dataset: its id up to the `@`. */
const datasetOfVersion = (version: string) => version.slice(0, version.lastIndexOf('@'));

type RunEventOf = Extract<Identified, { kind: 'RunEvent' }>;

/**
 * Applies the new events of a request with a fixed number of statements per kind of write, not per
 * event: each run's events fold into one view; runs, then datasets and jobs, are merged and locked in
 * id order; runs are then linked to their versions in segments in which no two
 * runs name the same dataset, so every run sees its datasets' versions as the events' order left them.
 *
 * Lock order: the request's own events and runs (id order), then what other requests share: the
 * datasets and jobs the events name, write-locked alone in id order (ol-shared-merge) before its merges
 * read them, so concurrent batches queue on them instead of deadlocking (a deadlock costs a rollback and the
 * driver's retry delay of a second or more). The runs are folded and stored before that, outside the queue.
 */
async function applyEvents(step: Step, events: Identified[]): Promise<string[]> {
  const runEvents = events.filter((e): e is RunEventOf => e.kind === 'RunEvent');
  const jobEvents = events.flatMap((e) => (e.kind === 'JobEvent' ? [e.event] : []));
  const datasetEvents = events.flatMap((e) => (e.kind === 'DatasetEvent' ? [e.event] : []));

  const named = (event: { inputs?: OlDataset[]; outputs?: OlDataset[]; eventTime: string }) =>
    [...(event.inputs ?? []), ...(event.outputs ?? [])].map((d) => datasetReport(d, event.eventTime));
  const ids = (ds: OlDataset[] | undefined) => (ds ?? []).map((d) => datasetId(d.namespace, d.name));
  const eventDatasets = [
    ...runEvents.flatMap(({ event }) => named(event)),
    ...jobEvents.flatMap(named),
    ...datasetEvents.map((event) => datasetReport(event.dataset, event.eventTime)),
  ];
  const eventJobs = [
    ...runEvents.map(({ event }) => jobReport(event.job, event.eventTime)),
    ...jobEvents.map((event) => jobReport(event.job, event.eventTime, ids(event.inputs), ids(event.outputs))),
  ];
  // The request's own runs first (their views folded and stored while nothing shared is held), then what it
  // shares: every dataset and job the events and the runs' views name (datasets of a run's earlier
  // events, column-lineage inputs, parent jobs), locked and merged in one statement.
  const runs = await foldRuns(step, runEvents);
  if (runs.length > 0) await step.tx.run(openLineageQueries.runStore, { batch: { runs: runs.map((r) => ({ id: r.id, props: r.props })) } });
  const datasetReports = [...eventDatasets, ...runs.flatMap((r) => r.datasets.map((d) => datasetReport(d, r.time)))];
  const jobReports = [
    ...eventJobs,
    ...runs.flatMap((r) => (r.parent ? [jobReport({ namespace: r.parent.namespace, name: r.parent.name }, r.time)] : [])),
  ];
  const merged = await mergeShared(step, datasetReports, jobReports);
  await storeFacets(step, [
    ...facetUpdates(merged.datasets, datasetReports, dataSource),
    ...facetUpdates(merged.jobs, jobReports, jobDetails),
  ]);

  const links = runs.length === 0 ? { used: [], written: [], columns: [] } : await linkRuns(step, runs);
  // Classifies what the request recorded (openlineage/classification.ts): new nodes get their level,
  // runs and jobs are raised to the strictest of what they read or wrote; nothing is lowered. Events,
  // versions and columns share the level of the node they belong to.
  const members = new Map<string, string[]>();
  const member = (head: string, id: string) => members.set(head, [...(members.get(head) ?? []), id]);
  for (const e of events) member(subjectOf(e), e.id);
  for (const v of links.used) member(datasetOfVersion(v), v);
  for (const v of links.written) member(datasetOfVersion(v), v);
  for (const c of links.columns) member(datasetOfVersion(c.version), c.id);
  await classifyScope(step.tx, step.ctx, step.at, await classificationScope(step, runs, merged), members, { full: false });
  const versions = links.written;
  return [
    ...runs.map((r) => r.id),
    ...versions,
    ...jobEvents.map((event) => jobId(event.job.namespace, event.job.name)),
    ...datasetEvents.map((event) => datasetId(event.dataset.namespace, event.dataset.name)),
  ];
}

/**
 * What classifying a request's datasets, jobs and runs needs, as ol-classification-scope would read it
 * after the links (an ingest is not a reclassification: its scope is what it named): gathered from the
 * run lock and the shared merge, which read it while locking, plus the parent runs outside the request.
 */
async function classificationScope(step: Step, runs: FoldedRun[], merged: SharedMerged): Promise<ClassificationScope> {
  const own = new Set(runs.map((r) => r.id));
  const parentJobs = new Map<string, string[]>();
  for (const r of runs)
    if (r.apply.parent) parentJobs.set(r.apply.parent.id, [...(parentJobs.get(r.apply.parent.id) ?? []), r.apply.parent.job]);
  const outside = [...parentJobs.keys()].filter((id) => !own.has(id));
  const parents = outside.length === 0 ? [] : await step.tx.run(openLineageQueries.runsClassification, { batch: { ids: outside } });
  const scoped = [
    ...runs.map((r) => ({
      stored: r.stored,
      namespace: r.stored.namespace ?? r.jobNamespace,
      datasets: [...r.stored.datasets.map(([id]) => id), ...r.datasets.map((d) => datasetId(d.namespace, d.name))],
      jobs: [...r.stored.jobs, r.apply.job, ...(parentJobs.get(r.id) ?? [])],
    })),
    ...parents.map((p) => ({
      stored: p,
      namespace: p.namespace,
      datasets: p.datasets.map(([id]) => id),
      jobs: [...p.jobs, ...(parentJobs.get(p.id) ?? [])],
    })),
  ];
  return {
    datasets: merged.datasets.map((d) => ({ ...stored(d), namespace: d.namespace, declared: d.declared, bound: d.bound })),
    runs: scoped.map((r) => ({ ...stored(r.stored), namespace: r.namespace, datasets: [...new Set(r.datasets)] })),
    jobs: merged.jobs.map((j) => ({
      ...stored(j),
      namespace: j.namespace,
      datasets: j.declares.map(([id]) => id),
      runs: scoped.filter((r) => r.jobs.includes(j.id)).map((r) => r.stored.id),
    })),
    known: [
      ...merged.datasets.map((d): [string, string | null] => [d.id, d.classification]),
      ...merged.jobs.flatMap((j) => j.declares),
      ...runs.flatMap((r) => r.stored.datasets),
      ...parents.flatMap((p) => p.datasets),
    ],
    namespaces: [
      ...merged.namespaces,
      ...parents.flatMap((p) =>
        p.namespace !== null && p.namespaceClassification !== null
          ? [{ namespace: p.namespace, classification: p.namespaceClassification }]
          : [],
      ),
    ],
  };
}

const stored = (s: Stored): Stored => ({
  id: s.id,
  classification: s.classification,
  classificationHeld: s.classificationHeld,
  classificationLoweredAt: s.classificationLoweredAt,
});

/** One run's new events folded into what the graph held, and what its links need. */
interface FoldedRun {
  id: string;
  /** The latest event time among this request's events of the run: reports derived from the view carry it. */
  time: string;
  /** Datasets the view names (inputs, outputs, column-lineage inputs), reported without facets. */
  datasets: Array<{ namespace: string; name: string }>;
  parent: ReturnType<typeof parentRun>;
  apply: {
    id: string;
    job: string;
    parent: { id: string; runId: string; job: string; searchText: string } | null;
  };
  /** What its events say, stored on the run (ol-run-store) before the request queues for what it shares. */
  props: Record<string, unknown>;
  inputs: string[];
  outputs: Array<{ dsId: string; facets: Record<string, unknown> }>;
  columns: Array<ReturnType<typeof columnEdges>[number] & { output: string }>;
  completed: boolean;
  endedAt: string | null;
  /** What the graph held of the run before this request, for classifying it. */
  stored: StoredRun;
  /** The namespace of the job its view names. */
  jobNamespace: string;
}

/** Locks the runs (in id order) and folds each one's new events into its stored view. */
async function foldRuns(step: Step, events: RunEventOf[]): Promise<FoldedRun[]> {
  const byRun = new Map<string, RunEventOf[]>();
  for (const e of events) {
    const rid = runId(e.event.run.runId);
    byRun.set(rid, [...(byRun.get(rid) ?? []), e]);
  }
  if (byRun.size === 0) return [];
  const locked = await step.tx.run(openLineageQueries.runLock, {
    batch: {
      runs: [...byRun.entries()]
        .map(([id, es]) => ({ id, runId: es[0].event.run.runId, events: es.length }))
        .sort((a, b) => byId(a.id, b.id)),
      at: step.at,
      actor: step.ctx.principal.id,
    },
  });
  const stored = new Map(locked.map((l) => [l.id, l]));
  return [...byRun.entries()].map(([rid, es]) => {
    const first = es[0].event;
    const before = stored.get(rid) as StoredRun & { view: string | null };
    const view = foldEvents(before.view ? (JSON.parse(before.view) as RunView) : emptyView(first.run.runId, first.job), es);
    const latest = es.map((e) => e.event.eventTime).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
    return foldedRun(rid, view, latest, before);
  });
}

function foldedRun(rid: string, view: RunView, time: string, stored: StoredRun): FoldedRun {
  const summary = summarise(view);
  const runFacets = facetValues(view.runFacets);
  const parent = parentRun(runFacets);
  const outputs = Object.entries(view.outputs).map(([dsId, d]) => ({ dsId, facets: facetValues(d.facets) }));
  const columns = summary.completed ? outputs.flatMap((o) => columnEdges(o.facets).map((c) => ({ ...c, output: o.dsId }))) : [];
  const lineageInputs = columns.map((c) => ({ namespace: c.inNamespace, name: c.inName }));
  return {
    id: rid,
    time,
    datasets: [...Object.values(view.inputs), ...Object.values(view.outputs), ...lineageInputs].map((d) => ({
      namespace: d.namespace,
      name: d.name,
    })),
    parent,
    apply: {
      id: rid,
      job: jobId(view.job.namespace, view.job.name),
      parent: parent
        ? {
            id: runId(parent.runId),
            runId: parent.runId,
            job: jobId(parent.namespace, parent.name),
            searchText: searchText({ runId: parent.runId }),
          }
        : null,
    },
    props: {
      state: summary.state,
      startedAt: when(summary.startedAt),
      endedAt: summary.endedAt ? when(summary.endedAt) : null,
      transitions: summary.transitions,
      lastEventTime: when(summary.lastEventTime),
      jobNamespace: view.job.namespace,
      jobName: view.job.name,
      searchText: searchText({ runId: view.runId, jobNamespace: view.job.namespace, jobName: view.job.name }),
      facets: json(runFacets),
      view: json(view),
      ...runDetails(runFacets),
    },
    inputs: [...new Set([...Object.keys(view.inputs), ...lineageInputs.map((d) => datasetId(d.namespace, d.name))])].sort(),
    outputs,
    columns,
    completed: summary.completed,
    endedAt: summary.endedAt,
    stored,
    jobNamespace: view.job.namespace,
  };
}

/**
 * Splits runs, in the order their events arrived, into segments in which no two runs name the same
 * dataset: within a segment one statement can write every run's links without one run seeing a
 * version another run of the segment creates.
 */
function segments(runs: FoldedRun[]): FoldedRun[][] {
  const out: FoldedRun[][] = [];
  let current: FoldedRun[] = [];
  let named = new Set<string>();
  for (const run of runs) {
    const mine = [...run.inputs, ...run.outputs.map((o) => o.dsId)];
    if (mine.some((d) => named.has(d))) {
      out.push(current);
      current = [];
      named = new Set();
    }
    current.push(run);
    mine.forEach((d) => named.add(d));
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Links the runs to their jobs, parents and recorder, then each segment's runs to their input and output versions and columns; returns what was linked. */
async function linkRuns(
  step: Step,
  runs: FoldedRun[],
): Promise<{ used: string[]; written: string[]; columns: Array<{ id: string; version: string }> }> {
  const { tx, at, ctx } = step;
  const actor = ctx.principal.id;
  await tx.run(openLineageQueries.runApply, { batch: { runs: runs.map((r) => r.apply), at, actor } });
  const linked = { used: [] as string[], written: [] as string[], columns: [] as Array<{ id: string; version: string }> };
  for (const segment of segments(runs)) {
    const reading = segment.filter((r) => r.inputs.length > 0);
    const used =
      reading.length === 0
        ? []
        : await tx.run(openLineageQueries.inputsLink, { batch: { runs: reading.map((r) => ({ id: r.id, inputs: r.inputs })), at, actor } });
    const writing = segment.filter((r) => r.outputs.length > 0);
    const outputs =
      writing.length === 0
        ? []
        : await tx.run(openLineageQueries.outputsLink, {
            batch: {
              runs: writing.map((r) => ({
                id: r.id,
                outputs: r.outputs.map((o) => ({ id: o.dsId, facets: json(o.facets), ...schemaFields(o.facets) })),
                completed: r.completed,
                endedAt: r.endedAt ? when(r.endedAt) : null,
              })),
              at,
              actor,
            },
          });
    linked.used.push(...used.map((u) => u.version));
    linked.written.push(...outputs.map((o) => o.version));
    const versionsOf = (rows: Array<{ run: string; dataset: string; version: string }>, run: string) =>
      new Map(rows.filter((o) => o.run === run).map((o) => [o.dataset, o.version]));
    const columns = segment.flatMap((r) => columnRows(r, versionsOf(outputs, r.id), versionsOf(used, r.id)));
    if (columns.length > 0) await tx.run(openLineageQueries.columnsLink, { batch: { columns, at, actor } });
    linked.columns.push(
      ...columns.flatMap((c) => [
        { id: c.outId, version: c.outVersion },
        { id: c.inId, version: c.inVersion },
      ]),
    );
  }
  return linked;
}

/** Facets an event reports for a job or dataset, with its time; merged per facet name into what the node holds. */
interface Reported {
  id: string;
  namespace: string;
  name: string;
  facets: Facets | undefined;
  time: string;
}

const reported = (id: string, n: { namespace: string; name: string; facets?: Facets }, time: string): Reported => ({
  id,
  namespace: n.namespace,
  name: n.name,
  facets: n.facets,
  time,
});

type FacetUpdate = { id: string; props: Record<string, unknown> };

/**
 * The facet writes for the nodes the merge created or found (and locked): per facet name the latest
 * report wins (stored-facets.ts); nodes whose facets do not change are left out. `fields` reads the
 * graph properties the facets map to (SQL, job type, data source).
 */
function facetUpdates(rows: MergedRow[], reports: Reported[], fields: (f: Facets) => Record<string, unknown>): FacetUpdate[] {
  const byNode = new Map<string, Reported[]>();
  for (const r of reports) if (r.facets && Object.keys(r.facets).length > 0) byNode.set(r.id, [...(byNode.get(r.id) ?? []), r]);
  return rows.flatMap((row) => {
    const mine = byNode.get(row.id);
    const props = mine ? mergedFacets(row, mine, fields) : null;
    return props ? [{ id: row.id, props }] : [];
  });
}

/** Writes the merged facets of jobs and datasets in one statement. */
async function storeFacets(step: Step, updates: FacetUpdate[]): Promise<void> {
  if (updates.length > 0) await step.tx.run(openLineageQueries.facetsSet, { batch: { rows: updates } });
}

/** A dataset or job the merge found or created (and locked), with its facets so far. */
type MergedRow = { id: string } & StoredFacets;

/**
 * Locks and merges the datasets and jobs a request names, one row per node in id order so that
 * concurrent writers lock them alike; a job's declared datasets are united over its reports.
 */
async function mergeShared(
  step: Step,
  datasetReports: Reported[],
  jobReports: Array<Reported & { inputs: string[]; outputs: string[] }>,
): Promise<SharedMerged> {
  const datasets = [
    ...new Map(datasetReports.map((r) => [r.id, { id: r.id, namespace: r.namespace, name: r.name, searchText: searchText(r) }])).values(),
  ].sort((a, b) => byId(a.id, b.id));
  const jobs = new Map<
    string,
    { id: string; namespace: string; name: string; searchText: string; inputs: Set<string>; outputs: Set<string> }
  >();
  for (const j of jobReports) {
    const row = jobs.get(j.id) ?? {
      id: j.id,
      namespace: j.namespace,
      name: j.name,
      searchText: searchText(j),
      inputs: new Set(),
      outputs: new Set(),
    };
    j.inputs.forEach((d) => row.inputs.add(d));
    j.outputs.forEach((d) => row.outputs.add(d));
    jobs.set(j.id, row);
  }
  if (datasets.length === 0 && jobs.size === 0) return { datasets: [], jobs: [], namespaces: [] };
  const merged = await step.tx.one(openLineageQueries.sharedMerge, {
    batch: {
      ids: [...datasets.map((d) => d.id), ...jobs.keys()].sort(byId),
      namespaces: [...new Set([...datasets, ...jobs.values()].map((n) => n.namespace))],
      datasets,
      jobs: [...jobs.values()].sort((a, b) => byId(a.id, b.id)).map((j) => ({ ...j, inputs: [...j.inputs], outputs: [...j.outputs] })),
      at: step.at,
      actor: step.ctx.principal.id,
    },
  });
  return { datasets: merged?.datasets ?? [], jobs: merged?.jobs ?? [], namespaces: merged?.namespaces ?? [] };
}

const datasetReport = (d: OlDataset, time: string) => reported(datasetId(d.namespace, d.name), d, time);

const jobReport = (
  job: { namespace: string; name: string; facets?: Facets },
  time: string,
  inputs: string[] = [],
  outputs: string[] = [],
) => ({
  ...reported(jobId(job.namespace, job.name), job, time),
  inputs,
  outputs,
});

/** Column-level lineage rows of one completed run, for the versions its links resolved. */
function columnRows(run: FoldedRun, outputVersions: Map<string, string>, used: Map<string, string>) {
  return run.columns.flatMap((c) => {
    const outVersion = outputVersions.get(c.output);
    const inVersion = used.get(datasetId(c.inNamespace, c.inName));
    if (!outVersion || !inVersion) return [];
    return [
      {
        run: run.id,
        outVersion,
        inVersion,
        outId: columnId(outVersion, c.outField),
        inId: columnId(inVersion, c.inField),
        outField: c.outField,
        inField: c.inField,
        transformation: [c.type, c.subtype ?? '', c.description ?? '', c.masking === null ? '' : String(c.masking)].join('|'),
        type: c.type,
        subtype: c.subtype,
        description: c.description,
        masking: c.masking,
      },
    ];
  });
}
