import { authorize } from '../domain/permissions/permissions.js';
import type { AuditEvent } from '../domain/audit/event.js';
import { listAuditEvents } from '../domain/audit/query.js';
import { verifyAuditTrail, type Verification } from '../domain/audit/verify.js';
import { bySeq, openPage } from '../domain/paging.js';
import { rejections, REJECTIONS_KEPT, type Rejection } from '../domain/audit/rejections.js';
import { builder } from './builder.js';
import { forwardArgs, toConnection } from './connection.js';
import { DateTime } from './scalars.js';

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description: 'One link of the hash chain every successful mutation appends in its own transaction.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { nullable: false }),
    at: t.field({ type: DateTime, nullable: false, resolve: (e) => e.at }),
    actor: t.exposeString('actor', { nullable: false, description: 'The principal that made the change.' }),
    action: t.exposeString('action', { nullable: false, description: 'e.g. "alias.promote".' }),
    targets: t.exposeStringList('targets', { nullable: false, description: 'Ids the change created or changed.' }),
    inputDigest: t.exposeString('inputDigest', { nullable: false, description: 'sha256 of the canonical JSON of the validated input.' }),
    prevHash: t.exposeString('prevHash', { nullable: false }),
    hash: t.exposeString('hash', { nullable: false }),
    requestId: t.exposeString('requestId'),
  }),
});

const VerificationRef = builder.objectRef<Verification>('AuditVerification').implement({
  description: 'The result of recomputing the audit chain from seq 1 to its head.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { nullable: false }),
    checked: t.exposeInt('checked', {
      nullable: false,
      description: 'Events verified intact before the first broken link (all of them when ok).',
    }),
    headSeq: t.exposeInt('headSeq', { nullable: false }),
    firstBrokenSeq: t.exposeInt('firstBrokenSeq'),
    reason: t.exposeString('reason', {
      description: 'What is wrong at firstBrokenSeq: a changed field, a missing seq, a re-linked prevHash.',
    }),
  }),
});

const RejectedErrorRef = builder.objectRef<Rejection['errors'][number]>('RejectedError').implement({
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The top-level field that failed; null for request-level errors.' }),
    code: t.exposeString('code', { nullable: false }),
    reason: t.exposeString('reason', { nullable: false }),
  }),
});

const RejectedRequestRef = builder.objectRef<Rejection>('RejectedRequest').implement({
  description:
    `A request refused with an expected error. Kept in memory per API process (the last ${REJECTIONS_KEPT.toLocaleString('en-US')}); ` +
    'the JSON log line is the durable record.',
  fields: (t) => ({
    at: t.field({ type: DateTime, nullable: false, resolve: (r) => r.at }),
    requestId: t.exposeString('requestId', { nullable: false }),
    actor: t.exposeString('actor', { description: 'Null when the caller was not authenticated, or the request failed before it was.' }),
    operation: t.exposeString('operation', { description: 'e.g. "mutation Promote".' }),
    field: t.exposeString('field'),
    code: t.exposeString('code', { nullable: false }),
    reason: t.exposeString('reason', { nullable: false }),
    errors: t.field({ type: [RejectedErrorRef], nullable: false, resolve: (r) => r.errors }),
  }),
});

builder.queryFields((t) => ({
  auditEvents: t.connection({
    type: AuditEventRef,
    nullable: false,
    description: 'The audit trail, newest first (AUDITOR, ADMIN). Time window is [from, to).',
    args: {
      target: t.arg.id({ description: 'Only events that name this id among their targets.' }),
      actor: t.arg.string(),
      action: t.arg.string({ description: 'e.g. "alias.promote".' }),
      from: t.arg({ type: DateTime }),
      to: t.arg({ type: DateTime }),
    },
    resolve: async (_, args, ctx) => toConnection(await listAuditEvents(ctx.domain, { ...args, ...forwardArgs(args) })),
  }),
  verifyAuditTrail: t.field({
    type: VerificationRef,
    nullable: false,
    description: 'Recomputes every hash of the audit chain in seq order and reports the first broken link (AUDITOR, ADMIN).',
    resolve: (_, __, ctx) => verifyAuditTrail(ctx.domain),
  }),
  rejectedRequests: t.connection({
    type: RejectedRequestRef,
    nullable: false,
    description:
      'Requests this API process refused with an expected error, newest first (AUDITOR, ADMIN). Per process and bounded; the JSON log is the durable record.',
    args: { code: t.arg.string({ description: 'e.g. "FORBIDDEN".' }), actor: t.arg.string() },
    resolve: (_, args, ctx) => {
      authorize(ctx.domain.principal, 'audit.read');
      const paging = openPage(
        'rejections',
        { code: args.code ?? null, actor: args.actor ?? null },
        forwardArgs(args),
        bySeq((r: Rejection) => r.n),
      );
      const found = rejections.list({ first: paging.fetch, before: paging.after, code: args.code, actor: args.actor });
      return toConnection(paging.page(found.items, (r) => r));
    },
  }),
}));
