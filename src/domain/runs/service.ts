import { z } from 'zod';
import { dateTimeParam } from '../../db/values.js';
import { assertNotInFuture } from '../clock.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { createLinks, definedProps, requireNodes, type Link } from '../graph-writes.js';
import { newKey } from '../keys.js';
import { mergeNamedNode } from '../named-nodes.js';
import { idOf, jsonText, key, parse, text, timestamp } from '../validate.js';
import { command } from '../write-path.js';
import { nodeId } from '../ids.js';
import type { NodeOf, Registered } from '../nodes/types.js';
import { RUN_STATUSES } from './statuses.js';

/** What a run cost to compute, in USD: a build cost that ROI amortises over the releases it served. */
const buildCost = z.number().finite().min(0).max(100_000_000).optional();

export const trainingInput = z.object({
  key: key.optional(),
  datasets: z.array(idOf('DatasetVersion')).min(1, 'a training run uses at least one dataset version').max(100),
  baseModel: idOf('ModelVersion').optional(),
  status: z.enum(RUN_STATUSES).default('SUCCEEDED'),
  startedAt: timestamp,
  endedAt: timestamp.optional(),
  parameters: jsonText.optional(),
  notes: text(4000).optional(),
  computeCostUsd: buildCost,
});

/** Records a training run: which dataset versions and base model it used. The model version it produced names it. */
export async function recordTrainingRun(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'TrainingRun'>>> {
  const cmd = command(ctx, 'run.training');
  const data = parse(trainingInput, input);
  assertNotInFuture(ctx.now(), 'startedAt', data.startedAt);
  if (data.endedAt) {
    assertNotInFuture(ctx.now(), 'endedAt', data.endedAt);
    if (data.endedAt < data.startedAt)
      throw new DomainError('VALIDATION', 'endedAt: a run cannot end before it started.', { field: 'endedAt' });
  }
  const id = nodeId('TrainingRun', data.key ?? newKey(ctx.now()));
  return cmd.write(data, async (tx, now) => {
    const usedAt = { field: 'startedAt', at: data.startedAt };
    await requireNodes(tx, [
      ...data.datasets.map((d, i) => ({ field: `datasets[${i}]`, id: d, types: ['DatasetVersion' as const], usedAt })),
      ...(data.baseModel ? [{ field: 'baseModel', id: data.baseModel, types: ['ModelVersion' as const], usedAt }] : []),
    ]);
    const props = definedProps({
      status: data.status,
      startedAt: dateTimeParam(data.startedAt),
      endedAt: data.endedAt ? dateTimeParam(data.endedAt) : undefined,
      parameters: data.parameters,
      notes: data.notes,
      computeCostUsd: data.computeCostUsd,
    });
    const result = await mergeNamedNode(tx, ctx, { type: 'TrainingRun', id, props }, now);
    if (!result.created) return { result, targets: [] };
    const links: Link[] = [
      ...data.datasets.map((to) => ({ type: 'USED' as const, from: id, to, role: 'training-data' })),
      ...(data.baseModel ? [{ type: 'USED' as const, from: id, to: data.baseModel, role: 'base-model' }] : []),
    ];
    await createLinks(tx, links, now);
    return { result, targets: [id] };
  });
}

export const metricInput = z.object({ name: text(100).min(1), value: z.number().finite() });

export const evaluationInput = z.object({
  key: key.optional(),
  subject: idOf('Release', 'ModelVersion', 'PromptVersion', 'RetrievalConfigVersion'),
  dataset: idOf('DatasetVersion').optional(),
  metrics: z.array(metricInput).min(1, 'an evaluation reports at least one metric').max(50),
  primaryMetric: text(100).optional(),
  threshold: z.number().finite().optional(),
  startedAt: timestamp,
  notes: text(4000).optional(),
  computeCostUsd: buildCost,
});

/**
 * Records an evaluation of a release or version. With a threshold, `passed` says whether the primary
 * metric (the first one unless named) reached it.
 */
export async function recordEvaluation(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'EvaluationRun'>>> {
  const cmd = command(ctx, 'run.evaluation');
  const data = parse(
    evaluationInput.refine((d) => !d.primaryMetric || d.metrics.some((m) => m.name === d.primaryMetric), {
      message: 'must name one of the reported metrics',
      path: ['primaryMetric'],
    }),
    input,
  );
  assertNotInFuture(ctx.now(), 'startedAt', data.startedAt);
  const id = nodeId('EvaluationRun', data.key ?? newKey(ctx.now()));
  const primary = data.primaryMetric ?? data.metrics[0].name;
  const score = data.metrics.find((m) => m.name === primary)!.value;
  return cmd.write(data, async (tx, now) => {
    const usedAt = { field: 'startedAt', at: data.startedAt };
    await requireNodes(tx, [
      { field: 'subject', id: data.subject, types: [], usedAt },
      ...(data.dataset ? [{ field: 'dataset', id: data.dataset, types: ['DatasetVersion' as const], usedAt }] : []),
    ]);
    const props = definedProps({
      parent: data.subject,
      metricNames: data.metrics.map((m) => m.name),
      metricValues: data.metrics.map((m) => m.value),
      primaryMetric: primary,
      score,
      threshold: data.threshold,
      passed: data.threshold === undefined ? undefined : score >= data.threshold,
      startedAt: dateTimeParam(data.startedAt),
      notes: data.notes,
      computeCostUsd: data.computeCostUsd,
    });
    const result = await mergeNamedNode(tx, ctx, { type: 'EvaluationRun', id, props }, now);
    if (!result.created) return { result, targets: [] };
    await createLinks(
      tx,
      [
        { type: 'USED', from: id, to: data.subject, role: 'subject' },
        ...(data.dataset ? [{ type: 'USED' as const, from: id, to: data.dataset, role: 'evaluation-data' }] : []),
      ],
      now,
    );
    return { result, targets: [id, data.subject] };
  });
}
