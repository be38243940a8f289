/** How an alias came to point at a release: promoted forward, or rolled back to an earlier one. */
export const MOVE_KINDS = ['PROMOTE', 'ROLLBACK'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];
