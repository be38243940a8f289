import type { Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import { digestOf } from '../audit/hash.js';
import type { DomainContext } from '../context.js';
import { invalid } from '../errors.js';
import { command } from '../write-path.js';
import type { DatasetEvent, Facets, JobEvent, OlDataset, OlEvent, RunEvent } from './event.js';
import { columnEdges, dataSource, jobDetails, parentRun, runDetails, schemaFields } from './facets.js';
import { columnId, datasetId, eventId, jobId, runId } from './keys.js';
import { emptyView, facetValues, foldEvent, mergeFacets, summarise, type RunView, type TimedFacet } from './run-view.js';
import { validateEvent } from './validate-event.js';
import { openLineageQueries } from './queries.js';

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
    const targets = new Set<string>();
    let stored = 0;
    for (const e of unique) {
      const touched = await applyEvent(step, e);
      if (touched.length === 0) continue;
      stored += 1;
      touched.forEach((t) => targets.add(t));
    }
    return { result: { received: bodies.length, stored, duplicates: bodies.length - stored }, targets: [...targets] };
  });
}

async function applyEvent(step: Step, e: Identified): Promise<string[]> {
  const { event } = e;
  const run = e.kind === 'RunEvent' ? runId(e.event.run.runId) : null;
  const recorded = await step.tx.one(openLineageQueries.eventRecord, {
    id: e.id,
    eventKind: e.kind,
    eventType: e.kind === 'RunEvent' ? (e.event.eventType ?? 'OTHER') : null,
    eventTime: when(event.eventTime),
    producer: event.producer,
    schemaURL: event.schemaURL,
    run,
    body: json(e.body),
    at: step.at,
    actor: step.ctx.principal.id,
    requestId: step.ctx.requestId,
  });
  if (!recorded?.created) return [];
  switch (e.kind) {
    case 'RunEvent':
      return [e.id, ...(await applyRunEvent(step, e.id, e.event))];
    case 'JobEvent':
      return [e.id, ...(await applyJobEvent(step, e.event))];
    case 'DatasetEvent':
      return [e.id, ...(await applyDatasetEvent(step, e.event))];
  }
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

/**
 * Stores reported facets on the nodes a merge query created or found (and locked): per facet name the
 * latest report wins, so the result does not depend on arrival order. `fields` reads the graph
 * properties the facets map to (SQL, job type, data source).
 */
type FacetUpdate = { id: string; props: Record<string, unknown> };

function facetUpdates(
  rows: Array<{ id: string; facetsView: unknown }>,
  reports: Reported[],
  fields: (f: Facets) => Record<string, unknown>,
): FacetUpdate[] {
  return rows.flatMap((row) => {
    const mine = reports.filter((r) => r.id === row.id && r.facets && Object.keys(r.facets).length > 0);
    if (mine.length === 0) return [];
    const view = JSON.parse(String(row.facetsView ?? '{}')) as Record<string, TimedFacet>;
    const before = json(view);
    for (const r of mine) mergeFacets(view, r.facets, r.time);
    if (json(view) === before) return [];
    const facets = facetValues(view);
    return [{ id: row.id, props: { facetsView: json(view), facets: json(facets), ...fields(facets) } }];
  });
}

/** Writes the merged facets of jobs and datasets in one statement. */
async function storeFacets(step: Step, updates: FacetUpdate[]): Promise<void> {
  if (updates.length > 0) await step.tx.run(openLineageQueries.facetsSet, { rows: updates });
}

async function mergeDatasets(step: Step, reports: Reported[]): Promise<FacetUpdate[]> {
  // One row per dataset, in id order so concurrent writers lock them in the same order.
  const datasets = [...new Map(reports.map((r) => [r.id, { id: r.id, namespace: r.namespace, name: r.name }])).values()].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  if (datasets.length === 0) return [];
  const rows = await step.tx.run(openLineageQueries.datasetsMerge, { datasets, at: step.at, actor: step.ctx.principal.id });
  return facetUpdates(rows as Array<{ id: string; facetsView: unknown }>, reports, dataSource);
}

const datasetReport = (d: OlDataset, time: string) => reported(datasetId(d.namespace, d.name), d, time);

async function mergeJobs(step: Step, jobs: Array<Reported & { inputs: string[]; outputs: string[] }>): Promise<FacetUpdate[]> {
  const rows = await step.tx.run(openLineageQueries.jobsMerge, {
    jobs: jobs.map((j) => ({ id: j.id, namespace: j.namespace, name: j.name, inputs: j.inputs, outputs: j.outputs })),
    at: step.at,
    actor: step.ctx.principal.id,
  });
  return facetUpdates(rows as Array<{ id: string; facetsView: unknown }>, jobs, jobDetails);
}

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

async function applyRunEvent(step: Step, id: string, event: RunEvent): Promise<string[]> {
  const { tx, ctx, at } = step;
  const actor = ctx.principal.id;
  const rid = runId(event.run.runId);
  const locked = await tx.one(openLineageQueries.runLock, { id: rid, runId: event.run.runId, at, actor });
  const stored = locked?.view ? (JSON.parse(String(locked.view)) as RunView) : emptyView(event.run.runId, event.job);
  const view = foldEvent({ ...stored, job: event.job }, id, event);
  const summary = summarise(view);
  const runFacets = facetValues(view.runFacets);
  const parent = parentRun(runFacets);

  const outputs = Object.entries(view.outputs).map(([dsId, d]) => ({ dsId, facets: facetValues(d.facets) }));
  const columns = summary.completed ? outputs.flatMap((o) => columnEdges(o.facets).map((c) => ({ ...c, output: o.dsId }))) : [];
  const named: OlDataset[] = [...(event.inputs ?? []), ...(event.outputs ?? [])];
  const lineageInputs = columns.map((c) => ({ namespace: c.inNamespace, name: c.inName }));
  const datasetFacets = await mergeDatasets(step, [
    ...named.map((d) => datasetReport(d, event.eventTime)),
    ...[...Object.values(view.inputs), ...Object.values(view.outputs), ...lineageInputs].map((d) =>
      datasetReport({ namespace: d.namespace, name: d.name }, event.eventTime),
    ),
  ]);
  const jobFacets = await mergeJobs(step, [
    jobReport(event.job, event.eventTime),
    ...(parent ? [jobReport({ namespace: parent.namespace, name: parent.name }, event.eventTime)] : []),
  ]);
  await storeFacets(step, [...datasetFacets, ...jobFacets]);
  await tx.run(openLineageQueries.runApply, {
    id: rid,
    job: jobId(view.job.namespace, view.job.name),
    parent: parent ? { id: runId(parent.runId), runId: parent.runId, job: jobId(parent.namespace, parent.name) } : null,
    props: {
      state: summary.state,
      startedAt: when(summary.startedAt),
      endedAt: summary.endedAt ? when(summary.endedAt) : null,
      transitions: summary.transitions,
      lastEventTime: when(summary.lastEventTime),
      jobNamespace: view.job.namespace,
      jobName: view.job.name,
      facets: json(runFacets),
      view: json(view),
      ...runDetails(runFacets),
    },
    at,
    actor,
  });
  const inputIds = [...new Set([...Object.keys(view.inputs), ...lineageInputs.map((d) => datasetId(d.namespace, d.name))])].sort();
  const used = inputIds.length === 0 ? [] : await tx.run(openLineageQueries.inputsLink, { run: rid, inputs: inputIds, at, actor });
  const written =
    outputs.length === 0
      ? []
      : await tx.run(openLineageQueries.outputsLink, {
          run: rid,
          outputs: outputs.map((o) => ({ id: o.dsId, facets: json(o.facets), ...schemaFields(o.facets) })),
          completed: summary.completed,
          endedAt: summary.endedAt ? when(summary.endedAt) : null,
          at,
          actor,
        });
  const versions = written
    .filter((w) => w.version !== null && w.version !== undefined)
    .map((w) => [String(w.dataset), String(w.version)] as const);
  if (columns.length > 0)
    await linkColumns(step, rid, new Map(versions), new Map(used.map((u) => [String(u.dataset), String(u.version)])), columns);
  return [rid, ...versions.map(([, v]) => v)];
}

async function linkColumns(
  step: Step,
  rid: string,
  outputVersions: Map<string, string>,
  used: Map<string, string>,
  columns: Array<ReturnType<typeof columnEdges>[number] & { output: string }>,
): Promise<void> {
  const rows = columns.flatMap((c) => {
    const outVersion = outputVersions.get(c.output);
    const inVersion = used.get(datasetId(c.inNamespace, c.inName));
    if (!outVersion || !inVersion) return [];
    return [
      {
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
  if (rows.length > 0)
    await step.tx.run(openLineageQueries.columnsLink, { columns: rows, run: rid, at: step.at, actor: step.ctx.principal.id });
}

async function applyJobEvent(step: Step, event: JobEvent): Promise<string[]> {
  const inputs = event.inputs ?? [];
  const outputs = event.outputs ?? [];
  const datasetFacets = await mergeDatasets(
    step,
    [...inputs, ...outputs].map((d) => datasetReport(d, event.eventTime)),
  );
  const job = jobReport(
    event.job,
    event.eventTime,
    inputs.map((d) => datasetId(d.namespace, d.name)),
    outputs.map((d) => datasetId(d.namespace, d.name)),
  );
  await storeFacets(step, [...datasetFacets, ...(await mergeJobs(step, [job]))]);
  return [job.id];
}

async function applyDatasetEvent(step: Step, event: DatasetEvent): Promise<string[]> {
  const report = datasetReport(event.dataset, event.eventTime);
  await storeFacets(step, await mergeDatasets(step, [report]));
  return [report.id];
}
