import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/graph-snapshot.js';
import { useHarness } from '../helpers/harness.js';
import { cypher, lineageFingerprint, post, resetLineage, scenarioEvents, scenarioNames } from '../helpers/openlineage.js';

const { h } = useHarness();

beforeAll(async () => {
  await resetLineage(h.db);
});
afterAll(async () => {
  await resetLineage(h.db);
});

async function ingest(events: unknown[]) {
  for (const [i, e] of events.entries()) {
    const r = await post(h.app, e);
    expect(r.status, `event ${i}: ${JSON.stringify(r.body)}`).toBe(200);
  }
}

const run = async (runId: string) =>
  (
    await cypher(h.db, `MATCH (r:LineageRun {runId: $runId})-[:RUN_OF]->(j) RETURN r {.*, job: j.name, jobNamespace: j.namespace} AS r`, {
      runId,
    })
  )[0]?.r;

/** Datasets with their versions: which run generated each, which runs used each. */
async function versions(namespace: string, name: string) {
  return cypher(
    h.db,
    `MATCH (d:LineageDataset {namespace: $namespace, name: $name})<-[:VERSION_OF]-(v)
     OPTIONAL MATCH (v)-[:WAS_GENERATED_BY]->(g:LineageRun)
     RETURN v.version AS version, v.observed AS observed, g.runId AS generatedBy,
            [(u:LineageRun)-[:USED]->(v) | u.runId] AS usedBy, v.schemaFields AS fields
     ORDER BY version`,
    { namespace, name },
  );
}

const count = async (kind: string) => Number((await cypher(h.db, 'MATCH (n:Node {kind: $kind}) RETURN count(n) AS c', { kind }))[0].c);

