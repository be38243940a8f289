import type { z } from 'zod';
import { APPROVAL_DECISIONS } from '../domain/approvals/decisions.js';
import { recordApproval, approvalInput } from '../domain/approvals/service.js';
import { listNodes } from '../domain/nodes/read.js';
import { retract, retractInput } from '../domain/nodes/retract.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { sameFields } from './input-check.js';
import { forwardArgs, toConnection } from './connection.js';
import { nodeRef, Recorded } from './node-type.js';

export const Approval = nodeRef('Approval', 'Who approved (or rejected) a release or version, for which environment, when and why.');
const ApprovalDecision = builder.enumType('ApprovalDecision', { values: APPROVAL_DECISIONS });

builder.objectFields(Approval, (t) => ({
  subjectId: t.exposeString('subject'),
  environment: t.exposeString('environment'),
  decision: t.expose('decision', { type: ApprovalDecision }),
  justification: t.exposeString('justification'),
  approver: t.exposeString('approver', { description: 'The principal that approved.' }),
}));

const ApprovalInput = builder.inputType('RecordApprovalInput', {
  fields: (t) => ({
    subject: t.id({ required: true, description: 'A release or version.' }),
    environment: t.string({ required: true }),
    decision: t.field({ type: ApprovalDecision, required: true }),
    justification: t.string({ required: true }),
  }),
});
sameFields<typeof ApprovalInput.$inferInput, z.input<typeof approvalInput>>(true);

const RetractInput = builder.inputType('RetractInput', {
  fields: (t) => ({ id: t.id({ required: true }), reason: t.string({ required: true }) }),
});
sameFields<typeof RetractInput.$inferInput, z.input<typeof retractInput>>(true);

builder.mutationFields((t) => ({
  recordApproval: t.field({
    type: Approval,
    nullable: false,
    args: { input: t.arg({ type: ApprovalInput, required: true }) },
    resolve: (_, { input }, ctx) => recordApproval(ctx.domain, withoutNulls(input)),
  }),
  retract: t.field({
    type: Recorded,
    nullable: false,
    description: 'Retracts a version, release, output or approval from now on. Nothing is deleted.',
    args: { input: t.arg({ type: RetractInput, required: true }) },
    resolve: (_, { input }, ctx) => retract(ctx.domain, withoutNulls(input)),
  }),
}));

builder.queryField('approvals', (t) =>
  t.connection({
    type: Approval,
    nullable: false,
    args: { subject: t.arg.id({ description: 'Only approvals of this release or version.' }) },
    resolve: async (_, args, ctx) =>
      toConnection(await listNodes(ctx.domain, 'Approval', { ...forwardArgs(args), parent: args.subject ?? null })),
  }),
);
