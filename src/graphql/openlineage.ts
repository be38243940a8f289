import type { z } from 'zod';
import { bindOpenLineageDataset, type Binding, bindInput } from '../domain/openlineage/bind.js';
import { columnLineage, DEFAULT_COLUMN_DIRECTION, type ColumnDirection, type ColumnLineage } from '../domain/openlineage/columns.js';
import type { ColumnEdge, ColumnNode } from '../domain/openlineage/column-graph.js';
import {
  classifyDatasetInput,
  classifyNamespaceInput,
  classifyOpenLineageDataset,
  classifyOpenLineageNamespace,
  type OpenLineageClassification,
} from '../domain/openlineage/classify.js';
import { Classification } from './artifacts.js';
import { builder } from './builder.js';
import { sameFields } from './input-check.js';
import { RUN_STATES } from '../domain/openlineage/event.js';
import { nodeRef } from './node-type.js';
import { DateTime } from './scalars.js';

export const LineageJob = nodeRef('LineageJob', 'An OpenLineage job: a PROV plan, named by its namespace and name.');
export const LineageRun = nodeRef('LineageRun', 'An OpenLineage run: a PROV activity, with its state transitions and times.');
export const LineageEvent = nodeRef('LineageEvent', 'One OpenLineage event, verbatim (stored once per content).');
export const LineageDataset = nodeRef('LineageDataset', 'A dataset named by OpenLineage producers (namespace and name).');
export const LineageDatasetVersion = nodeRef(
  'LineageDatasetVersion',
  'A version of an OpenLineage dataset: one per completed run that wrote it, or `observed` when it was read before anything wrote it.',
);
export const LineageColumn = nodeRef('LineageColumn', 'A column of an OpenLineage dataset version that column-level lineage names.');

const RunState = builder.enumType('LineageRunState', { values: RUN_STATES });

builder.objectFields(LineageJob, (t) => ({
  classification: t.expose('classification', {
    type: Classification,
    description: 'What it is classified as (docs/openlineage.md#classification); null when redacted.',
  }),
  namespace: t.exposeString('namespace'),
  name: t.exposeString('name'),
  sql: t.exposeString('sql', { description: 'From the sql facet.' }),
  jobType: t.exposeString('jobType', { description: 'From the jobType facet (e.g. TASK, DAG, APPLICATION).' }),
  integration: t.exposeString('integration'),
  facets: t.exposeString('facets', { description: 'Every facet reported for the job, latest report per facet (JSON text).' }),
}));

builder.objectFields(LineageRun, (t) => ({
  classification: t.expose('classification', {
    type: Classification,
    description: 'What it is classified as (docs/openlineage.md#classification); null when redacted.',
  }),
  runId: t.exposeString('runId'),
  jobNamespace: t.exposeString('jobNamespace'),
  jobName: t.exposeString('jobName'),
  state: t.expose('state', { type: RunState }),
  startedAt: t.expose('startedAt', { type: DateTime }),
  endedAt: t.expose('endedAt', { type: DateTime }),
  transitions: t.exposeStringList('transitions', { description: 'Every event received, in event-time order, as "TYPE@time".' }),
  errorMessage: t.exposeString('errorMessage'),
  facets: t.exposeString('facets', { description: 'Every run facet reported, latest report per facet (JSON text).' }),
}));

builder.objectFields(LineageEvent, (t) => ({
  classification: t.expose('classification', {
    type: Classification,
    description: 'What it is classified as (docs/openlineage.md#classification); null when redacted.',
  }),
  eventKind: t.exposeString('eventKind'),
  eventType: t.exposeString('eventType'),
  eventTime: t.expose('eventTime', { type: DateTime }),
  producer: t.exposeString('producer'),
  body: t.exposeString('body', { description: 'The event verbatim (JSON text).' }),
}));

builder.objectFields(LineageDataset, (t) => ({
  classification: t.expose('classification', {
    type: Classification,
    description: 'What it is classified as (docs/openlineage.md#classification); null when redacted.',
  }),
  namespace: t.exposeString('namespace'),
  name: t.exposeString('name'),
  sourceUri: t.exposeString('sourceUri', { description: 'From the dataSource facet.' }),
  versionCount: t.exposeInt('versionCount'),
  facets: t.exposeString('facets', { description: 'Dataset facets, latest report per facet (JSON text).' }),
}));

