import { GraphQLError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, maskError } from '../../src/http/app.js';
import { DomainError } from '../../src/domain/errors.js';
import { dateTimeParam } from '../../src/db/values.js';
import { command } from '../../src/domain/write-path.js';
import { type ArgsOf, documentText, type GqlResult, type Sendable, untyped, useHarness, testClock } from '../helpers/harness.js';
import {
  ADMIN,
  CREATE_RELEASE_DOC,
  expectRefused,
  PROMOTE_DOC,
  RECORD_EVALUATION_DOC,
  RECORD_INVOCATIONS_DOC,
  RECORD_TRAINING_DOC,
  REGISTER_ARTIFACT,
  REGISTER_VERSION,
  RETRACT_DOC,
  ROLLBACK_DOC,
  type SystemFixture,
} from '../helpers/fixtures.js';
import { artifactQueries } from '../../src/domain/artifacts/queries.js';
import { graphql } from '../graphql/index.js';

const { h, f } = useHarness();
let sys: SystemFixture;
let other: SystemFixture;
let dv: string;
let output: string;

beforeAll(async () => {
  sys = await f.system('bad', 2);
  other = await f.system('bad-other', 1);
  dv = await f.datasetVersion(await f.artifact('dataset', 'bad'), 1);
  output = (await f.invoke(sys.releases[0], 'bad-out', 1)).outputIds[0];
});

