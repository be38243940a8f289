/** A row as the driver hands it back, converted to plain values (src/db/values.ts). */
export type Row = Record<string, unknown>;

/** The parameters of a named query: a plain object type (a type literal, so it has an index signature). */
export type Params = Record<string, unknown>;

/**
 * A named, parameterised query in `cypher/queries/<name>.cypher`, with the parameters it takes and
 * the rows it returns, so a call site is checked at compile time. The row type states what the
 * query's RETURN clause yields; the driver does not check it.
 */
export interface NamedQuery<P extends Params, R> {
  readonly name: string;
  /** Carries the types only; never set. */
  readonly types?: (params: P) => R;
}

export function defineQuery<P extends Params = Record<string, never>, R = Row>(name: string): NamedQuery<P, R> {
  return { name };
}

/** A query without parameters may be called without them. */
export type ParamsArg<P extends Params> = Record<string, never> extends P ? [params?: P] : [params: P];

/** The parameters a named query takes (for functions that build them, such as the benchmark's). */
export type ParamsOf<Q> = Q extends NamedQuery<infer P, unknown> ? P : never;