builder.objectFields(LineageDatasetVersion, (t) => ({
  classification: t.expose('classification', {
    type: Classification,
    description: 'What it is classified as (docs/openlineage.md#classification); null when redacted.',
  }),
  namespace: t.exposeString('namespace'),
  name: t.exposeString('name'),
  version: t.exposeInt('version'),
  observed: t.exposeBoolean('observed', { description: 'True when no run in the graph wrote it: it was first seen as an input.' }),
  schemaFields: t.exposeStringList('schemaFields', { description: 'Column names from the schema facet.' }),
  schemaTypes: t.exposeStringList('schemaTypes'),
  facets: t.exposeString('facets', { description: 'The facets the generating run reported for it (JSON text).' }),
}));

builder.objectFields(LineageColumn, (t) => ({
  classification: t.expose('classification', {
    type: Classification,
    description: 'What it is classified as (docs/openlineage.md#classification); null when redacted.',
  }),
  name: t.exposeString('name'),
  datasetVersion: t.exposeString('parent'),
}));

const ColumnDirection = builder.enumType('ColumnLineageDirection', {
  values: {
    UPSTREAM: { description: 'The input columns it was derived from.' },
    DOWNSTREAM: { description: 'The columns derived from it.' },
  } satisfies Record<ColumnDirection, { description: string }>,
});

const ColumnRef = builder.objectRef<ColumnNode>('ColumnLineageColumn').implement({
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false }),
    name: t.exposeString('name', { nullable: false }),
    datasetVersion: t.exposeID('version', { nullable: false }),
    namespace: t.string({ resolve: (c) => c.dataset?.namespace ?? null }),
    dataset: t.string({ resolve: (c) => c.dataset?.name ?? null }),
  }),
});

const ColumnEdgeRef = builder.objectRef<ColumnEdge>('ColumnLineageEdge').implement({
  description: 'One transformation: `from` was derived from `to`.',
  fields: (t) => ({
    from: t.exposeID('from', { nullable: false }),
    to: t.exposeID('to', { nullable: false }),
    type: t.exposeString('type', { nullable: false, description: 'DIRECT or INDIRECT (as the columnLineage facet says).' }),
    subtype: t.string({ description: 'IDENTITY, TRANSFORMATION, AGGREGATION, JOIN, FILTER, GROUP_BY, …', resolve: (e) => e.subtype }),
    description: t.string({ resolve: (e) => e.description }),
    masking: t.boolean({ resolve: (e) => e.masking }),
    run: t.string({ description: 'The run that derived it.', resolve: (e) => e.run }),
  }),
});

const ColumnLineageRef = builder.objectRef<ColumnLineage>('ColumnLineage').implement({
  fields: (t) => ({
    root: t.exposeID('root', { nullable: false }),
    depth: t.exposeInt('depth', { nullable: false }),
    columns: t.field({ type: [ColumnRef], nullable: false, resolve: (c) => c.columns }),
    edges: t.field({ type: [ColumnEdgeRef], nullable: false, resolve: (c) => c.edges }),
    truncated: t.exposeBoolean('truncated', { nullable: false, description: 'True when the column cap was hit.' }),
    withheld: t.exposeBoolean('withheld', {
      nullable: false,
      description: 'True when columns above your clearance were left out, with their edges (a column id spells its field name).',
    }),
  }),
});

const BindingRef = builder.objectRef<Binding>('OpenLineageBinding').implement({
  fields: (t) => ({
    datasetVersion: t.exposeID('datasetVersion', { nullable: false }),
    openLineageVersion: t.exposeID('openLineageVersion', { nullable: false }),
    created: t.exposeBoolean('created', { nullable: false, description: 'False when the two were already bound.' }),
  }),
});

const BindInput = builder.inputType('BindOpenLineageDatasetInput', {
  fields: (t) => ({
    datasetVersion: t.id({ required: true, description: 'The Provenant dataset version (e.g. training data).' }),
    namespace: t.string({ required: true, description: 'The OpenLineage dataset namespace (e.g. bigquery, s3://bucket).' }),
    name: t.string({ required: true }),
    version: t.int({ description: 'Which of its versions; the latest when omitted.' }),
  }),
});
sameFields<typeof BindInput.$inferInput, z.input<typeof bindInput>>(true);

