import { getOperationAST, Kind, type DocumentNode } from 'graphql';

/** The metrics label of a request refused before its operation was known (401, 413, 429, parse errors). */
export const NO_OPERATION = 'none';

/** What the access log, the rejection log, the metrics and the spans call an operation. */
export interface Operation {
  /** Bounded by the schema: the first root field (a metrics label). */
  rootField: string;
  /** For logs and spans: the client's operation name, else type and root field. */
  name: string;
  type: string;
  /** For the rejection log: the type and the client's name, if any ("query ListSystems"). */
  typeAndName: string;
}

/** Per parsed document (yoga's cache keeps one per query text), its operations by the name a request picked. */
const described = new WeakMap<DocumentNode, Map<string, Operation>>();

function describe(document: DocumentNode, operationName: string | null | undefined): Operation | null {
  const op = getOperationAST(document, operationName);
  if (!op) return null;
  const first = op.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  const rootField = first?.kind === Kind.FIELD ? first.name.value : NO_OPERATION;
  return {
    rootField,
    type: op.operation,
    name: op.name?.value ?? `${op.operation} ${rootField}`,
    typeAndName: `${op.operation}${op.name ? ` ${op.name.value}` : ''}`,
  };
}

/** The operation a request runs, worked out once per document and operation name. */
export function operationOf(document: DocumentNode, operationName: string | null | undefined): Operation | null {
  let byName = described.get(document);
  if (!byName) {
    byName = new Map();
    described.set(document, byName);
  }
  const key = operationName ?? '';
  const known = byName.get(key);
  if (known) return known;
  const op = describe(document, operationName);
  // Only names the document holds are kept: a client's made-up names cannot grow the map.
  if (op) byName.set(key, op);
  return op;
}
