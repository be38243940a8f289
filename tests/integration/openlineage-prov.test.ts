import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ajvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { datasetId } from '../../src/domain/openlineage/keys.js';
import { projectPath } from '../../src/project-root.js';
import { fixtures, instant } from '../helpers/fixtures.js';
import { type Harness, startHarness, testClock } from '../helpers/harness.js';
import { post, resetLineage, scenarioEvents } from '../helpers/openlineage.js';
import { ensurePythonVenv, runPython } from '../setup/python-venv.js';
import { graphql } from '../graphql/index.js';

/**
 * A model's lineage reaching back through the ETL run that built its training data
 * (output ← release ← fine-tuned model ← training run ← training dataset version ← bound OpenLineage
 * version ← Spark run ← its inputs), exported as W3C PROV and read back by the `prov` package.
 */
let h: Harness;
let engineer: Principal;
let output: string;
let trainingData: string;
let beforeBinding: string;
const tbl1 = `${datasetId('file', '/tmp/cll_test/tbl1')}@1`;
const source1 = `${datasetId('file', '/tmp/cll_test/cll_source1')}@1`;
const source2 = `${datasetId('file', '/tmp/cll_test/cll_source2')}@1`;
const sparkRun = 'olrun:019127df-0850-72bc-b214-b255290588a6';
const tmp = mkdtempSync(path.join(tmpdir(), 'provenant-prov-'));

// Both packages are CommonJS: under NodeNext the class and the plugin sit on `.default`.
type Ajv04Class = new (options: ajvDraft04.Options) => { compile: (schema: unknown) => ajvDraft04.ValidateFunction };
const Ajv04 =
  (ajvDraft04 as unknown as { default: { default?: Ajv04Class } & Ajv04Class }).default.default ??
  (ajvDraft04 as unknown as { default: Ajv04Class }).default;
type Ajv04 = InstanceType<Ajv04Class>;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv04) => Ajv04;
const validateProvJson = addFormats(new Ajv04({ allErrors: true, strict: false })).compile(
  (await import(projectPath('specs', 'prov-json', 'prov-json.schema.json'), { with: { type: 'json' } })).default,
);

const ACTIVITY_TYPES = new Set(['TrainingRun', 'EvaluationRun', 'Invocation', 'LineageRun', 'Approval', 'AliasMove']);
const AGENT_TYPES = new Set(['Person', 'Team', 'ServiceAccount']);

