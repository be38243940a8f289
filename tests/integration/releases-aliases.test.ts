import { describe, expect, it } from 'vitest';
import { untyped, useHarness } from '../helpers/harness.js';
import {
  ALIAS_HISTORY_PAGE,
  ALIAS_TARGET_DOC,
  audited,
  CREATE_RELEASE_DOC,
  instant,
  PROMOTE_DOC,
  ROLLBACK_DOC,
  unchanged,
  walk,
} from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness();

const RELEASES_PAGE = graphql(`
  query ReleasesPage($first: Int, $after: String, $s: ID) {
    releases(first: $first, after: $after, system: $s) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const SYSTEMS_PAGE = graphql(`
  query SystemsPage($first: Int, $after: String, $w: TimeWindow) {
    systems(first: $first, after: $after, window: $w) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('systems and releases', () => {
  it('registers a system once', async () => {
    const input = { key: f.key('sys-once'), name: 'Policy QA', description: 'answers policy questions' };
    const doc = graphql(`
      mutation ReleasesAliasesRegisterSystem($input: RegisterSystemInput!) {
        registerSystem(input: $input) {
          created
          system {
            id
            name
            description
            releaseCount
          }
        }
      }
    `);
    const first = await audited(h, doc, { input });
    expect(first.registerSystem).toEqual({
      created: true,
      system: { id: `system:${input.key}`, name: 'Policy QA', description: 'answers policy questions', releaseCount: 0 },
    });
    const again = await unchanged(h, doc, { input });
    expect(again.registerSystem.created).toBe(false);
  });

  it('cuts a release pinning exact versions; the same pins (in any order) are the same release', async () => {
    const sys = await f.system('pins', 1);
    const p2 = await f.promptVersion(await f.artifact('prompt', 'pins-extra'), 'Second prompt');
    const input = {
      system: sys.system,
      model: sys.baseModel,
      prompts: [sys.prompts[0], p2],
      retrievalConfig: sys.retrieval,
      notes: 'two prompts',
    };
    const first = (await audited(h, CREATE_RELEASE_DOC, { input })).createRelease;
    expect(first.created).toBe(true);
    expect(first.release).toMatchObject({
      id: `release:${sys.key}@2`,
      version: 2,
      notes: 'two prompts',
      system: { id: sys.system },
      model: { id: sys.baseModel },
      retrievalConfig: { id: sys.retrieval },
    });
    expect(first.release.prompts.map((p: any) => p.id).sort()).toEqual([sys.prompts[0], p2].sort());

    const again = (await unchanged(h, CREATE_RELEASE_DOC, { input: { ...input, prompts: [p2, sys.prompts[0], p2], notes: 'resent' } }))
      .createRelease;
    expect(again.created).toBe(false);
    expect(again.release.id).toBe(first.release.id);
    expect(again.release.digest).toBe(first.release.digest);

    // Without the retrieval config it is a different pinned set.
    const other = (await h.ok(CREATE_RELEASE_DOC, { input: { system: sys.system, model: sys.baseModel, prompts: [sys.prompts[0], p2] } }))
      .createRelease;
    expect(other).toMatchObject({ created: true, release: { id: `release:${sys.key}@3`, retrievalConfig: null } });
  });

  it('lists releases of a system, newest first, on every page once', async () => {
    const sys = await f.system('many', 5);
    const w = await walk(h, RELEASES_PAGE, { connection: (d) => d.releases, vars: { s: sys.system }, first: 2 });
    expect(w.pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(w.ids).toEqual([...sys.releases].reverse());
    expect(w.lastHasNextPage).toBe(false);
    const nested = await h.ok(
      graphql(`
        query ReleasesAliasesNode($id: ID!) {
          node(id: $id) {
            ... on System {
              releaseCount
              releases(first: 10) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          }
        }
      `),
      { id: sys.system },
    );
    expect(nested.node.releaseCount).toBe(5);
    expect(nested.node.releases.edges.map((e: any) => e.node.id)).toEqual([...sys.releases].reverse());
  });

  it('walks systems within a time window', async () => {
    const from = await instant();
    const ids = [await f.registerSystem('win-a'), await f.registerSystem('win-b'), await f.registerSystem('win-c')];
    const w = await walk(h, SYSTEMS_PAGE, { connection: (d) => d.systems, vars: { w: { createdAfter: from } }, first: 2 });
    expect(w.ids).toEqual([...ids].reverse());
    expect(w.lastHasNextPage).toBe(false);
  });

  it('diffs two releases: the changed pins, per artifact, and nothing else of substance', async () => {
    const DIFF = graphql(`
      query ReleasesAliasesDiff($a: ID!, $b: ID!) {
        diff(a: $a, b: $b) {
          type
          sameContent
          pins {
            slot
            change
            artifact
            before
            after
          }
          changes {
            field
            before {
              __typename
              ... on IdValue {
                id
              }
              ... on IdListValue {
                ids
              }
            }
            after {
              __typename
            }
          }
        }
      }
    `);
    const sys = await f.system('diff', 2);
    const data = await h.ok(DIFF, { a: sys.releases[0], b: sys.releases[1] });
    expect(data.diff.type).toBe('Release');
    expect(data.diff.sameContent).toBe(false);
    // A new version of the pinned prompt is one CHANGED pin, not a removal and an addition; no digest entry.
    expect(data.diff.pins).toEqual([
      { slot: 'PROMPT', change: 'CHANGED', artifact: sys.prompts[0].replace(/@\d+$/, ''), before: sys.prompts[0], after: sys.prompts[1] },
    ]);
    expect(data.diff.changes).toEqual([]);

    const newModel = await f.modelVersion(sys.model);
    const r3 = await f.release(sys.system, { model: newModel, prompts: [sys.prompts[0]], retrievalConfig: sys.retrieval });
    const d2 = await h.ok(DIFF, { a: sys.releases[0], b: r3 });
    expect(d2.diff.pins).toEqual([{ slot: 'MODEL', change: 'CHANGED', artifact: sys.model, before: sys.baseModel, after: newModel }]);

    // Dropping the retrieval config and adding a second prompt family: REMOVED and ADDED.
    const other = await f.artifact('prompt', 'diff-extra');
    const extra = await f.promptVersion(other, 'extra');
    const r4 = await f.release(sys.system, { model: newModel, prompts: [sys.prompts[0], extra] });
    const d3 = await h.ok(DIFF, { a: r3, b: r4 });
    expect(d3.diff.pins).toEqual(
      expect.arrayContaining([
        { slot: 'PROMPT', change: 'ADDED', artifact: other, before: null, after: extra },
        { slot: 'RETRIEVAL_CONFIG', change: 'REMOVED', artifact: sys.retrieval.replace(/@\d+$/, ''), before: sys.retrieval, after: null },
      ]),
    );
    expect(d3.diff.pins).toHaveLength(2);
  });
});

describe('aliases (staging: no promotion gate)', () => {
  it('promotes, keeps every move, and answers where the alias points', async () => {
    const sys = await f.system('promote', 2);
    const [r1, r2] = sys.releases;
    const m1 = (await audited(h, PROMOTE_DOC, { input: { system: sys.system, environment: 'staging', release: r1, reason: 'first cut' } }))
      .promote;
    expect(m1).toMatchObject({
      id: `aliasmove:${sys.key}/staging/1`,
      seq: 1,
      moveKind: 'PROMOTE',
      environment: 'staging',
      reason: 'first cut',
      flaggedForReview: false,
      from: null,
      to: { id: r1 },
      alias: { id: `alias:${sys.key}/staging` },
    });
    const m2 = await f.promote(sys.system, 'staging', r2, 'better prompt');
    expect(m2).toMatchObject({ seq: 2, from: { id: r1 }, to: { id: r2 } });

    const now = (await h.ok(ALIAS_TARGET_DOC, { system: sys.system, environment: 'staging' })).aliasTarget;
    expect(now).toMatchObject({
      alias: `alias:${sys.key}/staging`,
      release: { id: r2 },
      since: m2.createdAt,
      until: null,
      move: { id: m2.id, seq: 2 },
    });

    const alias = await h.ok(
      graphql(`
        query ReleasesAliasesAliases($s: ID!) {
          aliases(system: $s) {
            edges {
              node {
                id
                environment
                moveCount
                release {
                  id
                }
                system {
                  id
                }
                history(first: 10) {
                  edges {
                    node {
                      seq
                    }
                  }
                }
              }
            }
          }
        }
      `),
      { s: sys.system },
    );
    expect(alias.aliases.edges).toEqual([
      {
        node: {
          id: `alias:${sys.key}/staging`,
          environment: 'staging',
          moveCount: 2,
          release: { id: r2 },
          system: { id: sys.system },
          history: { edges: [{ node: { seq: 2 } }, { node: { seq: 1 } }] },
        },
      },
    ]);
  });

  it('refuses to promote the release the alias already points at', async () => {
    const sys = await f.system('same', 1);
    await f.promote(sys.system, 'staging', sys.releases[0]);
    const before = await h.counts();
    const r = await h.gql(PROMOTE_DOC, {
      input: { system: sys.system, environment: 'staging', release: sys.releases[0], reason: 'again' },
    });
    expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await h.counts()).toEqual(before);
  });

  it('rolls back to the computed target, skipping releases that were rolled back from', async () => {
    const sys = await f.system('rollback', 3);
    const [r1, r2, r3] = sys.releases;
    for (const r of sys.releases) await f.promote(sys.system, 'staging', r);

    const back1 = (await audited(h, ROLLBACK_DOC, { input: { system: sys.system, environment: 'staging', reason: 'r3 is bad' } })).rollback;
    expect(back1).toMatchObject({
      seq: 4,
      moveKind: 'ROLLBACK',
      flaggedForReview: true,
      reason: 'r3 is bad',
      from: { id: r3 },
      to: { id: r2 },
    });

    // From r2 the last release served before it is r3, but r3 was rolled back from: r1 is next.
    const back2 = await f.rollback(sys.system, 'staging');
    expect(back2).toMatchObject({ seq: 5, from: { id: r2 }, to: { id: r1 } });

    // Both other releases were rolled back from: there is no good target left, and nothing moves.
    const before = await h.counts();
    const r = await h.gql(ROLLBACK_DOC, { input: { system: sys.system, environment: 'staging', reason: 'again' } });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await h.counts()).toEqual(before);
    expect((await h.ok(ALIAS_TARGET_DOC, { system: sys.system, environment: 'staging' })).aliasTarget.release.id).toBe(r1);

    // A named target still works, even a release that was rolled back from.
    expect(await f.rollback(sys.system, 'staging', r3, 'r3 was fine after all')).toMatchObject({
      seq: 6,
      from: { id: r1 },
      to: { id: r3 },
    });
  });

  it('finds the rollback target however long the history is (no window of recent moves)', async () => {
    const sys = await f.system('rollback-long', 3);
    const [r1, r2, r3] = sys.releases;
    // r1 is the only good release; r2 and r3 are each rolled back from once, then alternate for over
    // a thousand moves, so the good target lies further back than any fixed window of recent moves.
    await f.promote(sys.system, 'staging', r1);
    await f.promote(sys.system, 'staging', r2);
    await f.rollback(sys.system, 'staging', undefined, 'r2 is bad');
    await f.promote(sys.system, 'staging', r3);
    await f.rollback(sys.system, 'staging', undefined, 'r3 is bad');
    const moves = 1_100;
    const perRequest = 25;
    for (let done = 0; done < moves; done += perRequest) {
      const fields = Array.from({ length: perRequest }, (_, i) => {
        const release = (done + i) % 2 === 0 ? r2 : r3;
        return `m${i}: promote(input: { system: "${sys.system}", environment: "staging", release: "${release}", reason: "churn" }) { seq }`;
      });
      // 25 moves per request, built at run time: the one document here that cannot be written out ahead.
      await h.ok(untyped(`mutation { ${fields.join('\n')} }`));
    }
    const back = await f.rollback(sys.system, 'staging', undefined, 'back to the last good one');
    expect(back).toMatchObject({ seq: 5 + moves + 1, from: { id: r3 }, to: { id: r1 } });
    // A named target from the start of the history is still recognised as served.
    expect(await f.rollback(sys.system, 'staging', r2, 'r2 after all')).toMatchObject({ from: { id: r1 }, to: { id: r2 } });
  });

  it('rolls back to a named release the alias served before', async () => {
    const sys = await f.system('rollback-to', 3);
    const [r1, r2, r3] = sys.releases;
    for (const r of sys.releases) await f.promote(sys.system, 'staging', r);
    const move = await f.rollback(sys.system, 'staging', r1, 'straight to the first');
    expect(move).toMatchObject({ seq: 4, moveKind: 'ROLLBACK', from: { id: r3 }, to: { id: r1 } });

    const history = await walk(h, ALIAS_HISTORY_PAGE, {
      connection: (d) => d.aliasHistory,
      vars: { s: sys.system, e: 'staging' },
      first: 3,
    });
    const key = `aliasmove:${sys.key}/staging`;
    expect(history.ids).toEqual([`${key}/4`, `${key}/3`, `${key}/2`, `${key}/1`]);
    expect(history.lastHasNextPage).toBe(false);
    const moves = await h.ok(
      graphql(`
        query ReleasesAliasesAliasHistory($s: ID!) {
          aliasHistory(system: $s, environment: "staging", first: 10) {
            edges {
              node {
                from {
                  id
                }
                to {
                  id
                }
              }
            }
          }
        }
      `),
      { s: sys.system },
    );
    expect(moves.aliasHistory.edges.map((e: any) => [e.node.from?.id ?? null, e.node.to.id])).toEqual([
      [r3, r1],
      [r2, r3],
      [r1, r2],
      [null, r1],
    ]);
  });

  it('keeps environments apart', async () => {
    const sys = await f.system('envs', 2);
    await f.promote(sys.system, 'staging', sys.releases[0]);
    await f.promote(sys.system, 'canary', sys.releases[1]);
    const staging = (await h.ok(ALIAS_TARGET_DOC, { system: sys.system, environment: 'staging' })).aliasTarget;
    const canary = (await h.ok(ALIAS_TARGET_DOC, { system: sys.system, environment: 'canary' })).aliasTarget;
    const prod = (await h.ok(ALIAS_TARGET_DOC, { system: sys.system, environment: 'production' })).aliasTarget;
    expect([staging.release.id, canary.release.id, prod.release]).toEqual([sys.releases[0], sys.releases[1], null]);
    const aliases = await h.ok(
      graphql(`
        query ReleasesAliasesAliases2($s: ID!) {
          aliases(system: $s) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { s: sys.system },
    );
    expect(aliases.aliases.edges.map((e: any) => e.node.id).sort()).toEqual([`alias:${sys.key}/canary`, `alias:${sys.key}/staging`]);
  });
});

describe('production', () => {
  it('promotes a release that has a passing evaluation and an approval by another principal', async () => {
    const sys = await f.system('prod', 1);
    const release = sys.releases[0];
    await f.readyForProduction(release);
    const move = await f.promote(sys.system, 'production', release, 'approved go-live');
    expect(move).toMatchObject({ seq: 1, environment: 'production', to: { id: release } });
    const approvals = await h.ok(
      graphql(`
        query ReleasesAliasesApprovals($s: ID) {
          approvals(subject: $s) {
            edges {
              node {
                approver
                decision
                environment
              }
            }
          }
        }
      `),
      {
        s: release,
      },
    );
    expect(approvals.approvals.edges).toEqual([{ node: { approver: f.approver.id, decision: 'APPROVED', environment: 'production' } }]);
  });
});
