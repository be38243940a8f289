import type { z } from 'zod';
import {
  BASELINE_KINDS,
  CHECK_OUTCOMES,
  defineMonitorInput,
  MONITOR_KINDS,
  MONITOR_METHODS,
  NO_DATA_MEANINGS,
  REGRESSION_DIRECTIONS,
  REGRESSION_MEASURES,
} from '../domain/monitors/definition.js';
import { alertChecks } from '../domain/monitors/alerts.js';
import { defineMonitor } from '../domain/monitors/define.js';
import type { AlertEvent } from '../domain/monitors/events.js';
import { runMonitors, type MonitorRun } from '../domain/monitors/run.js';
import { monitorStates } from '../domain/monitors/service.js';
import type { MonitorCheckShape, MonitorShape } from '../domain/monitors/shapes.js';
import { MONITOR_STATUSES, type MonitorState } from '../domain/monitors/state.js';
import {
  monitorWebhooks,
  setMonitorWebhook,
  setMonitorWebhookInput,
  type DeliveryRecord,
  type WebhookEndpointView,
} from '../domain/monitors/webhooks/endpoints.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { priced } from './cost.js';
import { sameFields } from './input-check.js';
import { nodeRef, registeredPayload } from './node-type.js';
import { DriftAlert } from './policies.js';
import { DatasetVersion } from './artifacts.js';
import { Release, System } from './releases.js';
import { EvaluationRun } from './runs.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

const MonitorKind = builder.enumType('MonitorKind', { values: MONITOR_KINDS });
const MonitorMethod = builder.enumType('MonitorMethod', {
  values: MONITOR_METHODS,
  description: "AUTO: Evidently's size-aware defaults (docs/monitoring.md); a named drift method; MSPRT for REGRESSION.",
});
const BaselineKind = builder.enumType('MonitorBaselineKind', { values: BASELINE_KINDS });
const RegressionDirection = builder.enumType('RegressionDirection', { values: REGRESSION_DIRECTIONS });
const RegressionMeasure = builder.enumType('RegressionMeasure', {
  values: REGRESSION_MEASURES,
  description:
    'MEAN: the mean (a boolean: the rate); P95: the 95th percentile, as the share of observations above the baseline p95; PER_1K: the total per 1,000 observations (cost per 1k on costUsd). docs/monitoring.md.',
});
const NoDataMeaning = builder.enumType('MonitorNoData', { values: NO_DATA_MEANINGS });
const CheckOutcome = builder.enumType('MonitorCheckOutcome', {
  values: CHECK_OUTCOMES,
  description: "Argo Rollouts' analysis semantics: INCONCLUSIVE is not enough data to decide.",
});
const MonitorStatus = builder.enumType('MonitorStatus', { values: MONITOR_STATUSES });

/** A run of monitors over a whole system is bounded by the monitors a system has; priced like a few metrics reads. */
const RUN_COST = 1000;

export const Monitor = nodeRef(
  'Monitor',
  "Watches one signal of a system's environment: every release the alias serves is checked against a baseline.",
);
export const MonitorCheck = nodeRef(
  'MonitorCheck',
  'One check of a monitor: the windows and sample sizes compared, the statistic, and the outcome. An activity in lineage and PROV.',
);

type Types = typeof builder.$inferSchemaTypes;

/** What a monitor and each of its checks say alike of the baseline: the release and the window compared with. */
function baselineFields<Node extends MonitorShape | MonitorCheckShape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Node>) {
  return {
    baselineRelease: t.field({ type: Release, resolve: (n) => n.baselineRelease }),
    baselineFrom: t.field({ type: DateTime, resolve: (n) => n.baselineFrom }),
    baselineTo: t.field({ type: DateTime, resolve: (n) => n.baselineTo }),
  };
}

