import { z } from 'zod';
import { dateTimeParam } from '../../db/values.js';
import { digestOf } from '../audit/hash.js';
import type { DomainContext } from '../context.js';
import { notFound } from '../errors.js';
import { createLinks, definedProps, requireNodes, type Link } from '../graph-writes.js';
import { keyOf, nodeId } from '../ids.js';
import { description as descriptionSchema, idOf, key as keySchema, name as nameSchema, parse, text } from '../validate.js';
import { mergeNamedNode } from '../named-nodes.js';
import { command } from '../write-path.js';
import { artifactQueries } from '../artifacts/queries.js';
import { nodeOf, type NodeOf, type Registered } from '../nodes/types.js';

export const releaseInput = z.object({
  system: idOf('System'),
  model: idOf('ModelVersion'),
  prompts: z.array(idOf('PromptVersion')).min(1, 'a release pins at least one prompt version').max(20),
  retrievalConfig: idOf('RetrievalConfigVersion').optional(),
  notes: text(4000).optional(),
});

/**
 * Cuts a release that pins exact versions. A release pinning the same versions as an existing one of
 * the system is that release: its digest is the pinned set.
 */
export async function createRelease(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'Release'>>> {
  const cmd = command(ctx, 'release.create');
  const data = parse(releaseInput, input);
  const prompts = [...new Set(data.prompts)].sort();
  const digest = digestOf({ model: data.model, prompts, retrievalConfig: data.retrievalConfig ?? null });
  const idBase = nodeId('Release', keyOf(data.system));

  return cmd.write<Registered<NodeOf<'Release'>>>(data, async (tx, now) => {
    const lock = await tx.one(artifactQueries.lock, { id: data.system, kind: 'System' });
    if (!lock) throw notFound(data.system, 'System');
    const existing = await tx.one(artifactQueries.versionByDigest, { parent: data.system, digest });
    if (existing) return { result: { node: nodeOf('Release', existing.v), created: false }, targets: [] };

    await requireNodes(tx, [
      { field: 'model', id: data.model, types: ['ModelVersion'] },
      ...prompts.map((id, i) => ({ field: `prompts[${i}]`, id, types: ['PromptVersion' as const] })),
      ...(data.retrievalConfig ? [{ field: 'retrievalConfig', id: data.retrievalConfig, types: ['RetrievalConfigVersion' as const] }] : []),
    ]);
    const row = await tx.one(artifactQueries.versionCreate, {
      parent: data.system,
      idBase,
      label: 'Release',
      props: {
        notes: data.notes ?? null,
        modelVersion: data.model,
        promptVersions: prompts,
        retrievalConfigVersion: data.retrievalConfig ?? null,
      },
      digest,
      at: dateTimeParam(now),
      actor: ctx.principal.id,
    });
    const release = nodeOf('Release', row!.v);
    const id = release.id;
    const pins: Link[] = [
      { type: 'PINS', from: id, to: data.model, role: 'model' },
      ...prompts.map((to) => ({ type: 'PINS' as const, from: id, to, role: 'prompt' })),
      ...(data.retrievalConfig ? [{ type: 'PINS' as const, from: id, to: data.retrievalConfig, role: 'retrieval' }] : []),
    ];
    await createLinks(tx, pins, now);
    return { result: { node: release, created: true }, targets: [id] };
  });
}

export const systemInput = z.object({ key: keySchema, name: nameSchema, description: descriptionSchema });

/** Registers an AI system (the thing releases are cut for); a repeat with the same key returns it. */
export async function registerSystem(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'System'>>> {
  const cmd = command(ctx, 'artifact.register');
  const data = parse(systemInput, input);
  const id = nodeId('System', data.key);
  return cmd.write({ family: 'system', ...data }, async (tx, now) => {
    const result = await mergeNamedNode(
      tx,
      ctx,
      { type: 'System', id, props: definedProps({ name: data.name, description: data.description }) },
      now,
    );
    return { result, targets: result.created ? [id] : [] };
  });
}