const NODE = graphql(`
  query BadNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const LINEAGE = graphql(`
  query BadLineage($id: ID!, $depth: Int, $maxNodes: Int) {
    lineage(id: $id, direction: DOWNSTREAM, depth: $depth, maxNodes: $maxNodes) {
      root
    }
  }
`);
const PROVENANCE = graphql(`
  query BadProvenance($id: ID!) {
    provenance(outputId: $id) {
      asOf
    }
  }
`);
const IMPACT = graphql(`
  query BadImpact($id: ID!) {
    impact(id: $id) {
      total
    }
  }
`);
const DIFF = graphql(`
  query BadDiff($a: ID!, $b: ID!) {
    diff(a: $a, b: $b) {
      type
    }
  }
`);
const long = (n: number) => 'x'.repeat(n);
// A client time may not precede what it refers to (created moments ago in this file).
const justNow = () => testClock.now().toISOString();
const promoteInput = (release: string, extra: Record<string, unknown> = {}) => ({
  input: { system: sys.system, environment: 'staging', release, reason: 'test', ...extra },
});
const invocation = (key: string, release = sys.releases[0], extra: Record<string, unknown> = {}) => ({
  key: f.key(key),
  release,
  startedAt: justNow(),
  outputs: [{ summary: 'ok' }],
  ...extra,
});

describe('unknown ids: NOT_FOUND', () => {
  it.each<[string, (code: string) => Promise<GqlResult<unknown>>]>([
    ['node', (code: string) => expectRefused(h, code, NODE, { id: `dataset:${f.key('nope')}@1` })],
    ['lineage', (code: string) => expectRefused(h, code, LINEAGE, { id: `dataset:${f.key('nope')}@1` })],
    ['provenance', (code: string) => expectRefused(h, code, PROVENANCE, { id: `output:${f.key('nope')}` })],
    ['impact', (code: string) => expectRefused(h, code, IMPACT, { id: `release:${f.key('nope')}@1` })],
    ['diff', (code: string) => expectRefused(h, code, DIFF, { a: sys.releases[0], b: `release:${f.key('bad')}@99` })],
    [
      'a version of an unknown artifact',
      (code: string) =>
        expectRefused(h, code, REGISTER_VERSION.dataset, { input: { artifact: `dataset:${f.key('nope')}`, uri: 's3://x' } }),
    ],
    [
      'a release pinning an unknown model version',
      (code: string) =>
        expectRefused(h, code, CREATE_RELEASE_DOC, {
          input: { system: sys.system, model: `model:${f.key('nope')}@1`, prompts: [sys.prompts[0]] },
        }),
    ],
    [
      'a release of an unknown system',
      (code: string) =>
        expectRefused(h, code, CREATE_RELEASE_DOC, {
          input: { system: `system:${f.key('nope')}`, model: sys.baseModel, prompts: [sys.prompts[0]] },
        }),
    ],
    [
      'promoting on an unknown system',
      (code: string) =>
        expectRefused(h, code, PROMOTE_DOC, {
          input: { system: `system:${f.key('nope')}`, environment: 'staging', release: sys.releases[0], reason: 'x' },
        }),
    ],
    ['promoting an unknown release', (code: string) => expectRefused(h, code, PROMOTE_DOC, promoteInput(`release:${f.key('bad')}@99`))],
    [
      'training on an unknown dataset version',
      (code: string) =>
        expectRefused(h, code, RECORD_TRAINING_DOC, { input: { datasets: [`dataset:${f.key('nope')}@1`], startedAt: justNow() } }),
    ],
    [
      'evaluating an unknown subject',
      (code: string) =>
        expectRefused(h, code, RECORD_EVALUATION_DOC, {
          input: { subject: `release:${f.key('nope')}@1`, metrics: [{ name: 'a', value: 1 }], startedAt: justNow() },
        }),
    ],
    [
      'retracting an unknown output',
      (code: string) => expectRefused(h, code, RETRACT_DOC, { input: { id: `output:${f.key('nope')}`, reason: 'x' } }),
    ],
    [
      'rolling back an alias that never moved',
      (code: string) => expectRefused(h, code, ROLLBACK_DOC, { input: { system: sys.system, environment: 'never-moved', reason: 'x' } }),
    ],
  ])('%s', async (_name, refuse) => {
    const r = await refuse('NOT_FOUND');
    expect(r.errors![0].message.length).toBeGreaterThan(10);
  });
});

describe('malformed ids and ids of the wrong type: VALIDATION', () => {
  it.each<[string, (code: string) => Promise<GqlResult<unknown>>]>([
    ['node with a malformed id', (code: string) => expectRefused(h, code, NODE, { id: 'not an id' })],
    ['node with a 100k-character id', (code: string) => expectRefused(h, code, NODE, { id: `dataset:${long(100_000)}` })],
    ['lineage of a malformed id', (code: string) => expectRefused(h, code, LINEAGE, { id: 'Dataset:Claims' })],
    ['provenance of a release', (code: string) => expectRefused(h, code, PROVENANCE, { id: sys.releases[0] })],
    ['diff of a release and a dataset version', (code: string) => expectRefused(h, code, DIFF, { a: sys.releases[0], b: dv })],
    ['promote a dataset version', (code: string) => expectRefused(h, code, PROMOTE_DOC, promoteInput(dv))],
    [
      'promote with a malformed system',
      (code: string) =>
        expectRefused(h, code, PROMOTE_DOC, { input: { system: 'system', environment: 'staging', release: sys.releases[0], reason: 'x' } }),
    ],
    [
      'a release pinning a prompt version as its model',
      (code: string) =>
        expectRefused(h, code, CREATE_RELEASE_DOC, { input: { system: sys.system, model: sys.prompts[0], prompts: [sys.prompts[0]] } }),
    ],
    [
      'a release with no prompts',
      (code: string) => expectRefused(h, code, CREATE_RELEASE_DOC, { input: { system: sys.system, model: sys.baseModel, prompts: [] } }),
    ],
    [
      'training on a model version as a dataset',
      (code: string) => expectRefused(h, code, RECORD_TRAINING_DOC, { input: { datasets: [sys.baseModel], startedAt: justNow() } }),
    ],
    ['retracting a system', (code: string) => expectRefused(h, code, RETRACT_DOC, { input: { id: sys.system, reason: 'x' } })],
    [
      'a version registered under another family',
      (code: string) => expectRefused(h, code, REGISTER_VERSION.dataset, { input: { artifact: sys.model, uri: 's3://x' } }),
    ],
  ])('%s', async (_name, refuse) => {
    await refuse('VALIDATION');
  });
});

describe('bounds: VALIDATION', () => {
  it.each([
    ['negative depth', { depth: -1 }],
    ['zero depth', { depth: 0 }],
    ['depth above the limit', { depth: 11 }],
    ['huge depth', { depth: 2_000_000_000 }],
    ['zero maxNodes', { maxNodes: 0 }],
    ['maxNodes above the limit', { maxNodes: 100_001 }],
    ['huge maxNodes', { maxNodes: 2_147_483_647 }],
  ])('lineage with %s', async (_name, bounds) => {
    const r = await expectRefused(h, 'VALIDATION', LINEAGE, { id: dv, ...bounds });
    expect(r.errors![0].extensions?.field).toBe(Object.keys(bounds)[0]);
  });

  it('the configured limits themselves are accepted', async () => {
    const { lineageMaxDepth, lineageMaxNodes } = h.config.limits;
    const ok = await h.ok(LINEAGE, { id: dv, depth: lineageMaxDepth, maxNodes: lineageMaxNodes });
    expect(ok.lineage.root).toBe(dv);
  });

  it.each([
    ['first: 0', 'first: 0'],
    ['first above a page', 'first: 101'],
    ['a cursor the API did not issue', 'after: "bm90LWEtY3Vyc29y"'],
    ['backward paging', 'last: 5'],
  ])('lists refuse %s', async (_name, args) => {
    await expectRefused(h, 'VALIDATION', untyped(`{ datasets(${args}) { edges { node { id } } } }`));
  });
});

describe('oversized strings: VALIDATION', () => {
  it.each<[string, (code: string) => Promise<GqlResult<unknown>>]>([
    [
      'a 100k-character name',
      (code: string) => expectRefused(h, code, REGISTER_ARTIFACT.dataset, { input: { key: f.key('long-name'), name: long(100_000) } }),
    ],
    [
      'a 100k-character key',
      (code: string) => expectRefused(h, code, REGISTER_ARTIFACT.dataset, { input: { key: long(100_000), name: 'x' } }),
    ],
    [
      'a 100k-character description',
      (code: string) =>
        expectRefused(h, code, REGISTER_ARTIFACT.prompt, { input: { key: f.key('long-desc'), name: 'x', description: long(100_000) } }),
    ],
    [
      'a 100k-character prompt template',
      (code: string) =>
        expectRefused(h, code, REGISTER_VERSION.prompt, {
          input: { artifact: sys.prompts[0].split('@')[0], template: long(100_000), promptKind: 'SYSTEM_PROMPT' },
        }),
    ],
    [
      'a 100k-character reason',
      (code: string) => expectRefused(h, code, PROMOTE_DOC, promoteInput(sys.releases[1], { reason: long(100_000) })),
    ],
    [
      'a 100k-character output summary',
      (code: string) =>
        expectRefused(h, code, RECORD_INVOCATIONS_DOC, {
          invocations: [invocation('long-summary', sys.releases[0], { outputs: [{ summary: long(100_000) }] })],
        }),
    ],
  ])('%s', async (_name, refuse) => {
    await refuse('VALIDATION');
  });
});

describe('wrong GraphQL types', () => {
  it('a string for an Int variable is a validation error, not an internal one', async () => {
    const r = await expectRefused(h, 'VALIDATION', untyped(documentText(LINEAGE)), { id: dv, depth: 'deep' });
    expect(r.errors![0].message).toMatch(/\$depth/);
  });

  it('a string for an Int literal fails GraphQL validation', async () => {
    const before = await h.counts();
    const r = await h.gql(untyped(`{ lineage(id: "${dv}", direction: DOWNSTREAM, depth: "deep") { root } }`));
    expect(r.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.data).toBeUndefined();
    expect(await h.counts()).toEqual(before);
  });

  it('a number beyond 32 bits for an Int is refused as VALIDATION', async () => {
    await expectRefused(h, 'VALIDATION', LINEAGE, { id: dv, depth: 1e12 });
  });

  it('a malformed DateTime is refused as VALIDATION', async () => {
    await expectRefused(h, 'VALIDATION', RECORD_TRAINING_DOC, { input: { datasets: [dv], startedAt: 'yesterday' } });
  });

  it('a number for a String input field is refused as VALIDATION', async () => {
    await expectRefused(h, 'VALIDATION', untyped(documentText(REGISTER_ARTIFACT.dataset)), { input: { key: 42, name: 'x' } });
  });

  it('an unknown enum value is refused as VALIDATION', async () => {
    await expectRefused(h, 'VALIDATION', untyped(documentText(REGISTER_VERSION.model)), {
      input: { artifact: sys.model, provider: 'acme', modelKind: 'HUGE' },
    });
  });
});

describe('invocation batches are refused whole', () => {
  it('when one row names an unknown release', async () => {
    const rows = [invocation('batch-1'), invocation('batch-2'), invocation('batch-3', `release:${f.key('bad')}@99`), invocation('batch-4')];
    await expectRefused(h, 'NOT_FOUND', RECORD_INVOCATIONS_DOC, { invocations: rows });
    const r = await h.gql(NODE, { id: `invocation:${f.key('batch-1')}` });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('when one row started in the future', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const r = await expectRefused(h, 'VALIDATION', RECORD_INVOCATIONS_DOC, {
      invocations: [invocation('future-1'), invocation('future-2', sys.releases[0], { startedAt: future })],
    });
    expect(r.errors![0].extensions?.field).toBe('invocations.1.startedAt');
  });

  it('when two rows share an invocation key', async () => {
    await expectRefused(h, 'VALIDATION', RECORD_INVOCATIONS_DOC, { invocations: [invocation('dup'), invocation('dup')] });
  });

  it('when two outputs share a key', async () => {
    const rows = [
      invocation('dup-out-1', sys.releases[0], { outputs: [{ key: f.key('same-output') }] }),
      invocation('dup-out-2', sys.releases[0], { outputs: [{ key: f.key('same-output') }] }),
    ];
    await expectRefused(h, 'VALIDATION', RECORD_INVOCATIONS_DOC, { invocations: rows });
  });

  it('when an output key is already taken by an earlier batch: CONFLICT naming the key, never a Neo4j element id', async () => {
    const taken = f.key('taken-output');
    await h.ok(RECORD_INVOCATIONS_DOC, { invocations: [invocation('taken-1', sys.releases[0], { outputs: [{ key: taken }] })] });
    const r = await expectRefused(h, 'CONFLICT', RECORD_INVOCATIONS_DOC, {
      invocations: [invocation('taken-2', sys.releases[0], { outputs: [{ key: taken }] })],
    });
    expect(r.errors![0].message).toContain(`output:${taken}`);
    expect(JSON.stringify(r.errors)).not.toMatch(/Node\(\d+\)|\d+:[0-9a-f-]{36}:\d+|constraint|`/i);
  });

  it('when an invocation has no outputs', async () => {
    await expectRefused(h, 'VALIDATION', RECORD_INVOCATIONS_DOC, { invocations: [invocation('no-out', sys.releases[0], { outputs: [] })] });
  });

  it('when the batch is empty', async () => {
    await expectRefused(h, 'VALIDATION', RECORD_INVOCATIONS_DOC, { invocations: [] });
  });
});

