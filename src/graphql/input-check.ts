/**
 * Ties a GraphQL input type to the zod schema its resolver hands the input to: `SameFields<G, Z>` is
 * `true` only when both name the same fields, and otherwise names the ones either side lacks.
 */
export type SameFields<G, Z> = [Exclude<keyof G, keyof Z>, Exclude<keyof Z, keyof G>] extends [never, never]
  ? true
  : { onlyInGraphQL: Exclude<keyof G, keyof Z>; onlyInZod: Exclude<keyof Z, keyof G> };

/** A compile-time check beside an input type: `sameFields<typeof Input.$inferInput, z.input<typeof schema>>(true)`. */
export const sameFields = <G, Z>(same: SameFields<G, Z>): SameFields<G, Z> => same;
