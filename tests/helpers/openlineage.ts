import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Database } from '../../src/db/database.js';
import { toPlain } from '../../src/db/values.js';
import { projectPath } from '../../src/project-root.js';

/** The OpenLineage consumer scenarios, vendored unmodified with their licence (tests/fixtures/openlineage/README.md). */
export const SCENARIOS_DIR = projectPath('tests', 'fixtures', 'openlineage');

export const scenarioNames = (): string[] =>
  readdirSync(SCENARIOS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

/** A scenario's events in emission order (the file names sort). */
export function scenarioEvents(name: string): Array<Record<string, any>> {
  const dir = `${SCENARIOS_DIR}/${name}/events`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, any>);
}

type Fetcher = { fetch: (url: string, init: RequestInit) => Promise<Response> | Response };

export async function post(
  app: Fetcher,
  body: unknown,
  opts: { path?: string; gzip?: boolean; raw?: string; headers?: Record<string, string> } = {},
) {
  const text = opts.raw ?? JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
  if (opts.gzip) headers['content-encoding'] = 'gzip';
  const res = await app.fetch(`http://provenant.test${opts.path ?? '/api/v1/lineage'}`, {
    method: 'POST',
    headers,
    body: opts.gzip ? gzipSync(text) : text,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** Removes every node ingested from OpenLineage: the scenarios use fixed names and run ids, so each test starts clean. */
export async function resetLineage(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(
      `MATCH (n:Node) WHERE n.kind IN ['LineageJob', 'LineageRun', 'LineageEvent', 'LineageDataset', 'LineageDatasetVersion', 'LineageColumn'] DETACH DELETE n`,
    );
  } finally {
    await session.close();
  }
}

/** Test-only read of the graph, values made plain (numbers, ISO strings). */
export async function cypher(db: Database, query: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, any>>> {
  const session = db.driver.session({ database: db.database });
  try {
    return (await session.run(query, params)).records.map((r) => toPlain(r.toObject()) as Record<string, any>);
  } finally {
    await session.close();
  }
}

/**
 * The OpenLineage part of the graph, without when or by whom it was recorded: nodes with their
 * mapped properties, relationships by type and ends. Equal fingerprints mean the same graph.
 */
export async function lineageFingerprint(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const kinds = ['LineageJob', 'LineageRun', 'LineageEvent', 'LineageDataset', 'LineageDatasetVersion', 'LineageColumn'];
  const nodes = await cypher(
    db,
    `MATCH (n:Node) WHERE n.kind IN $kinds
     RETURN n.id AS id, n.kind AS kind, n.state AS state, n.transitions AS transitions, n.startedAt AS startedAt, n.endedAt AS endedAt,
            n.facets AS facets, n.schemaFields AS schemaFields, n.version AS version, n.observed AS observed, n.sql AS sql, n.eventCount AS eventCount
     ORDER BY id`,
    { kinds },
  );
  const rels = await cypher(
    db,
    `MATCH (a:Node)-[r]->(b:Node) WHERE a.kind IN $kinds OR b.kind IN $kinds
     RETURN a.id + ' -' + type(r) + '[' + coalesce(r.role, '') + coalesce(r.transformation, '') + ']-> ' + b.id AS rel ORDER BY rel`,
    { kinds },
  );
  return { nodes: nodes.map((n) => JSON.stringify(n)), relationships: rels.map((r) => r.rel as string) };
}