const ClassificationRef = builder.objectRef<OpenLineageClassification>('OpenLineageClassification').implement({
  fields: (t) => ({
    namespace: t.exposeString('namespace', { nullable: false }),
    name: t.exposeString('name', { description: 'The dataset; null for a namespace.' }),
    classification: t.field({ type: Classification, nullable: false, resolve: (c) => c.classification }),
    previous: t.field({
      type: Classification,
      description: 'The setting it replaced; null when there was none.',
      resolve: (c) => c.previous,
    }),
    reclassified: t.exposeInt('reclassified', {
      nullable: false,
      description: 'Datasets, runs and jobs whose classification changed (their versions, columns and events follow them).',
    }),
  }),
});

const ClassifyNamespaceInput = builder.inputType('ClassifyOpenLineageNamespaceInput', {
  fields: (t) => ({
    namespace: t.string({ required: true, description: 'The OpenLineage namespace (e.g. postgres://host:5432, s3://bucket).' }),
    classification: t.field({ type: Classification, required: true }),
  }),
});
sameFields<typeof ClassifyNamespaceInput.$inferInput, z.input<typeof classifyNamespaceInput>>(true);

const ClassifyDatasetInput = builder.inputType('ClassifyOpenLineageDatasetInput', {
  fields: (t) => ({
    namespace: t.string({ required: true }),
    name: t.string({ required: true }),
    classification: t.field({ type: Classification, required: true }),
  }),
});
sameFields<typeof ClassifyDatasetInput.$inferInput, z.input<typeof classifyDatasetInput>>(true);

builder.queryFields((t) => ({
  columnLineage: t.field({
    type: ColumnLineageRef,
    nullable: false,
    description: 'Column-level lineage from OpenLineage: which input columns a column of a dataset version came from, or what it feeds.',
    args: {
      datasetVersion: t.arg.id({ required: true }),
      column: t.arg.string({ required: true }),
      direction: t.arg({ type: ColumnDirection, defaultValue: DEFAULT_COLUMN_DIRECTION }),
      depth: t.arg.int(),
      maxNodes: t.arg.int(),
      asOf: t.arg({ type: DateTime }),
    },
    resolve: (_r, a, ctx) =>
      columnLineage(ctx.domain, {
        version: String(a.datasetVersion),
        field: a.column,
        direction: a.direction ?? DEFAULT_COLUMN_DIRECTION,
        depth: a.depth,
        maxNodes: a.maxNodes,
        asOf: a.asOf ?? null,
      }),
  }),
}));

builder.mutationFields((t) => ({
  bindOpenLineageDataset: t.field({
    type: BindingRef,
    nullable: false,
    description:
      'Binds a Provenant dataset version to the OpenLineage dataset version it came from, so lineage runs on into the job run that wrote it.',
    args: { input: t.arg({ type: BindInput, required: true }) },
    resolve: (_r, { input }, ctx) => bindOpenLineageDataset(ctx.domain, { ...input, version: input.version ?? undefined }),
  }),
  classifyOpenLineageNamespace: t.field({
    type: ClassificationRef,
    nullable: false,
    description:
      'ADMIN: classifies an OpenLineage namespace. Its datasets and jobs without a setting of their own, and the runs and events that depend on them, are reclassified at once; data ingested later starts from it. May lower (audited); answers as of a time before a lowering keep the stricter level.',
    args: { input: t.arg({ type: ClassifyNamespaceInput, required: true }) },
    resolve: (_r, { input }, ctx) => classifyOpenLineageNamespace(ctx.domain, input),
  }),
  classifyOpenLineageDataset: t.field({
    type: ClassificationRef,
    nullable: false,
    description:
      "ADMIN: classifies one OpenLineage dataset, overriding its namespace's setting; never below the strictest Provenant version bound to it. Its versions, columns, and the runs, jobs and events that read or wrote it follow.",
    args: { input: t.arg({ type: ClassifyDatasetInput, required: true }) },
    resolve: (_r, { input }, ctx) => classifyOpenLineageDataset(ctx.domain, input),
  }),
}));
