import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnId, datasetId, runId } from '../../src/domain/openlineage/keys.js';
import { fixtures, instant } from '../helpers/fixtures.js';
import { documentText, type GqlResult, type Harness, type Sendable, startHarness, untyped, type VarArgsOf } from '../helpers/harness.js';
import { cypher, post, resetLineage } from '../helpers/openlineage.js';
import { graphql } from '../graphql/index.js';

/**
 * OpenLineage data is classified like everything else (docs/openlineage.md#classification): the
 * attacker's probes of issue 21 replayed through HTTP and GraphQL, the ADMIN's classification
 * mutations, and a two-reader differential for lineage.
 */

let h: Harness;
let setup: Harness;
const keys: Record<string, string> = {};
let restrictedVersion: string;

const PRODUCER = 'https://example.com/provenant-tests';
// The row count is looked for by its facet's name: four digits alone may occur in a timestamp.
const SECRETS = ['customer_ssn', 'sar_narrative', 'restricted-wh', 'rowCount'];
const facet = (schema: string, body: Record<string, unknown>) => ({
  _producer: PRODUCER,
  _schemaURL: `https://openlineage.io/spec/facets/${schema}`,
  ...body,
});

interface Facts {
  fields: string[];
  uri: string;
  rowCount: number;
}
const SECRET_FACTS: Facts = {
  fields: ['customer_ssn', 'sar_narrative'],
  uri: 'postgres://restricted-wh.internal:5432/sar',
  rowCount: 4242,
};

/** A run reading raw.cases and writing warehouse.restricted_cases in `namespace`, its output described by `facts`. */
function runEvents(namespace: string, run: string, facts: Facts): Array<Record<string, unknown>> {
  const job = { namespace, name: 'build_restricted_cases' };
  const input = {
    namespace,
    name: 'raw.cases',
    facets: { schema: facet('1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet', { fields: [{ name: 'narrative', type: 'text' }] }) },
  };
  const output = {
    namespace,
    name: 'warehouse.restricted_cases',
    facets: {
      schema: facet('1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet', {
        fields: facts.fields.map((name) => ({ name, type: 'text' })),
      }),
      dataSource: facet('1-0-1/DatasourceDatasetFacet.json#/$defs/DatasourceDatasetFacet', { name: 'sar', uri: facts.uri }),
      columnLineage: facet('1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet', {
        fields: Object.fromEntries(
          facts.fields.map((f) => [
            f,
            {
              inputFields: [
                { namespace, name: 'raw.cases', field: 'narrative', transformations: [{ type: 'DIRECT', subtype: 'IDENTITY' }] },
              ],
            },
          ]),
        ),
      }),
    },
    outputFacets: {
      outputStatistics: facet('1-0-2/OutputStatisticsOutputDatasetFacet.json#/$defs/OutputStatisticsOutputDatasetFacet', {
        rowCount: facts.rowCount,
      }),
    },
  };
  const event = (eventType: string, eventTime: string) => ({
    eventType,
    eventTime,
    producer: PRODUCER,
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: run },
    job,
    inputs: [input],
    outputs: [output],
  });
  return [event('START', '2026-01-05T10:00:00.000Z'), event('COMPLETE', '2026-01-05T10:05:00.000Z')];
}

const as = <D extends Sendable>(key: string, query: D, ...variables: VarArgsOf<D>) =>
  h.withHeaders(h.bearer(keys[key])).gql(query, ...variables);
const ok = <D extends Sendable>(key: string, query: D, ...variables: VarArgsOf<D>) =>
  h.withHeaders(h.bearer(keys[key])).ok(query, ...variables);
const codeOf = (r: GqlResult<unknown>) => String(r.errors?.[0]?.extensions?.code);

async function ingest(key: string, events: Array<Record<string, unknown>>): Promise<void> {
  for (const e of events) expect((await post(h.app, e, { headers: h.bearer(keys[key]) })).status).toBe(200);
}