beforeAll(async () => {
  ensurePythonVenv();
  h = await startHarness();
  await resetLineage(h.db);
  const f = fixtures(h);
  const person = (
    await h.ok(
      graphql(`
        mutation OlProvRegisterPerson($i: RegisterPersonInput!) {
          registerPerson(input: $i) {
            person {
              id
            }
          }
        }
      `),
      {
        i: { key: `${h.prefix}-eng`, name: 'Data Engineer' },
      },
    )
  ).registerPerson.person.id;
  await h.ok(
    graphql(`
      mutation OlProvRegisterTeam($i: RegisterTeamInput!) {
        registerTeam(input: $i) {
          team {
            id
          }
        }
      }
    `),
    {
      i: { key: `${h.prefix}-data`, name: 'Data Platform', members: [person] },
    },
  );
  engineer = { id: person, roles: ['ENGINEER', 'ADMIN'], clearance: 'RESTRICTED', via: 'system' };
  h.actAs(engineer);
  for (const e of scenarioEvents('CLL')) expect((await post(h.app, e)).status).toBe(200);

  const dataset = await f.artifact('dataset', 'claims-training');
  trainingData = await f.datasetVersion(dataset, 1, { classification: 'CONFIDENTIAL' });
  const model = await f.artifact('model', 'claims-model');
  const base = await f.modelVersion(model);
  beforeBinding = await instant();
  const bind = graphql(`
    mutation OlProvBindOpenLineageDataset($i: BindOpenLineageDatasetInput!) {
      bindOpenLineageDataset(input: $i) {
        datasetVersion
        openLineageVersion
        created
      }
    }
  `);
  expect(
    (await h.ok(bind, { i: { datasetVersion: trainingData, namespace: 'file', name: '/tmp/cll_test/tbl1' } })).bindOpenLineageDataset,
  ).toEqual({
    datasetVersion: trainingData,
    openLineageVersion: tbl1,
    created: true,
  });
  const before = await h.counts();
  expect(
    (await h.ok(bind, { i: { datasetVersion: trainingData, namespace: 'file', name: '/tmp/cll_test/tbl1' } })).bindOpenLineageDataset
      .created,
  ).toBe(false);
  expect(await h.counts()).toEqual(before);

  const training = (
    await h.ok(
      graphql(`
        mutation OlProvRecordTrainingRun($i: RecordTrainingRunInput!) {
          recordTrainingRun(input: $i) {
            trainingRun {
              id
            }
          }
        }
      `),
      {
        i: { datasets: [trainingData], baseModel: base, startedAt: testClock.now().toISOString() },
      },
    )
  ).recordTrainingRun.trainingRun.id;
  const tuned = await f.modelVersion(model, { modelKind: 'FINE_TUNED', baseVersion: base, trainingRun: training });
  const prompt = await f.artifact('prompt', 'claims-prompt');
  const pv = await f.promptVersion(prompt, 'Classify: {{question}}');
  const sys = await f.registerSystem('claims');
  const release = await f.release(sys, { model: tuned, prompts: [pv] });
  h.actAs(engineer);
  output = (await f.invoke(release, 'prov', 1)).outputIds[0];
  h.actAs(engineer);
});
afterAll(async () => {
  await resetLineage(h.db);
  await h.close();
});

const LINEAGE = graphql(`
  query OlProvLineage($id: ID!, $asOf: DateTime) {
    lineage(id: $id, direction: UPSTREAM, depth: 10, asOf: $asOf) {
      truncated
      nodes {
        id
        type
        redacted
      }
      edges {
        from
        to
        type
      }
    }
  }
`);
const LINEAGE_PROV = graphql(`
  query OlProvLineageProv($id: ID!, $asOf: DateTime, $format: ProvFormat) {
    lineageProv(id: $id, direction: UPSTREAM, depth: 10, asOf: $asOf, format: $format) {
      format
      mediaType
      document
      records {
        kind
        count
      }
    }
  }
`);

/** Reads a document back with the W3C reference implementation (prov on PyPI). */
async function readBack(
  document: string,
  format: 'json' | 'provn',
): Promise<{ counts: Record<string, number>; datetimes: number; namespaces: string[] }> {
  const file = path.join(tmp, `doc-${Math.random().toString(36).slice(2)}.${format}`);
  writeFileSync(file, document);
  return JSON.parse(await runPython('prov_counts.py', [file, format]));
}

/** What the lineage answer itself holds, counted per PROV record kind (agents come on top, from attribution). */
function expectedFromLineage(answer: { nodes: Array<{ type: string }>; edges: Array<{ type: string }> }): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  for (const n of answer.nodes) add(ACTIVITY_TYPES.has(n.type) ? 'activity' : AGENT_TYPES.has(n.type) ? 'agent' : 'entity');
  const kinds: Record<string, string> = {
    USED: 'used',
    WAS_GENERATED_BY: 'wasGeneratedBy',
    WAS_DERIVED_FROM: 'wasDerivedFrom',
    PINS: 'wasDerivedFrom',
    VERSION_OF: 'specializationOf',
  };
  // Any other relationship between nodes of the answer (a run WRITES a dataset) is kept as wasInfluencedBy.
  for (const e of answer.edges) add(kinds[e.type] ?? 'wasInfluencedBy');
  return counts;
}

const withoutAgents = (c: Record<string, number>) =>
  Object.fromEntries(Object.entries(c).filter(([k]) => !['agent', 'wasAttributedTo', 'wasAssociatedWith', 'actedOnBehalfOf'].includes(k)));
const asMap = (records: Array<{ kind: string; count: number }>) => Object.fromEntries(records.map((r) => [r.kind, r.count]));

