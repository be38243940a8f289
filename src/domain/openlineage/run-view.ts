import { canonicalJson } from '../audit/hash.js';
import type { Facets, OlDataset, RunEvent, RunState } from './event.js';
import { datasetId } from './keys.js';

/** A facet as last reported, with the event time it came from: the latest report wins. */
export interface TimedFacet {
  time: string;
  value: unknown;
}

export interface DatasetView {
  namespace: string;
  name: string;
  facets: Record<string, TimedFacet>;
}

/**
 * Everything the events of one run said, folded so that the result depends only on the set of
 * events and not on the order they arrived in (the clients retry and reorder): events are kept
 * sorted, facets and datasets merged with "latest event time wins" (ties broken by content).
 */
export interface RunView {
  runId: string;
  job: { namespace: string; name: string };
  events: Array<{ id: string; type: RunState; time: string }>;
  runFacets: Record<string, TimedFacet>;
  jobFacets: Record<string, TimedFacet>;
  inputs: Record<string, DatasetView>;
  outputs: Record<string, DatasetView>;
}

/** What the graph shows of a run, derived from its view. */
export interface RunSummary {
  state: RunState;
  startedAt: string;
  endedAt: string | null;
  /** "TYPE@time" in event-time order. */
  transitions: string[];
  completed: boolean;
  lastEventTime: string;
}

const TERMINAL: RunState[] = ['COMPLETE', 'FAIL', 'ABORT'];

export const emptyView = (runId: string, job: { namespace: string; name: string }): RunView => ({
  runId,
  job,
  events: [],
  runFacets: {},
  jobFacets: {},
  inputs: {},
  outputs: {},
});

const instant = (t: string) => Date.parse(t);

/** True when a is reported later than b (or at the same time with content that sorts later). */
function later(a: TimedFacet, b: TimedFacet): boolean {
  const d = instant(a.time) - instant(b.time);
  return d !== 0 ? d > 0 : canonicalJson(a.value) > canonicalJson(b.value);
}

export function mergeFacets(into: Record<string, TimedFacet>, facets: Facets | undefined, time: string): void {
  for (const [name, value] of Object.entries(facets ?? {})) {
    const next = { time, value };
    const prev = into[name];
    if (!prev || later(next, prev)) into[name] = next;
  }
}

function mergeDatasets(into: Record<string, DatasetView>, datasets: OlDataset[] | undefined, time: string): void {
  for (const d of datasets ?? []) {
    const id = datasetId(d.namespace, d.name);
    const view = (into[id] ??= { namespace: d.namespace, name: d.name, facets: {} });
    mergeFacets(view.facets, { ...d.facets, ...d.inputFacets, ...d.outputFacets }, time);
  }
}

/** Adds events to a run's view, copying it once (an event already in it adds nothing); the job is the one the last event names. */
export function foldEvents(view: RunView, events: Array<{ id: string; event: RunEvent }>): RunView {
  const next: RunView = structuredClone(view);
  for (const { id, event } of events) {
    next.job = event.job;
    if (next.events.some((e) => e.id === id)) continue;
    const time = event.eventTime;
    next.events.push({ id, type: event.eventType ?? 'OTHER', time });
    mergeFacets(next.runFacets, event.run.facets, time);
    mergeFacets(next.jobFacets, event.job.facets, time);
    mergeDatasets(next.inputs, event.inputs, time);
    mergeDatasets(next.outputs, event.outputs, time);
  }
  next.events.sort((a, b) => instant(a.time) - instant(b.time) || a.id.localeCompare(b.id));
  return next;
}

/**
 * The run's state: the latest terminal transition when there is one (OTHER after completion does not
 * reopen it), else RUNNING, START or OTHER by what was reported. Started at its START (or its first
 * event when the START has not arrived), ended at its terminal event.
 */
export function summarise(view: RunView): RunSummary {
  const { events } = view;
  const terminal = [...events].reverse().find((e) => TERMINAL.includes(e.type));
  const has = (t: RunState) => events.some((e) => e.type === t);
  const state: RunState = terminal?.type ?? (has('RUNNING') ? 'RUNNING' : has('START') ? 'START' : 'OTHER');
  const start = events.find((e) => e.type === 'START') ?? events[0];
  return {
    state,
    startedAt: start.time,
    endedAt: terminal?.time ?? null,
    transitions: events.map((e) => `${e.type}@${e.time}`),
    completed: terminal?.type === 'COMPLETE',
    lastEventTime: events[events.length - 1].time,
  };
}

/** Only the facet values, for storing on a node. */
export const facetValues = (facets: Record<string, TimedFacet>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(facets)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, f]) => [k, f.value]),
  );
