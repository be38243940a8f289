import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/graph-snapshot.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { cypher, resetLineage } from '../helpers/openlineage.js';
import { ensurePythonVenv, runPython } from '../setup/python-venv.js';

/**
 * The official OpenLineage Python client (openlineage-python from PyPI, in the project's .venv)
 * posting through its HTTP transport, configured only with the API's base URL and an API key, to the
 * API served by node:http on 127.0.0.1.
 */
let h: Harness;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  ensurePythonVenv();
  h = await startHarness({ auth: 'real' });
  await resetLineage(h.db);
  server = createServer(h.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await resetLineage(h.db);
  await h.close();
});

const namespace = () => `${h.prefix}-etl`;

async function runState(runId: string) {
  return (
    await cypher(
      h.db,
      `MATCH (r:LineageRun {runId: $runId})-[:RUN_OF]->(j) RETURN r.state AS state, r.transitions AS transitions, j.sql AS sql, j.namespace AS ns`,
      { runId },
    )
  )[0];
}

describe('openlineage-python HttpTransport', () => {
  for (const compression of ['plain', 'gzip'] as const) {
    it(`sends a run (START, COMPLETE), a JobEvent and a DatasetEvent that appear as lineage (${compression})`, async () => {
      const key = await h.createKey(['ENGINEER'], 'INTERNAL', `service:${h.prefix}-airflow-${compression}`);
      const runId = randomUUID();
      const out = JSON.parse(
        await runPython('emit_events.py', [baseUrl, key, namespace(), runId, ...(compression === 'gzip' ? ['gzip'] : [])]),
      );
      expect(out).toEqual({ runId, events: 4 });

      expect(await runState(runId)).toMatchObject({
        state: 'COMPLETE',
        sql: 'INSERT INTO claims SELECT id, amount FROM raw_claims',
        ns: namespace(),
      });
      const versions = await cypher(
        h.db,
        `MATCH (r:LineageRun {runId: $runId})
         MATCH (v:LineageDatasetVersion {name: 'public.claims'})-[:WAS_GENERATED_BY]->(r)
         MATCH (r)-[:USED]->(i:LineageDatasetVersion {name: 'public.raw_claims'})
         MATCH (v)<-[:COLUMN_OF]-(:LineageColumn {name: 'amount_eur'})-[d:DERIVED_FROM_COLUMN]->(:LineageColumn {name: 'amount'})-[:COLUMN_OF]->(i)
         RETURN v.schemaFields AS fields, d.subtype AS subtype`,
        { runId },
      );
      expect(versions).toEqual([{ fields: ['amount_eur'], subtype: 'TRANSFORMATION' }]);
      const declared = await cypher(
        h.db,
        `MATCH (j:LineageJob {namespace: $ns, name: 'etl.declared'})-[:DECLARES_OUTPUT]->(d) RETURN d.name AS d`,
        { ns: namespace() },
      );
      expect(declared).toEqual([{ d: 'public.claims' }]);
      expect(await cypher(h.db, `MATCH (d:LineageDataset {name: 'public.reference_rates'}) RETURN d.namespace AS ns`)).toEqual([
        { ns: 'postgres://warehouse:5432' },
      ]);
      // Audited under the key's principal, through the one write path.
      const audit = await cypher(h.db, `MATCH (e:AuditEvent {action: 'openlineage.ingest', actor: $actor}) RETURN count(e) AS n`, {
        actor: `service:${h.prefix}-airflow-${compression}`,
      });
      expect(audit[0].n).toBe(4);
    });
  }

  it('a key without write permission: the client gets 403 and nothing is stored', async () => {
    const key = await h.createKey(['VIEWER'], 'INTERNAL', `service:${h.prefix}-viewer`);
    const before = await snapshot(h.db);
    const failed = await runPython('emit_events.py', [baseUrl, key, namespace(), randomUUID()]).then(
      () => null,
      (err: { stderr?: string }) => err.stderr ?? '',
    );
    expect(failed).toMatch(/403/);
    expect(await snapshot(h.db)).toEqual(before);
  });

  it('a wrong key: 401 and nothing is stored', async () => {
    const before = await snapshot(h.db);
    const failed = await runPython('emit_events.py', [
      baseUrl,
      'pvn_not_a_real_key_000000000000000000000000',
      namespace(),
      randomUUID(),
    ]).then(
      () => null,
      (err: { stderr?: string }) => err.stderr ?? '',
    );
    expect(failed).toMatch(/401/);
    expect(await snapshot(h.db)).toEqual(before);
  });
});