describe('domain rules', () => {
  it('an evaluation primaryMetric must be one of its metrics', async () => {
    const r = await expectRefused(h, 'VALIDATION', RECORD_EVALUATION_DOC, {
      input: {
        subject: sys.releases[0],
        metrics: [{ name: 'accuracy', value: 0.9 }],
        primaryMetric: 'f1',
        threshold: 0.5,
        startedAt: justNow(),
      },
    });
    expect(r.errors![0].message).toMatch(/primaryMetric/);
  });

  it('a FINE_TUNED model version must name its baseVersion', async () => {
    const r = await expectRefused(h, 'VALIDATION', REGISTER_VERSION.model, {
      input: { artifact: sys.model, provider: 'acme', modelKind: 'FINE_TUNED' },
    });
    expect(r.errors![0].message).toMatch(/baseVersion/);
  });

  it('an alias is promoted only to releases of its own system', async () => {
    const r = await expectRefused(h, 'VALIDATION', PROMOTE_DOC, promoteInput(other.releases[0]));
    expect(r.errors![0].message).toContain(sys.system);
  });

  it('a rollback names only a release the alias served before', async () => {
    await f.promote(sys.system, 'rb-named', sys.releases[0]);
    await expectRefused(h, 'VALIDATION', ROLLBACK_DOC, {
      input: { system: sys.system, environment: 'rb-named', to: sys.releases[1], reason: 'x' },
    });
  });

  it('a rollback with nowhere to go is refused', async () => {
    await f.promote(sys.system, 'rb-single', sys.releases[0]);
    await expectRefused(h, 'NOT_FOUND', ROLLBACK_DOC, { input: { system: sys.system, environment: 'rb-single', reason: 'x' } });
  });

  it('a rollback needs a reason', async () => {
    await expectRefused(h, 'VALIDATION', ROLLBACK_DOC, { input: { system: sys.system, environment: 'rb-single', reason: '' } });
  });

  it('retracting twice is a CONFLICT', async () => {
    await h.ok(RETRACT_DOC, { input: { id: output, reason: 'wrong answer' } });
    const r = await expectRefused(h, 'CONFLICT', RETRACT_DOC, { input: { id: output, reason: 'again' } });
    expect(r.errors![0].message).toContain('already retracted');
  });

  it('a retracted release cannot be promoted', async () => {
    const extra = await f.release(sys.system, { model: sys.baseModel, prompts: [sys.prompts[0], sys.prompts[1]] });
    await h.ok(RETRACT_DOC, { input: { id: extra, reason: 'broken' } });
    await expectRefused(h, 'VALIDATION', PROMOTE_DOC, promoteInput(extra));
  });

  it('a principal without the role is FORBIDDEN and writes nothing', async () => {
    const viewer = { id: `person:${h.prefix}-viewer`, roles: ['VIEWER' as const], clearance: 'INTERNAL' as const, via: 'jwt' as const };
    await f.as(viewer, () => expectRefused(h, 'FORBIDDEN', REGISTER_ARTIFACT.dataset, { input: { key: f.key('viewer'), name: 'x' } }));
  });
});

