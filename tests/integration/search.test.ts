import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { datasetId, jobId } from '../../src/domain/openlineage/keys.js';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { projectPath } from '../../src/project-root.js';
import { ADMIN, codeOf, ofKind, REGISTER_DOCUMENT_DOC, REGISTER_DOCUMENT_VERSION_DOC, REGISTER_USE_CASE_DOC } from '../helpers/fixtures.js';
import { useHarness, type DataOf } from '../helpers/harness.js';
import { graphql } from '../graphql/index.js';
import type { Classification, SearchKind } from '../graphql/graphql.js';
import { cypher, post, resetLineage } from '../helpers/openlineage.js';

/**
 * Full-text search over every kind a person names: OpenLineage datasets, their versions, jobs and runs
 * (a dbt run's events, vendored from the OpenLineage compatibility tests), documents by title, use
 * cases and people; only what the caller is cleared for; user text always literal.
 */

const { h, f } = useHarness();

const SEARCH = graphql(`
  query Search($text: String!, $first: Int, $kinds: [SearchKind!]) {
    search(text: $text, first: $first, kinds: $kinds) {
      kind
      score
      node {
        __typename
        id
        redacted
        ... on LineageDataset {
          namespace
          name
        }
        ... on LineageDatasetVersion {
          namespace
          name
          version
        }
        ... on LineageJob {
          namespace
          name
        }
        ... on LineageRun {
          runId
          jobName
        }
        ... on DocumentVersion {
          title
          classification
        }
        ... on Person {
          name
          email
        }
        ... on UseCase {
          name
        }
        ... on Dataset {
          name
        }
      }
    }
  }
`);
const REGISTER_PERSON = graphql(`
  mutation SearchRegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      person {
        id
      }
    }
  }
`);

type Hit = DataOf<typeof SEARCH>['search'][number];

async function search(text: string, opts: { first?: number; kinds?: SearchKind[] } = {}): Promise<Hit[]> {
  return (await h.ok(SEARCH, { text, ...opts })).search;
}

const ids = (hits: Hit[]) => hits.map((x) => x.node.id);

const INTERNAL_ANALYST: Principal = { id: 'person:search-analyst', roles: ['ANALYST'], clearance: 'INTERNAL', via: 'api-key' };

// --- The vendored dbt scenario, composed into full events --------------------------------------------

const SCENARIO = projectPath('tests', 'fixtures', 'openlineage-dbt', 'csv_to_postgres', 'events');
const PRODUCER = 'https://github.com/OpenLineage/OpenLineage/tree/1.38.0/integration/dbt';
const RUN_EVENT_SCHEMA = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
const WAREHOUSE = 'postgres://localhost:5432';
const ANALYTICS = 'dbt_test.main.customer_analytics';
const ANALYTICS_JOB = 'dbt_test.main.openlineage_compatibility_test.customer_analytics';

type Json = Record<string, any>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function templates(dir = SCENARIO): Json[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return templates(full);
      return e.name.endsWith('.json') ? [JSON.parse(readFileSync(full, 'utf8')) as Json] : [];
    });
}

/** A stable UUID for a dbt model's run, so a second ingestion is a retried delivery. */
const runUuid = (job: string) => {
  const x = createHash('sha256').update(job).digest('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-a${x.slice(17, 20)}-${x.slice(20, 32)}`;
};

/** What each placeholder of the expected events stands for in one run's real event; an unknown one fails. */
function fill(value: unknown, runId: string, model: string): unknown {
  if (Array.isArray(value)) return value.map((v) => fill(v, runId, model));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, runId, model)]));
  if (typeof value !== 'string' || !value.startsWith('{{')) return value;
  const placeholders: Record<string, string> = {
    '{{ is_uuid(result) }}': runId,
    '{{ any(result) }}': '1.8.0',
    "{{ match(result, 'models.+') }}": `models/${model}.sql`,
  };
  const filled = placeholders[value];
  if (filled === undefined) throw new Error(`the dbt scenario has a placeholder this test cannot fill: ${value}`);
  return filled;
}

