/**
 * What a field can cost beyond its selection, declared beside the field in `extensions: priced(…)`
 * and read by the cost rule (src/graphql/query-limits.ts) before anything executes.
 */
export type FieldCost =
  /** Touches up to this argument's value in nodes (lineage's maxNodes); `fallback` when it is not sent. */
  | { kind: 'items'; arg: string; fallback: number }
  /** A computation whose size the arguments do not bound (impact walks everything downstream). */
  | { kind: 'fixed'; price: number }
  /** Writes one row per element of this list argument; rows count against PROVENANT_MAX_BATCH per request, not per field. */
  | { kind: 'rows'; arg: string };

/** impact counts everything downstream of a version (hundreds of thousands of outputs): a fifth of the default budget. */
export const IMPACT_COST = 2000;
/** provenance reads one output's bill of materials, its model chain and the approvals and evaluations around it. */
export const PROVENANCE_COST = 400;

export const priced = (cost: FieldCost) => ({ cost });

declare module 'graphql' {
  /** A field's declared cost, where graphql-js keeps what Pothos's `extensions` hold. */
  interface GraphQLFieldExtensions<_TSource, _TContext, _TArgs> {
    cost?: FieldCost;
  }
}
