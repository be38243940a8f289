import { defineQuery } from '../../db/named-query.js';
import type { At, Iso, NodeRow } from '../query-types.js';
import type { MoveKind } from './move-kinds.js';

/** Aliases: moves, rollback targets, reviews and what an alias served when. */
export const aliasQueries = {
  lock: defineQuery<{ id: string; system: string; environment: string; at: At; actor: string }, { current: string | null; moves: number }>(
    'alias-lock',
  ),
  move: defineQuery<
    {
      alias: string;
      release: string;
      from: string | null;
      moveKind: MoveKind;
      reason: string;
      flagged: boolean;
      moveIdBase: string;
      at: At;
      actor: string;
    },
    { m: NodeRow }
  >('alias-move'),
  rollbackTarget: defineQuery<{ alias: string; current: string; to: string | null }, { target: string | null; toServed: boolean }>(
    'alias-rollback-target',
  ),
  review: defineQuery<{ id: string; at: At; actor: string; note: string }, { m: NodeRow }>('alias-review'),
  at: defineQuery<{ alias: string; at: At }, { release: string; since: Iso; until: Iso | null; move: string }>('alias-at'),
};