/** Merges two expected events of one job: datasets by namespace and name, facets by name. */
function merge(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) {
    const out = [...a];
    for (const d of b as Json[]) {
      const i = out.findIndex((x: Json) => x.namespace === d.namespace && x.name === d.name);
      if (i >= 0 && d.namespace !== undefined) out[i] = merge(out[i], d);
      else out.push(d);
    }
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const out: Json = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return b;
}

/** Every facet gets the envelope the spec requires (`_producer`, `_schemaURL`), which the templates leave out. */
function enveloped(facets: Json | undefined): Json | undefined {
  if (!facets) return undefined;
  return Object.fromEntries(
    Object.entries(facets).map(([name, facet]) => [
      name,
      { _producer: PRODUCER, _schemaURL: `https://openlineage.io/spec/facets/${name}.json`, ...(facet as Json) },
    ]),
  );
}

const withFacets = (datasets: Json[] | undefined) => datasets?.map((d) => ({ ...d, facets: enveloped(d.facets) }));
const namesOnly = (datasets: Json[] | undefined) => datasets?.map((d) => ({ namespace: d.namespace, name: d.name }));

/** One START and one COMPLETE per dbt model, upstream models first (a model runs after those it reads). */
function dbtRunEvents(): Json[] {
  const byJob = new Map<string, Json>();
  for (const t of templates()) byJob.set(t.job.name, merge(byJob.get(t.job.name) ?? {}, t) as Json);
  const producerOf = new Map<string, string>(
    [...byJob.values()].flatMap((j) => (j.outputs ?? []).map((o: Json): [string, string] => [o.name, j.job.name])),
  );
  const depth = (job: string): number =>
    Math.max(0, ...(byJob.get(job)!.inputs ?? []).map((i: Json) => (producerOf.has(i.name) ? 1 + depth(producerOf.get(i.name)!) : 0)));
  const jobs = [...byJob.keys()].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  let at = Date.parse('2026-03-01T08:00:00Z');
  return jobs.flatMap((name) => {
    const runId = runUuid(name);
    const t = fill(byJob.get(name), runId, name.split('.').at(-1)!) as Json;
    const envelope = { producer: PRODUCER, schemaURL: RUN_EVENT_SCHEMA };
    const start = {
      ...envelope,
      eventType: 'START',
      eventTime: new Date((at += 1000)).toISOString(),
      run: { runId },
      job: { namespace: t.job.namespace, name },
      inputs: namesOnly(t.inputs),
      outputs: namesOnly(t.outputs),
    };
    const complete = {
      ...envelope,
      eventType: 'COMPLETE',
      eventTime: new Date((at += 1000)).toISOString(),
      run: { runId, facets: enveloped(t.run?.facets) },
      job: { namespace: t.job.namespace, name, facets: enveloped(t.job.facets) },
      inputs: withFacets(t.inputs),
      outputs: withFacets(t.outputs),
    };
    return [start, complete];
  });
}

async function ingestDbtRun(): Promise<void> {
  for (const [i, e] of dbtRunEvents().entries()) {
    const r = await post(h.app, e);
    expect(r.status, `event ${i}: ${JSON.stringify(r.body)}`).toBe(200);
  }
}

// --- Tests --------------------------------------------------------------------------------------------

beforeAll(async () => {
  await resetLineage(h.db);
  await ingestDbtRun();
});

afterAll(async () => {
  await resetLineage(h.db);
});

