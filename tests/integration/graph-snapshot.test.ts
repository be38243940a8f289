import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../helpers/fixtures.js';
import { snapshot } from '../helpers/graph-snapshot.js';
import { useHarness } from '../helpers/harness.js';

/**
 * The "changes nothing" check itself (tests/helpers/graph-snapshot.ts, and h.counts() built on it):
 * an edit that keeps every count (a property set or changed, a relationship's property edited or
 * its end moved), and a label swapped, make the snapshot differ; undoing the edit makes it equal again. Each edit is committed out of band, as a refused request that wrongly committed would.
 */
const { h } = useHarness();
let a: string;
let b: string;
let c: string;

beforeAll(async () => {
  [a, b, c] = ['a', 'b', 'c'].map((x) => `${h.prefix}-snap-${x}`);
  await cypher(
    h,
    `CREATE (a:Node:SnapshotProbe {id: $a, kind: 'SnapshotProbe', list: [1.5, 2.5], at: datetime('2026-01-01T00:00:00Z'), count: '1'})
     CREATE (b:Node:SnapshotProbe {id: $b, kind: 'SnapshotProbe'})
     CREATE (c:Node:SnapshotProbe {id: $c, kind: 'SnapshotProbe'})
     CREATE (a)-[:USED {since: datetime('2026-01-01T00:00:00Z'), role: 'probe'}]->(b)`,
    { a, b, c },
  );
});

afterAll(async () => {
  await cypher(h, `MATCH (n:SnapshotProbe) DETACH DELETE n`);
});

const edits: Array<[string, string, string]> = [
  ['a property set (retractedAt)', `MATCH (n {id: $a}) SET n.retractedAt = datetime()`, `MATCH (n {id: $a}) REMOVE n.retractedAt`],
  ['a property retyped (1 to "1")', `MATCH (n {id: $a}) SET n.count = 1`, `MATCH (n {id: $a}) SET n.count = '1'`],
  ['a list element changed', `MATCH (n {id: $a}) SET n.list = [1.5, 2.6]`, `MATCH (n {id: $a}) SET n.list = [1.5, 2.5]`],
  [
    'a time moved by a millisecond',
    `MATCH (n {id: $a}) SET n.at = datetime('2026-01-01T00:00:00.001Z')`,
    `MATCH (n {id: $a}) SET n.at = datetime('2026-01-01T00:00:00Z')`,
  ],
  [
    'a label swapped',
    `MATCH (n {id: $b}) REMOVE n:SnapshotProbe SET n:SnapshotProbeOther`,
    `MATCH (n {id: $b}) REMOVE n:SnapshotProbeOther SET n:SnapshotProbe`,
  ],
  [
    'a relationship property edited (revokedAt)',
    `MATCH ({id: $a})-[r:USED]->() SET r.revokedAt = datetime()`,
    `MATCH ({id: $a})-[r:USED]->() REMOVE r.revokedAt`,
  ],
  [
    'a relationship moved to another end',
    `MATCH (x {id: $a})-[r:USED]->() DELETE r WITH x MATCH (y {id: $c}) CREATE (x)-[:USED {since: datetime('2026-01-01T00:00:00Z'), role: 'probe'}]->(y)`,
    `MATCH (x {id: $a})-[r:USED]->() DELETE r WITH x MATCH (y {id: $b}) CREATE (x)-[:USED {since: datetime('2026-01-01T00:00:00Z'), role: 'probe'}]->(y)`,
  ],
];

describe('a snapshot sees every edit, not only counts', () => {
  it.each(edits)('%s', async (_what, edit, undo) => {
    const before = await snapshot(h.db);
    const counted = await h.counts();
    expect(await snapshot(h.db), 'nothing committed: the same snapshot').toEqual(before);
    await cypher(h, edit, { a, b, c });
    const after = await snapshot(h.db);
    expect(after).not.toEqual(before);
    expect(await h.counts()).not.toEqual(counted);
    await cypher(h, undo, { a, b, c });
    expect(await snapshot(h.db)).toEqual(before);
    expect(await h.counts()).toEqual(counted);
  });
});
