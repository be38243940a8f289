import { z } from 'zod';
import { dateTimeParam, intParam } from '../../db/values.js';
import type { Tx } from '../../db/database.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { requireNodes } from '../graph-writes.js';
import { classificationOf, visible } from '../permissions/redaction.js';
import { idOf, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { asClassification, classify, strictest } from './classification.js';
import { datasetId } from './keys.js';
import { OL_NAME_MAX } from './validate-event.js';
import { nodeQueries } from '../nodes/queries.js';
import { openLineageQueries } from './queries.js';

export const bindInput = z.object({
  datasetVersion: idOf('DatasetVersion'),
  namespace: text(OL_NAME_MAX).min(1, 'must not be empty'),
  name: text(OL_NAME_MAX).min(1, 'must not be empty'),
  version: z.number().int().min(1).optional(),
});

export interface Binding {
  datasetVersion: string;
  openLineageVersion: string;
  created: boolean;
}

/** Refuses (FORBIDDEN, before anything is written) a caller not cleared for every one of the given nodes. */
async function requireCleared(ctx: DomainContext, tx: Tx, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  const rows = await tx.run(nodeQueries.get, { ids });
  const byId = new Map(rows.map((r) => [r.n.id, r.n as Record<string, unknown>]));
  for (const id of ids) {
    const node = byId.get(id);
    if (node && !visible(ctx.principal, node)) {
      throw new DomainError('FORBIDDEN', `You are not cleared for ${id}: binding needs clearance for both sides; nothing was bound.`, {
        id,
      });
    }
  }
  return byId;
}

/**
 * Binds a Provenant dataset version (training or evaluation data) to the OpenLineage dataset version
 * it was exported from: its given version, or the latest. Lineage and PROV export then run on through
 * the job run that wrote it to that run's inputs. Binding twice is a no-op. The caller must be cleared
 * for both sides; the OpenLineage dataset (every version, column, and run that read or wrote it) is
 * then at least as classified as the Provenant version.
 */
export async function bindOpenLineageDataset(ctx: DomainContext, input: unknown): Promise<Binding> {
  const cmd = command(ctx, 'openlineage.bind');
  const data = parse(bindInput, input);
  const dataset = datasetId(data.namespace, data.name);
  return cmd.write(data, async (tx, now) => {
    await requireNodes(tx, [
      { field: 'datasetVersion', id: data.datasetVersion, types: ['DatasetVersion'] },
      { field: 'dataset', id: dataset, types: ['LineageDataset'] },
    ]);
    const sides = await requireCleared(ctx, tx, [data.datasetVersion, dataset]);
    const latest = await tx.one(openLineageQueries.latestVersion, {
      dataset,
      version: data.version === undefined ? null : intParam(data.version),
    });
    if (!latest) {
      const which = data.version === undefined ? 'no version yet' : `no version ${data.version}`;
      throw new DomainError('NOT_FOUND', `OpenLineage dataset ${data.namespace} ${data.name} has ${which}.`, { id: dataset });
    }
    const openLineageVersion = String(latest.id);
    await requireCleared(ctx, tx, [openLineageVersion]);
    const at = dateTimeParam(now);
    const row = await tx.one(openLineageQueries.bind, { datasetVersion: data.datasetVersion, openLineageVersion, at });
    const created = Boolean(row?.created);
    const floor = classificationOf(sides.get(data.datasetVersion) ?? {});
    const bound = asClassification(sides.get(dataset)?.boundClassification);
    const raised = floor !== undefined && strictest(floor, bound) !== bound;
    let reclassified: string[] = [];
    if (raised) {
      await tx.run(openLineageQueries.datasetClassify, { id: dataset, declared: null, bound: strictest(floor, bound) });
      reclassified = (await classify(tx, ctx, at, { datasets: [dataset] }, { full: true })).map((c) => c.id);
    }
    return {
      result: { datasetVersion: data.datasetVersion, openLineageVersion, created },
      targets: created || raised ? [...new Set([data.datasetVersion, openLineageVersion, ...reclassified])] : [],
    };
  });
}