describe('cursors page only the list that issued them', () => {
  const end = async <D extends Sendable>(query: D, ...variables: ArgsOf<D>) => {
    const cursor = (Object.values(await h.ok(query, ...variables))[0] as { pageInfo: { endCursor: string | null } }).pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    return cursor!;
  };
  const refusedCursor = async <D extends Sendable>(query: D, ...variables: ArgsOf<D>) => {
    const r = await expectRefused(h, 'VALIDATION', query, ...variables);
    expect(r.errors![0].message).toMatch(/not a cursor this API issued for this list/);
    expect(r.errors![0].extensions?.field).toBe('after');
  };

  it('refuses a cursor from another list, from the same list with other filters, or from another parent', async () => {
    await f.artifact('dataset', 'cursor-a');
    const datasets = await end(
      graphql(`
        query BadDatasets {
          datasets(first: 1) {
            pageInfo {
              endCursor
            }
          }
        }
      `),
    );
    const models = graphql(`
      query BadModels($after: String) {
        models(first: 1, after: $after) {
          edges {
            cursor
          }
        }
      }
    `);
    await refusedCursor(models, { after: datasets });
    await refusedCursor(
      graphql(`
        query BadDatasets2($after: String, $w: TimeWindow) {
          datasets(first: 1, after: $after, window: $w) {
            edges {
              cursor
            }
          }
        }
      `),
      {
        after: datasets,
        w: { createdAfter: '2020-01-01T00:00:00Z' },
      },
    );
    // The same list takes it.
    expect(
      (
        await h.gql(
          graphql(`
            query BadDatasets3($after: String) {
              datasets(first: 1, after: $after) {
                edges {
                  cursor
                }
              }
            }
          `),
          { after: datasets },
        )
      ).errors,
    ).toBeUndefined();

    const versionsOf = graphql(`
      query BadNode2($id: ID!, $after: String) {
        node(id: $id) {
          ... on Dataset {
            versions(first: 1, after: $after) {
              pageInfo {
                endCursor
              }
            }
          }
        }
      }
    `);
    const a = await f.artifact('dataset', 'cursor-parent-a');
    const b = await f.artifact('dataset', 'cursor-parent-b');
    await f.datasetVersion(a, 1);
    await f.datasetVersion(b, 1);
    const fromA = (await h.ok(versionsOf, { id: a })).node.versions.pageInfo.endCursor;
    await refusedCursor(versionsOf, { id: b, after: fromA });
    expect((await h.gql(versionsOf, { id: a, after: fromA })).errors).toBeUndefined();

    await h.createKey(['VIEWER']);
    const keys = await end(
      graphql(`
        query BadApiKeys {
          apiKeys(first: 1) {
            pageInfo {
              endCursor
            }
          }
        }
      `),
    );
    await refusedCursor(models, { after: keys });
    await refusedCursor(
      graphql(`
        query BadApiKeys2($after: String) {
          apiKeys(first: 1, after: $after, includeRevoked: false) {
            edges {
              cursor
            }
          }
        }
      `),
      {
        after: keys,
      },
    );

    const audit = await end(
      graphql(`
        query BadAuditEvents {
          auditEvents(first: 1) {
            pageInfo {
              endCursor
            }
          }
        }
      `),
    );
    await refusedCursor(
      graphql(`
        query BadAuditEvents2($after: String) {
          auditEvents(first: 1, after: $after, actor: "person:someone") {
            edges {
              cursor
            }
          }
        }
      `),
      {
        after: audit,
      },
    );
    await refusedCursor(
      graphql(`
        query BadApiKeys3($after: String) {
          apiKeys(first: 1, after: $after) {
            edges {
              cursor
            }
          }
        }
      `),
      { after: audit },
    );
    expect(
      (
        await h.gql(
          graphql(`
            query BadAuditEvents3($after: String) {
              auditEvents(first: 1, after: $after) {
                edges {
                  cursor
                }
              }
            }
          `),
          { after: audit },
        )
      ).errors,
    ).toBeUndefined();
  });
});

