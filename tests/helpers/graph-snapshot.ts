import type { Database } from '../../src/db/database.js';

export interface GraphSnapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  /**
   * A content digest per label and per relationship type: of every node's labels and properties, and
   * of every relationship's type, properties and endpoints. A refused request that only edited a
   * property (set `retractedAt`, `revokedAt`, moved an alias) changes one of these, and a failing
   * comparison names which label or type changed.
   */
  content: { nodes: Record<string, string>; relationships: Record<string, string> };
  audit: { seq: number; hash: string | null };
}

/** A node without labels is digested under this name. */
const NO_LABEL = '(no label)';

/** Every property of `x` as [name, type, value], by name: what a node's or relationship's content is. */
const props = (x: string) => `[k IN apoc.coll.sort(keys(${x})) | [k, valueType(${x}[k]), ${x}[k]]]`;

/**
 * Per label: node count and the digest of its nodes' contents (labels and every property, with its
 * type), sorted so the digest does not depend on scan order. A node is counted under each of its
 * labels. (APOC's per-entity fingerprint is several times slower on the suite's database.)
 */
const NODE_DIGESTS = `
MATCH (n)
WITH labels(n) AS ls, apoc.util.md5([labels(n), ${props('n')}]) AS f
UNWIND CASE WHEN size(ls) = 0 THEN ['${NO_LABEL}'] ELSE ls END AS label
RETURN label, count(*) AS count, apoc.util.sha256(apoc.coll.sort(collect(f))) AS digest`;

/**
 * Per type: relationship count and the digest of (type, every property with its type, start node,
 * end node); an endpoint is named by its business id, or by its element id when it has none (a
 * Counter, an ApiKey).
 */
const RELATIONSHIP_DIGESTS = `
MATCH (a)-[r]->(b)
WITH type(r) AS type,
     apoc.util.md5([type(r), ${props('r')}, coalesce(toString(a.id), elementId(a)), coalesce(toString(b.id), elementId(b))]) AS f
RETURN type, count(*) AS count, apoc.util.sha256(apoc.coll.sort(collect(f))) AS digest`;

const AUDIT_HEAD = `OPTIONAL MATCH (h:Counter {id: 'audit'}) RETURN coalesce(h.seq, 0) AS seq, h.hash AS hash`;

const sorted = <T>(entries: Array<[string, T]>): Record<string, T> => Object.fromEntries(entries.sort(([x], [y]) => x.localeCompare(y)));

/** The last digest taken of each database, with the commit it was taken at. */
const taken = new WeakMap<Database, { commit: string; snapshot: GraphSnapshot }>();

/**
 * The database's last committed transaction, as the bookmark a read transaction ends with (the same
 * until something commits; a write that changes nothing commits nothing). Empty when unknown.
 */
export async function lastCommit(db: Database): Promise<string> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    await session.executeRead((tx) => tx.run('RETURN 1'));
    return session.lastBookmarks().join(' ');
  } finally {
    await session.close();
  }
}

async function digest(db: Database): Promise<{ snapshot: GraphSnapshot; commit: string }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const snapshot = await session.executeRead(async (tx) => {
      const nodes = (await tx.run(NODE_DIGESTS)).records.map((r) => r.toObject());
      const rels = (await tx.run(RELATIONSHIP_DIGESTS)).records.map((r) => r.toObject());
      const head = (await tx.run(AUDIT_HEAD)).records[0].toObject();
      return {
        labels: sorted(nodes.map((r) => [String(r.label), Number(r.count)])),
        types: sorted(rels.map((r) => [String(r.type), Number(r.count)])),
        content: {
          nodes: sorted(nodes.map((r) => [String(r.label), String(r.digest)])),
          relationships: sorted(rels.map((r) => [String(r.type), String(r.digest)])),
        },
        audit: { seq: Number(head.seq), hash: (head.hash as string | null) ?? null },
      };
    });
    return { snapshot, commit: session.lastBookmarks().join(' ') };
  } finally {
    await session.close();
  }
}

/**
 * Everything in the database, compared by content: node counts per label, relationship counts per
 * type, a content digest per label and type, and the audit chain head. Equal snapshots mean nothing
 * was added, removed, relabelled or edited. Read in one transaction, so the parts agree.
 *
 * The digest reads every node and relationship; a refused request commits nothing, so when no
 * transaction has committed since the last digest of this database (same last-commit bookmark), that
 * digest is still the content and is returned again. A digest is kept only when no commit landed
 * while it was being read.
 */
export async function snapshot(db: Database): Promise<GraphSnapshot> {
  const commit = await lastCommit(db);
  const last = taken.get(db);
  if (commit && last?.commit === commit) return structuredClone(last.snapshot);
  const fresh = await digest(db);
  if (commit && fresh.commit === commit) taken.set(db, { commit, snapshot: fresh.snapshot });
  return fresh.snapshot;
}

/** The content digests alone (see snapshot): per label and per relationship type, so a difference names where. */
export async function contentDigests(db: Database): Promise<GraphSnapshot['content']> {
  return (await snapshot(db)).content;
}

/** What changed between two snapshots, per label and type (zeros left out). */
export function delta(
  before: Pick<GraphSnapshot, 'labels' | 'types' | 'audit'>,
  after: Pick<GraphSnapshot, 'labels' | 'types' | 'audit'>,
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

/**
 * Which of `values` are stored verbatim as some node's property (or an element of a list property):
 * one scan of the graph for all of them, since a scan per value costs a pass over every demo copy the
 * suite's database holds by then.
 */
export async function storedVerbatim(db: Database, values: string[]): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const session = db.driver.session({ database: db.database });
  try {
    const r = await session.run(
      `MATCH (n) UNWIND keys(n) AS k
       WITH n[k] AS p
       WITH CASE WHEN p IS :: LIST<ANY> THEN p ELSE [p] END AS items
       UNWIND items AS item
       WITH item WHERE item IN $values
       RETURN collect(DISTINCT item) AS found`,
      { values },
    );
    return new Set(r.records[0].get('found') as string[]);
  } finally {
    await session.close();
  }
}
