import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { testClock, type GqlResult, type Harness } from './harness.js';

export const ADMIN: Principal = { id: 'person:test-admin', roles: ['ADMIN'], clearance: 'RESTRICTED', via: 'system' };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An instant strictly between the writes before it and the writes after it (see TestClock). */
export async function instant(): Promise<string> {
  return testClock.instant();
}

/** A sha256 hex digest of anything, for digest fields. */
export const sha = (seed: string | number) => createHash('sha256').update(String(seed)).digest('hex');

// ---------------------------------------------------------------------------------------------
// Documents shared by the test files.

export const ARTIFACT_MUTATIONS = {
  dataset: {
    mutation: 'registerDataset',
    field: 'dataset',
    version: 'registerDatasetVersion',
    versionInput: 'RegisterDatasetVersionInput',
  },
  prompt: { mutation: 'registerPrompt', field: 'prompt', version: 'registerPromptVersion', versionInput: 'RegisterPromptVersionInput' },
  model: { mutation: 'registerModel', field: 'model', version: 'registerModelVersion', versionInput: 'RegisterModelVersionInput' },
  retrieval: {
    mutation: 'registerRetrievalConfig',
    field: 'retrievalConfig',
    version: 'registerRetrievalConfigVersion',
    versionInput: 'RegisterRetrievalConfigVersionInput',
  },
} as const;
export type Family = keyof typeof ARTIFACT_MUTATIONS;

export const registerArtifactDoc = (family: Family) => {
  const m = ARTIFACT_MUTATIONS[family];
  return `mutation($input: RegisterArtifactInput!) { ${m.mutation}(input: $input) { created ${m.field} { id name description versionCount createdBy } } }`;
};

export const registerVersionDoc = (family: Family) => {
  const m = ARTIFACT_MUTATIONS[family];
  return `mutation($input: ${m.versionInput}!) { ${m.version}(input: $input) { created version { id version digest createdAt } } }`;
};

export const CREATE_RELEASE = `mutation($input: CreateReleaseInput!) {
  createRelease(input: $input) { created release { id version digest notes system { id } model { id } prompts { id } retrievalConfig { id } } } }`;

const MOVE_FIELDS = 'id seq moveKind environment reason flaggedForReview createdAt from { id } to { id } alias { id }';
export const PROMOTE = `mutation($input: PromoteInput!) { promote(input: $input) { ${MOVE_FIELDS} } }`;
export const ROLLBACK = `mutation($input: RollbackInput!) { rollback(input: $input) { ${MOVE_FIELDS} } }`;

export const RECORD_INVOCATIONS = `mutation($invocations: [InvocationInput!]!) {
  recordInvocations(invocations: $invocations) { createdInvocations createdOutputs invocationIds outputIds } }`;

export const RECORD_APPROVAL = `mutation($input: RecordApprovalInput!) {
  recordApproval(input: $input) { id subjectId environment decision justification approver createdAt } }`;

export const RECORD_EVALUATION = `mutation($input: RecordEvaluationInput!) {
  recordEvaluation(input: $input) { created evaluationRun { id subjectId primaryMetric score threshold passed metrics { name value } } } }`;

export const RECORD_TRAINING = `mutation($input: RecordTrainingRunInput!) {
  recordTrainingRun(input: $input) { created trainingRun { id status startedAt endedAt parameters } } }`;

export const RETRACT = `mutation($input: RetractInput!) { retract(input: $input) { id retractedAt retractedBy retractReason } }`;

export const ALIAS_TARGET = `query($system: ID!, $environment: String!, $asOf: DateTime) {
  aliasTarget(system: $system, environment: $environment, asOf: $asOf) { alias at since until release { id } move { id seq } } }`;

// ---------------------------------------------------------------------------------------------
// Assertions.

/** The first error's `extensions.code`, failing when the request did not fail. */
export function codeOf(r: GqlResult): string {
  expect(r.errors, `expected an error, got data ${JSON.stringify(r.data)}`).toBeTruthy();
  return String(r.errors![0].extensions?.code);
}

/** Runs a request that must be refused with `code` and leave the whole database as it was. */
export async function expectRefused(h: Harness, code: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  const before = await h.counts();
  const r = await h.gql(query, variables);
  expect(codeOf(r), JSON.stringify(r.errors)).toBe(code);
  expect(await h.counts()).toEqual(before);
  return r;
}

/**
 * Nodes of the domain graph (not audit events) and relationships: what "the same content twice
 * changes nothing" is measured on. Every accepted mutation still appends one audit event.
 */