describe('uniqueness conflicts', () => {
  it('a write the database refuses for a taken key is a CONFLICT naming the key, not the internal node', async () => {
    // A first version of a fresh artifact, numbered under another artifact whose first version exists: its id is taken.
    const taken = await f.datasetVersion(await f.artifact('dataset', 'taken'), 1);
    const fresh = await f.artifact('dataset', 'unique');
    const id = taken;
    const before = await h.counts();
    const err = await command(h.domainContext(ADMIN), 'artifact.register')
      .write({ id }, async (tx, now) => {
        await tx.one(artifactQueries.lock, { id: fresh, kind: 'Dataset' });
        const props = { uri: 's3://again' };
        const row = await tx.one(artifactQueries.versionCreate, {
          parent: fresh,
          idBase: taken.split('@')[0],
          label: 'DatasetVersion',
          props,
          digest: 'x',
          at: dateTimeParam(now),
          actor: ADMIN.id,
        });
        return { result: row, targets: [id] };
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('CONFLICT');
    expect((err as DomainError).message).toBe(`id "${id}" already exists; nothing was written. Use another key, or read the existing one.`);
    expect((err as DomainError).details).toEqual({ field: 'id', id });
    expect(await h.counts()).toEqual(before);
  });
});

describe('unexpected errors are masked', () => {
  it('a failure inside a write (here: a broken clock) is INTERNAL with a correlation id and no internals', async () => {
    const broken = createApp({
      db: h.db,
      config: h.config,
      services: h.services,
      authenticate: async () => ADMIN,
      now: () => new Date(Number.NaN),
    });
    const before = await h.counts();
    const res = await broken.fetch('http://provenant.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: documentText(REGISTER_ARTIFACT.dataset),
        variables: { input: { key: f.key('broken-clock'), name: 'x' } },
      }),
    });
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors;
    expect(error.extensions.code).toBe('INTERNAL');
    expect(error.extensions.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toContain(String(error.extensions.correlationId));
    expect(Object.keys(error.extensions).sort()).toEqual(['code', 'correlationId']);
    expect(JSON.stringify(body)).not.toMatch(/\bat \S+:\d+|stack|Invalid|NaN|Error:/);
    expect(await h.counts()).toEqual(before);
  });

  it('maskError keeps expected errors and hides the rest', () => {
    const typed = maskError(
      new GraphQLError('wrapped', { originalError: new DomainError('CONFLICT', 'already there', { id: 'x' }) }),
    ) as GraphQLError;
    expect(typed.message).toBe('already there');
    expect(typed.extensions).toEqual({ code: 'CONFLICT', id: 'x' });

    const parse = maskError(
      new GraphQLError('Syntax Error: Unexpected <EOF>.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ) as GraphQLError;
    expect(parse.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });

    const coercion = maskError(
      new GraphQLError('Variable "$d" got invalid value "x"', { originalError: new GraphQLError('Int cannot represent') }),
    ) as GraphQLError;
    expect(coercion.extensions).toEqual({ code: 'VALIDATION' });

    const bug = new TypeError('Cannot read properties of undefined (reading "secret")');
    const masked = maskError(new GraphQLError(bug.message, { originalError: bug, path: ['node'] })) as GraphQLError;
    expect(masked.extensions.code).toBe('INTERNAL');
    expect(masked.extensions.correlationId).toEqual(expect.any(String));
    expect(masked.message).not.toContain('secret');
    expect(masked.path).toEqual(['node']);
    expect(JSON.stringify(masked.toJSON())).not.toContain('TypeError');

    // Libraries throw GraphQLErrors from inside resolvers too (Pothos schema errors): still masked.
    const library = new GraphQLError('Recommendation has not been implemented');
    const fromResolver = maskError(new GraphQLError(library.message, { originalError: library, path: ['node'] })) as GraphQLError;
    expect(fromResolver.extensions.code).toBe('INTERNAL');
    expect(fromResolver.message).not.toContain('Recommendation');

    const thrownString = maskError('boom') as GraphQLError;
    expect(thrownString.extensions.code).toBe('INTERNAL');
  });
});
