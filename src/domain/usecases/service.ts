import { z } from 'zod';
import type { DomainContext } from '../context.js';
import { createLinks, definedProps, requireNodes } from '../graph-writes.js';
import { mergeNamedNode } from '../named-nodes.js';
import { description, idOf, key, name, parse } from '../validate.js';
import { command } from '../write-path.js';
import { nodeId } from '../ids.js';
import type { NodeOf, Registered } from '../nodes/types.js';
import { profileFields } from './profile.js';

/** The decision-support profile of a use case: the factors the seed article weighs. */
export const useCaseInput = z.object({
  key,
  name,
  description,
  ...profileFields,
  systems: z.array(idOf('System')).max(50).default([]),
});

export async function registerUseCase(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'UseCase'>>> {
  const cmd = command(ctx, 'usecase.register');
  const { systems, key: k, ...props } = parse(useCaseInput, input);
  const id = nodeId('UseCase', k);
  return cmd.write({ key: k, systems, ...props }, async (tx, now) => {
    await requireNodes(
      tx,
      systems.map((s, i) => ({ field: `systems[${i}]`, id: s, types: ['System' as const] })),
    );
    const result = await mergeNamedNode(tx, ctx, { type: 'UseCase', id, props: definedProps(props) }, now);
    if (!result.created) return { result, targets: [] };
    await createLinks(
      tx,
      systems.map((s) => ({ type: 'SERVED_BY' as const, from: id, to: s })),
      now,
    );
    return { result, targets: [id] };
  });
}
