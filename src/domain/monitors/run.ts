import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { createLinks, definedProps, requireNodes, type Link } from '../graph-writes.js';
import { nodeId } from '../ids.js';
import { newKey } from '../keys.js';
import { mergeNamedNode } from '../named-nodes.js';
import { nodeOf, type NodeOf } from '../nodes/types.js';
import { policyQueries } from '../policies/queries.js';
import { signalBucketMs } from '../signals/aggregates.js';
import { readSignalWindows, type SignalWindow, type SignalWindowQuery } from '../signals/window.js';
import { idOf, key, parse, timestamp } from '../validate.js';
import { command } from '../write-path.js';
import { evaluateCheck, type Baseline, type CheckFinding } from './evaluate.js';
import type { AlertEvent } from './events.js';
import { readMonitorStates, stateOf, type MonitorState } from './state.js';
import { deliverAlertEvents } from './webhooks/deliver.js';
import { checkSpans, readServingHistory, type CheckSpans, type ServingHistory, type SignalSpan } from './windows.js';

export const runMonitorsInput = z.object({
  system: idOf('System'),
  environment: key.optional(),
  /** The instant the checks answer for (default: now). */
  asOf: timestamp.optional(),
});

export interface MonitorRun {
  asOf: Date;
  /** One per monitor that existed at asOf, new or found from an earlier run of the same window. */
  checks: Array<NodeOf<'MonitorCheck'>>;
  created: number;
  events: AlertEvent[];
  states: MonitorState[];
}

const EMPTY: SignalWindow = { type: 'EMPTY', count: 0 };

/** A check's id: one per monitor, release and windows, so running the same window again finds it. */
function checkId(monitor: string, spans: CheckSpans, asOf: Date): string {
  const part = (s: SignalSpan | null | undefined) => (s ? [s.release, s.from.toISOString(), s.to.toISOString()] : [null]);
  const against = 'reference' in spans ? [spans.reference.evaluation] : part('baseline' in spans ? spans.baseline : undefined);
  const digest = createHash('sha256')
    .update(JSON.stringify([monitor, asOf.toISOString(), ...part(spans.current), ...against]))
    .digest('hex');
  return nodeId('MonitorCheck', digest.slice(0, 40));
}

/**
 * Runs every monitor of a system (optionally of one environment) for `asOf`: each records a
 * MonitorCheck of its windows; a monitor failing `failureLimit` checks in a row opens a DriftAlert that
 * cites them, and `autoResolveAfter` passing checks in a row resolve it. Idempotent per window: a
 * second run for the same instant finds its checks and writes nothing (no audit event either).
 *
 * The round trips do not grow with the monitors: the alias history is read once per environment, every
 * window the new checks compare is read in one statement, the checks go out together, and their links
 * in one statement.
 */
export async function runMonitors(ctx: DomainContext, input: unknown): Promise<MonitorRun> {
  const cmd = command(ctx, 'monitor.run');
  const data = parse(runMonitorsInput, input);
  checkAsOf(ctx, data.asOf);
  const run = await cmd.write(data, async (tx, now) => {
    const asOf = data.asOf ?? now;
    await requireNodes(tx, [{ field: 'system', id: data.system, types: ['System'] }]);
    const states = (await readMonitorStates(tx, { system: data.system, environment: data.environment, at: now })).filter(
      (s) => new Date(s.monitor.createdAt!) <= asOf,
    );
    const planned = await planChecks(tx, states, asOf);
    const findings = await findAll(ctx, tx, planned, asOf);
    const merged = await Promise.all(planned.map((p, i) => storeCheck(ctx, tx, p, findings[i], asOf, now)));
    await createLinks(
      tx,
      merged.flatMap((m, i) => (m.created ? checkLinks(planned[i]) : [])),
      now,
    );
    const run: MonitorRun = { asOf, checks: [], created: 0, events: [], states: [] };
    const targets: string[] = [];
    for (let i = 0; i < planned.length; i++) {
      const { state } = planned[i];
      const { node: check, created } = merged[i];
      run.checks.push(check);
      if (!created) {
        run.states.push(state);
        continue;
      }
      run.created++;
      targets.push(check.id);
      const checks = [check, ...state.recentChecks].sort((a, b) => b.asOf!.localeCompare(a.asOf!));
      const event = await alertStep(ctx, tx, stateOf(state.monitor, checks, state.openAlert), check, now);
      if (event) {
        run.events.push(event);
        targets.push(event.alert.id);
      }
      run.states.push(
        stateOf(state.monitor, checks, event ? (event.type === 'monitor.alert.opened' ? event.alert : null) : state.openAlert),
      );
    }
    return { result: run, targets };
  });
  // After the commit, in the background: a slow receiver never holds the run (deliver.ts logs every attempt).
  void deliverAlertEvents(ctx, data.system, run.events);
  return run;
}

