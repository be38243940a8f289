import { recordApproval } from '../domain/approvals/service.js';
import { listNodes } from '../domain/nodes/read.js';
import { retract } from '../domain/nodes/retract.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { forwardArgs, toConnection } from './connection.js';
import { nodeRef, prop, Recorded, type NodeRow } from './node-type.js';

export const Approval = nodeRef('Approval', 'Who approved (or rejected) a release or version, for which environment, when and why.');
const ApprovalDecision = builder.enumType('ApprovalDecision', { values: ['APPROVED', 'REJECTED'] as const });

builder.objectFields(Approval, (t) => ({
  subjectId: t.string({ resolve: prop.string('subject') }),
  environment: t.string({ resolve: prop.string('environment') }),
  decision: t.field({ type: ApprovalDecision, resolve: (n) => (n.decision as 'APPROVED') ?? null }),
  justification: t.string({ resolve: prop.string('justification') }),
  approver: t.string({ description: 'The principal that approved.', resolve: prop.string('approver') }),
}));

const ApprovalInput = builder.inputType('RecordApprovalInput', {
  fields: (t) => ({
    subject: t.id({ required: true, description: 'A release or version.' }),
    environment: t.string({ required: true }),
    decision: t.field({ type: ApprovalDecision, required: true }),
    justification: t.string({ required: true }),
  }),
});

const RetractInput = builder.inputType('RetractInput', {
  fields: (t) => ({ id: t.id({ required: true }), reason: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  recordApproval: t.field({
    type: Approval,
    nullable: false,
    args: { input: t.arg({ type: ApprovalInput, required: true }) },
    resolve: async (_, { input }, ctx) => (await recordApproval(ctx.domain, withoutNulls(input))) as NodeRow,
  }),
  retract: t.field({
    type: Recorded,
    nullable: false,
    description: 'Marks a version, release, output or approval as retracted. Nothing is deleted.',
    args: { input: t.arg({ type: RetractInput, required: true }) },
    resolve: async (_, { input }, ctx) => (await retract(ctx.domain, withoutNulls(input))) as NodeRow,
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
