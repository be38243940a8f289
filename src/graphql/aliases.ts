import { MOVE_KINDS } from '../domain/aliases/move-kinds.js';
import type { z } from 'zod';
import { aliasTarget, promote, rollback, validAliasId, type AliasTarget, promoteInput, rollbackInput } from '../domain/aliases/service.js';
import { movesAwaitingReview, reviewAliasMove, reviewInput } from '../domain/aliases/review.js';
import { listNodes } from '../domain/nodes/read.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { sameFields } from './input-check.js';
import { forwardArgs, toConnection } from './connection.js';
import { nodeRef } from './node-type.js';
import { Release, System } from './releases.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

export const Alias = nodeRef('Alias', 'An environment pointer (production, staging, …) of a system; every move is kept.');
export const AliasMove = nodeRef('AliasMove', 'One move of an alias: who moved it, when, why, from which release to which.');
const MoveKind = builder.enumType('AliasMoveKind', { values: MOVE_KINDS });

builder.objectFields(Alias, (t) => ({
  environment: t.exposeString('environment'),
  system: t.field({ type: System, resolve: (n) => n.system }),
  release: t.field({ type: Release, description: 'The release it points at now.', resolve: (n) => n.releaseId }),
  moveCount: t.exposeInt('moveCount'),
  history: t.connection({
    type: AliasMove,
    description: 'Moves, newest first.',
    resolve: async (n, args, ctx) => toConnection(await listNodes(ctx.domain, 'AliasMove', { ...forwardArgs(args), parent: n.id })),
  }),
}));

builder.objectFields(AliasMove, (t) => ({
  seq: t.exposeInt('seq', { description: 'Position in the alias history, from 1.' }),
  moveKind: t.expose('moveKind', { type: MoveKind }),
  alias: t.field({ type: Alias, resolve: (n) => n.parent }),
  environment: t.exposeString('environment'),
  from: t.field({ type: Release, description: 'Null for the first move.', resolve: (n) => n.fromRelease }),
  to: t.field({ type: Release, resolve: (n) => n.toRelease }),
  reason: t.exposeString('reason'),
  flaggedForReview: t.exposeBoolean('flagged', {
    description: 'Rollbacks skip the approval gate and are flagged for review; the flag stays after the review.',
  }),
  awaitingReview: t.boolean({
    description: 'Flagged and not yet reviewed.',
    resolve: (n) => (n.redacted ? null : Boolean(n.flagged) && !n.reviewedAt),
  }),
  reviewedAt: t.expose('reviewedAt', { type: DateTime }),
  reviewedBy: t.exposeString('reviewedBy'),
  reviewNote: t.exposeString('reviewNote'),
}));

const AliasTargetRef = builder.objectRef<AliasTarget>('AliasTarget').implement({
  description: 'Where an alias pointed at one instant.',
  fields: (t) => ({
    alias: t.exposeString('alias', { nullable: false }),
    at: t.field({ type: DateTime, nullable: false, resolve: (p) => p.at }),
    release: t.field({ type: Release, description: 'Null when the alias pointed nowhere then.', resolve: (p) => p.release }),
    since: t.field({ type: DateTime, resolve: (p) => p.since }),
    until: t.field({ type: DateTime, resolve: (p) => p.until }),
    move: t.field({ type: AliasMove, resolve: (p) => p.move }),
  }),
});

const PromoteInput = builder.inputType('PromoteInput', {
  fields: (t) => ({
    system: t.id({ required: true }),
    environment: t.string({ required: true, description: 'e.g. "production".' }),
    release: t.id({ required: true }),
    reason: t.string({ required: true }),
  }),
});
sameFields<typeof PromoteInput.$inferInput, z.input<typeof promoteInput>>(true);

const RollbackInput = builder.inputType('RollbackInput', {
  fields: (t) => ({
    system: t.id({ required: true }),
    environment: t.string({ required: true }),
    to: t.id({ description: 'A release the alias served before; by default the last good one is computed from the history.' }),
    reason: t.string({ required: true }),
  }),
});
sameFields<typeof RollbackInput.$inferInput, z.input<typeof rollbackInput>>(true);

const ReviewAliasMoveInput = builder.inputType('ReviewAliasMoveInput', {
  fields: (t) => ({ id: t.id({ required: true, description: 'A flagged alias move.' }), note: t.string({ required: true }) }),
});
sameFields<typeof ReviewAliasMoveInput.$inferInput, z.input<typeof reviewInput>>(true);

builder.mutationFields((t) => ({
  promote: t.field({
    type: AliasMove,
    nullable: false,
    description: 'Points an environment alias at a release.',
    args: { input: t.arg({ type: PromoteInput, required: true }) },
    resolve: (_, { input }, ctx) => promote(ctx.domain, withoutNulls(input)),
  }),
  reviewAliasMove: t.field({
    type: AliasMove,
    nullable: false,
    description:
      'Records the review of a flagged move (an emergency rollback): who, when, what they found (APPROVER, ADMIN; not whoever made the move).',
    args: { input: t.arg({ type: ReviewAliasMoveInput, required: true }) },
    resolve: (_, { input }, ctx) => reviewAliasMove(ctx.domain, input),
  }),
  rollback: t.field({
    type: AliasMove,
    nullable: false,
    description: 'Moves an alias back to an earlier release: the named one, or the last release it served that was never rolled back from.',
    args: { input: t.arg({ type: RollbackInput, required: true }) },
    resolve: (_, { input }, ctx) => rollback(ctx.domain, withoutNulls(input)),
  }),
}));

builder.queryFields((t) => ({
  aliases: t.connection({
    type: Alias,
    nullable: false,
    args: { system: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => toConnection(await listNodes(ctx.domain, 'Alias', { ...forwardArgs(args), parent: args.system })),
  }),
  aliasHistory: t.connection({
    type: AliasMove,
    nullable: false,
    description: 'Every move of one alias, newest first.',
    args: { system: t.arg.id({ required: true }), environment: t.arg.string({ required: true }) },
    resolve: async (_, args, ctx) =>
      toConnection(await listNodes(ctx.domain, 'AliasMove', { ...forwardArgs(args), parent: validAliasId(args.system, args.environment) })),
  }),
  aliasMovesAwaitingReview: t.connection({
    type: AliasMove,
    nullable: false,
    description: 'Flagged moves (emergency rollbacks) nobody has reviewed yet, newest first.',
    args: { system: t.arg.id({ description: 'Only moves of this system.' }) },
    resolve: async (_, args, ctx) => toConnection(await movesAwaitingReview(ctx.domain, { ...forwardArgs(args), system: args.system })),
  }),
  aliasTarget: t.field({
    type: AliasTargetRef,
    nullable: false,
    description: 'Where an alias pointed at `asOf` (default: now).',
    args: {
      system: t.arg.id({ required: true }),
      environment: t.arg.string({ required: true }),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
    },
    resolve: (_, args, ctx) => aliasTarget(ctx.domain, args.system, args.environment, args.asOf),
  }),
}));
