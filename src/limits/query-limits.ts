import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
  visit,
  type ArgumentNode,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE } from '../domain/nodes/read.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

/** A connection without `first` returns this many items (the domain's default page). */
const DEFAULT_PAGE = 20;
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
}

/**
 * Depth, alias and directive limits, checked at validation (before anything executes; they do not
 * depend on variables). Introspection is left to graphql-js's own MaxIntrospectionDepthRule.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
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
          const m = measure(schema, (name) => context.getFragment(name), {}, root, def.selectionSet, fragments);
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
      context.reportError(tooComplex(`The document uses ${count} ${limit}; this server allows ${max} (${variable}).`, undefined, { limit, count, max }));
    }
  }
}

/** Depth and cost of a selection set on `type`; fragments are measured once each, and a cycle counts nothing (another rule reports it). */
function measure(
  schema: GraphQLSchema,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  variables: Record<string, unknown>,
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: Map<string, Measure | 'visiting'>,
): Measure {
  let depth = 0;
  let cost = 0;
  const add = (m: Measure) => {
    depth = Math.max(depth, m.depth);
    cost += m.cost;
  };
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      const field = fieldOf(type, sel.name.value);
      if (!field) continue; // unknown fields are reported by FieldsOnCorrectTypeRule
      const child = getNamedType(field.type);
      const inner = sel.selectionSet && isCompositeType(child) ? measure(schema, fragment, variables, child, sel.selectionSet, fragments) : { depth: 0, cost: 0 };
      add({ depth: 1 + inner.depth, cost: 1 + multiplier(type, field, sel.arguments ?? [], variables) * inner.cost });
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
      if (on && isCompositeType(on)) add(measure(schema, fragment, variables, on, sel.selectionSet, fragments));
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
      const m = measure(schema, fragment, variables, on, def.selectionSet, fragments);
      fragments.set(name, m);
      add(m);
    }
  }
  return { depth, cost };
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** How many times a field's selection is resolved. */
function multiplier(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: readonly ArgumentNode[],
  variables: Record<string, unknown>,
): number {
  const sizeArg = field.args.find((a) => a.name === 'first') ?? field.args.find((a) => a.name === 'ids');
  if (sizeArg) {
    const given = args.find((a) => a.name.value === sizeArg.name)?.value;
    const value = !given ? undefined : given.kind === Kind.VARIABLE ? variables[given.name.value] : given.kind === Kind.INT ? Number(given.value) : given.kind === Kind.LIST ? given.values : undefined;
    // Not a 32-bit integer: coercion will refuse it as VALIDATION; cost it as the default.
    // A page larger than any list serves is refused by the list itself (VALIDATION, naming the bound).
    if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 2 ** 31) return Math.max(1, sizeArg.name === 'first' ? Math.min(value, MAX_PAGE) : value);
    if (Array.isArray(value)) return Math.max(1, value.length);
    return typeof sizeArg.defaultValue === 'number' ? sizeArg.defaultValue : DEFAULT_PAGE;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  // A connection's edges are already counted by the connection's `first`.
  return parent.name.endsWith('Connection') ? 1 : LIST_FACTOR;
}

/**
 * What executing an operation may cost, with its variables: one per field, times the size of the
 * list it sits in (a connection's `first`, a `nodes(ids:)` list's length, LIST_FACTOR for other lists).
 * Null when it is within `maxCost`, else the error to answer with.
 */
export function costError(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, maxCost: number): GraphQLError | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = op && schema.getRootType(op.operation);
  if (!op || !root) return null;
  const fragmentDefs = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const { cost } = measure(schema, (name) => fragmentDefs.get(name), variables, root, op.selectionSet, new Map());
  if (cost <= maxCost) return null;
  return tooComplex(
    `The query may cost ${cost > 1e12 ? 'more than 10^12' : Math.ceil(cost)} (one per field, times list sizes); this server allows ${maxCost} (PROVENANT_MAX_QUERY_COST). Ask for smaller pages or fewer nested lists.`,
    op,
    { limit: 'cost', cost: Math.min(cost, Number.MAX_SAFE_INTEGER), max: maxCost },
  );
}
