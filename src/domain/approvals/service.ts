import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import type { DomainContext } from '../context.js';
import { createLinks, requireNodes } from '../graph-writes.js';
import { newKey } from '../keys.js';
import { mergeNamedNode } from '../named-nodes.js';
import { requireOtherThanAuthor } from '../separation-of-duties.js';
import { idOf, key, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { nodeQueries } from '../nodes/queries.js';
import { nodeId } from '../ids.js';
import type { NodeOf } from '../nodes/types.js';
import { APPROVAL_DECISIONS } from './decisions.js';

export const APPROVABLE = ['Release', 'DatasetVersion', 'PromptVersion', 'ModelVersion', 'RetrievalConfigVersion'] as const;

export const approvalInput = z.object({
  subject: idOf(...APPROVABLE),
  environment: key,
  decision: z.enum(APPROVAL_DECISIONS),
  justification: text(4000).min(1, 'say why'),
});

/** Records who approved (or rejected) what, for which environment, and why. */
export async function recordApproval(ctx: DomainContext, input: unknown): Promise<NodeOf<'Approval'>> {
  const cmd = command(ctx, 'approval.record');
  const data = parse(approvalInput, input);
  return cmd.write(data, async (tx, now) => {
    await requireNodes(tx, [{ field: 'subject', id: data.subject, types: [...APPROVABLE] }]);
    if (data.decision === 'APPROVED') await requireSeparateDuties(tx, ctx, data.subject);
    const id = nodeId('Approval', newKey(now));
    const { node } = await mergeNamedNode(
      tx,
      ctx,
      {
        type: 'Approval',
        id,
        props: {
          parent: data.subject,
          subject: data.subject,
          environment: data.environment,
          decision: data.decision,
          justification: data.justification,
          approver: ctx.principal.id,
        },
      },
      now,
    );
    await createLinks(tx, [{ type: 'APPROVES', from: id, to: data.subject, role: data.decision }], now);
    return { result: node, targets: [id, data.subject] };
  });
}

/** Separation of duties: whoever authored a release or version (its createdBy) cannot approve it, whatever their roles. */
async function requireSeparateDuties(tx: Tx, ctx: DomainContext, subject: string): Promise<void> {
  const author = (await tx.one(nodeQueries.get, { ids: [subject] }))?.n.createdBy;
  const actor = ctx.principal.id;
  requireOtherThanAuthor(
    actor,
    subject,
    author,
    `${actor} authored ${subject} and cannot approve it; an APPROVER other than its author must.`,
  );
}
