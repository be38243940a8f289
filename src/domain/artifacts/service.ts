import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import { dateTimeParam } from '../../db/values.js';
import { digestOf } from '../audit/hash.js';
import { redact } from '../permissions/redaction.js';
import type { DomainContext } from '../context.js';
import { notFound } from '../errors.js';
import { createLinks, definedProps, requireNodes } from '../graph-writes.js';
import { nodeId } from '../ids.js';
import type { NodeType } from '../kinds.js';
import { mergeNamedNode } from '../named-nodes.js';
import { description, idOf, key, name, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { ARTIFACT_KINDS, type ArtifactFamily, type ArtifactKind, type ArtifactOf, type VersionOf } from './kinds.js';
import { artifactQueries } from './queries.js';
import { nodeOf, type NodeOf, type Registered } from '../nodes/types.js';

/** What registering an artifact (or any named, versioned thing) takes. */
export const artifactInput = z.object({ key, name, description });

/** Registers a dataset, prompt, model or retrieval config by key; registering an existing key returns it. */
export async function registerArtifact(
  ctx: DomainContext,
  family: ArtifactFamily,
  input: unknown,
): Promise<Registered<NodeOf<ArtifactOf>>> {
  return registerNamedArtifact(ctx, family, ARTIFACT_KINDS[family].artifact, input);
}

/** The same registration for any versioned family (documents have their own version path). */
export async function registerNamedArtifact<K extends NodeType>(
  ctx: DomainContext,
  family: string,
  type: K,
  input: unknown,
): Promise<Registered<NodeOf<K>>> {
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

/** What every version registration takes besides its content. */
export const versionEnvelope = z.object({
  artifact: z.string(),
  message: text(2000).optional(),
});

/**
 * Registers a new immutable version. The server assigns its number; content with a digest the
 * artifact already has returns that version instead of a new one.
 */
export async function registerVersion<F extends ArtifactFamily>(
  ctx: DomainContext,
  family: F,
  input: Record<string, unknown>,
): Promise<Registered<NodeOf<VersionOf<F>>>> {
  const cmd = command(ctx, 'version.register');
  const kind: ArtifactKind & { version: VersionOf<F> } = ARTIFACT_KINDS[family];
  const { artifact, message } = parse(versionEnvelope.extend({ artifact: idOf(kind.artifact) }), input);
  const { artifact: _a, message: _m, ...rest } = input;
  const content = parse(kind.content, rest) as Record<string, unknown>;

  return cmd.write<Registered<NodeOf<VersionOf<F>>>>({ family, artifact, message, content }, async (tx, now) => {
    const result = await versionIn(tx, ctx, now, { family, artifact, content, message });
    return { result, targets: result.created ? [result.node.id] : [] };
  });
}

/**
 * Registers a version inside a caller's write transaction (registerVersion's work, and how the
 * reasoner registers itself beside the recommendation it produced): the existing version when the
 * artifact already has this content's digest.
 */
export async function versionIn<F extends ArtifactFamily>(
  tx: Tx,
  ctx: DomainContext,
  now: Date,
  args: { family: F; artifact: string; content: Record<string, unknown>; message?: string },
): Promise<Registered<NodeOf<VersionOf<F>>>> {
  const { family, artifact, content, message } = args;
  const kind: ArtifactKind & { version: VersionOf<F> } = ARTIFACT_KINDS[family];
  const links = kind.links(content);
  const digest = normaliseDigest(content.digest as string | undefined) ?? digestOf({ family, content });
  // References stay readable as properties too; the links below make them traversable.
  const props = definedProps({ ...content, digest: undefined, message });
  const lock = await tx.one(artifactQueries.lock, { id: artifact, kind: kind.artifact });
  if (!lock) throw notFound(artifact, kind.artifact);
  const existing = await tx.one(artifactQueries.versionByDigest, { parent: artifact, digest });
  if (existing) return { node: nodeOf(kind.version, redact(ctx.principal, existing.v)), created: false };

  await requireNodes(
    tx,
    links.map((l) => ({ field: l.field, id: l.to, types: [] })),
  );
  const row = await tx.one(artifactQueries.versionCreate, {
    parent: artifact,
    idBase: artifact,
    label: kind.version,
    props,
    digest,
    at: dateTimeParam(now),
    actor: ctx.principal.id,
  });
  const version = nodeOf(kind.version, row!.v);
  await createLinks(
    tx,
    links.map((l) => ({ type: l.type, to: l.to, role: l.role, from: version.id })),
    now,
  );
  return { node: version, created: true };
}

function normaliseDigest(d: string | undefined): string | undefined {
  return d?.replace(/^sha256:/, '');
}