/** Node and relationship counts, the audit head and every OpenLineage node's classification: a refused request changes none. */
async function state(): Promise<unknown> {
  const levels = await cypher(
    h.db,
    `MATCH (n:Node) WHERE n.kind STARTS WITH 'Lineage'
     RETURN collect([n.id, n.classification, n.declaredClassification, n.boundClassification]) AS l`,
  );
  const settings = await cypher(h.db, `MATCH (s:LineageNamespace) RETURN collect([s.namespace, s.classification]) AS s`);
  return { counts: await h.counts(), levels: levels[0].l, settings: settings[0].s };
}

async function refused<D extends Sendable>(key: string, code: string, query: D, ...variables: VarArgsOf<D>) {
  const before = await state();
  const r = await as(key, query, ...variables);
  expect(codeOf(r), JSON.stringify(r.errors ?? r.data)).toBe(code);
  expect(await state()).toEqual(before);
  return r;
}

const BIND = graphql(`
  mutation OlClassBindOpenLineageDataset($i: BindOpenLineageDatasetInput!) {
    bindOpenLineageDataset(input: $i) {
      openLineageVersion
      created
    }
  }
`);
const LINEAGE = graphql(`
  query OlClassLineage($id: ID!, $asOf: DateTime, $direction: LineageDirection!) {
    lineage(id: $id, direction: $direction, depth: 4, asOf: $asOf) {
      nodes {
        id
        type
        name
        version
        redacted
        label
        node {
          id
          redacted
          ... on LineageDatasetVersion {
            schemaFields
            facets
            classification
            namespace
            name
          }
          ... on LineageDataset {
            sourceUri
            facets
            classification
          }
          ... on LineageRun {
            facets
            jobName
            classification
          }
          ... on DatasetVersion {
            uri
            classification
          }
        }
      }
      edges {
        from
        to
        type
        role
      }
      truncated
    }
  }
`);
const COLUMNS = graphql(`
  query OlClassColumnLineage($v: ID!, $c: String!, $d: ColumnLineageDirection) {
    columnLineage(datasetVersion: $v, column: $c, direction: $d) {
      root
      columns {
        id
        name
        datasetVersion
        namespace
        dataset
      }
      edges {
        from
        to
        type
        subtype
        description
        run
      }
      truncated
      withheld
    }
  }
`);
const NODE = graphql(`
  query OlClassNode($id: ID!) {
    node(id: $id) {
      id
      ... on LineageDatasetVersion {
        redacted
        schemaFields
        facets
        classification
      }
      ... on LineageRun {
        redacted
        facets
        classification
      }
      ... on LineageJob {
        redacted
        facets
        classification
      }
    }
  }
`);
const CLASSIFY_NS = graphql(`
  mutation OlClassClassifyOpenLineageNamespace($i: ClassifyOpenLineageNamespaceInput!) {
    classifyOpenLineageNamespace(input: $i) {
      namespace
      name
      classification
      previous
      reclassified
    }
  }
`);
const CLASSIFY_DS = graphql(`
  mutation OlClassClassifyOpenLineageDataset($i: ClassifyOpenLineageDatasetInput!) {
    classifyOpenLineageDataset(input: $i) {
      namespace
      name
      classification
      previous
      reclassified
    }
  }
`);

const node = (g: any, id: string) => g.nodes.find((n: any) => n.id === id);

beforeAll(async () => {
  setup = await startHarness();
  h = await startHarness({ auth: 'real' });
  await resetLineage(h.db);
  keys.engineer = await h.createKey(['ENGINEER'], 'RESTRICTED', `service:${h.prefix}-etl`);
  keys.publicEngineer = await h.createKey(['ENGINEER'], 'PUBLIC', `service:${h.prefix}-intern-etl`);
  keys.publicViewer = await h.createKey(['VIEWER'], 'PUBLIC', `person:${h.prefix}-public`);
  keys.internalViewer = await h.createKey(['VIEWER'], 'INTERNAL', `person:${h.prefix}-internal`);
  keys.restrictedViewer = await h.createKey(['VIEWER'], 'RESTRICTED', `person:${h.prefix}-cleared`);
  keys.admin = await h.createKey(['ADMIN'], 'RESTRICTED', `person:${h.prefix}-admin`);
  keys.internalAdmin = await h.createKey(['ADMIN'], 'INTERNAL', `person:${h.prefix}-junior-admin`);
  const f = fixtures(setup);
  restrictedVersion = await f.datasetVersion(await f.artifact('dataset', 'sar-cases'), 'r', { classification: 'RESTRICTED' });
});

