/** How an alias moved: forward through the approval gate, or back (flagged for review). */
export const MOVE_KINDS = ['PROMOTE', 'ROLLBACK'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** One recorded move of an alias, newest first when passed in a list. */
export interface MoveRecord {
  seq: number;
  moveKind: MoveKind;
  fromRelease: string | null;
  toRelease: string;
}

/**
 * The release a rollback returns to: the most recent release the alias served before the current
 * one, skipping any release that was itself rolled back from (a known-bad release).
 */
export function rollbackTarget(current: string, movesNewestFirst: MoveRecord[]): string | null {
  const rolledBackFrom = new Set(
    movesNewestFirst.filter((m) => m.moveKind === 'ROLLBACK' && m.fromRelease).map((m) => m.fromRelease as string),
  );
  for (const move of movesNewestFirst) {
    const candidate = move.toRelease;
    if (candidate !== current && !rolledBackFrom.has(candidate)) return candidate;
  }
  return null;
}