describe('every consumer scenario ingests and the graph holds what its scenario.md describes', () => {
  beforeEach(async () => resetLineage(h.db));

  it('finds the four scenarios', () => {
    expect(scenarioNames()).toEqual(['CLL', 'airflow', 'simple_run_event', 'spark_dataproc_bigquery_shakespare']);
  });

  it('simple_run_event: one completed run reading one BigQuery table and writing another', async () => {
    await ingest(scenarioEvents('simple_run_event'));
    const r = await run('run_id');
    expect(r).toMatchObject({ state: 'COMPLETE', job: 'job_name', jobNamespace: 'job_namespace' });
    expect(await versions('bigquery', 'test.table.input')).toEqual([
      { version: 1, observed: true, generatedBy: null, usedBy: ['run_id'], fields: null },
    ]);
    expect(await versions('bigquery', 'test.table.output')).toMatchObject([
      { version: 1, observed: false, generatedBy: 'run_id', usedBy: [] },
    ]);
    expect(await count('LineageJob')).toBe(1);
  });

  it('CLL: Spark SQL join and aggregation, with column lineage and parent runs', async () => {
    await ingest(scenarioEvents('CLL'));
    expect(await count('LineageJob')).toBe(4);
    expect(await count('LineageRun')).toBe(4);
    const parent = await run('019127de-fd25-7707-bfa4-3ec02693a531');
    expect(parent).toMatchObject({
      state: 'COMPLETE',
      job: 'open_lineage_integration_create_table',
      jobNamespace: 'testColumnLevelLineage',
    });
    const ctas = await run('019127df-0850-72bc-b214-b255290588a6');
    expect(ctas.state).toBe('COMPLETE');
    expect(ctas.transitions.map((t: string) => t.split('@')[0])).toEqual(['START', 'RUNNING', 'RUNNING', 'COMPLETE']);
    const children = await cypher(h.db, `MATCH (c:LineageRun)-[:HAS_PARENT]->(p:LineageRun {runId: $p}) RETURN count(c) AS n`, {
      p: parent.runId,
    });
    expect(Number(children[0].n)).toBe(3);
    // The two source tables were written by their CREATE TABLE runs, then read by the CTAS run.
    const s1 = await versions('file', '/tmp/cll_test/cll_source1');
    expect(s1).toMatchObject([{ version: 1, observed: false, generatedBy: '019127df-00a2-743c-b714-df7e6dcadb2b', usedBy: [ctas.runId] }]);
    const s2 = await versions('file', '/tmp/cll_test/cll_source2');
    expect(s2).toMatchObject([{ version: 1, observed: false, generatedBy: '019127df-074d-7d1b-b8d8-8a2c16a2fe60', usedBy: [ctas.runId] }]);
    const tbl1 = await versions('file', '/tmp/cll_test/tbl1');
    expect(tbl1).toMatchObject([{ version: 1, generatedBy: ctas.runId, fields: ['ident', 'trans', 'agg'] }]);
    // Column lineage as the SQL says: ident = t1.a, trans = CONCAT(b, 'test'), agg = SUM(c).
    const direct = await cypher(
      h.db,
      `MATCH (o:LineageColumn)-[d:DERIVED_FROM_COLUMN {type: 'DIRECT'}]->(i:LineageColumn), (o)-[:COLUMN_OF]->(ov), (i)-[:COLUMN_OF]->(iv)
       RETURN ov.name + '.' + o.name + ' <- ' + iv.name + '@' + iv.version + '.' + i.name + ' ' + d.subtype AS edge ORDER BY edge`,
    );
    expect(direct.map((d) => d.edge)).toEqual([
      '/tmp/cll_test/tbl1.agg <- /tmp/cll_test/cll_source2@1.c AGGREGATION',
      '/tmp/cll_test/tbl1.ident <- /tmp/cll_test/cll_source1@1.a IDENTITY',
      '/tmp/cll_test/tbl1.trans <- /tmp/cll_test/cll_source1@1.b TRANSFORMATION',
    ]);
    const indirect = await cypher(h.db, `MATCH ()-[d:DERIVED_FROM_COLUMN {type: 'INDIRECT'}]->() RETURN collect(DISTINCT d.subtype) AS s`);
    expect([...indirect[0].s].sort()).toEqual(['FILTER', 'GROUP_BY', 'JOIN']);
  });

  it('airflow: a DAG of BigQuery, GCS, Bash and Python tasks', async () => {
    await ingest(scenarioEvents('airflow'));
    expect(await count('LineageJob')).toBe(16);
    expect(await count('LineageRun')).toBe(16);
    const runs = await cypher(h.db, `MATCH (r:LineageRun) RETURN collect(DISTINCT r.state) AS states`);
    expect(runs[0].states).toEqual(['COMPLETE']);
    // Every entity of scenario.md that the events name (namespace = bucket or engine, name = object or table).
    const named = await cypher(h.db, `MATCH (d:LineageDataset) RETURN d.namespace + ' ' + d.name AS d ORDER BY d`);
    expect(named.map((n) => n.d)).toEqual(
      expect.arrayContaining([
        'bigquery mock-project.test.upload',
        'bigquery mock-project.test.upload_cp',
        'gs://mock-bucket copied.csv',
        'gs://mock-bucket result.csv',
        'gs://mock-bucket uploaded_file.txt',
        'gs://mock-bucket copy_of_uploaded_file.txt',
        'gs://mock-bucket uploaded_data.txt',
        'gs://mock-bucket copy_of_uploaded_data.txt',
        'file /files/temp/downloaded_file.txt',
      ]),
    );
    // upload -> copy -> download: each task read the version the previous one wrote.
    const upload = await versions('bigquery', 'mock-project.test.upload');
    const copy = await run('01936893-9751-7b10-a4a7-cd7454722d0f');
    expect(copy.job).toBe('BQ.copy');
    expect(upload).toMatchObject([{ version: 1, generatedBy: '01936893-9751-7b3c-8f76-8ac6d0e5f8a3', usedBy: [copy.runId] }]);
    expect(await versions('bigquery', 'mock-project.test.upload_cp')).toMatchObject([
      { version: 1, generatedBy: copy.runId, usedBy: ['01936893-9751-7150-bbde-96d39c5c4c8d'] },
    ]);
    // The Bash task has neither inputs nor outputs: a run and nothing else.
    const bash = await run('01936894-494e-7c48-be1c-4a3656eb1868');
    expect(bash).toMatchObject({ job: 'dag.task_0', state: 'COMPLETE' });
    const io = await cypher(h.db, `MATCH (r:LineageRun {runId: $id}) RETURN COUNT { (r)-[:USED|WRITES]->() } AS n`, { id: bash.runId });
    expect(Number(io[0].n)).toBe(0);
    const cll = await cypher(h.db, `MATCH ()-[d:DERIVED_FROM_COLUMN]->() RETURN count(d) AS n`);
    expect(Number(cll[0].n)).toBeGreaterThan(0);
  });

  it('spark_dataproc_bigquery_shakespare: START / RUNNING / COMPLETE of one job reading and writing', async () => {
    await ingest(scenarioEvents('spark_dataproc_bigquery_shakespare'));
    expect(await count('LineageRun')).toBe(3);
    const plan = await run('0192963f-c099-7dff-8d04-a90a16c16859');
    expect(plan.transitions.map((t: string) => t.split('@')[0])).toEqual(['START', 'RUNNING', 'RUNNING', 'RUNNING', 'COMPLETE']);
    expect(plan.startedAt.toString()).toContain('2024-10-16T16:53:33.451');
    expect(plan.endedAt.toString()).toContain('2024-10-16T16:53:46.748');
    const writer = '0192963f-f6f8-71c0-8380-500bc70883ee';
    expect(await versions('bigquery', 'bigquery-public-data.samples.shakespeare')).toMatchObject([
      { version: 1, observed: true, usedBy: expect.arrayContaining(['0192963f-c099-7dff-8d04-a90a16c16859', writer]) },
    ]);
    expect(await versions('file', '/tmp/outputs/1729097570970')).toMatchObject([{ version: 1, generatedBy: writer }]);
  });
});

