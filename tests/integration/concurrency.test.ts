import { describe, expect, it } from 'vitest';
import { useHarness, type GqlResult } from '../helpers/harness.js';
import { ALIAS_HISTORY_PAGE, ALIAS_TARGET_DOC, cypher, PROMOTE_DOC, REGISTER_VERSION, walk } from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness();

/** Every concurrent request either succeeded or was refused with a typed, expected code. */
function settle(results: GqlResult[]): { ok: GqlResult[]; refused: GqlResult[] } {
  const ok = results.filter((r) => !r.errors?.length);
  const refused = results.filter((r) => r.errors?.length);
  for (const r of refused) expect(['CONFLICT'], JSON.stringify(r.errors)).toContain(r.errors![0].extensions?.code);
  return { ok, refused };
}

/** The history of one alias is one chain: seq 1..n, each move starts where the previous ended, one open interval. */
async function expectConsistentHistory(system: string, key: string, environment: string, expectedMoves: number) {
  const w = await walk(h, ALIAS_HISTORY_PAGE, { connection: (d) => d.aliasHistory, vars: { s: system, e: environment }, first: 100 });
  expect(w.ids).toHaveLength(expectedMoves);
  const data = await h.ok(
    graphql(`
      query ConcurrencyNodes($ids: [ID!]!) {
        nodes(ids: $ids) {
          ... on AliasMove {
            id
            seq
            from {
              id
            }
            to {
              id
            }
            createdAt
          }
        }
      }
    `),
    {
      ids: w.ids,
    },
  );
  const history = [...data.nodes].sort((a: any, b: any) => a.seq - b.seq);
  expect(history.map((m: any) => m.seq)).toEqual(Array.from({ length: expectedMoves }, (_, i) => i + 1));
  expect(history[0].from).toBeNull();
  for (let i = 1; i < history.length; i++) {
    expect(history[i].from?.id, `move ${i + 1} starts where move ${i} ended`).toBe(history[i - 1].to.id);
    expect(Date.parse(history[i].createdAt)).toBeGreaterThanOrEqual(Date.parse(history[i - 1].createdAt));
  }
  const last = history.at(-1)!;

  const now = (await h.ok(ALIAS_TARGET_DOC, { system, environment })).aliasTarget;
  expect(now.release.id).toBe(last.to.id);
  const alias = await h.ok(
    graphql(`
      query ConcurrencyNode($id: ID!) {
        node(id: $id) {
          ... on Alias {
            moveCount
            release {
              id
            }
          }
        }
      }
    `),
    {
      id: `alias:${key}/${environment}`,
    },
  );
  expect(alias.node).toEqual({ moveCount: expectedMoves, release: { id: last.to.id } });

  const intervals = await cypher(
    h,
    `MATCH (:Node {id: $alias})-[p:POINTS_TO]->(r:Node)
     RETURN r.id AS release, toString(p.since) AS since, toString(p.until) AS until, p.move AS move ORDER BY p.since`,
    { alias: `alias:${key}/${environment}` },
  );
  expect(intervals).toHaveLength(expectedMoves);
  expect(intervals.filter((i) => i.until === null)).toHaveLength(1);
  expect(intervals.at(-1)).toMatchObject({ release: last.to.id, until: null, move: last.id });
  for (let i = 1; i < intervals.length; i++)
    expect(intervals[i - 1].until, 'each interval ends where the next begins').toBe(intervals[i].since);
}