/** One monitor's check at asOf: its windows, its id, and the check found from an earlier run of the same windows. */
interface PlannedCheck {
  state: MonitorState;
  spans: CheckSpans;
  id: string;
  existing: NodeOf<'MonitorCheck'> | undefined;
}

/** Every monitor's windows, the alias history read once per environment. */
async function planChecks(tx: Tx, states: MonitorState[], asOf: Date): Promise<PlannedCheck[]> {
  const histories = new Map<string, ReturnType<ServingHistory>>();
  const history: ServingHistory = (t, system, environment, at) => {
    const k = JSON.stringify([system, environment]);
    let h = histories.get(k);
    if (!h) histories.set(k, (h = readServingHistory(t, system, environment, at)));
    return h;
  };
  return Promise.all(
    states.map(async (state) => {
      const spans = await checkSpans(tx, state.monitor, asOf, history);
      const id = checkId(state.monitor.id, spans, asOf);
      return { state, spans, id, existing: state.recentChecks.find((c) => c.id === id) };
    }),
  );
}

/** The findings of the checks not recorded yet (null for those found), their windows read in one statement. */
async function findAll(ctx: DomainContext, tx: Tx, planned: PlannedCheck[], asOf: Date): Promise<Array<CheckFinding | null>> {
  const bucketMs = signalBucketMs(ctx.limits);
  const reads: SignalWindowQuery[] = [];
  /** The position of a span's window in `reads`, or -1 for an empty span (nothing to read). */
  const read = (span: SignalSpan, signal: string): number => {
    if (!(span.from < span.to)) return -1;
    reads.push({ release: span.release, signal, from: span.from, to: span.to, asOf, bucketMs });
    return reads.length - 1;
  };
  const wanted = planned.map(({ spans, state, existing }) => {
    if (existing || 'missing' in spans) return null;
    const signal = state.monitor.signal!;
    return { baseline: 'reference' in spans ? null : read(spans.baseline, signal), current: read(spans.current, signal) };
  });
  const windows = await readSignalWindows(tx, reads);
  const windowAt = (i: number): SignalWindow => (i < 0 ? EMPTY : windows[i]);
  return planned.map(({ state, spans, existing }, i) => {
    if (existing) return null;
    const w = wanted[i];
    if ('missing' in spans || !w) return inconclusive('missing' in spans ? spans.missing : '');
    const baseline: Baseline = 'reference' in spans ? { type: 'REFERENCE', value: spans.reference.value } : windowAt(w.baseline!);
    // The sequential test carries its running minimum p-value along one sequence: the same release against the same baseline.
    const previous = state.recentChecks.find((c) =>
      'reference' in spans
        ? c.release === spans.current.release && c.baselineEvaluation === spans.reference.evaluation
        : c.release === spans.current.release && c.baselineRelease === spans.baseline.release,
    );
    return evaluateCheck(state.monitor, baseline, windowAt(w.current), previous?.pValue ?? undefined);
  });
}

const inconclusive = (detail: string): CheckFinding => ({
  outcome: 'INCONCLUSIVE',
  warning: false,
  method: null,
  statistic: null,
  pValue: null,
  distance: null,
  threshold: null,
  baselineSize: 0,
  currentSize: 0,
  detail,
});