describe('a dbt run ingested through OpenLineage is found by its names', () => {
  const dataset = datasetId(WAREHOUSE, ANALYTICS);

  it('composes the vendored scenario into three models, each run reading what the one before it wrote', () => {
    const events = dbtRunEvents();
    expect(events.map((e) => `${e.eventType} ${e.job.name.split('.').at(-1)}`)).toEqual([
      'START stg_customers',
      'COMPLETE stg_customers',
      'START stg_orders',
      'COMPLETE stg_orders',
      'START customer_analytics',
      'COMPLETE customer_analytics',
    ]);
  });

  it('"customer_analytics" finds the dataset dbt_test.main.customer_analytics, its version and its job', async () => {
    const hits = await search('customer_analytics');
    expect(hits.find((x) => x.node.id === dataset)).toMatchObject({
      kind: 'LineageDataset',
      node: { namespace: WAREHOUSE, name: ANALYTICS, redacted: false },
    });
    expect(hits.find((x) => x.node.id === `${dataset}@1`)).toMatchObject({
      kind: 'LineageDatasetVersion',
      node: { namespace: WAREHOUSE, name: ANALYTICS, version: 1 },
    });
    expect(hits.find((x) => x.node.id === jobId('dbt', ANALYTICS_JOB))).toMatchObject({
      kind: 'LineageJob',
      node: { name: ANALYTICS_JOB },
    });
    // The staging models share no word pair "customer analytics" with it.
    expect(ids(hits)).not.toContain(datasetId(WAREHOUSE, 'dbt_test.main.stg_customers'));
  });

  it('finds the job and its run by the job name, and the run by its run id', async () => {
    const byName = await search(ANALYTICS_JOB, { kinds: ['LineageJob', 'LineageRun'] });
    expect(byName.map((x) => [x.kind, 'jobName' in x.node ? x.node.jobName : ofKind(x.node, 'LineageJob').name]).sort()).toEqual([
      ['LineageJob', ANALYTICS_JOB],
      ['LineageRun', ANALYTICS_JOB],
    ]);
    const runId = runUuid(ANALYTICS_JOB);
    expect(await search(runId)).toMatchObject([{ kind: 'LineageRun', node: { runId, jobName: ANALYTICS_JOB } }]);
  });

  it('finds every version of a dataset: the staging model written by its run and read by the analytics run', async () => {
    const hits = await search('main.stg_orders', { kinds: ['LineageDatasetVersion'] });
    expect(hits.map((x) => ofKind(x.node, 'LineageDatasetVersion')).map((v) => [v.name, v.version])).toEqual([
      ['dbt_test.main.stg_orders', 1],
    ]);
    // The raw seed tables appear only in column lineage, as observed versions.
    expect((await search('raw_orders', { kinds: ['LineageDataset', 'LineageDatasetVersion'] })).map((x) => x.kind).sort()).toEqual([
      'LineageDataset',
      'LineageDatasetVersion',
    ]);
  });

  it('finds datasets by their namespace, and kinds narrows the answer', async () => {
    const hits = await search(WAREHOUSE, { kinds: ['LineageDataset'], first: 100 });
    expect(hits.map((x) => ofKind(x.node, 'LineageDataset').name).sort()).toEqual([
      'dbt_test.main.customer_analytics',
      'dbt_test.main.raw_customers',
      'dbt_test.main.raw_orders',
      'dbt_test.main.stg_customers',
      'dbt_test.main.stg_orders',
    ]);
    expect(hits.every((x) => x.kind === 'LineageDataset')).toBe(true);
    // A kind named thousands of times is one kind, not thousands of clauses.
    const jobs = await search('openlineage_compatibility_test', { kinds: Array(5000).fill('LineageJob') });
    expect(jobs.map((x) => ofKind(x.node, 'LineageJob').name.split('.').at(-1)).sort()).toEqual([
      'customer_analytics',
      'stg_customers',
      'stg_orders',
    ]);
  });

  it('returns at most `first` hits, best first', async () => {
    const hits = await search('dbt_test', { first: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.map((x) => x.score)).toEqual([...hits.map((x) => x.score)].sort((a, b) => b - a));
  });

  it('does not find a dataset above the caller’s clearance, and hidden hits do not crowd out visible ones', async () => {
    await cypher(h.db, `MATCH (n:Node) WHERE n.id = $id OR n.parent = $id SET n.classification = 'RESTRICTED'`, { id: dataset });
    try {
      const top = await search('customer_analytics', { first: 1 });
      expect(ids(top)).not.toContain(jobId('dbt', ANALYTICS_JOB)); // a RESTRICTED node leads for ADMIN
      const seen = await f.as(INTERNAL_ANALYST, () => search('customer_analytics'));
      expect(ids(seen)).not.toContain(dataset);
      expect(ids(seen)).not.toContain(`${dataset}@1`);
      expect(seen.every((x) => !x.node.redacted)).toBe(true);
      expect(ids(seen)).toContain(jobId('dbt', ANALYTICS_JOB));
      // With room for one hit, the caller still gets one it may see.
      expect(ids(await f.as(INTERNAL_ANALYST, () => search('customer_analytics', { first: 1 })))).toEqual([jobId('dbt', ANALYTICS_JOB)]);
      expect(ids(await f.as(ADMIN, () => search('customer_analytics')))).toEqual(expect.arrayContaining([dataset, `${dataset}@1`]));
    } finally {
      await cypher(h.db, `MATCH (n:Node) WHERE n.id = $id OR n.parent = $id REMOVE n.classification`, { id: dataset });
    }
  });
});

describe('documents, use cases, people and Provenant datasets', () => {
  let openVersion: string;
  let restrictedVersion: string;
  const word = () => `${h.prefix}word`;

  beforeAll(async () => {
    const doc = async (name: string, title: string, classification: Classification) => {
      const d = await h.ok(REGISTER_DOCUMENT_DOC, { input: { key: f.key(name), name: `${name} handbook` } });
      const v = await h.ok(REGISTER_DOCUMENT_VERSION_DOC, {
        input: {
          document: d.registerDocument.document.id,
          title,
          documentKind: 'INTERNAL_POLICY',
          classification,
          text: `# ${title}\n\nRecords are kept for seven years.`,
          chunking: { strategy: 'HEADING', maxChars: 800 },
        },
      });
      return v.registerDocumentVersion.version.id;
    };
    openVersion = await doc('open-retention', `Retention_schedule ${word()} (public)`, 'PUBLIC');
    restrictedVersion = await doc('sealed-retention', `Retention_schedule ${word()} for mergers`, 'RESTRICTED');
    await h.ok(REGISTER_USE_CASE_DOC, {
      input: {
        key: f.key('triage'),
        name: `Claims triage ${word()}`,
        description: 'Routes claims_v2 tickets by urgency.',
        dataAvailability: 'SCARCE',
        labelQuality: 'LOW',
        domainStability: 'VOLATILE',
        knowledgeFreshness: 'CONTINUOUS',
        traceabilityNeed: 'HIGH',
        rollbackNeed: 'HIGH',
        valueRoi: 'MEDIUM',
      },
    });
    await h.ok(REGISTER_PERSON, {
      input: { key: f.key('ada'), name: 'Ada Lovelace', email: `ada.${word()}@example.com` },
    });
    await f.artifact('dataset', `${word()}.warehouse.orders_v2`);
  });

  it('finds a document version by words of its title, and only those the caller is cleared for', async () => {
    const all = await search(`retention_schedule ${word()}`, { kinds: ['DocumentVersion'] });
    expect(ids(all).sort()).toEqual([openVersion, restrictedVersion].sort());
    const seen = await f.as(INTERNAL_ANALYST, () => search(`retention_schedule ${word()}`, { kinds: ['DocumentVersion'] }));
    expect(seen).toMatchObject([{ kind: 'DocumentVersion', node: { id: openVersion, redacted: false, classification: 'PUBLIC' } }]);
    // A word only the RESTRICTED title has finds nothing at all: not even a redacted hit says it exists.
    expect(await f.as(INTERNAL_ANALYST, () => search(`mergers ${word()}`))).toEqual([]);
    expect(ids(await search(`mergers ${word()}`))).toEqual([restrictedVersion]);
  });

  it('finds a use case by its name and by a piece of a word in its description', async () => {
    expect(await search(`claims_v2 ${word()}`)).toMatchObject([{ kind: 'UseCase', node: { name: `Claims triage ${word()}` } }]);
  });

  it('finds a person by name and by e-mail address', async () => {
    const person = `person:${f.key('ada')}`;
    expect(ids(await search(`lovelace ada.${word()}`))).toEqual([person]);
    expect(await search(`ada.${word()}@example.com`)).toMatchObject([{ kind: 'Person', node: { name: 'Ada Lovelace' } }]);
  });

  it('finds a Provenant dataset by a piece of its dotted name', async () => {
    expect(await search(`${word()} orders_v2`)).toMatchObject([
      { kind: 'Dataset', node: { name: `dataset ${word()}.warehouse.orders_v2` } },
    ]);
  });
});

describe('hostile text is matched literally or refused, typed', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only Lucene operators', '*:* && ~ || -+ !()'],
    ['only quotes and backslashes', '"\\"\\\\'],
    ['longer than 200 characters', `customer_analytics ${'x'.repeat(200)}`],
    ['huge', 'customer analytics '.repeat(5_000)],
  ])('refuses %s with VALIDATION', async (_, text) => {
    const r = await h.gql(SEARCH, { text });
    expect(codeOf(r)).toBe('VALIDATION');
    expect(r.errors![0].extensions!.field).toBe('text');
  });

  it.each([0, 101])('refuses first: %i with VALIDATION', async (first) => {
    expect(codeOf(await h.gql(SEARCH, { text: 'customer_analytics', first }))).toBe('VALIDATION');
  });

  const dataset = () => datasetId(WAREHOUSE, ANALYTICS);

  it.each([
    ['quoted', '"customer_analytics"'],
    ['with a trailing backslash', 'customer_analytics\\'],
    ['with fuzzy and boost operators', '^customer_analytics~'],
    ['with an open parenthesis', '(customer_analytics'],
  ])('matches text %s by its words', async (_, text) => {
    expect(ids(await search(text))).toContain(dataset());
  });

  it.each([
    ['OR is a word, not an operator', 'customer_analytics OR zzzunknown'],
    ['a wildcard is not one', 'customer_analyt*'],
    ['NOT is a word, not an operator', 'dbt_test NOT customer_analytics'],
    ['a field name is a word, not a field', 'name:customer_analytics'],
  ])('%s', async (_, text) => {
    expect(ids(await search(text))).not.toContain(dataset());
  });

  it('cannot query the index’s other fields: "classification:restricted" and "kind:LineageJob" are words', async () => {
    await cypher(h.db, `MATCH (n:Node {id: $id}) SET n.classification = 'RESTRICTED'`, { id: dataset() });
    try {
      expect(await f.as(INTERNAL_ANALYST, () => search('classification:restricted'))).toEqual([]);
      expect(await search('kind:LineageJob')).toEqual([]);
    } finally {
      await cypher(h.db, `MATCH (n:Node {id: $id}) REMOVE n.classification`, { id: dataset() });
    }
  });
});