describe('lineage runs from an output back through the bound OpenLineage dataset to the Spark run and its inputs', () => {
  it('lineage reaches the ETL run and the source tables', async () => {
    const answer = (await h.ok(LINEAGE, { id: output })).lineage;
    const ids = answer.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([output, trainingData, tbl1, sparkRun, source1, source2]));
    expect(answer.edges).toEqual(
      expect.arrayContaining([
        { from: trainingData, to: tbl1, type: 'WAS_DERIVED_FROM' },
        { from: tbl1, to: sparkRun, type: 'WAS_GENERATED_BY' },
        { from: sparkRun, to: source1, type: 'USED' },
      ]),
    );
    const prov = (
      await h.ok(
        graphql(`
          query OlProvProvenance($id: ID!) {
            provenance(outputId: $id) {
              trainingRuns {
                datasets {
                  id
                }
              }
            }
          }
        `),
        { id: output },
      )
    ).provenance;
    expect(prov.trainingRuns[0].datasets).toEqual([{ id: trainingData }]);
  });

  it('column lineage: where a column came from, and what a column feeds', async () => {
    const q = graphql(`
      query OlProvColumnLineage($v: ID!, $c: String!, $d: ColumnLineageDirection) {
        columnLineage(datasetVersion: $v, column: $c, direction: $d) {
          truncated
          columns {
            id
            name
            datasetVersion
            dataset
          }
          edges {
            from
            to
            type
            subtype
          }
        }
      }
    `);
    const up = (await h.ok(q, { v: tbl1, c: 'agg', d: 'UPSTREAM' })).columnLineage;
    const name = (id: string) => up.columns.find((c: { id: string }) => c.id === id);
    const direct = up.edges
      .filter((e: { type: string }) => e.type === 'DIRECT')
      .map((e: { to: string; subtype: string }) => `${name(e.to)?.dataset}.${name(e.to)?.name} ${e.subtype}`);
    expect(direct).toEqual(['/tmp/cll_test/cll_source2.c AGGREGATION']);
    expect(up.truncated).toBe(false);
    const down = (await h.ok(q, { v: source1, c: 'a', d: 'DOWNSTREAM' })).columnLineage;
    expect(
      down.columns.map((c: { name: string; datasetVersion: string }) => `${c.datasetVersion === tbl1 ? 'tbl1' : 'src1'}.${c.name}`).sort(),
    ).toEqual(['src1.a', 'tbl1.agg', 'tbl1.ident', 'tbl1.trans']);
    const missing = await h.gql(q, { v: tbl1, c: 'no_such_column' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('W3C PROV export', () => {
  it('PROV-JSON validates against the published schema and prov reads it back with the same counts as the answer', async () => {
    const answer = (await h.ok(LINEAGE, { id: output })).lineage;
    const exported = (await h.ok(LINEAGE_PROV, { id: output, format: 'PROV_JSON' })).lineageProv;
    expect(exported.mediaType).toBe('application/json');
    const json = JSON.parse(exported.document);
    expect(validateProvJson(json), JSON.stringify(validateProvJson.errors)).toBe(true);
    const records = asMap(exported.records);
    expect(withoutAgents(records)).toEqual(expectedFromLineage(answer));
    // The engineer who recorded things, and the team they act for.
    expect(records.agent).toBe(2);
    expect(records.actedOnBehalfOf).toBe(1);
    expect(records.wasAttributedTo).toBeGreaterThan(0);
    expect(records.wasAssociatedWith).toBeGreaterThan(0);
    const read = await readBack(exported.document, 'json');
    expect(read.counts).toEqual(records);
    expect(read.namespaces).toContain('https://provenant.example/id/');
    expect(read.datetimes).toBeGreaterThan(0);
    expect(json.activity[`org:${sparkRun}`]['prov:startTime']).toBe('2024-08-06T13:26:53.776Z');
  });

  it('PROV-N is read back by prov with the same counts', async () => {
    const exported = (await h.ok(LINEAGE_PROV, { id: output, format: 'PROV_N' })).lineageProv;
    expect(exported.document).toMatch(/^document\n {2}prefix org <https:\/\/provenant.example\/id\/>/);
    const read = await readBack(exported.document, 'provn');
    expect(read.counts).toEqual(asMap(exported.records));
    expect(read.datetimes).toBeGreaterThan(0);
  });

  it('asOf applies as in the answer: before the binding, the binding is not there', async () => {
    const answer = (await h.ok(LINEAGE, { id: trainingData, asOf: beforeBinding })).lineage;
    expect(answer.edges).not.toContainEqual({ from: trainingData, to: tbl1, type: 'WAS_DERIVED_FROM' });
    const exported = (await h.ok(LINEAGE_PROV, { id: trainingData, asOf: beforeBinding, format: 'PROV_JSON' })).lineageProv;
    expect(withoutAgents(asMap(exported.records))).toEqual(expectedFromLineage(answer));
    const derivations = Object.values(JSON.parse(exported.document).wasDerivedFrom ?? {}) as Array<Record<string, string>>;
    expect(derivations.filter((d) => d['prov:generatedEntity'] === `org:${trainingData}`)).toEqual([]);
    const now = (await h.ok(LINEAGE_PROV, { id: trainingData, format: 'PROV_JSON' })).lineageProv;
    const later = Object.values(JSON.parse(now.document).wasDerivedFrom ?? {}) as Array<Record<string, string>>;
    expect(later.filter((d) => d['prov:generatedEntity'] === `org:${trainingData}`).map((d) => d['prov:usedEntity'])).toEqual([
      `org:${tbl1}`,
    ]);
  });

  it('redaction applies as in the answer: a node you are not cleared for keeps only its id and type, and names no one', async () => {
    h.actAs({ id: `person:${h.prefix}-viewer`, roles: ['VIEWER'], clearance: 'INTERNAL', via: 'system' });
    try {
      const exported = (await h.ok(LINEAGE_PROV, { id: output, format: 'PROV_JSON' })).lineageProv;
      const json = JSON.parse(exported.document);
      expect(validateProvJson(json)).toBe(true);
      expect(json.entity[`org:${trainingData}`]).toEqual({
        'prov:type': { $: 'provenant:DatasetVersion', type: 'prov:QUALIFIED_NAME' },
        'provenant:redacted': true,
      });
      const attributed = Object.values(json.wasAttributedTo ?? {}).map((r) => (r as Record<string, string>)['prov:entity']);
      expect(attributed).not.toContain(`org:${trainingData}`);
      expect(exported.document).not.toContain(`s3://${h.prefix}`);
    } finally {
      h.actAs(engineer);
    }
  });

  it('a provenance answer exports too, and the HTTP download gives the same document twice', async () => {
    const exported = (
      await h.ok(
        graphql(`
          query OlProvProvenanceProv($id: ID!) {
            provenanceProv(outputId: $id, format: PROV_JSON) {
              document
              records {
                kind
                count
              }
            }
          }
        `),
        { id: output },
      )
    ).provenanceProv;
    const json = JSON.parse(exported.document);
    expect(validateProvJson(json), JSON.stringify(validateProvJson.errors)).toBe(true);
    expect((await readBack(exported.document, 'json')).counts).toEqual(asMap(exported.records));
    expect(asMap(exported.records)).toMatchObject({ used: 3, wasGeneratedBy: 1 });

    const url = `http://provenant.test/prov/lineage?id=${encodeURIComponent(output)}&direction=UPSTREAM&depth=10&format=provn`;
    const first = await h.app.fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('text/provenance-notation');
    const text = await first.text();
    expect(await (await h.app.fetch(url)).text()).toBe(text);
    expect((await readBack(text, 'provn')).counts).toEqual(
      asMap((await h.ok(LINEAGE_PROV, { id: output, format: 'PROV_N' })).lineageProv.records),
    );
    const bad = await h.app.fetch('http://provenant.test/prov/lineage?id=nope&format=xml');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('VALIDATION');
  });
});