describe('retries and reordering give the same graph', () => {
  const scenarios = ['CLL', 'spark_dataproc_bigquery_shakespare'];

  /** Each run's events reversed (COMPLETE before START, RUNNING in between), runs kept in the order they began. */
  function reorderedWithinRuns(events: Array<Record<string, any>>) {
    const byRun = new Map<string, Array<Record<string, any>>>();
    for (const e of events) byRun.set(e.run.runId, [...(byRun.get(e.run.runId) ?? []), e]);
    return [...byRun.values()].flatMap((list) => [...list].reverse());
  }

  /** A late OTHER event after completion, carrying one more facet: it must not reopen the run. */
  function otherAfterCompletion(events: Array<Record<string, any>>): Record<string, any> {
    const last = events[events.length - 1];
    return { ...last, eventType: 'OTHER', eventTime: new Date(Date.parse(last.eventTime) + 60_000).toISOString(), inputs: [], outputs: [] };
  }

  for (const name of scenarios) {
    it(`${name}: in order, reordered within runs, and every event twice`, async () => {
      const events = scenarioEvents(name);
      const other = otherAfterCompletion(events);
      await resetLineage(h.db);
      await ingest([...events, other]);
      const inOrder = await lineageFingerprint(h.db);
      const lastRun = await run(other.run.runId);
      expect(lastRun.state).toBe('COMPLETE');

      await resetLineage(h.db);
      await ingest([other, ...reorderedWithinRuns(events)]);
      expect(await lineageFingerprint(h.db)).toEqual(inOrder);

      await resetLineage(h.db);
      await ingest([...events, other].flatMap((e) => [e, e]));
      expect(await lineageFingerprint(h.db)).toEqual(inOrder);
    });
  }

  // A facet repeated with the same value is not rewritten, but its report's time still moves on: an
  // earlier report of another value that arrives after it must not win.
  it('a dataset facet re-reported unchanged at a later time still wins over an earlier report that arrives late', async () => {
    await resetLineage(h.db);
    const dataset = { namespace: 'facet-times', name: 'orders' };
    const report = (minute: number, field: string) => ({
      eventTime: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
      producer: 'https://example.com/facet-times',
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent',
      dataset: {
        ...dataset,
        facets: {
          schema: {
            _producer: 'https://example.com/facet-times',
            _schemaURL: 'https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json',
            fields: [{ name: field, type: 'string' }],
          },
        },
      },
    });
    const fields = async () => {
      const [row] = await cypher(h.db, 'MATCH (d:LineageDataset {namespace: $namespace, name: $name}) RETURN d.facets AS facets', dataset);
      return JSON.parse(row.facets).schema.fields.map((f: { name: string }) => f.name);
    };
    await ingest([report(1, 'a'), report(3, 'a'), report(2, 'b')]);
    expect(await fields()).toEqual(['a']);
    await resetLineage(h.db);
    await ingest([report(1, 'a'), report(2, 'b')]);
    expect(await fields()).toEqual(['b']);
  });

  it('a repeated delivery stores nothing and appends no audit event', async () => {
    await resetLineage(h.db);
    const [event] = scenarioEvents('simple_run_event');
    const first = await post(h.app, event);
    expect(first.body).toEqual({ received: 1, stored: 1, duplicates: 0 });
    const before = await snapshot(h.db);
    const again = await post(h.app, event);
    expect(again).toEqual({ status: 200, body: { received: 1, stored: 0, duplicates: 1 } });
    expect(await snapshot(h.db)).toEqual(before);
  });

  // A batch is written with a few statements per kind of write, not per event: every scenario must
  // come out as the same graph as its events sent one by one (the airflow DAG's tasks read what
  // earlier tasks wrote, within one batch).
  it.each(scenarioNames())(
    'the batch form stores the %s scenario in one request, gzip-compressed, once, as events one by one do',
    async (name) => {
      await resetLineage(h.db);
      const events = scenarioEvents(name);
      await ingest(events);
      const single = await lineageFingerprint(h.db);
      await resetLineage(h.db);
      const r = await post(h.app, events, { path: '/api/v1/lineage/batch', gzip: true });
      expect(r).toEqual({ status: 200, body: { received: events.length, stored: events.length, duplicates: 0 } });
      expect(await lineageFingerprint(h.db)).toEqual(single);
      const again = await post(h.app, events, { path: '/api/v1/lineage/batch' });
      expect(again.body).toEqual({ received: events.length, stored: 0, duplicates: events.length });
    },
  );

  it('a gzip-compressed single event is accepted', async () => {
    await resetLineage(h.db);
    const [event] = scenarioEvents('simple_run_event');
    expect((await post(h.app, event, { gzip: true })).body).toEqual({ received: 1, stored: 1, duplicates: 0 });
    expect(await run('run_id')).toMatchObject({ state: 'COMPLETE' });
  });
});