builder.objectFields(Monitor, (t) => ({
  system: t.field({ type: System, resolve: (n) => n.system }),
  environment: t.exposeString('environment'),
  name: t.exposeString('name'),
  signal: t.exposeString('signal'),
  monitorKind: t.expose('monitorKind', { type: MonitorKind }),
  method: t.expose('method', { type: MonitorMethod }),
  direction: t.expose('direction', { type: RegressionDirection }),
  minimumDetectableEffect: t.exposeFloat('minimumDetectableEffect'),
  measure: t.field({
    type: RegressionMeasure,
    description: 'REGRESSION: what is compared.',
    resolve: (n) => n.measure ?? (n.monitorKind === 'REGRESSION' ? 'MEAN' : null),
  }),
  baselineKind: t.expose('baselineKind', { type: BaselineKind }),
  ...baselineFields(t),
  baselineDataset: t.field({
    type: DatasetVersion,
    description: 'EVALUATION: the dataset version evaluated on.',
    resolve: (n) => n.baselineDataset,
  }),
  baselineMetric: t.exposeString('baselineMetric', { description: 'EVALUATION: the metric whose recorded value is the baseline.' }),
  baselineWindowMs: t.exposeFloat('baselineWindowMs'),
  currentWindowMs: t.exposeFloat('currentWindowMs'),
  warningThreshold: t.exposeFloat('warningThreshold'),
  alertThreshold: t.exposeFloat('alertThreshold'),
  minimumSampleSize: t.exposeInt('minimumSampleSize'),
  noData: t.expose('noData', { type: NoDataMeaning }),
  failureLimit: t.exposeInt('failureLimit'),
  autoResolveAfter: t.exposeInt('autoResolveAfter'),
}));

builder.objectFields(MonitorCheck, (t) => ({
  monitor: t.field({ type: Monitor, resolve: (n) => n.parent }),
  release: t.field({ type: Release, description: 'The release served at the check’s instant.', resolve: (n) => n.release }),
  ...baselineFields(t),
  baselineEvaluation: t.field({
    type: EvaluationRun,
    description: 'EVALUATION baseline: the evaluation whose recorded value the check compared with.',
    resolve: (n) => n.baselineEvaluation,
  }),
  baselineValue: t.exposeFloat('baselineValue', { description: 'EVALUATION baseline: the recorded value compared with.' }),
  asOf: t.expose('asOf', { type: DateTime }),
  currentFrom: t.expose('currentFrom', { type: DateTime }),
  currentTo: t.expose('currentTo', { type: DateTime }),
  currentSize: t.exposeInt('currentSize'),
  baselineSize: t.exposeInt('baselineSize'),
  method: t.exposeString('method'),
  statistic: t.exposeFloat('statistic'),
  pValue: t.exposeFloat('pValue'),
  distance: t.exposeFloat('distance'),
  threshold: t.exposeFloat('threshold'),
  outcome: t.expose('outcome', { type: CheckOutcome }),
  warning: t.exposeBoolean('warning'),
  detail: t.exposeString('detail'),
}));

builder.objectFields(DriftAlert, (t) => ({
  monitor: t.field({
    type: Monitor,
    description: 'The monitor that opened it; null for an alert a person opened. Set when it opened, never changed.',
    resolve: (n) => n.monitor,
  }),
  checks: t.loadableList({
    type: MonitorCheck,
    nullable: false,
    description:
      'The monitor checks it cites as the graph stood at `asOf` (default: now), newest window first: the failed checks that opened it and, once its monitor resolved it, the passing checks that did. Empty for an alert a person opened.',
    args: { asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }) },
    // One loader per place in the query, so every alert there is read in one batch with that place's asOf.
    byPath: true,
    load: (ids: string[], ctx, args) => alertChecks(ctx.domain, ids, args.asOf),
    resolve: (n) => n.id,
  }),
}));

