import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  isInputObjectType,
  typeFromAST,
  parse,
  visit,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { QueryBounds, QueryLimits } from '../config.js';
import { DEFAULT_PAGE, MAX_PAGE } from '../domain/paging.js';

/** What a list without a size argument (lineage nodes, a release's prompts, …) is assumed to hold. */
const LIST_FACTOR = 10;

const tooComplex = (message: string, nodes: ASTNode | readonly ASTNode[] | undefined, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { nodes, extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions } });

/** graphql-js's parser with a token budget: a huge document is refused before it is fully parsed. */
export function limitedParse(maxTokens: number): typeof parse {
  return (source, options) => {
    try {
      return parse(source, { ...options, maxTokens });
    } catch (err) {
      if (err instanceof GraphQLError && /contains more th\w+ \d+ tokens/.test(err.message)) {
        throw tooComplex(`The document has more than ${maxTokens} tokens (PROVENANT_MAX_TOKENS); split it or use variables.`, undefined, {
          limit: 'tokens',
          max: maxTokens,
        });
      }
      throw err;
    }
  };
}

interface Measure {
  depth: number;
  cost: number;
  /** Rows written by fields priced by rows (recordInvocations' invocations). */
  rows: number;
}

/** A field's argument values the way execution will see them (literal, variable, variable default, field default); empty when unknown. */
type ArgumentsOf = (field: GraphQLField<unknown, unknown>, node: FieldNode) => Record<string, unknown>;

/**
 * Depth, alias and directive limits, checked at validation (before anything executes; they do not
 * depend on variables). Introspection is left to graphql-js's own MaxIntrospectionDepthRule.
 */
export function queryLimitsRule(limits: QueryLimits, bounds: QueryBounds): ValidationRule {
  return (context: ValidationContext) => ({
    Document: {
      leave(document: DocumentNode) {
        checkCounts(context, document, limits);
        const schema = context.getSchema();
        const fragments = new Map<string, Measure | 'visiting'>();
        for (const def of document.definitions) {
          if (def.kind !== Kind.OPERATION_DEFINITION) continue;
          const root = schema.getRootType(def.operation);
          if (!root) continue;
          // Depth does not depend on argument values; cost does, and is measured before execution with the variables.
          const m = measure(
            bounds.lineageMaxNodes,
            schema,
            (name) => context.getFragment(name),
            () => ({}),
            root,
            def.selectionSet,
            fragments,
          );
          if (m.depth > limits.maxDepth) {
            context.reportError(
              new GraphQLError(`The query is ${m.depth} levels deep; this server allows ${limits.maxDepth} (PROVENANT_MAX_QUERY_DEPTH).`, {
                nodes: def,
                extensions: { code: 'QUERY_TOO_DEEP', depth: m.depth, max: limits.maxDepth },
              }),
            );
          }
        }
      },
    },
  });
}

function checkCounts(context: ValidationContext, document: DocumentNode, limits: QueryLimits): void {
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field(node) {
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
  });
  const counted: Array<[limit: string, count: number, max: number, variable: string]> = [
    ['aliases', aliases, limits.maxAliases, 'PROVENANT_MAX_ALIASES'],
    ['directives', directives, limits.maxDirectives, 'PROVENANT_MAX_DIRECTIVES'],
  ];
  for (const [limit, count, max, variable] of counted) {
    if (count > max) {
      context.reportError(
        tooComplex(`The document uses ${count} ${limit}; this server allows ${max} (${variable}).`, undefined, { limit, count, max }),
      );
    }
  }
}

