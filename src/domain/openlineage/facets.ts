import type { Facets } from './event.js';

/** Reads the facets Provenant maps onto the graph; the rest are kept verbatim as JSON. */

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function schemaFields(facets: Facets | undefined): { fields: string[]; types: string[] } {
  const fields = list(obj(obj(facets).schema).fields).map(obj);
  return { fields: fields.map((f) => String(f.name)), types: fields.map((f) => str(f.type) ?? '') };
}

export function dataSource(facets: Facets | undefined): { sourceName: string | null; sourceUri: string | null } {
  const ds = obj(obj(facets).dataSource);
  return { sourceName: str(ds.name), sourceUri: str(ds.uri) };
}

export function jobDetails(facets: Facets | undefined): {
  sql: string | null;
  jobType: string | null;
  integration: string | null;
  processingType: string | null;
} {
  const f = obj(facets);
  const type = obj(f.jobType);
  return {
    sql: str(obj(f.sql).query),
    jobType: str(type.jobType),
    integration: str(type.integration),
    processingType: str(type.processingType),
  };
}

export function parentRun(facets: Facets | undefined): { runId: string; namespace: string; name: string } | null {
  const parent = obj(obj(facets).parent);
  const runId = str(obj(parent.run).runId);
  const job = obj(parent.job);
  const namespace = str(job.namespace);
  const name = str(job.name);
  return runId && namespace && name ? { runId, namespace, name } : null;
}

export function runDetails(facets: Facets | undefined): {
  nominalStart: string | null;
  nominalEnd: string | null;
  errorMessage: string | null;
} {
  const f = obj(facets);
  const nominal = obj(f.nominalTime);
  return {
    nominalStart: str(nominal.nominalStartTime),
    nominalEnd: str(nominal.nominalEndTime),
    errorMessage: str(obj(f.errorMessage).message),
  };
}

export interface ColumnEdge {
  outField: string;
  inNamespace: string;
  inName: string;
  inField: string;
  type: string;
  subtype: string | null;
  description: string | null;
  masking: boolean | null;
}

/**
 * The columnLineage facet's edges: each output field's input fields, one edge per transformation
 * (spec 1-1+: `transformations`; older producers: `transformationType` / `transformationDescription`
 * on the output field, kept as one edge of that type).
 */
export function columnEdges(facets: Facets | undefined): ColumnEdge[] {
  const fields = obj(obj(obj(facets).columnLineage).fields);
  return Object.entries(fields).flatMap(([outField, spec]) => {
    const s = obj(spec);
    const legacyType = str(s.transformationType);
    const legacyDescription = str(s.transformationDescription);
    return list(s.inputFields)
      .map(obj)
      .flatMap((input) => {
        const base = { outField, inNamespace: String(input.namespace), inName: String(input.name), inField: String(input.field) };
        const transformations = list(input.transformations).map(obj);
        if (transformations.length === 0) {
          return [{ ...base, type: legacyType ?? 'UNKNOWN', subtype: null, description: legacyDescription, masking: null }];
        }
        return transformations.map((t) => ({
          ...base,
          type: str(t.type) ?? 'UNKNOWN',
          subtype: str(t.subtype),
          description: str(t.description),
          masking: typeof t.masking === 'boolean' ? t.masking : null,
        }));
      });
  });
}