describe('migration 013 gives nodes written before it the same search text', () => {
  it('backfills searchText as the write path computes it, and a second run changes nothing', async () => {
    const written = await cypher(
      h.db,
      `MATCH (n:Node) WHERE n.searchText IS NOT NULL AND (n.kind STARTS WITH 'Lineage' OR n.id CONTAINS $prefix)
       RETURN n.id AS id, n.searchText AS searchText ORDER BY id`,
      { prefix: h.prefix },
    );
    expect(new Set(written.map((w) => w.id.split(':')[0]))).toEqual(
      new Set(['oldataset', 'job', 'olrun', 'document', 'usecase', 'person', 'dataset']),
    );
    await cypher(h.db, `UNWIND $ids AS id MATCH (n:Node {id: id}) REMOVE n.searchText`, { ids: written.map((w) => w.id) });
    expect(await search('customer_analytics')).toEqual([]);
    await cypher(h.db, `MATCH (m:Migration {id: '015_search.cypher'}) DELETE m`);
    expect((await migrate(h.db)).applied).toEqual(['015_search.cypher']);
    const backfilled = await cypher(
      h.db,
      `UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, n.searchText AS searchText ORDER BY id`,
      {
        ids: written.map((w) => w.id),
      },
    );
    expect(backfilled).toEqual(written);
    expect(ids(await search('customer_analytics'))).toContain(datasetId(WAREHOUSE, ANALYTICS));
    expect((await migrate(h.db)).applied).toEqual([]);
  });
});