/** Depth, cost and rows of a selection set on `type`; fragments are measured once each, and a cycle counts nothing (another rule reports it). */
function measure(
  maxItems: number,
  schema: GraphQLSchema,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  argumentsOf: ArgumentsOf,
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: Map<string, Measure | 'visiting'>,
): Measure {
  let depth = 0;
  let cost = 0;
  let rows = 0;
  const add = (m: Measure) => {
    depth = Math.max(depth, m.depth);
    cost += m.cost;
    rows += m.rows;
  };
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      const field = fieldOf(type, sel.name.value);
      if (!field) continue; // unknown fields are reported by FieldsOnCorrectTypeRule
      const child = getNamedType(field.type);
      const inner =
        sel.selectionSet && isCompositeType(child)
          ? measure(maxItems, schema, fragment, argumentsOf, child, sel.selectionSet, fragments)
          : { depth: 0, cost: 0, rows: 0 };
      const args = argumentsOf(field, sel);
      const priced = priceOf(field, args, maxItems);
      add({ depth: 1 + inner.depth, cost: 1 + priced.cost + multiplier(type, field, args) * inner.cost, rows: priced.rows + inner.rows });
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
      if (on && isCompositeType(on)) add(measure(maxItems, schema, fragment, argumentsOf, on, sel.selectionSet, fragments));
    } else {
      const name = sel.name.value;
      const known = fragments.get(name);
      if (known === 'visiting') continue;
      if (known) {
        add(known);
        continue;
      }
      const def = fragment(name);
      const on = def && schema.getType(def.typeCondition.name.value);
      if (!def || !on || !isCompositeType(on)) continue;
      fragments.set(name, 'visiting');
      const m = measure(maxItems, schema, fragment, argumentsOf, on, def.selectionSet, fragments);
      fragments.set(name, m);
      add(m);
    }
  }
  return { depth, cost, rows };
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** How many times a field's selection is resolved. */
function multiplier(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const sizeArg = field.args.find((a) => a.name === 'first') ?? field.args.find((a) => a.name === 'ids');
  if (sizeArg) {
    const value = args[sizeArg.name];
    // A page larger than any list serves is refused by the list itself (VALIDATION, naming the bound).
    if (typeof value === 'number' && Number.isInteger(value))
      return Math.max(1, sizeArg.name === 'first' ? Math.min(value, MAX_PAGE) : value);
    if (Array.isArray(value)) return Math.max(1, value.length);
    return DEFAULT_PAGE;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  // A connection's edges are already counted by the connection's `first`.
  return parent.name.endsWith('Connection') ? 1 : LIST_FACTOR;
}

/** What a field declared it can cost (`extensions.cost`, see src/graphql/cost.ts) with these arguments. */
function priceOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, maxItems: number): { cost: number; rows: number } {
  const price = field.extensions.cost;
  if (!price) return { cost: 0, rows: 0 };
  switch (price.kind) {
    case 'fixed':
      return { cost: price.price, rows: 0 };
    case 'items': {
      const value = args[price.arg];
      return { cost: Math.min(typeof value === 'number' && value > 0 ? value : price.fallback, maxItems), rows: 0 };
    }
    case 'rows': {
      const value = args[price.arg];
      return { cost: 0, rows: Array.isArray(value) ? value.length : 0 };
    }
  }
}

/**
 * The operation's variables coerced the way execution will coerce them, except a list of input objects
 * sent in a list (a write's rows): no price reads more than its length, and coercing thousands of
 * rows twice, here and again in execution, cost a tenth of a large write's time. Such a variable
 * keeps its raw list, which has the length coercion would give it. Null when a variable does not coerce.
 */
function coerceForPricing(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  raw: Record<string, unknown>,
): Record<string, unknown> | null {
  const isRowList = (d: VariableDefinitionNode) => {
    const type = typeFromAST(schema, d.type);
    return (
      type !== undefined &&
      isListType(getNullableType(type)) &&
      isInputObjectType(getNamedType(type)) &&
      Array.isArray(raw[d.variable.name.value])
    );
  };
  const variables = getVariableValues(
    schema,
    definitions.filter((d) => !isRowList(d)),
    raw,
    { maxErrors: 1 },
  );
  if (variables.errors) return null;
  const rows = definitions.filter(isRowList).map((d) => [d.variable.name.value, raw[d.variable.name.value]]);
  return { ...variables.coerced, ...Object.fromEntries(rows) };
}

/**
 * What executing an operation may cost, with its variables coerced the way execution will coerce them
 * (graphql-js's own getVariableValues and getArgumentValues, so a value from a variable's default or a
 * field's default counts exactly like one sent): one per field, plus what a field declared it can
 * touch (lineage's maxNodes, impact's fixed price), times the size of the list it sits in (a
 * connection's `first`, a `nodes(ids:)` list's length, LIST_FACTOR for other lists). Rows written
 * (recordInvocations) are summed over the whole request against `maxBatch`, so aliases cannot
 * multiply a batch. Null when within the limits, else the error to answer with.
 */
export function operationLimitsError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown>,
  limits: Pick<QueryLimits, 'maxCost'>,
  bounds: QueryBounds,
): GraphQLError | null {
  return priceOperation(schema, document, operationName, rawVariables, limits, bounds).error;
}