const MonitorStateRef = builder.objectRef<MonitorState>('MonitorState').implement({
  description: 'A monitor and its status at an instant.',
  fields: (t) => ({
    monitor: t.field({ type: Monitor, nullable: false, resolve: (s) => s.monitor }),
    status: t.field({ type: MonitorStatus, nullable: false, resolve: (s) => s.status }),
    lastCheck: t.field({ type: MonitorCheck, resolve: (s) => s.recentChecks[0] ?? null }),
    recentChecks: t.field({ type: [MonitorCheck], nullable: false, description: 'Newest window first.', resolve: (s) => s.recentChecks }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', { nullable: false }),
    consecutivePasses: t.exposeInt('consecutivePasses', { nullable: false }),
    openAlert: t.field({ type: DriftAlert, description: 'The alert this monitor opened, while it is open.', resolve: (s) => s.openAlert }),
  }),
});

const AlertEventRef = builder.objectRef<AlertEvent>('MonitorAlertEvent').implement({
  fields: (t) => ({
    type: t.exposeString('type', { nullable: false }),
    alert: t.field({ type: DriftAlert, nullable: false, resolve: (e) => e.alert }),
    monitor: t.field({ type: Monitor, nullable: false, resolve: (e) => e.monitor }),
    checks: t.exposeStringList('checks', { nullable: false }),
  }),
});

const RunMonitorsPayload = builder.objectRef<MonitorRun>('RunMonitorsPayload').implement({
  fields: (t) => ({
    asOf: t.field({ type: DateTime, nullable: false, resolve: (r) => r.asOf }),
    checks: t.field({ type: [MonitorCheck], nullable: false, resolve: (r) => r.checks }),
    created: t.exposeInt('created', {
      nullable: false,
      description: 'Checks new in this run (a window checked before is not checked again).',
    }),
    events: t.field({
      type: [AlertEventRef],
      nullable: false,
      description: 'Alerts opened or resolved by this run.',
      resolve: (r) => r.events,
    }),
    states: t.field({ type: [MonitorStateRef], nullable: false, resolve: (r) => r.states }),
  }),
});

const MonitorBaselineInput = builder.inputType('MonitorBaselineInput', {
  fields: (t) => ({
    kind: t.field({ type: BaselineKind, required: true }),
    release: t.id({ description: 'PINNED: the release compared with.' }),
    from: t.field({ type: DateTime, description: 'PINNED: the window’s start.' }),
    to: t.field({ type: DateTime, description: 'PINNED: the window’s end (exclusive).' }),
    windowMs: t.int({ description: 'TRAILING: the baseline window’s length, just before the current window.' }),
    dataset: t.id({ description: 'EVALUATION: the dataset version whose evaluation of the current release is the reference.' }),
    metric: t.string({ description: 'EVALUATION: the metric of that evaluation compared with (REGRESSION, MEAN only).' }),
  }),
});

const DefineMonitorInput = builder.inputType('DefineMonitorInput', {
  fields: (t) => ({
    system: t.id({ required: true }),
    environment: t.string({ required: true, description: 'The environment whose alias the monitor follows.' }),
    name: t.string({ required: true }),
    signal: t.string({
      required: true,
      description: 'latencyMs, costUsd, inputTokens, outputTokens, decision, score:<name>, feature:<name> or kpi:<name>.',
    }),
    kind: t.field({ type: MonitorKind, required: true }),
    method: t.field({ type: MonitorMethod }),
    direction: t.field({ type: RegressionDirection, description: 'REGRESSION: which way is better.' }),
    minimumDetectableEffect: t.float({
      description: 'REGRESSION: the smallest difference worth detecting, in the measure’s unit (P95: a share of observations).',
    }),
    measure: t.field({ type: RegressionMeasure, description: 'REGRESSION: what is compared (default MEAN).' }),
    baseline: t.field({ type: MonitorBaselineInput, required: true }),
    currentWindowMs: t.int({ description: 'The current window’s length (default: since the release began serving).' }),
    warningThreshold: t.float(),
    alertThreshold: t.float({ description: 'p-value (alert below) or distance (alert at or above), by the method; REGRESSION: alpha.' }),
    minimumSampleSize: t.int({ description: 'Fewer observations on either side: INCONCLUSIVE.' }),
    noData: t.field({ type: NoDataMeaning, description: 'What a check concludes from an empty current window.' }),
    failureLimit: t.int({ description: 'Failed checks in a row that open a drift alert.' }),
    autoResolveAfter: t.int({ description: 'Passing checks in a row that resolve the alert the monitor opened.' }),
  }),
});
type DefineMonitorGql = typeof DefineMonitorInput.$inferInput;
// The GraphQL input has the domain schema's fields, with dates for the baseline's window instead of ISO text (defineMonitorArgs).
sameFields<Omit<DefineMonitorGql, 'baseline'>, Omit<z.input<typeof defineMonitorInput>, 'baseline'>>(true);

/** The GraphQL input as the domain parses it: dates as ISO text, nulls left out. */
function defineMonitorArgs(input: DefineMonitorGql): Record<string, unknown> {
  const { baseline, ...rest } = input;
  return {
    ...withoutNulls(rest),
    baseline: {
      kind: baseline.kind,
      release: baseline.release ?? undefined,
      from: baseline.from?.toISOString(),
      to: baseline.to?.toISOString(),
      windowMs: baseline.windowMs ?? undefined,
      dataset: baseline.dataset ?? undefined,
      metric: baseline.metric ?? undefined,
    },
  };
}

const SetMonitorWebhookInput = builder.inputType('SetMonitorWebhookInput', {
  fields: (t) => ({
    system: t.id({ required: true }),
    url: t.string({ required: true }),
    secret: t.string({ required: true, description: 'Signs every delivery (HMAC-SHA256); stored, never returned.' }),
    enabled: t.boolean(),
  }),
});
sameFields<typeof SetMonitorWebhookInput.$inferInput, z.input<typeof setMonitorWebhookInput>>(true);

const DeliveryRecordRef = builder.objectRef<DeliveryRecord>('WebhookDelivery').implement({
  fields: (t) => ({
    at: t.field({ type: DateTime, nullable: false, resolve: (d) => new Date(d.at) }),
    event: t.exposeString('event', { nullable: false }),
    delivery: t.exposeString('delivery', { nullable: false }),
    attempts: t.exposeInt('attempts', { nullable: false }),
    status: t.exposeInt('status'),
    ok: t.exposeBoolean('ok', { nullable: false }),
    error: t.exposeString('error'),
  }),
});

const WebhookEndpointRef = builder.objectRef<WebhookEndpointView>('WebhookEndpoint').implement({
  description: 'Where monitor events of a system are delivered, signed. Its secret is never shown.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false }),
    system: t.field({ type: System, nullable: false, resolve: (w) => w.system }),
    url: t.exposeString('url', { nullable: false }),
    enabled: t.exposeBoolean('enabled', { nullable: false }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', { nullable: false }),
    disabledAt: t.field({ type: DateTime, resolve: (w) => (w.disabledAt ? new Date(w.disabledAt) : null) }),
    deliveries: t.field({
      type: [DeliveryRecordRef],
      nullable: false,
      description: 'Newest first (bounded).',
      resolve: (w) => w.deliveries,
    }),
  }),
});

