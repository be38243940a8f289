import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { ALIAS_TARGET_DOC, instant, type SystemFixture } from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness();
let sys: SystemFixture;
let A: string;
let B: string;

/** Instants before any move, under A, under B, and after the rollback to A; and what was produced at each. */
const t = {} as { before: string; underA: string; underB: string; afterRollback: string };
const moves = {} as { promoteA: any; promoteB: any; rollback: any };
const out = {} as { a: string[]; b: string[]; aAgain: string[]; aWhileB: string[] };

beforeAll(async () => {
  sys = await f.system('pit', 2);
  [A, B] = sys.releases;
  // What the production gate asks for: a passing evaluation and an approval by someone other than the author.
  await f.readyForProduction(A);
  await f.readyForProduction(B);

  t.before = await instant();
  moves.promoteA = await f.promote(sys.system, 'production', A, 'launch');
  t.underA = await instant();
  out.a = (await f.invoke(A, 'under-a', 2, { at: t.underA })).outputIds;

  moves.promoteB = await f.promote(sys.system, 'production', B, 'new prompt');
  t.underB = await instant();
  out.b = (await f.invoke(B, 'under-b', 2, { at: t.underB, decisionEvery: 1 })).outputIds;
  // Traffic to A while B was production (e.g. a shadow deployment): A was not production then.
  out.aWhileB = (await f.invoke(A, 'a-while-b', 1, { at: t.underB })).outputIds;

  moves.rollback = await f.rollback(sys.system, 'production', undefined, 'complaints about B');
  t.afterRollback = await instant();
  out.aAgain = (await f.invoke(A, 'under-a-again', 1, { at: t.afterRollback })).outputIds;
});

const target = async (asOf?: string) => (await h.ok(ALIAS_TARGET_DOC, { system: sys.system, environment: 'production', asOf })).aliasTarget;

const PROVENANCE = graphql(`
  query PointInTimeProvenance($id: ID!, $asOf: DateTime) {
    provenance(outputId: $id, asOf: $asOf) {
      asOf
      release {
        id
      }
      servedBy {
        alias
        environment
        since
        until
      }
      servedByEnvironment
    }
  }
`);
const provenance = async (id: string, asOf?: string) => (await h.ok(PROVENANCE, { id, asOf })).provenance;

describe('alias target over time', () => {
  it('the rollback went back to A, computed from the history', () => {
    expect(moves.rollback).toMatchObject({ seq: 3, moveKind: 'ROLLBACK', from: { id: B }, to: { id: A }, flaggedForReview: true });
  });

  it('answers nothing before the first move, then A, then B, then A again', async () => {
    expect((await target(t.before)).release).toBeNull();
    expect((await target(t.underA)).release.id).toBe(A);
    expect((await target(t.underB)).release.id).toBe(B);
    expect((await target(t.afterRollback)).release.id).toBe(A);
    expect((await target()).release.id).toBe(A);
  });

  it('reports the interval and the move that opened it, as known then: not when the alias moved later', async () => {
    expect(await target(t.underA)).toMatchObject({
      at: t.underA,
      since: moves.promoteA.createdAt,
      until: null,
      move: { id: moves.promoteA.id, seq: 1 },
    });
    expect(await target(t.underB)).toMatchObject({ since: moves.promoteB.createdAt, until: null, move: { seq: 2 } });
    expect(await target(t.afterRollback)).toMatchObject({
      since: moves.rollback.createdAt,
      until: null,
      move: { id: moves.rollback.id, seq: 3 },
    });
  });

  it('the intervals touch exactly at each move: no gap, no overlap', async () => {
    expect((await target(moves.promoteB.createdAt)).release.id).toBe(B);
    expect((await target(new Date(Date.parse(moves.promoteB.createdAt) - 1).toISOString())).release.id).toBe(A);
    expect((await target(moves.rollback.createdAt)).release.id).toBe(A);
    expect((await target(new Date(Date.parse(moves.rollback.createdAt) - 1).toISOString())).release.id).toBe(B);
  });
});

describe('provenance at the moment an output was made', () => {
  it('an output made under A says A served production then, until B took over', async () => {
    const p = await provenance(out.a[0]);
    expect(p.release.id).toBe(A);
    expect(p.servedBy).toEqual([
      { alias: `alias:${sys.key}/production`, environment: 'production', since: moves.promoteA.createdAt, until: moves.promoteB.createdAt },
    ]);
    expect(p.servedByEnvironment).toBe(true);
  });

  it('an output made under B still says B served production, asked after the rollback', async () => {
    const p = await provenance(out.b[0], t.afterRollback);
    expect(p.asOf).toBe(t.afterRollback);
    expect(p.release.id).toBe(B);
    expect(p.servedBy).toEqual([
      { alias: `alias:${sys.key}/production`, environment: 'production', since: moves.promoteB.createdAt, until: moves.rollback.createdAt },
    ]);
    expect(p.servedByEnvironment).toBe(true);
    // The same answer with no asOf, and for its DECISION output.
    expect((await provenance(out.b[1])).servedByEnvironment).toBe(true);
  });

  it('an output of A made while B was production was not served by production', async () => {
    const p = await provenance(out.aWhileB[0]);
    expect(p.release.id).toBe(A);
    expect(p.servedBy).toEqual([]);
    expect(p.servedByEnvironment).toBe(false);
  });

  it('an output made after the rollback is served by A again', async () => {
    const p = await provenance(out.aAgain[0]);
    expect(p.servedBy).toEqual([
      { alias: `alias:${sys.key}/production`, environment: 'production', since: moves.rollback.createdAt, until: null },
    ]);
  });

  it('an output did not exist before it was made', async () => {
    const r = await h.gql(PROVENANCE, { id: out.b[0], asOf: t.underA });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lineage as of a moment only shows what was produced by then', async () => {
    const q = graphql(`
      query PointInTimeLineage($id: ID!, $asOf: DateTime) {
        lineage(id: $id, direction: DOWNSTREAM, depth: 2, asOf: $asOf) {
          nodes {
            id
            type
          }
        }
      }
    `);
    const ids = async (asOf?: string) =>
      (await h.ok(q, { id: A, asOf })).lineage.nodes
        .filter((n: any) => n.type === 'Output')
        .map((n: any) => n.id)
        .sort();
    expect(await ids(t.underA)).toEqual([...out.a].sort());
    expect(await ids(t.underB)).toEqual([...out.a, ...out.aWhileB].sort());
    expect(await ids()).toEqual([...out.a, ...out.aWhileB, ...out.aAgain].sort());
  });
});
