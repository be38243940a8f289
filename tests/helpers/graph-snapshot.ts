import type { Database } from '../../src/db/database.js';

export interface GraphSnapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  audit: { seq: number; hash: string | null };
}

async function run(db: Database, query: string): Promise<Array<Record<string, any>>> {
  const session = db.driver.session({ database: db.database });
  try {
    return (await session.run(query)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/**
 * Node counts per label, relationship counts per type (both from Neo4j's count store, so cheap) and
 * the audit chain head: equal snapshots mean nothing was added, removed or relabelled.
 */
export async function snapshot(db: Database): Promise<GraphSnapshot> {
  const labels = (await run(db, 'CALL db.labels() YIELD label RETURN collect(label) AS l'))[0].l as string[];
  const types = (await run(db, 'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS t'))[0]
    .t as string[];
  // Test code only: label and type names come from the database itself.
  const q = (name: string) => `\`${name.replace(/`/g, '``')}\``;
  const parts = [
    ...labels.map((l, i) => `CALL () { MATCH (n:${q(l)}) RETURN count(n) AS l${i} }`),
    ...types.map((t, i) => `CALL () { MATCH ()-[r:${q(t)}]->() RETURN count(r) AS t${i} }`),
    `OPTIONAL MATCH (h:Counter {id: 'audit'})`,
    `RETURN *, coalesce(h.seq, 0) AS auditSeq, h.hash AS auditHash`,
  ];
  const row = (await run(db, parts.join('\n')))[0];
  return {
    labels: Object.fromEntries(labels.map((l, i) => [l, Number(row[`l${i}`])])),
    types: Object.fromEntries(types.map((t, i) => [t, Number(row[`t${i}`])])),
    audit: { seq: Number(row.auditSeq), hash: (row.auditHash as string | null) ?? null },
  };
}

/** What changed between two snapshots, per label and type (zeros left out). */
export function delta(
  before: GraphSnapshot,
  after: GraphSnapshot,
): { labels: Record<string, number>; types: Record<string, number>; audit: number } {
  const diff = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(
      [...new Set([...Object.keys(a), ...Object.keys(b)])]
        .map((k) => [k, (b[k] ?? 0) - (a[k] ?? 0)] as const)
        .filter(([, d]) => d !== 0)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return { labels: diff(before.labels, after.labels), types: diff(before.types, after.types), audit: after.audit.seq - before.audit.seq };
}

/** Whether `value` is stored verbatim as some node's property (or an element of a list property). */
export async function storedVerbatim(db: Database, value: string): Promise<boolean> {
  const session = db.driver.session({ database: db.database });
  try {
    const r = await session.run(
      `MATCH (n) WHERE any(k IN keys(n) WHERE n[k] = $v OR (n[k] IS :: LIST<ANY> AND $v IN n[k])) RETURN count(n) > 0 AS found`,
      { v: value },
    );
    return Boolean(r.records[0].get('found'));
  } finally {
    await session.close();
  }
}
