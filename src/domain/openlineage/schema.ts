import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { projectPath } from '../../project-root.js';

/** The three event shapes of the OpenLineage spec (2-0-x). */
export type EventKind = 'RunEvent' | 'DatasetEvent' | 'JobEvent';

type FacetTarget = 'Run' | 'Job' | 'Dataset';

const specDir = projectPath('specs', 'openlineage');
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/**
 * Two documented relaxations (docs/openlineage.md), because producers in the wild send them and
 * Marquez accepts them: `format: uri` is checked as a URI reference (the minimal client sends
 * `"producer": "producer"`), and `format: uuid` (run ids only) as a non-blank string of at most 200
 * characters (`"runId": "run_id"`). Everything else is the published schema as it stands.
 */
function buildAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: false, strict: false, validateFormats: true });
  addFormats(ajv);
  const uriReference = ajv.formats['uri-reference'];
  if (uriReference === undefined) throw new Error('ajv-formats did not register uri-reference');
  ajv.addFormat('uri', uriReference);
  // eslint-disable-next-line no-control-regex -- a run id may be any text without control characters
  ajv.addFormat('uuid', /^(?!\s*$)[^\u0000-\u001f]{1,200}$/);
  return ajv;
}

const ajv = buildAjv();
const core = readJson(`${specDir}/OpenLineage.json`);
const coreId = String(core.$id);
ajv.addSchema(core);

const eventValidators: Record<EventKind, ValidateFunction> = {
  RunEvent: ajv.compile({ $ref: `${coreId}#/$defs/RunEvent` }),
  DatasetEvent: ajv.compile({ $ref: `${coreId}#/$defs/DatasetEvent` }),
  JobEvent: ajv.compile({ $ref: `${coreId}#/$defs/JobEvent` }),
};

/** Each facet schema file validates a facets object (`{ "schema": {...} }`); the file name says which object it belongs to. */
function facetValidators(): Record<FacetTarget, ValidateFunction> {
  const files = readdirSync(`${specDir}/facets`)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const ids: Record<FacetTarget, string[]> = { Run: [], Job: [], Dataset: [] };
  for (const file of files) {
    const schema = readJson(`${specDir}/facets/${file}`);
    ajv.addSchema(schema);
    const target = (['Run', 'Job', 'Dataset'] as const).find((t) => file.endsWith(`${t}Facet.json`));
    if (target) ids[target].push(String(schema.$id));
  }
  const compile = (target: FacetTarget) => ajv.compile({ allOf: ids[target].map(($ref) => ({ $ref })) });
  return { Run: compile('Run'), Job: compile('Job'), Dataset: compile('Dataset') };
}

const facets = facetValidators();

/** The kind of event a body is: the spec tells them apart by which of run, job and dataset they carry. */
export function eventKindOf(event: Record<string, unknown>): EventKind | null {
  if ('run' in event) return 'RunEvent';
  if ('dataset' in event) return 'DatasetEvent';
  if ('job' in event) return 'JobEvent';
  return null;
}

function describe(errors: ErrorObject[] | null | undefined, at: string): string {
  const e = errors?.[0];
  if (!e) return `${at}: does not match the OpenLineage schema`;
  const where = `${at}${e.instancePath.replace(/\//g, '.')}`;
  const extra =
    e.keyword === 'enum'
      ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
      : e.keyword === 'additionalProperties'
        ? ` ("${(e.params as { additionalProperty: string }).additionalProperty}")`
        : '';
  return `${where}: ${e.message ?? 'is invalid'}${extra}`;
}

/**
 * Checks one parsed body against the OpenLineage schema and the facet schemas Provenant knows, and
 * returns a reason a producer's log can show when it does not match (null when it does).
 */
export function schemaProblem(
  event: unknown,
  at = 'event',
): { kind: EventKind; problem: null } | { kind: EventKind | null; problem: string } {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return { kind: null, problem: `${at}: must be a JSON object` };
  const body = event as Record<string, unknown>;
  const kind = eventKindOf(body);
  if (!kind)
    return {
      kind: null,
      problem: `${at}: not an OpenLineage event (a RunEvent has "run" and "job", a JobEvent "job", a DatasetEvent "dataset")`,
    };
  const validate = eventValidators[kind];
  if (!validate(body)) return { kind, problem: `${describe(validate.errors, at)} [${kind}]` };
  for (const [path, target, value] of facetObjects(body)) {
    const check = facets[target];
    if (value !== undefined && !check(value)) return { kind, problem: `${describe(check.errors, `${at}.${path}`)} [${target} facet]` };
  }
  return { kind, problem: null };
}

function* facetObjects(body: Record<string, unknown>): Generator<[string, FacetTarget, unknown]> {
  const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  yield ['run.facets', 'Run', obj(body.run).facets];
  yield ['job.facets', 'Job', obj(body.job).facets];
  yield ['dataset.facets', 'Dataset', obj(body.dataset).facets];
  for (const side of ['inputs', 'outputs'] as const) {
    const list = Array.isArray(body[side]) ? (body[side] as unknown[]) : [];
    for (const [i, d] of list.entries()) yield [`${side}.${i}.facets`, 'Dataset', obj(d).facets];
  }
}
