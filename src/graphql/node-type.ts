import type { Row } from '../db/database.js';
import { notFound } from '../domain/errors.js';
import type { NodeType } from '../domain/ids.js';
import { getNodes } from '../domain/nodes/read.js';
import { builder } from './builder.js';
import { DateTime } from './scalars.js';

/** What every loaded node looks like before a type narrows it: a row with a business id and kind. */
export type NodeRow = Row & { id: string; kind: string; redacted?: boolean };

/** Fields every recorded node has: when and by whom it came to be, whether it was retracted, whether you may see it. */
export const Recorded = builder.interfaceRef<NodeRow>('Recorded').implement({
  description: 'A node of the append-only record.',
  fields: (t) => ({
    id: t.id({ nullable: false, resolve: (n) => n.id }),
    createdAt: t.field({
      type: DateTime,
      description: 'When it came to be (for runs, invocations and outputs: when they happened).',
      resolve: (n) => n.createdAt as string | null,
    }),
    createdBy: t.string({ description: 'The principal that recorded it.', resolve: (n) => n.createdBy as string | null }),
    retractedAt: t.field({
      type: DateTime,
      description: 'When it was retracted; null while in force.',
      resolve: (n) => n.retractedAt as string | null,
    }),
    retractedBy: t.string({ resolve: (n) => n.retractedBy as string | null }),
    retractReason: t.string({ resolve: (n) => n.retractReason as string | null }),
    redacted: t.boolean({
      nullable: false,
      description: 'True when you are not cleared for this node: only its id and type are shown.',
      resolve: (n) => Boolean(n.redacted),
    }),
  }),
});

/**
 * A node type loaded by id through one batched Cypher query per request, reachable through `node(id)`.
 * Field helpers read plain properties; every field but `id` is nullable so redaction never breaks a response.
 */
export function nodeRef(name: NodeType, description: string) {
  return builder
    .loadableNodeRef<NodeRow, string, string>(name, {
      id: { resolve: (n) => n.id },
      load: async (ids: string[], ctx) => (await getNodes(ctx.domain, ids)).map((r, i) => (r ?? notFound(ids[i], name)) as NodeRow | Error),
    })
    .implement({
      description,
      interfaces: [Recorded],
      isTypeOf: (o) => (o as NodeRow).kind === name,
      fields: () => ({}),
    });
}

export const prop = {
  string: (key: string) => (n: NodeRow) => (n[key] as string | undefined) ?? null,
  int: (key: string) => (n: NodeRow) => (n[key] as number | undefined) ?? null,
  float: (key: string) => (n: NodeRow) => (n[key] as number | undefined) ?? null,
  bool: (key: string) => (n: NodeRow) => (n[key] as boolean | undefined) ?? null,
  strings: (key: string) => (n: NodeRow) => (n[key] as string[] | undefined) ?? null,
};

export const ALREADY_REGISTERED = 'False when the key was already registered: the existing one is returned.';

/** What an idempotent registration returns: the node, and whether this call created it. */
export type Registered = { node: NodeRow; created: boolean };

/** A `{ <field>: <type>!, created: Boolean! }` payload for an idempotent registration. */
export function registeredPayload(name: string, field: string, type: ReturnType<typeof nodeRef>, createdMeans: string) {
  return builder.objectRef<Registered>(name).implement({
    fields: (t) => ({
      [field]: t.field({ type, nullable: false, resolve: (p) => p.node }),
      created: t.exposeBoolean('created', { nullable: false, description: createdMeans }),
    }),
  });
}