/** Records a check (or finds the one an earlier run recorded for the same windows). */
async function storeCheck(
  ctx: DomainContext,
  tx: Tx,
  { state, spans, id, existing }: PlannedCheck,
  finding: CheckFinding | null,
  asOf: Date,
  now: Date,
): Promise<{ node: NodeOf<'MonitorCheck'>; created: boolean }> {
  if (existing || !finding) return { node: existing!, created: false };
  const monitor = state.monitor;
  const baseline = 'baseline' in spans ? spans.baseline : null;
  const reference = 'reference' in spans ? spans.reference : null;
  const props = definedProps({
    parent: monitor.id,
    system: monitor.system,
    environment: monitor.environment,
    release: spans.current?.release,
    baselineRelease: baseline?.release,
    baselineEvaluation: reference?.evaluation,
    baselineValue: reference?.value,
    currentFrom: spans.current?.from.toISOString(),
    currentTo: spans.current?.to.toISOString(),
    baselineFrom: baseline?.from.toISOString(),
    baselineTo: baseline?.to.toISOString(),
    asOf: asOf.toISOString(),
    ...finding,
  });
  return mergeNamedNode(tx, ctx, { type: 'MonitorCheck', id, props }, now);
}

/** What a new check used: its monitor (the plan), the current release, and the baseline release or evaluation. */
function checkLinks({ state, spans, id }: PlannedCheck): Link[] {
  const links: Link[] = [{ type: 'USED', from: id, to: state.monitor.id, role: 'plan' }];
  if (spans.current) links.push({ type: 'USED', from: id, to: spans.current.release, role: 'current' });
  if ('baseline' in spans && spans.baseline.release !== spans.current?.release)
    links.push({ type: 'USED', from: id, to: spans.baseline.release, role: 'baseline' });
  if ('reference' in spans) links.push({ type: 'USED', from: id, to: spans.reference.evaluation, role: 'baseline' });
  return links;
}

/** Opens an alert past the failure limit, or resolves the monitor's open one after enough passing checks. */
async function alertStep(
  ctx: DomainContext,
  tx: Tx,
  state: MonitorState,
  check: NodeOf<'MonitorCheck'>,
  now: Date,
): Promise<AlertEvent | null> {
  const monitor = state.monitor;
  if (!state.openAlert && check.outcome === 'FAILED' && state.consecutiveFailures >= monitor.failureLimit!) {
    const cited = state.recentChecks.slice(0, state.consecutiveFailures).map((c) => c.id);
    const id = nodeId('DriftAlert', newKey(now));
    const reason = `Monitor ${monitor.name} (${monitor.environment}, ${monitor.signal}) failed ${state.consecutiveFailures} checks in a row: ${check.detail}`;
    const props = definedProps({
      parent: monitor.system,
      system: monitor.system,
      release: check.release,
      reason,
      open: true,
      monitor: monitor.id,
    });
    const { node } = await mergeNamedNode(tx, ctx, { type: 'DriftAlert', id, props }, now);
    await createLinks(
      tx,
      [
        { type: 'WAS_GENERATED_BY', from: id, to: check.id },
        ...cited.map((c): Link => ({ type: 'EVIDENCE', from: id, to: c, role: 'failed check' })),
      ],
      now,
    );
    return { type: 'monitor.alert.opened', alert: node, monitor, checks: cited };
  }
  if (state.openAlert && check.outcome === 'PASSED' && state.consecutivePasses >= monitor.autoResolveAfter!) {
    const passing = state.recentChecks.slice(0, state.consecutivePasses).map((c) => c.id);
    const row = await tx.one(policyQueries.driftResolve, {
      id: state.openAlert.id,
      at: dateTimeParam(now),
      actor: ctx.principal.id,
      reason: `Resolved by monitor ${monitor.name}: ${passing.length} passing checks in a row (${passing.join(', ')}).`,
    });
    if (!row) return null;
    await createLinks(
      tx,
      passing.map((c): Link => ({ type: 'EVIDENCE', from: state.openAlert!.id, to: c, role: 'passing check' })),
      now,
    );
    return { type: 'monitor.alert.resolved', alert: nodeOf('DriftAlert', row.d), monitor, checks: passing };
  }
  return null;
}
