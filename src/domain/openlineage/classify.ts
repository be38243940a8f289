import { z } from 'zod';
import { dateTimeParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { requireNodes } from '../graph-writes.js';
import { canSee, CLASSIFICATIONS, type Classification } from '../permissions/principal.js';
import { parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { asClassification, classify } from './classification.js';
import { datasetId, olKey } from './keys.js';
import { OL_NAME_MAX } from './validate-event.js';
import { openLineageQueries } from './queries.js';

const name = text(OL_NAME_MAX).min(1, 'must not be empty');
const level = z.enum(CLASSIFICATIONS);

export const classifyNamespaceInput = z.object({ namespace: name, classification: level });
export const classifyDatasetInput = z.object({ namespace: name, name, classification: level });

export interface OpenLineageClassification {
  namespace: string;
  /** The dataset's name; null for a namespace. */
  name: string | null;
  classification: Classification;
  /** The setting it replaced; null when there was none. */
  previous: Classification | null;
  /** Datasets, runs and jobs whose classification changed. */
  reclassified: number;
}

/** The id a namespace's setting is audited under (it is a setting, not a node of the graph's id space). */
export const namespaceSettingId = (namespace: string) => `olnamespace:${olKey(namespace)}`;

/** Nobody sets a level they could not read themselves. */
function requireClearedFor(ctx: DomainContext, classification: Classification): void {
  if (!canSee(ctx.principal, classification)) {
    throw new DomainError('FORBIDDEN', `You are not cleared for ${classification}, so you may not classify data as ${classification}.`, {
      classification,
    });
  }
}

/**
 * Sets the classification of an OpenLineage namespace (ADMIN): every dataset and job in it without a
 * setting of its own, and the runs and events that depend on them, are reclassified at once, and data
 * ingested later starts from it. It may lower; see docs/openlineage.md#classification.
 */
export async function classifyOpenLineageNamespace(ctx: DomainContext, input: unknown): Promise<OpenLineageClassification> {
  const cmd = command(ctx, 'openlineage.classify');
  const data = parse(classifyNamespaceInput, input);
  requireClearedFor(ctx, data.classification);
  return cmd.write(data, async (tx, now) => {
    const at = dateTimeParam(now);
    const id = namespaceSettingId(data.namespace);
    const row = await tx.one(openLineageQueries.namespaceClassify, { id, ...data, at, actor: ctx.principal.id });
    const previous = asClassification(row?.previous);
    const changes = await classify(tx, ctx, at, { namespace: data.namespace }, { full: true, refuseUnseen: ctx.principal });
    return {
      result: { ...data, name: null, previous, reclassified: changes.length },
      targets: previous === data.classification && changes.length === 0 ? [] : [id, ...changes.map((c) => c.id)],
    };
  });
}

/**
 * Sets the classification of one OpenLineage dataset (ADMIN), overriding its namespace's: its
 * versions, columns, the runs that read or wrote it, their jobs and events follow. Never below the
 * strictest Provenant version bound to it.
 */
export async function classifyOpenLineageDataset(ctx: DomainContext, input: unknown): Promise<OpenLineageClassification> {
  const cmd = command(ctx, 'openlineage.classify');
  const data = parse(classifyDatasetInput, input);
  requireClearedFor(ctx, data.classification);
  const id = datasetId(data.namespace, data.name);
  return cmd.write(data, async (tx, now) => {
    await requireNodes(tx, [{ field: 'name', id, types: ['LineageDataset'] }]);
    const at = dateTimeParam(now);
    const row = await tx.one(openLineageQueries.datasetClassify, { id, declared: data.classification, bound: null });
    const previous = asClassification(row?.previous);
    const changes = await classify(tx, ctx, at, { datasets: [id] }, { full: true, refuseUnseen: ctx.principal });
    return {
      result: { ...data, previous, reclassified: changes.length },
      targets: previous === data.classification && changes.length === 0 ? [] : [...new Set([id, ...changes.map((c) => c.id)])],
    };
  });
}
