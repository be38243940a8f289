import { z } from 'zod';
import type { Row, Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import { digestOf } from '../audit/hash.js';
import { redact } from '../permissions/redaction.js';
import type { DomainContext } from '../context.js';
import { notFound } from '../errors.js';
import { createLinks, definedProps, requireNodes } from '../graph-writes.js';
import { nodeId, type NodeType } from '../ids.js';
import { mergeNamedNode } from '../named-nodes.js';
import { description, idOf, key, name, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { ARTIFACT_KINDS, type ArtifactFamily } from './kinds.js';
import { cypher } from '../queries.js';

const artifactInput = z.object({ key, name, description });

export interface Registered {
  node: Row;
  created: boolean;
}

/** Registers a dataset, prompt, model or retrieval config by key; registering an existing key returns it. */
export async function registerArtifact(ctx: DomainContext, family: ArtifactFamily, input: unknown): Promise<Registered> {
  return registerNamedArtifact(ctx, family, ARTIFACT_KINDS[family].artifact, input);
}

/** The same registration for any versioned family (documents have their own version path). */
export async function registerNamedArtifact(ctx: DomainContext, family: string, type: NodeType, input: unknown): Promise<Registered> {
  const cmd = command(ctx, 'artifact.register');
  const data = parse(artifactInput, input);
  const id = nodeId(type, data.key);
  return cmd.write({ family, ...data }, async (tx, now) => {
    const result = await mergeNamedNode(
      tx,
      ctx,
      { type, id, props: definedProps({ name: data.name, description: data.description }) },
      now,
    );
    return { result, targets: result.created ? [id] : [] };
  });
}

const versionEnvelope = z.object({
  artifact: z.string(),
  message: text(2000).optional(),
});

/**
 * Registers a new immutable version. The server assigns its number; content with a digest the
 * artifact already has returns that version instead of a new one.
 */
export async function registerVersion(ctx: DomainContext, family: ArtifactFamily, input: Record<string, unknown>): Promise<Registered> {
  const cmd = command(ctx, 'version.register');
  const kind = ARTIFACT_KINDS[family];
  const { artifact, message } = parse(versionEnvelope.extend({ artifact: idOf(kind.artifact) }), input);
  const { artifact: _a, message: _m, ...rest } = input;
  const content = parse(kind.content, rest) as Record<string, unknown>;

  return cmd.write<Registered>({ family, artifact, message, content }, async (tx, now) => {
    const result = await versionIn(tx, ctx, now, { family, artifact, content, message });
    return { result, targets: result.created ? [String(result.node.id)] : [] };
  });
}

/**
 * Registers a version inside a caller's write transaction (registerVersion's work, and how the
 * reasoner registers itself beside the recommendation it produced): the existing version when the
 * artifact already has this content's digest.
 */
export async function versionIn(
  tx: Tx,
  ctx: DomainContext,
  now: Date,
  args: { family: ArtifactFamily; artifact: string; content: Record<string, unknown>; message?: string },
): Promise<Registered> {
  const { family, artifact, content, message } = args;
  const kind = ARTIFACT_KINDS[family];
  const links = (kind.links as (c: unknown) => Array<{ type: string; to: string; role?: string; field: string }>)(content);
  const digest = normaliseDigest(content.digest as string | undefined) ?? digestOf({ family, content });
  // References stay readable as properties too; the links below make them traversable.
  const props = definedProps({ ...content, digest: undefined, message });
  const lock = await tx.one(cypher.artifactLock, { id: artifact, kind: kind.artifact });
  if (!lock) throw notFound(artifact, kind.artifact);
  const existing = await tx.one(cypher.versionByDigest, { parent: artifact, digest });
  if (existing) return { node: redact(ctx.principal, existing.v), created: false };

  await requireNodes(
    tx,
    links.map((l) => ({ field: l.field, id: l.to, types: [] })),
  );
  const row = await tx.one(cypher.versionCreate, {
    parent: artifact,
    idBase: artifact,
    label: kind.version,
    props,
    digest,
    at: dateTimeParam(now),
    actor: ctx.principal.id,
  });
  const version = row!.v;
  await createLinks(
    tx,
    links.map((l) => ({ type: l.type as never, to: l.to, role: l.role, from: String(version.id) })),
    now,
  );
  return { node: version, created: true };
}

function normaliseDigest(d: string | undefined): string | undefined {
  return d?.replace(/^sha256:/, '');
}