export async function graphCounts(h: Harness): Promise<{ nodes: number; relationships: number; auditHead: number }> {
  const { relationships, auditHead } = await h.counts();
  const session = h.db.driver.session({ database: h.db.database });
  try {
    const r = await session.run('MATCH (n:Node) RETURN count(n) AS nodes');
    return { nodes: Number(r.records[0].get('nodes')), relationships, auditHead };
  } finally {
    await session.close();
  }
}

/** Runs one accepted mutation and checks it appended exactly one audit event. */
export async function audited<T = Record<string, any>>(h: Harness, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const before = (await h.counts()).auditHead;
  const data = await h.ok<T>(query, variables);
  expect((await h.counts()).auditHead).toBe(before + 1);
  return data;
}

/**
 * Runs an accepted mutation that must change nothing (an idempotent repeat): the whole database,
 * audit trail included, is as it was.
 */
export async function unchanged<T = Record<string, any>>(h: Harness, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const before = await h.counts();
  const data = await h.ok<T>(query, variables);
  expect(await h.counts()).toEqual(before);
  return data;
}

/** A raw read for checks the API does not expose (e.g. relationship intervals). */
export async function cypher(h: Harness, query: string, params: Record<string, unknown> = {}) {
  const session = h.db.driver.session({ database: h.db.database });
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

export interface Walk {
  pages: string[][];
  ids: string[];
  lastHasNextPage: boolean;
}

/**
 * Walks a connection with first/after until `stop` says enough (default: hasNextPage false). `path`
 * is the connection's place in the data (e.g. ["node", "versions"]); `args` its other arguments.
 */
export async function walk(
  h: Harness,
  opts: {
    field: string;
    argDefs?: string;
    args?: string;
    vars?: Record<string, unknown>;
    first: number;
    stop?: (ids: string[]) => boolean;
    maxPages?: number;
  },
): Promise<Walk> {
  const defs = ['$first: Int', '$after: String', ...(opts.argDefs ? [opts.argDefs] : [])].join(', ');
  const args = ['first: $first', 'after: $after', ...(opts.args ? [opts.args] : [])].join(', ');
  const query = `query(${defs}) { c: ${opts.field}(${args}) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
  const pages: string[][] = [];
  let after: string | null = null;
  let hasNext = true;
  while (hasNext && pages.length < (opts.maxPages ?? 1000)) {
    const data: any = await h.ok(query, { ...opts.vars, first: opts.first, after });
    const edges = data.c.edges as Array<{ cursor: string; node: { id: string } }>;
    pages.push(edges.map((e) => e.node.id));
    expect(edges.length).toBeLessThanOrEqual(opts.first);
    hasNext = data.c.pageInfo.hasNextPage;
    if (hasNext) {
      expect(edges.length).toBe(opts.first);
      expect(data.c.pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
    }
    after = data.c.pageInfo.endCursor;
    if (opts.stop?.(pages.flat())) break;
  }
  return { pages, ids: pages.flat(), lastHasNextPage: hasNext };
}

// ---------------------------------------------------------------------------------------------
// Builders: everything goes through the GraphQL API.

export interface SystemFixture {
  system: string;
  key: string;
  model: string;
  baseModel: string;
  prompts: string[];
  retrieval: string;
  releases: string[];
}

export function fixtures(h: Harness) {
  const key = (name: string) => `${h.prefix}-${name}`;
  const approver: Principal = { id: `person:${h.prefix}-approver`, roles: ['APPROVER'], clearance: 'RESTRICTED', via: 'jwt' };

  /** Runs `work` as `p`, then acts again as whoever acted before (calls nest). */
  async function as<T>(p: Principal, work: () => Promise<T>): Promise<T> {
    const previous = h.actingAs();
    h.actAs(p);
    try {
      return await work();
    } finally {
      h.actAs(previous);
    }
  }

  async function artifact(family: Family, name: string, description?: string): Promise<string> {
    const data = await h.ok(registerArtifactDoc(family), { input: { key: key(name), name: `${family} ${name}`, description } });
    return data[ARTIFACT_MUTATIONS[family].mutation][ARTIFACT_MUTATIONS[family].field].id;
  }

  async function version(family: Family, input: Record<string, unknown>): Promise<{ id: string; created: boolean }> {
    const data = await h.ok(registerVersionDoc(family), { input });
    const p = data[ARTIFACT_MUTATIONS[family].version];
    return { id: p.version.id, created: p.created };
  }

  const datasetVersion = async (dataset: string, tag: string | number, extra: Record<string, unknown> = {}) =>
    (await version('dataset', { artifact: dataset, uri: `s3://${h.prefix}/${dataset}/${tag}`, rowCount: 100, ...extra })).id;
  const promptVersion = async (prompt: string, template: string) =>
    (await version('prompt', { artifact: prompt, template, promptKind: 'SYSTEM_PROMPT', variables: ['question'] })).id;
  const modelVersion = async (model: string, extra: Record<string, unknown> = {}) =>
    (
      await version('model', {
        artifact: model,
        provider: 'acme',
        modelKind: 'BASE',
        uri: `hf://${h.prefix}/${model}/${Math.random()}`,
        ...extra,
      })
    ).id;
  const retrievalVersion = async (retrieval: string, topK = 5) =>
    (await version('retrieval', { artifact: retrieval, index: `idx-${h.prefix}`, embeddingModel: 'embed-3', chunkSize: 512, topK })).id;

  async function registerSystem(name: string): Promise<string> {
    const data = await h.ok(`mutation($input: RegisterSystemInput!) { registerSystem(input: $input) { system { id } } }`, {
      input: { key: key(name), name: `System ${name}` },
    });
    return data.registerSystem.system.id;
  }

  async function release(
    system: string,
    pins: { model: string; prompts: string[]; retrievalConfig?: string; notes?: string },
  ): Promise<string> {
    const data = await h.ok(CREATE_RELEASE, { input: { system, ...pins } });
    return data.createRelease.release.id;
  }

  /** A system with `releases` releases: each pins the same model and retrieval config and its own prompt version. */
  async function system(name: string, releases = 2): Promise<SystemFixture> {
    const model = await artifact('model', `${name}-model`);
    const baseModel = await modelVersion(model);
    const prompt = await artifact('prompt', `${name}-prompt`);
    const prompts: string[] = [];
    for (let i = 1; i <= releases; i++)
      prompts.push(await promptVersion(prompt, `You answer questions about ${name}, revision ${i}: {{question}}`));
    const retrievalArtifact = await artifact('retrieval', `${name}-index`);
    const retrieval = await retrievalVersion(retrievalArtifact);
    const sys = await registerSystem(name);
    const rels: string[] = [];
    for (const p of prompts) rels.push(await release(sys, { model: baseModel, prompts: [p], retrievalConfig: retrieval }));
    return { system: sys, key: key(name), model, baseModel, prompts, retrieval, releases: rels };
  }

  async function promote(system: string, environment: string, release: string, reason = 'test'): Promise<any> {
    return (await h.ok(PROMOTE, { input: { system, environment, release, reason } })).promote;
  }

  async function rollback(system: string, environment: string, to?: string, reason = 'test rollback'): Promise<any> {
    return (await h.ok(ROLLBACK, { input: { system, environment, to, reason } })).rollback;
  }

  async function approve(subject: string, environment = 'production', decision = 'APPROVED'): Promise<any> {
    return as(
      approver,
      async () => (await h.ok(RECORD_APPROVAL, { input: { subject, environment, decision, justification: 'reviewed' } })).recordApproval,
    );
  }

  async function evaluate(subject: string, score = 0.9, threshold = 0.8): Promise<any> {
    const data = await h.ok(RECORD_EVALUATION, {
      input: { subject, metrics: [{ name: 'accuracy', value: score }], threshold, startedAt: testClock.now().toISOString() },
    });
    return data.recordEvaluation.evaluationRun;
  }

  /** What the production policy asks of a release: a passing evaluation and an approval by someone other than its author. */
  async function readyForProduction(release: string): Promise<void> {
    await evaluate(release);
    await approve(release, 'production');
  }

  /** Records `count` invocations of a release at `at`, each with one TEXT output, every `decisionEvery`-th with a DECISION too. */
  async function invoke(release: string, tag: string, count: number, opts: { at?: string; decisionEvery?: number } = {}) {
    const at = opts.at ?? testClock.now().toISOString();
    const invocations = Array.from({ length: count }, (_, i) => ({
      key: key(`${tag}-${i}`),
      release,
      startedAt: at,
      latencyMs: 100 + i,
      costUsd: 0.001,
      outputs: [
        { outputKind: 'TEXT', summary: `answer ${i}` },
        ...(opts.decisionEvery && i % opts.decisionEvery === 0 ? [{ outputKind: 'DECISION', decision: 'flag', confidence: 0.7 }] : []),
      ],
    }));
    const data = await h.ok(RECORD_INVOCATIONS, { invocations });
    return data.recordInvocations as { createdInvocations: number; createdOutputs: number; invocationIds: string[]; outputIds: string[] };
  }

  return {
    key,
    approver,
    as,
    artifact,
    version,
    datasetVersion,
    promptVersion,
    modelVersion,
    retrievalVersion,
    registerSystem,
    release,
    system,
    promote,
    rollback,
    approve,
    evaluate,
    readyForProduction,
    invoke,
  };
}

export type Fixtures = ReturnType<typeof fixtures>;
