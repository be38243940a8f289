import { z } from 'zod';
import { dateTimeParam, intParam } from '../../db/values.js';
import { authorize } from '../auth/permissions.js';
import type { DomainContext } from '../context.js';
import { decodeCursor, encodeCursor, listKey, readSeq } from '../cursor.js';
import { MAX_PAGE } from '../nodes/read.js';
import { parse, text } from '../validate.js';
import { cypher } from '../queries.js';

export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  targets: string[];
  inputDigest: string;
  prevHash: string;
  hash: string;
  requestId: string | null;
}

export interface AuditPage {
  items: Array<{ event: AuditEvent; cursor: string }>;
  hasNextPage: boolean;
}

const auditArgs = z.object({
  target: text(200).nullish(),
  actor: text(200).nullish(),
  action: text(100).nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
  first: z.number().int().min(1, `must be between 1 and ${MAX_PAGE}`).max(MAX_PAGE, `must be between 1 and ${MAX_PAGE}`).nullish(),
  after: z.string().max(200).nullish(),
});

/** The audit trail, newest first, filtered by target id, actor, action and time window [from, to). AUDITOR and ADMIN only. */
export async function listAuditEvents(ctx: DomainContext, input: z.input<typeof auditArgs>): Promise<AuditPage> {
  authorize(ctx.principal, 'audit.read');
  const args = parse(auditArgs, input);
  const first = args.first ?? 20;
  const list = listKey('audit', { target: args.target ?? null, actor: args.actor ?? null, action: args.action ?? null, from: args.from ?? null, to: args.to ?? null });
  const rows = await ctx.db.readQuery(cypher.auditEvents, {
    target: args.target ?? null,
    actor: args.actor ?? null,
    action: args.action ?? null,
    from: args.from ? dateTimeParam(args.from) : null,
    to: args.to ? dateTimeParam(args.to) : null,
    before: args.after ? intParam(decodeCursor(list, args.after, readSeq)) : null,
    limit: intParam(first + 1),
  });
  const events = rows.map((r) => r.e);
  return {
    items: events.slice(0, first).map((event) => ({ event, cursor: encodeCursor(list, event.seq) })),
    hasNextPage: events.length > first,
  };
}