afterAll(async () => {
  await resetLineage(h.db);
  await cypher(h.db, `MATCH (s:LineageNamespace) WHERE s.namespace CONTAINS $p DETACH DELETE s`, { p: h.prefix });
  await h.close();
  await setup.close();
});

describe("the attacker's probes (issue 21), replayed", () => {
  const ns = () => `postgres://wh-${h.prefix}.internal:5432`;
  const olDataset = () => datasetId(ns(), 'warehouse.restricted_cases');
  const olVersion = () => `${olDataset()}@1`;
  const run = '0190aaaa-0000-7000-8000-000000000021';

  beforeAll(async () => {
    await ingest('engineer', runEvents(ns(), run, SECRET_FACTS));
  });

  it('an INTERNAL viewer sees the unbound dataset at the default classification, INTERNAL', async () => {
    const seen = (await ok('internalViewer', NODE, { id: olVersion() })).node;
    expect(seen).toMatchObject({ redacted: false, classification: 'INTERNAL', schemaFields: SECRET_FACTS.fields });
    expect((await ok('publicViewer', NODE, { id: olVersion() })).node).toMatchObject({ redacted: true, schemaFields: null, facets: null });
  });

  it('a PUBLIC-cleared ENGINEER may not bind a RESTRICTED version, and nothing changes', async () => {
    const r = await refused('publicEngineer', 'FORBIDDEN', BIND, {
      i: { datasetVersion: restrictedVersion, namespace: ns(), name: 'warehouse.restricted_cases' },
    });
    expect(r.errors?.[0]?.message).toContain(restrictedVersion);
    // Nor an OpenLineage dataset above its clearance (INTERNAL by default), whatever it binds it to.
    const open = await fixtures(setup).datasetVersion(await fixtures(setup).artifact('dataset', 'open-cases'), 'p', {
      classification: 'PUBLIC',
    });
    await refused('publicEngineer', 'FORBIDDEN', BIND, {
      i: { datasetVersion: open, namespace: ns(), name: 'warehouse.restricted_cases' },
    });
  });

  it('a cleared ENGINEER binds; the OpenLineage dataset, its run and job become RESTRICTED', async () => {
    const bound = (
      await ok('engineer', BIND, { i: { datasetVersion: restrictedVersion, namespace: ns(), name: 'warehouse.restricted_cases' } })
    ).bindOpenLineageDataset;
    expect(bound).toEqual({ openLineageVersion: olVersion(), created: true });
    for (const id of [olDataset(), olVersion(), runId(run)]) {
      expect(
        (
          await ok(
            'restrictedViewer',
            graphql(`
              query OlClassNode2($id: ID!) {
                node(id: $id) {
                  id
                  ... on LineageDataset {
                    classification
                  }
                  ... on LineageDatasetVersion {
                    classification
                  }
                  ... on LineageRun {
                    classification
                  }
                }
              }
            `),
            { id },
          )
        ).node,
      ).toMatchObject({ classification: 'RESTRICTED' });
    }
    // The INTERNAL viewer who saw it before binding no longer does.
    expect((await ok('internalViewer', NODE, { id: olVersion() })).node).toMatchObject({ redacted: true, schemaFields: null });
  });

  it("a PUBLIC viewer's lineage from the RESTRICTED version shows the OpenLineage neighbour redacted, with none of its facts", async () => {
    const low = await ok('publicViewer', LINEAGE, { id: restrictedVersion, direction: 'UPSTREAM' });
    const high = await ok('restrictedViewer', LINEAGE, { id: restrictedVersion, direction: 'UPSTREAM' });
    const ids = (g: any) => g.lineage.nodes.map((n: any) => n.id).sort();
    expect(ids(low)).toEqual(ids(high));
    expect(low.lineage.edges).toEqual(high.lineage.edges);
    expect(node(low.lineage, restrictedVersion).redacted).toBe(true);
    expect(node(low.lineage, olVersion())).toMatchObject({
      type: 'LineageDatasetVersion',
      redacted: true,
      name: null,
      version: null,
      node: { id: olVersion(), redacted: true, schemaFields: null, facets: null, classification: null, namespace: null, name: null },
    });
    expect(node(low.lineage, runId(run))).toMatchObject({ redacted: true, node: { facets: null, jobName: null } });
    const text = JSON.stringify(low);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    // The cleared reader sees what was hidden, so the check above can fail.
    expect(node(high.lineage, olVersion()).node.schemaFields).toEqual(SECRET_FACTS.fields);
    expect(JSON.stringify(high)).toContain('4242');
  });

  it('columnLineage is refused alike for a column that exists and one that does not; a cleared reader gets the graph', async () => {
    for (const column of ['sar_narrative', 'no_such_column']) {
      const r = await as('publicViewer', COLUMNS, { v: olVersion(), c: column });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toContain('sar_narrative');
    }
    const high = (await ok('restrictedViewer', COLUMNS, { v: olVersion(), c: 'sar_narrative' })).columnLineage;
    expect(high.columns.map((c: any) => c.name).sort()).toEqual(['narrative', 'sar_narrative']);
    expect(high.withheld).toBe(false);
  });

  it('PROV exports, through GraphQL and /prov/lineage, carry none of the hidden facts', async () => {
    const q = graphql(`
      query OlClassLineageProv($id: ID!) {
        lineageProv(id: $id, direction: UPSTREAM, depth: 4, format: PROV_JSON) {
          document
        }
      }
    `);
    const low = (await ok('publicViewer', q, { id: restrictedVersion })).lineageProv.document as string;
    const high = (await ok('restrictedViewer', q, { id: restrictedVersion })).lineageProv.document as string;
    expect(low).toContain(olVersion());
    expect(high).toContain('warehouse.restricted_cases');
    for (const format of ['json', 'provn']) {
      const url = `http://provenant.test/prov/lineage?id=${encodeURIComponent(restrictedVersion)}&direction=UPSTREAM&depth=4&format=${format}`;
      const res = await h.app.fetch(url, { headers: h.bearer(keys.publicViewer) });
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('redacted');
      for (const doc of [body, low])
        expect(doc).not.toMatch(/warehouse\.restricted_cases"|sar_narrative|customer_ssn|restricted-wh|rowCount/);
    }
  });

  it('node and nodes redact the run and the job that wrote it', async () => {
    const job = (await cypher(h.db, `MATCH (:Node {id: $r})-[:RUN_OF]->(j) RETURN j.id AS id`, { r: runId(run) }))[0].id as string;
    const seen = await ok(
      'internalViewer',
      graphql(`
        query OlClassNodes($ids: [ID!]!) {
          nodes(ids: $ids) {
            id
            ... on LineageRun {
              redacted
              facets
            }
            ... on LineageJob {
              redacted
              facets
            }
          }
        }
      `),
      {
        ids: [runId(run), job],
      },
    );
    expect(seen.nodes).toEqual([
      { id: runId(run), redacted: true, facets: null },
      { id: job, redacted: true, facets: null },
    ]);
  });
});

describe('classifying OpenLineage data (ADMIN)', () => {
  const ns = () => `s3://lake-${h.prefix}`;
  const dataset = () => datasetId(ns(), 'warehouse.restricted_cases');
  const version = () => `${dataset()}@1`;
  const run = '0190bbbb-0000-7000-8000-000000000021';

  beforeAll(async () => {
    await ingest('engineer', runEvents(ns(), run, SECRET_FACTS));
  });

  it('only an ADMIN classifies, and only at or below its own clearance', async () => {
    await refused('engineer', 'FORBIDDEN', CLASSIFY_NS, { i: { namespace: ns(), classification: 'PUBLIC' } });
    await refused('internalAdmin', 'FORBIDDEN', CLASSIFY_NS, { i: { namespace: ns(), classification: 'RESTRICTED' } });
    // A namespace nothing was recorded in yet: the level itself is above its clearance.
    await refused('internalAdmin', 'FORBIDDEN', CLASSIFY_NS, { i: { namespace: `${ns()}-empty`, classification: 'CONFIDENTIAL' } });
  });

  it('bad input is refused with a typed error and changes nothing', async () => {
    await refused('admin', 'VALIDATION', CLASSIFY_NS, { i: { namespace: '', classification: 'PUBLIC' } });
    await refused('admin', 'VALIDATION', CLASSIFY_NS, { i: { namespace: 'x'.repeat(1025), classification: 'PUBLIC' } });
    await refused('admin', 'NOT_FOUND', CLASSIFY_DS, { i: { namespace: ns(), name: 'no.such.table', classification: 'PUBLIC' } });
    const before = await state();
    const r = await as('admin', untyped(documentText(CLASSIFY_NS)), { i: { namespace: ns(), classification: 'SECRET' } });
    expect(r.errors?.[0]?.message).toMatch(/SECRET/);
    expect(await state()).toEqual(before);
  });

  it('a namespace setting reclassifies its data at once, audited; repeating it changes nothing', async () => {
    const before = (await h.counts()).auditHead;
    const set = (await ok('admin', CLASSIFY_NS, { i: { namespace: ns(), classification: 'PUBLIC' } })).classifyOpenLineageNamespace;
    expect(set).toMatchObject({ namespace: ns(), name: null, classification: 'PUBLIC', previous: null });
    expect(set.reclassified).toBeGreaterThanOrEqual(4);
    expect((await h.counts()).auditHead).toBe(before + 1);
    const audit = (
      await ok(
        'admin',
        graphql(`
          query OlClassAuditEvents {
            auditEvents(first: 1) {
              edges {
                node {
                  action
                  actor
                  targets
                }
              }
            }
          }
        `),
      )
    ).auditEvents.edges[0].node;
    expect(audit).toMatchObject({ action: 'openlineage.classify', actor: `person:${h.prefix}-admin` });
    expect(audit.targets).toEqual(expect.arrayContaining([dataset(), runId(run)]));
    expect((await ok('publicViewer', NODE, { id: version() })).node).toMatchObject({ redacted: false, classification: 'PUBLIC' });

    const counts = await h.counts();
    expect(
      (await ok('admin', CLASSIFY_NS, { i: { namespace: ns(), classification: 'PUBLIC' } })).classifyOpenLineageNamespace,
    ).toMatchObject({
      previous: 'PUBLIC',
      reclassified: 0,
    });
    expect(await h.counts()).toEqual(counts);
  });

  it('a dataset setting overrides the namespace; the run, its job, events and columns follow', async () => {
    const set = (
      await ok('admin', CLASSIFY_DS, { i: { namespace: ns(), name: 'warehouse.restricted_cases', classification: 'RESTRICTED' } })
    ).classifyOpenLineageDataset;
    expect(set).toMatchObject({ classification: 'RESTRICTED', previous: null });
    const levels = await cypher(
      h.db,
      `MATCH (r:Node {id: $run})-[:RUN_OF]->(j)
       MATCH (e:LineageEvent {subject: $run})
       MATCH (c:LineageColumn {parent: $version})
       RETURN r.classification AS run, j.classification AS job, collect(DISTINCT e.classification) AS events, collect(DISTINCT c.classification) AS columns`,
      { run: runId(run), version: version() },
    );
    expect(levels[0]).toEqual({ run: 'RESTRICTED', job: 'RESTRICTED', events: ['RESTRICTED'], columns: ['RESTRICTED'] });
    // The input it read stays PUBLIC; its column lineage leaves out the RESTRICTED column.
    const input = `${datasetId(ns(), 'raw.cases')}@1`;
    const cols = (await ok('publicViewer', COLUMNS, { v: input, c: 'narrative', d: 'DOWNSTREAM' })).columnLineage;
    expect(cols.columns.map((c: any) => c.id)).toEqual([columnId(input, 'narrative')]);
    expect(cols).toMatchObject({ edges: [], withheld: true });
    expect((await ok('restrictedViewer', COLUMNS, { v: input, c: 'narrative', d: 'DOWNSTREAM' })).columnLineage.withheld).toBe(false);
  });

  it('a binding is a floor no setting goes below', async () => {
    await ok('engineer', BIND, { i: { datasetVersion: restrictedVersion, namespace: ns(), name: 'warehouse.restricted_cases' } });
    const set = (await ok('admin', CLASSIFY_DS, { i: { namespace: ns(), name: 'warehouse.restricted_cases', classification: 'PUBLIC' } }))
      .classifyOpenLineageDataset;
    expect(set.previous).toBe('RESTRICTED');
    expect((await ok('restrictedViewer', NODE, { id: version() })).node).toMatchObject({ classification: 'RESTRICTED' });
    expect((await ok('publicViewer', NODE, { id: version() })).node).toMatchObject({ redacted: true });
  });

  it('one batch naming namespaces of different levels gives each run, version, column and event its own', async () => {
    const strict = `${ns()}-mixed-strict`;
    const plain = `${ns()}-mixed-plain`;
    await ok('admin', CLASSIFY_NS, { i: { namespace: strict, classification: 'CONFIDENTIAL' } });
    const runs = { [strict]: '0190bbbb-0000-7000-8000-000000000031', [plain]: '0190bbbb-0000-7000-8000-000000000032' };
    const batch = [...runEvents(strict, runs[strict], SECRET_FACTS), ...runEvents(plain, runs[plain], SECRET_FACTS)];
    const res = await post(h.app, batch, { path: '/api/v1/lineage/batch', headers: h.bearer(keys.engineer) });
    expect(res.status).toBe(200);
    const levels = async (namespace: string) =>
      (
        await cypher(
          h.db,
          `MATCH (r:Node {id: $run}), (v:Node {id: $version})
           MATCH (e:LineageEvent {subject: $run})
           MATCH (c:LineageColumn {parent: $version})
           RETURN r.classification AS run, v.classification AS version,
                  collect(DISTINCT e.classification) AS events, collect(DISTINCT c.classification) AS columns`,
          { run: runId(runs[namespace]), version: `${datasetId(namespace, 'warehouse.restricted_cases')}@1` },
        )
      )[0];
    expect(await levels(strict)).toEqual({
      run: 'CONFIDENTIAL',
      version: 'CONFIDENTIAL',
      events: ['CONFIDENTIAL'],
      columns: ['CONFIDENTIAL'],
    });
    expect(await levels(plain)).toEqual({ run: 'INTERNAL', version: 'INTERNAL', events: ['INTERNAL'], columns: ['INTERNAL'] });
  });

  it('a lowering applies to answers from then on; answers as of before it keep the stricter level', async () => {
    const other = datasetId(ns(), 'raw.cases');
    await ok('admin', CLASSIFY_DS, { i: { namespace: ns(), name: 'raw.cases', classification: 'CONFIDENTIAL' } });
    // An ADMIN not cleared for what it would lower may not lower it.
    await refused('internalAdmin', 'FORBIDDEN', CLASSIFY_DS, { i: { namespace: ns(), name: 'raw.cases', classification: 'PUBLIC' } });
    const beforeLowering = await instant();
    await ok('admin', CLASSIFY_DS, { i: { namespace: ns(), name: 'raw.cases', classification: 'PUBLIC' } });
    const afterLowering = await instant();
    const at = async (asOf: string) =>
      node((await ok('publicViewer', LINEAGE, { id: `${other}@1`, direction: 'BOTH', asOf })).lineage, `${other}@1`);
    expect((await at(beforeLowering)).redacted).toBe(true);
    expect((await at(afterLowering)).redacted).toBe(false);
    const impact = graphql(`
      query OlClassImpact($id: ID!, $asOf: DateTime) {
        impact(id: $id, asOf: $asOf) {
          groups {
            type
            sample {
              id
              redacted
            }
          }
        }
      }
    `);
    const sampled = async (asOf: string) =>
      (await ok('publicViewer', impact, { id: other, asOf })).impact.groups
        .flatMap((g: any) => g.sample)
        .find((n: any) => n.id === `${other}@1`);
    expect(await sampled(beforeLowering)).toEqual({ id: `${other}@1`, redacted: true });
    expect(await sampled(afterLowering)).toEqual({ id: `${other}@1`, redacted: false });
    expect(node((await ok('publicViewer', LINEAGE, { id: `${other}@1`, direction: 'BOTH' })).lineage, `${other}@1`).redacted).toBe(false);
  });
});

/** A lineage answer with its nodes and edges in a fixed order: a rebuilt graph may hand them out in another. */
function sorted(r: GqlResult): GqlResult {
  const g = r.data?.lineage;
  if (!g) return r;
  const key = (x: unknown) => JSON.stringify(x);
  return {
    ...r,
    data: {
      lineage: {
        ...g,
        nodes: [...g.nodes].sort((a, b) => key(a).localeCompare(key(b))),
        edges: [...g.edges].sort((a, b) => key(a).localeCompare(key(b))),
      },
    },
  };
}

describe('two readers: graphs that differ only in a RESTRICTED dataset’s facts', () => {
  it('give a PUBLIC reader identical answers, and a cleared reader different ones', async () => {
    const fixed = new Date('2026-02-01T00:00:00.000Z');
    const still = await startHarness({ auth: 'real', now: () => fixed });
    const ns = `bigquery-${h.prefix}`;
    const run = '0190cccc-0000-7000-8000-000000000021';
    const input = `${datasetId(ns, 'raw.cases')}@1`;
    const output = `${datasetId(ns, 'warehouse.restricted_cases')}@1`;
    const answers = async (facts: Facts) => {
      await resetLineage(still.db);
      for (const e of runEvents(ns, run, facts))
        expect((await post(still.app, e, { headers: still.bearer(keys.engineer) })).status).toBe(200);
      const gql = <D extends Sendable>(key: string, q: D, ...v: VarArgsOf<D>) => still.withHeaders(still.bearer(keys[key])).gql(q, ...v);
      expect((await gql('admin', CLASSIFY_NS, { i: { namespace: ns, classification: 'PUBLIC' } })).errors).toBeUndefined();
      expect(
        (await gql('admin', CLASSIFY_DS, { i: { namespace: ns, name: 'warehouse.restricted_cases', classification: 'RESTRICTED' } }))
          .errors,
      ).toBeUndefined();
      const read = async (key: string) => [
        sorted(await gql(key, LINEAGE, { id: input, direction: 'DOWNSTREAM' })),
        sorted(await gql(key, LINEAGE, { id: runId(run), direction: 'BOTH' })),
        sorted(await gql(key, LINEAGE, { id: output, direction: 'UPSTREAM' })),
        await gql(key, NODE, { id: output }),
        await gql(key, COLUMNS, { v: input, c: 'narrative', d: 'DOWNSTREAM' }),
        await gql(key, COLUMNS, { v: output, c: facts.fields[0] }),
      ];
      return { low: await read('publicViewer'), high: await read('restrictedViewer') };
    };
    try {
      const a = await answers(SECRET_FACTS);
      const b = await answers({ fields: ['amount', 'region', 'flag'], uri: 'postgres://other-wh:5432/x', rowCount: 7 });
      expect(JSON.stringify(a.low)).not.toMatch(/customer_ssn|sar_narrative|restricted-wh|rowCount/);
      expect(a.low).toEqual(b.low);
      expect(a.high).not.toEqual(b.high);
    } finally {
      await resetLineage(still.db);
      await cypher(still.db, `MATCH (s:LineageNamespace {namespace: $ns}) DETACH DELETE s`, { ns });
      await still.close();
    }
  });
});
