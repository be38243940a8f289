import { z } from 'zod';
import type { DomainContext } from '../context.js';
import { createLinks, definedProps, requireNodes } from '../graph-writes.js';
import type { NodeType } from '../kinds.js';
import { mergeNamedNode } from '../named-nodes.js';
import { idOf, key, name, parse, text } from '../validate.js';
import { command, type Command } from '../write-path.js';
import type { NodeOf, Registered } from '../nodes/types.js';

export const personInput = z.object({ key, name, email: z.string().max(320).email('must be an e-mail address').optional() });
export const teamInput = z.object({ key, name, members: z.array(idOf('Person')).max(500).default([]) });
export const serviceInput = z.object({ key, name, description: text(2000).optional(), team: idOf('Team').optional() });

export async function registerPerson(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'Person'>>> {
  const cmd = command(ctx, 'agent.register');
  return registerAgent(ctx, cmd, 'Person', 'person', parse(personInput, input), []);
}

export async function registerTeam(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'Team'>>> {
  const cmd = command(ctx, 'agent.register');
  const { members, ...data } = parse(teamInput, input);
  return registerAgent(
    ctx,
    cmd,
    'Team',
    'team',
    data,
    members.map((m) => ({ from: m, role: 'member' })),
  );
}

export async function registerServiceAccount(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'ServiceAccount'>>> {
  const cmd = command(ctx, 'agent.register');
  const { team, ...data } = parse(serviceInput, input);
  return registerAgent(ctx, cmd, 'ServiceAccount', 'service', data, [], team);
}

/** People, teams and service accounts: the PROV agents that author, approve and run things. */
async function registerAgent<K extends NodeType>(
  ctx: DomainContext,
  cmd: Command,
  type: K,
  prefix: string,
  data: { key: string } & Record<string, unknown>,
  members: Array<{ from: string; role: string }>,
  team?: string,
): Promise<Registered<NodeOf<K>>> {
  const id = `${prefix}:${data.key}`;
  const { key: _k, ...props } = data;
  return cmd.write({ type, ...data, members, team }, async (tx, now) => {
    await requireNodes(tx, [
      ...members.map((m, i) => ({ field: `members[${i}]`, id: m.from, types: ['Person' as const] })),
      ...(team ? [{ field: 'team', id: team, types: ['Team' as const] }] : []),
    ]);
    const result = await mergeNamedNode(tx, ctx, { type, id, props: definedProps(props) }, now);
    if (!result.created) return { result, targets: [] };
    await createLinks(
      tx,
      [
        ...members.map((m) => ({ type: 'MEMBER_OF' as const, from: m.from, to: id })),
        ...(team ? [{ type: 'MEMBER_OF' as const, from: id, to: team }] : []),
      ],
      now,
    );
    return { result, targets: [id] };
  });
}
