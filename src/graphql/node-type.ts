import type { ObjectRef } from '@pothos/core';
import { notFound } from '../domain/errors.js';
import type { NodeType } from '../domain/kinds.js';
import { getNodes } from '../domain/nodes/read.js';
import type { NodeOf, Registered, StoredNode } from '../domain/nodes/types.js';
import { builder } from './builder.js';
import { DateTime } from './scalars.js';

/** Fields every recorded node has: when and by whom it came to be, whether it was retracted, whether you may see it. */
export const Recorded = builder.interfaceRef<StoredNode>('Recorded').implement({
  description: 'A node of the append-only record.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false }),
    createdAt: t.expose('createdAt', {
      type: DateTime,
      description: 'When it came to be (for runs, invocations and outputs: when they happened).',
    }),
    createdBy: t.exposeString('createdBy', { description: 'The principal that recorded it.' }),
    retractedAt: t.expose('retractedAt', { type: DateTime, description: 'When it was retracted; null while in force.' }),
    retractedBy: t.exposeString('retractedBy'),
    retractReason: t.exposeString('retractReason'),
    redacted: t.boolean({
      nullable: false,
      description: 'True when you are not cleared for this node: only its id and type are shown.',
      resolve: (n) => Boolean(n.redacted),
    }),
  }),
});

/** Whether a value GraphQL resolved is a node of this kind (how `Recorded` and `node(id)` pick the concrete type). */
const hasKind = (kind: NodeType, o: unknown) => typeof o === 'object' && o !== null && 'kind' in o && o.kind === kind;

type Types = typeof builder.$inferSchemaTypes;

/** The GraphQL type of kind K's nodes: a field of this type resolves to such a node, or to its id (loaded in one batch). */
export type NodeRef<K extends NodeType> = ObjectRef<Types, string | NodeOf<K>, NodeOf<K>>;

/**
 * The node type of kind K, over that kind's row type (src/domain/nodes/types.ts): loaded by id through
 * one batched Cypher query per request, reachable through `node(id)`. Fields expose the row's
 * properties; every field but `id` is nullable so redaction never breaks a response.
 */
export function nodeRef<K extends NodeType>(name: K, description: string): NodeRef<K>;
// One implementation serves every kind, over any node. The signature above narrows it to kind K, which
// holds because `load` and `isTypeOf` both check the node's kind: the one place this layer states a
// row's type instead of TypeScript inferring it (Pothos cannot check interfaces over a generic shape).
export function nodeRef(name: NodeType, description: string): NodeRef<NodeType> {
  return builder
    .loadableNodeRef<StoredNode, string, string, string, StoredNode>(name, {
      id: { resolve: (n) => n.id },
      load: async (ids: string[], ctx) => (await getNodes(ctx.domain, ids)).map((n, i) => (n?.kind === name ? n : notFound(ids[i], name))),
    })
    .implement({
      description,
      interfaces: [Recorded],
      isTypeOf: (o) => hasKind(name, o),
      fields: () => ({}),
    });
}

export const ALREADY_REGISTERED = 'False when the key was already registered: the existing one is returned.';

/** A `{ <field>: <type>!, created: Boolean! }` payload for an idempotent registration. */
export function registeredPayload(name: string, field: string, type: NodeRef<NodeType>, createdMeans: string) {
  return builder.objectRef<Registered<StoredNode>>(name).implement({
    fields: (t) => ({
      [field]: t.field({ type, nullable: false, resolve: (p) => p.node }),
      created: t.exposeBoolean('created', { nullable: false, description: createdMeans }),
    }),
  });
}
