import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { ofKind } from '../helpers/fixtures.js';
import { post } from '../helpers/openlineage.js';
import { graphql } from '../graphql/index.js';

/**
 * Runs that end badly, ingested through POST /api/v1/lineage and read back through the API: a FAIL
 * (with the errorMessage run facet) or an ABORT is the run's state and its end, in whatever order the
 * events arrive; a later RUNNING or OTHER event does not reopen it; and an output of a run that did
 * not complete is no new dataset version (docs/openlineage.md, "Mapping onto the PROV graph").
 */
const { h } = useHarness();

const RUN = graphql(`
  query OlRunStatesNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on LineageRun {
        runId
        state
        startedAt
        endedAt
        transitions
        errorMessage
        facets
        jobNamespace
        jobName
      }
    }
  }
`);
const DOWNSTREAM = graphql(`
  query OlRunStatesLineage($id: ID!) {
    lineage(id: $id, direction: DOWNSTREAM, depth: 2) {
      nodes {
        id
        type
      }
    }
  }
`);
const UPSTREAM = graphql(`
  query OlRunStatesLineage2($id: ID!) {
    lineage(id: $id, direction: UPSTREAM, depth: 1) {
      nodes {
        id
        type
      }
      edges {
        from
        to
        type
      }
    }
  }
`);

const PRODUCER = 'https://example.com/provenant/run-states-test';
const SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
/** Whole seconds an hour ago: event times as producers send them, and as the API gives them back. */
const BASE = Math.floor((Date.now() - 3_600_000) / 1000) * 1000;
const at = (seconds: number) => new Date(BASE + seconds * 1000).toISOString();

const ERROR_FACET = {
  _producer: PRODUCER,
  _schemaURL: 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet',
  message: 'org.apache.spark.sql.AnalysisException: Table or view not found: wrong_table; line 1 pos 14',
  programmingLanguage: 'JAVA',
  stackTrace: 'Exception in thread "main" java.lang.RuntimeException\n\tat io.example.Job.main(Job.java:13)',
};

interface RunSpec {
  runId: string;
  job: string;
}

function newRun(job: string): RunSpec {
  return { runId: randomUUID(), job };
}

function event(run: RunSpec, eventType: string, seconds: number, extra: { runFacets?: Record<string, unknown>; io?: boolean } = {}) {
  const ns = `${h.prefix}-states`;
  return {
    eventType,
    eventTime: at(seconds),
    producer: PRODUCER,
    schemaURL: SCHEMA_URL,
    run: { runId: run.runId, ...(extra.runFacets ? { facets: extra.runFacets } : {}) },
    job: { namespace: ns, name: run.job },
    ...(extra.io === false
      ? {}
      : {
          inputs: [{ namespace: ns, name: `${run.job}.source` }],
          outputs: [{ namespace: ns, name: `${run.job}.target` }],
        }),
  };
}

async function ingest(...events: unknown[]) {
  for (const [i, e] of events.entries()) {
    const r = await post(h.app, e);
    expect(r, `event ${i}`).toMatchObject({ status: 200, body: { received: 1, stored: 1, duplicates: 0 } });
  }
}

const runNodeId = (run: RunSpec) => `olrun:${run.runId}`;

async function runOf(run: RunSpec) {
  return ofKind((await h.ok(RUN, { id: runNodeId(run) })).node, 'LineageRun');
}

/** The dataset versions a run generated, found by walking downstream from it. */
async function generatedVersions(run: RunSpec): Promise<string[]> {
  const { lineage } = await h.ok(DOWNSTREAM, { id: runNodeId(run) });
  return lineage.nodes.filter((n: { type: string }) => n.type === 'LineageDatasetVersion').map((n: { id: string }) => n.id);
}

describe('OpenLineage runs that fail or abort', () => {
  it('a control: START then COMPLETE ends the run COMPLETE and generates a version of its output', async () => {
    const run = newRun('completes');
    await ingest(event(run, 'START', 0), event(run, 'COMPLETE', 30));
    expect(await runOf(run)).toMatchObject({
      state: 'COMPLETE',
      startedAt: at(0),
      endedAt: at(30),
      transitions: [`START@${at(0)}`, `COMPLETE@${at(30)}`],
      errorMessage: null,
    });
    expect(await generatedVersions(run)).toHaveLength(1);
  });

  it('START then FAIL: state FAIL, ended at the FAIL, the error message and its facet kept, no output version', async () => {
    const run = newRun('fails');
    await ingest(event(run, 'START', 0), event(run, 'FAIL', 42, { runFacets: { errorMessage: ERROR_FACET } }));
    const r = await runOf(run);
    expect(r).toMatchObject({
      runId: run.runId,
      jobNamespace: `${h.prefix}-states`,
      jobName: 'fails',
      state: 'FAIL',
      startedAt: at(0),
      endedAt: at(42),
      transitions: [`START@${at(0)}`, `FAIL@${at(42)}`],
      errorMessage: ERROR_FACET.message,
    });
    expect(JSON.parse(r.facets).errorMessage).toEqual(ERROR_FACET);
    // What it read is still its input; what it was writing did not come to be.
    const up = (await h.ok(UPSTREAM, { id: runNodeId(run) })).lineage;
    expect(up.edges.filter((e: { type: string }) => e.type === 'USED')).toHaveLength(1);
    expect(await generatedVersions(run)).toEqual([]);
  });

  it('START then ABORT: state ABORT, ended at the ABORT, no error message, no output version', async () => {
    const run = newRun('aborts');
    await ingest(event(run, 'START', 0), event(run, 'RUNNING', 5), event(run, 'ABORT', 17));
    expect(await runOf(run)).toMatchObject({
      state: 'ABORT',
      startedAt: at(0),
      endedAt: at(17),
      transitions: [`START@${at(0)}`, `RUNNING@${at(5)}`, `ABORT@${at(17)}`],
      errorMessage: null,
    });
    expect(await generatedVersions(run)).toEqual([]);
  });

  it('a FAIL that arrives before its START gives the same run', async () => {
    const run = newRun('fails-early');
    await ingest(event(run, 'FAIL', 42, { runFacets: { errorMessage: ERROR_FACET } }), event(run, 'START', 0));
    expect(await runOf(run)).toMatchObject({
      state: 'FAIL',
      startedAt: at(0),
      endedAt: at(42),
      transitions: [`START@${at(0)}`, `FAIL@${at(42)}`],
      errorMessage: ERROR_FACET.message,
    });
    expect(await generatedVersions(run)).toEqual([]);
  });

  it('a RUNNING or OTHER event after the FAIL does not reopen the run', async () => {
    const run = newRun('stays-failed');
    await ingest(
      event(run, 'START', 0),
      event(run, 'FAIL', 20, { runFacets: { errorMessage: ERROR_FACET } }),
      event(run, 'RUNNING', 25, { io: false }),
      event(run, 'OTHER', 30, { io: false }),
    );
    expect(await runOf(run)).toMatchObject({ state: 'FAIL', endedAt: at(20), errorMessage: ERROR_FACET.message });
    expect(await generatedVersions(run)).toEqual([]);
  });

  it('an ABORT alone (no START received) is an ended run that started at its only event', async () => {
    const run = newRun('aborts-alone');
    await ingest(event(run, 'ABORT', 9, { io: false }));
    expect(await runOf(run)).toMatchObject({ state: 'ABORT', startedAt: at(9), endedAt: at(9), transitions: [`ABORT@${at(9)}`] });
  });
});