/** operationLimitsError's answer, and whether it came from variables that coerced and a price within the limits. */
function priceOperation(...[schema, document, operationName, rawVariables, limits, bounds]: Parameters<typeof operationLimitsError>): {
  error: GraphQLError | null;
  within: boolean;
} {
  const refused = (error: GraphQLError) => ({ error, within: false });
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = op && schema.getRootType(op.operation);
  if (!op || !root) return { error: null, within: false };
  const coerced = coerceForPricing(schema, op.variableDefinitions ?? [], rawVariables);
  // Variables that do not coerce are refused by execution itself (VALIDATION), before any resolver runs.
  if (!coerced) return { error: null, within: false };
  const argumentsOf: ArgumentsOf = (field, node) => {
    try {
      return getArgumentValues(field, node, coerced);
    } catch {
      return {}; // an invalid literal: validation has refused the document already
    }
  };
  const fragmentDefs = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const { cost, rows } = measure(
    bounds.lineageMaxNodes,
    schema,
    (name) => fragmentDefs.get(name),
    argumentsOf,
    root,
    op.selectionSet,
    new Map(),
  );
  if (rows > bounds.maxBatch) {
    return refused(
      new GraphQLError(
        `The request writes ${rows} rows; this server allows ${bounds.maxBatch} per request, however they are split across fields or aliases (PROVENANT_MAX_BATCH). Send the rest in another request.`,
        { nodes: op, extensions: { code: 'VALIDATION', limit: 'batch', rows, max: bounds.maxBatch } },
      ),
    );
  }
  if (cost <= limits.maxCost) return { error: null, within: true };
  return refused(
    tooComplex(
      `The query may cost ${cost > 1e12 ? 'more than 10^12' : Math.ceil(cost)} (one per field, plus what lineage, impact and provenance can touch, times list sizes); this server allows ${limits.maxCost} (PROVENANT_MAX_QUERY_COST). Ask for smaller pages, smaller maxNodes or fewer aliases.`,
      op,
      { limit: 'cost', cost: Math.min(cost, Number.MAX_SAFE_INTEGER), max: limits.maxCost },
    ),
  );
}

/** At most this many remembered variable keys per document: past it the document's are forgotten and learnt again. */
const MAX_KEYS_PER_DOCUMENT = 256;

/** The arguments a price can read, by name: the list sizes (`first`, `ids`) and every declared price's argument. */
function priceArgumentNames(schema: GraphQLSchema): ReadonlySet<string> {
  const names = new Set(['first', 'ids']);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const price = field.extensions.cost;
      if (price && 'arg' in price) names.add(price.arg);
    }
  }
  return names;
}

/** The variables used anywhere inside an argument a price can read: a superset of those the price depends on. */
function pricedVariables(document: DocumentNode, argumentNames: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const collect = (value: ValueNode): void => {
    if (value.kind === Kind.VARIABLE) found.add(value.name.value);
    else if (value.kind === Kind.LIST) value.values.forEach(collect);
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => collect(f.value));
  };
  visit(document, {
    Argument(node) {
      if (argumentNames.has(node.name.value)) collect(node.value);
    },
  });
  return [...found];
}

/** A raw variable value as a price sees it: a list by its length (no price reads more), anything else as sent. */
const priceKeyOf = (value: unknown): string => (Array.isArray(value) ? `#${value.length}` : (JSON.stringify(value) ?? '-'));

/**
 * operationLimitsError for every request of a server, remembering per document what does not change
 * between its requests: a price reads only the variables inside its size and price arguments, so an
 * operation found within the limits (its variables coerced) stays within them for every request that
 * sends the same values of those. Only such answers are remembered; anything else is priced again.
 * The remembered keys live as long as the parsed document (yoga's document cache holds it).
 */
export function operationLimitsChecker(
  schema: GraphQLSchema,
  limits: Pick<QueryLimits, 'maxCost'>,
  bounds: QueryBounds,
): (document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown>) => GraphQLError | null {
  const argumentNames = priceArgumentNames(schema);
  const known = new WeakMap<DocumentNode, { variables: string[]; within: Set<string> }>();
  return (document, operationName, rawVariables) => {
    let entry = known.get(document);
    if (!entry) {
      entry = { variables: pricedVariables(document, argumentNames), within: new Set() };
      known.set(document, entry);
    }
    let key = operationName ?? '';
    for (const name of entry.variables) key += `\u0000${priceKeyOf(rawVariables[name])}`;
    if (entry.within.has(key)) return null;
    const { error, within } = priceOperation(schema, document, operationName, rawVariables, limits, bounds);
    if (within) {
      if (entry.within.size >= MAX_KEYS_PER_DOCUMENT) entry.within.clear();
      entry.within.add(key);
    }
    return error;
  };
}
