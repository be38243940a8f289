import { z } from 'zod';
import { dateTimeParam, intParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { requireNodes } from '../graph-writes.js';
import { idOf, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { datasetId } from './keys.js';
import { OL_NAME_MAX } from './validate-event.js';
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

/**
 * Binds a Provenant dataset version (training or evaluation data) to the OpenLineage dataset version
 * it was exported from: its given version, or the latest. Lineage and PROV export then run on through
 * the job run that wrote it to that run's inputs. Binding twice is a no-op.
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
    const latest = await tx.one(openLineageQueries.latestVersion, {
      dataset,
      version: data.version === undefined ? null : intParam(data.version),
    });
    if (!latest) {
      const which = data.version === undefined ? 'no version yet' : `no version ${data.version}`;
      throw new DomainError('NOT_FOUND', `OpenLineage dataset ${data.namespace} ${data.name} has ${which}.`, { id: dataset });
    }
    const openLineageVersion = String(latest.id);
    const row = await tx.one(openLineageQueries.bind, { datasetVersion: data.datasetVersion, openLineageVersion, at: dateTimeParam(now) });
    const created = Boolean(row?.created);
    return {
      result: { datasetVersion: data.datasetVersion, openLineageVersion, created },
      targets: created ? [data.datasetVersion, openLineageVersion] : [],
    };
  });
}
