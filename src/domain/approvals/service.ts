import { z } from 'zod';
import type { Row, Tx } from '../../db/database.js';
import type { DomainContext } from '../context.js';
import { forbidden } from '../errors.js';
import { createLinks, requireNodes } from '../graph-writes.js';
import { newKey } from '../keys.js';
import { mergeNamedNode } from '../named-nodes.js';
import { idOf, key, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { cypher } from '../queries.js';

export const APPROVABLE = ['Release', 'DatasetVersion', 'PromptVersion', 'ModelVersion', 'RetrievalConfigVersion'] as const;

const approvalInput = z.object({
  subject: idOf(...APPROVABLE),
  environment: key,
  decision: z.enum(['APPROVED', 'REJECTED']),
  justification: text(4000).min(1, 'say why'),
});

/** Records who approved (or rejected) what, for which environment, and why. */
export async function recordApproval(ctx: DomainContext, input: unknown): Promise<Row> {
  const cmd = command(ctx, 'approval.record');
  const data = parse(approvalInput, input);
  return cmd.write(data, async (tx, now) => {
    await requireNodes(tx, [{ field: 'subject', id: data.subject, types: [...APPROVABLE] }]);
    if (data.decision === 'APPROVED') await requireSeparateDuties(tx, ctx, data.subject);
    const id = `approval:${newKey(now)}`;
    const { node } = await mergeNamedNode(
      tx,
      ctx,
      { type: 'Approval', id, props: { parent: data.subject, subject: data.subject, environment: data.environment, decision: data.decision, justification: data.justification, approver: ctx.principal.id } },
      now,
    );
    await createLinks(tx, [{ type: 'APPROVES', from: id, to: data.subject, role: data.decision }], now);
    return { result: node, targets: [id, data.subject] };
  });
}

/** Separation of duties: whoever authored a release or version (its createdBy) cannot approve it, whatever their roles. */
async function requireSeparateDuties(tx: Tx, ctx: DomainContext, subject: string): Promise<void> {
  const author = (await tx.one(cypher.nodesGet, { ids: [subject] }))?.n.createdBy;
  if (author === ctx.principal.id) {
    throw forbidden(
      `Separation of duties: ${ctx.principal.id} authored ${subject} and cannot approve it; an APPROVER other than its author must.`,
      { rule: 'separation-of-duties', subject, author },
    );
  }
}
