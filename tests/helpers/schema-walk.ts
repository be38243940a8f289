import {
  GraphQLID,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { schema } from '../../src/graphql/index.js';

/** Every mutation and query field of the schema, by name. */
export const mutationFields = () => schema.getMutationType()!.getFields();
export const queryFields = () => schema.getQueryType()!.getFields();

/** A String or ID leaf somewhere in a field's arguments (through input objects and lists). */
export interface StringSite {
  path: Array<string | number>;
  /** An identifier or key (type ID, or a key/environment string): the server must refuse anything malformed. */
  isId: boolean;
  label: string;
}

const KEYISH = new Set(['key', 'environment', 'gatedEnvironments']);

export function stringSites(field: GraphQLField<unknown, unknown>): StringSite[] {
  const sites: StringSite[] = [];
  const walk = (type: GraphQLInputType, path: Array<string | number>, name: string, depth: number) => {
    const t = getNullableType(type);
    if (isListType(t)) return walk(t.ofType as GraphQLInputType, [...path, 0], name, depth);
    if (isInputObjectType(t)) {
      if (depth > 4) return;
      for (const f of Object.values(t.getFields())) walk(f.type, [...path, f.name], f.name, depth + 1);
      return;
    }
    if (isScalarType(t) && (t.name === 'String' || t.name === 'ID')) {
      sites.push({ path, isId: t === GraphQLID || KEYISH.has(name), label: path.join('.') });
    }
  };
  for (const arg of field.args) walk(arg.type, [arg.name], arg.name, 0);
  return sites;
}

/** A copy of `vars` with `value` at `path`, creating objects and lists on the way. */
export function setAt(vars: Record<string, unknown>, path: Array<string | number>, value: unknown): Record<string, unknown> {
  const copy = structuredClone(vars);
  let cur: any = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i];
    if (cur[k] == null) cur[k] = typeof path[i + 1] === 'number' ? [] : {};
    cur = cur[k];
  }
  cur[path.at(-1)!] = value;
  return copy;
}

/** `mutation($a: T!, …) { field(a: $a, …) { __typename } }` with every argument as a variable. */
export function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/**
 * Variables for every argument of a field, each well-typed for GraphQL but wrong for the domain:
 * empty strings and ids, negative numbers, a far-future DateTime; every optional input field set too.
 */
export function malformedVariables(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  const value = (type: GraphQLInputType): unknown => {
    const t = getNullableType(type);
    if (isListType(t)) return [value(t.ofType as GraphQLInputType)];
    if (isInputObjectType(t)) return Object.fromEntries(Object.values(t.getFields()).map((f) => [f.name, value(f.type)]));
    if (isEnumType(t)) return t.getValues()[0].value;
    switch ((t as { name: string }).name) {
      case 'Int':
      case 'Float':
        return -1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '9999-12-31T00:00:00Z';
      default:
        return '';
    }
  };
  return Object.fromEntries(field.args.map((a) => [a.name, value(a.type)]));
}