describe('concurrent promotions of one alias', () => {
  it('two at once: both land, one after the other', async () => {
    const sys = await f.system('race2', 2);
    const before = (await h.counts()).auditHead;
    const results = await Promise.all(
      sys.releases.map((release) => h.gql(PROMOTE_DOC, { input: { system: sys.system, environment: 'staging', release, reason: 'race' } })),
    );
    const { ok } = settle(results);
    expect(ok).toHaveLength(2);
    expect((await h.counts()).auditHead).toBe(before + 2);
    await expectConsistentHistory(sys.system, sys.key, 'staging', 2);
  });

  it('eight at once on an alias that does not exist yet', async () => {
    const sys = await f.system('race8', 8);
    const before = (await h.counts()).auditHead;
    const results = await Promise.all(
      sys.releases.map((release) => h.gql(PROMOTE_DOC, { input: { system: sys.system, environment: 'staging', release, reason: 'race' } })),
    );
    const { ok } = settle(results);
    expect(ok).toHaveLength(8);
    expect((await h.counts()).auditHead).toBe(before + 8);
    const seqs = ok.map((r) => r.data!.promote.seq).sort((a: number, b: number) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await expectConsistentHistory(sys.system, sys.key, 'staging', 8);
  });

  it('eight at once where some target the current release: those are refused cleanly', async () => {
    const sys = await f.system('race-dup', 4);
    await f.promote(sys.system, 'staging', sys.releases[0]);
    // Each release twice: the second of a pair may find the alias already on it.
    const targets = [...sys.releases, ...sys.releases];
    const before = (await h.counts()).auditHead;
    const results = await Promise.all(
      targets.map((release) => h.gql(PROMOTE_DOC, { input: { system: sys.system, environment: 'staging', release, reason: 'race' } })),
    );
    const { ok, refused } = settle(results);
    expect(ok.length + refused.length).toBe(8);
    expect(ok.length).toBeGreaterThanOrEqual(3);
    expect((await h.counts()).auditHead).toBe(before + ok.length);
    await expectConsistentHistory(sys.system, sys.key, 'staging', 1 + ok.length);
  });

  it('promotions and rollbacks interleaved keep one chain', async () => {
    const sys = await f.system('race-mixed', 4);
    for (const r of sys.releases) await f.promote(sys.system, 'staging', r);
    const rollbackDoc = graphql(`
      mutation ConcurrencyRollback($input: RollbackInput!) {
        rollback(input: $input) {
          seq
        }
      }
    `);
    const results = await Promise.all([
      h.gql(rollbackDoc, { input: { system: sys.system, environment: 'staging', reason: 'bad' } }),
      h.gql(PROMOTE_DOC, { input: { system: sys.system, environment: 'staging', release: sys.releases[0], reason: 'again' } }),
      h.gql(rollbackDoc, { input: { system: sys.system, environment: 'staging', reason: 'still bad' } }),
      h.gql(PROMOTE_DOC, { input: { system: sys.system, environment: 'staging', release: sys.releases[1], reason: 'again' } }),
    ]);
    const ok = results.filter((r) => !r.errors?.length);
    for (const r of results.filter((x) => x.errors?.length)) expect(['CONFLICT', 'NOT_FOUND']).toContain(r.errors![0].extensions?.code);
    await expectConsistentHistory(sys.system, sys.key, 'staging', 4 + ok.length);
  });
});

describe('concurrent version registration', () => {
  it('eight different versions of one artifact get eight distinct numbers', async () => {
    const ds = await f.artifact('dataset', 'race');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => h.gql(REGISTER_VERSION.dataset, { input: { artifact: ds, uri: `s3://race/${i}` } })),
    );
    const { ok } = settle(results);
    expect(ok).toHaveLength(8);
    const versions = ok.map((r) => r.data!.registerDatasetVersion.version.version).sort((a: number, b: number) => a - b);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const count = await h.ok(
      graphql(`
        query ConcurrencyNode2($id: ID!) {
          node(id: $id) {
            ... on Dataset {
              versionCount
            }
          }
        }
      `),
      { id: ds },
    );
    expect(count.node.versionCount).toBe(8);
  });

  it('the same content sent eight times at once is one version', async () => {
    const ds = await f.artifact('dataset', 'race-same');
    const results = await Promise.all(
      Array.from({ length: 8 }, () => h.gql(REGISTER_VERSION.dataset, { input: { artifact: ds, uri: 's3://race/same' } })),
    );
    const { ok } = settle(results);
    expect(ok).toHaveLength(8);
    expect(new Set(ok.map((r) => r.data!.registerDatasetVersion.version.id))).toEqual(new Set([`${ds}@1`]));
    expect(ok.filter((r) => r.data!.registerDatasetVersion.created)).toHaveLength(1);
  });
});
