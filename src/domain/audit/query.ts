import { z } from 'zod';
import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../permissions/permissions.js';
import type { DomainContext } from '../context.js';
import { bySeq, openPage, type Page } from '../paging.js';
import { parse, text } from '../validate.js';
import type { AuditEvent } from './event.js';
import { auditQueries } from './queries.js';

const auditArgs = z.object({
  target: text(200).nullish(),
  actor: text(200).nullish(),
  action: text(100).nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
  first: z.number().nullish(),
  after: z.string().max(200).nullish(),
});

/** The audit trail, newest first, filtered by target id, actor, action and time window [from, to). AUDITOR and ADMIN only. */
export async function listAuditEvents(ctx: DomainContext, input: z.input<typeof auditArgs>): Promise<Page<AuditEvent>> {
  authorize(ctx.principal, 'audit.read');
  const args = parse(auditArgs, input);
  const shape = {
    target: args.target ?? null,
    actor: args.actor ?? null,
    action: args.action ?? null,
    from: args.from ?? null,
    to: args.to ?? null,
  };
  const paging = openPage(
    'audit',
    shape,
    args,
    bySeq((e: AuditEvent) => e.seq),
  );
  const rows = await ctx.db.readQuery(auditQueries.events, {
    ...shape,
    from: args.from ? dateTimeParam(args.from) : null,
    to: args.to ? dateTimeParam(args.to) : null,
    before: paging.after === null ? null : intParam(paging.after),
    limit: intParam(paging.fetch),
  });
  return paging.page(
    rows.map((r) => r.e),
    (e) => e,
  );
}
