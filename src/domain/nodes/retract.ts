import { z } from 'zod';
import { dateTimeParam } from '../../db/values.js';
import type { DomainContext } from '../context.js';
import { conflict } from '../errors.js';
import { requireNodes } from '../graph-writes.js';
import { idOf, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { nodeQueries } from './queries.js';
import { toNode, type StoredNode } from './types.js';

const RETRACTABLE = ['DatasetVersion', 'PromptVersion', 'ModelVersion', 'RetrievalConfigVersion', 'Release', 'Output', 'Approval'] as const;

export const retractInput = z.object({ id: idOf(...RETRACTABLE), reason: text(2000).min(1, 'say why') });

/** Marks a version, release, output or approval as retracted from now on; history keeps it. */
export async function retract(ctx: DomainContext, input: unknown): Promise<StoredNode> {
  const cmd = command(ctx, 'node.retract');
  const data = parse(retractInput, input);
  return cmd.write(data, async (tx, now) => {
    await requireNodes(tx, [{ field: 'id', id: data.id, types: [...RETRACTABLE] }]);
    const row = await tx.one(nodeQueries.retract, { id: data.id, at: dateTimeParam(now), actor: ctx.principal.id, reason: data.reason });
    if (!row) throw conflict(`${data.id} is already retracted.`, { id: data.id });
    return { result: toNode(row.n), targets: [data.id] };
  });
}