builder.mutationFields((t) => ({
  defineMonitor: t.field({
    type: registeredPayload('DefineMonitorPayload', 'monitor', Monitor, 'False when the same monitor was already defined.'),
    nullable: false,
    description:
      "Defines a monitor of a system's environment. A definition never changes: a different one under the same name is a CONFLICT.",
    args: { input: t.arg({ type: DefineMonitorInput, required: true }) },
    resolve: (_, { input }, ctx) => defineMonitor(ctx.domain, defineMonitorArgs(input)),
  }),
  runMonitors: t.field({
    type: RunMonitorsPayload,
    nullable: false,
    description: 'Checks every monitor of a system for `asOf` (default: now). Idempotent per window; opens and resolves drift alerts.',
    args: {
      system: t.arg.id({ required: true }),
      environment: t.arg.string(),
      asOf: t.arg({ type: DateTime, description: 'The instant the checks answer for; not in the future.' }),
    },
    extensions: priced({ kind: 'fixed', price: RUN_COST }),
    resolve: (_, args, ctx) =>
      runMonitors(ctx.domain, { system: args.system, environment: args.environment ?? undefined, asOf: args.asOf?.toISOString() }),
  }),
  setMonitorWebhook: t.field({
    type: WebhookEndpointRef,
    nullable: false,
    description: "Sets where a system's monitor events are delivered (ADMIN); setting it again replaces the secret and re-enables it.",
    args: { input: t.arg({ type: SetMonitorWebhookInput, required: true }) },
    resolve: (_, { input }, ctx) => setMonitorWebhook(ctx.domain, withoutNulls(input)),
  }),
}));

builder.queryFields((t) => ({
  monitors: t.field({
    type: [MonitorStateRef],
    nullable: false,
    description: "A system's monitors (optionally of one environment) and their status at `asOf` (default: now).",
    args: {
      system: t.arg.id({ required: true }),
      environment: t.arg.string(),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
    },
    resolve: (_, args, ctx) => monitorStates(ctx.domain, args),
  }),
  monitorWebhooks: t.field({
    type: [WebhookEndpointRef],
    nullable: false,
    description: "A system's webhook endpoints and delivery logs (ADMIN); never their secrets.",
    args: { system: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => monitorWebhooks(ctx.domain, args.system),
  }),
}));