describe('a bad event gets a 4xx with a reason and stores nothing', () => {
  const good = () => structuredClone(scenarioEvents('CLL')[7]);
  const cases: Array<
    [string, () => { body?: unknown; raw?: string; gzip?: boolean; path?: string; headers?: Record<string, string> }, number, RegExp]
  > = [
    ['bad JSON', () => ({ raw: '{"eventType": "START", ' }), 400, /not valid JSON/],
    [
      'unknown eventType',
      () => ({ body: { ...good(), eventType: 'FINISHED' } }),
      400,
      /eventType: must be equal to one of the allowed values \(START, RUNNING, COMPLETE, ABORT, FAIL, OTHER\)/,
    ],
    [
      'missing runId',
      () => {
        const e = good();
        delete e.run.runId;
        return { body: e };
      },
      400,
      /event\.run: must have required property 'runId'/,
    ],
    [
      'wrong schema (eventTime not a date-time)',
      () => ({ body: { ...good(), eventTime: 'yesterday' } }),
      400,
      /event\.eventTime: must match format "date-time"/,
    ],
    [
      'wrong schema (a facet against its facet schema)',
      () => {
        const e = good();
        e.outputs[0].facets.schema.fields = 'a,b';
        return { body: e };
      },
      400,
      /outputs\.0\.facets\.schema\.fields: must be array/,
    ],
    ['not an event at all', () => ({ body: { hello: 'world' } }), 400, /not an OpenLineage event/],
    [
      'oversize name',
      () => {
        const e = good();
        e.job.name = 'x'.repeat(2000);
        return { body: e };
      },
      400,
      /job\.name: must be at most 1024 characters/,
    ],
    ['an array sent to the single-event path', () => ({ body: [good()] }), 400, /send arrays to \/api\/v1\/lineage\/batch/],
    [
      'a batch with one bad event',
      () => ({ body: [good(), { ...good(), eventType: 'NOPE' }], path: '/api/v1/lineage/batch' }),
      400,
      /events\[1\]\.eventType/,
    ],
    ['corrupt gzip', () => ({ raw: 'not gzip at all', headers: { 'content-encoding': 'gzip' } }), 400, /not valid gzip/],
    ['oversize body', () => ({ raw: JSON.stringify({ ...good(), padding: 'x'.repeat(9 * 1024 * 1024) }) }), 413, /larger than/],
    [
      'a body that inflates past the limit',
      () => ({ raw: JSON.stringify({ ...good(), padding: 'x'.repeat(9 * 1024 * 1024) }), gzip: true }),
      413,
      /larger than/,
    ],
    [
      'not JSON content',
      () => ({ raw: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      415,
      /application\/json/,
    ],
  ];

  for (const [name, make, status, reason] of cases) {
    it(name, async () => {
      await resetLineage(h.db);
      const before = await snapshot(h.db);
      const c = make();
      const r = await post(h.app, c.body, { raw: c.raw, gzip: c.gzip, path: c.path, headers: c.headers });
      expect(r.status).toBe(status);
      expect(r.body.error.message).toMatch(reason);
      expect(await snapshot(h.db)).toEqual(before);
    });
  }
});
