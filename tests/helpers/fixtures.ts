import { createHash } from 'node:crypto';
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { expect } from 'vitest';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { graphql } from '../graphql/index.js';
import type { ApprovalDecision, InvocationInput } from '../graphql/graphql.js';
import { testClock, type Answer, type ArgsOf, type DataOf, type GqlResult, type Harness, type Sendable } from './harness.js';

export const ADMIN: Principal = { id: 'person:test-admin', roles: ['ADMIN'], clearance: 'RESTRICTED', via: 'system' };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An instant strictly between the writes before it and the writes after it (see TestClock). */
export async function instant(): Promise<string> {
  return testClock.instant();
}

/** A sha256 hex digest of anything, for digest fields. */
export const sha = (seed: string | number) => createHash('sha256').update(String(seed)).digest('hex');

// ---------------------------------------------------------------------------------------------
// Documents shared by the test files (typed: tests/graphql, `npm run codegen`).

export const REGISTER_ARTIFACT = {
  dataset: graphql(`
    mutation RegisterDataset($input: RegisterArtifactInput!) {
      registerDataset(input: $input) {
        created
        dataset {
          id
          name
          description
          versionCount
          createdBy
        }
      }
    }
  `),
  prompt: graphql(`
    mutation RegisterPrompt($input: RegisterArtifactInput!) {
      registerPrompt(input: $input) {
        created
        prompt {
          id
          name
          description
          versionCount
          createdBy
        }
      }
    }
  `),
  model: graphql(`
    mutation RegisterModel($input: RegisterArtifactInput!) {
      registerModel(input: $input) {
        created
        model {
          id
          name
          description
          versionCount
          createdBy
        }
      }
    }
  `),
  retrieval: graphql(`
    mutation RegisterRetrievalConfig($input: RegisterArtifactInput!) {
      registerRetrievalConfig(input: $input) {
        created
        retrievalConfig {
          id
          name
          description
          versionCount
          createdBy
        }
      }
    }
  `),
};
export type Family = keyof typeof REGISTER_ARTIFACT;

/** The registered artifact of a REGISTER_ARTIFACT answer, whichever its family. */
export const registeredArtifact = (data: ResultOf<(typeof REGISTER_ARTIFACT)[Family]>) =>
  'registerDataset' in data
    ? data.registerDataset.dataset
    : 'registerPrompt' in data
      ? data.registerPrompt.prompt
      : 'registerModel' in data
        ? data.registerModel.model
        : data.registerRetrievalConfig.retrievalConfig;

export const REGISTER_VERSION = {
  dataset: graphql(`
    mutation RegisterDatasetVersion($input: RegisterDatasetVersionInput!) {
      registerDatasetVersion(input: $input) {
        created
        version {
          id
          version
          digest
          createdAt
        }
      }
    }
  `),
  prompt: graphql(`
    mutation RegisterPromptVersion($input: RegisterPromptVersionInput!) {
      registerPromptVersion(input: $input) {
        created
        version {
          id
          version
          digest
          createdAt
        }
      }
    }
  `),
  model: graphql(`
    mutation RegisterModelVersion($input: RegisterModelVersionInput!) {
      registerModelVersion(input: $input) {
        created
        version {
          id
          version
          digest
          createdAt
        }
      }
    }
  `),
  retrieval: graphql(`
    mutation RegisterRetrievalConfigVersion($input: RegisterRetrievalConfigVersionInput!) {
      registerRetrievalConfigVersion(input: $input) {
        created
        version {
          id
          version
          digest
          createdAt
        }
      }
    }
  `),
} satisfies Record<Family, unknown>;
/** What registering a version of `F` takes. */
export type VersionInput<F extends Family> = VariablesOf<(typeof REGISTER_VERSION)[F]>['input'];
/** Every family's version answer has this shape under its own field. */
type RegisteredVersion = { created: boolean; version: { id: string; version: number; digest: string; createdAt: string } };
/** The document registering a version of `family`, answering { <its field>: RegisteredVersion }. */
export const registerVersionOf = <F extends Family>(family: F) =>
  REGISTER_VERSION[family] as TypedDocumentNode<Record<string, RegisteredVersion>, { input: VersionInput<F> }>;
/** The registered version of a registerVersionOf answer. */
export const registeredVersion = (data: Record<string, RegisteredVersion>): RegisteredVersion => Object.values(data)[0];

export const CREATE_RELEASE_DOC = graphql(`
  mutation CreateRelease($input: CreateReleaseInput!) {
    createRelease(input: $input) {
      created
      release {
        id
        version
        digest
        notes
        system {
          id
        }
        model {
          id
        }
        prompts {
          id
        }
        retrievalConfig {
          id
        }
      }
    }
  }
`);

export const PROMOTE_DOC = graphql(`
  mutation Promote($input: PromoteInput!) {
    promote(input: $input) {
      id
      seq
      moveKind
      environment
      reason
      flaggedForReview
      createdAt
      from {
        id
      }
      to {
        id
      }
      alias {
        id
      }
    }
  }
`);

export const ROLLBACK_DOC = graphql(`
  mutation Rollback($input: RollbackInput!) {
    rollback(input: $input) {
      id
      seq
      moveKind
      environment
      reason
      flaggedForReview
      createdAt
      from {
        id
      }
      to {
        id
      }
      alias {
        id
      }
    }
  }
`);

export const RECORD_INVOCATIONS_DOC = graphql(`
  mutation RecordInvocations($invocations: [InvocationInput!]!) {
    recordInvocations(invocations: $invocations) {
      createdInvocations
      createdOutputs
      invocationIds
      outputIds
    }
  }
`);

export const RECORD_APPROVAL_DOC = graphql(`
  mutation RecordApproval($input: RecordApprovalInput!) {
    recordApproval(input: $input) {
      id
      subjectId
      environment
      decision
      justification
      approver
      createdAt
    }
  }
`);

export const RECORD_EVALUATION_DOC = graphql(`
  mutation RecordEvaluation($input: RecordEvaluationInput!) {
    recordEvaluation(input: $input) {
      created
      evaluationRun {
        id
        subjectId
        primaryMetric
        score
        threshold
        passed
        metrics {
          name
          value
        }
      }
    }
  }
`);

export const RECORD_TRAINING_DOC = graphql(`
  mutation RecordTrainingRun($input: RecordTrainingRunInput!) {
    recordTrainingRun(input: $input) {
      created
      trainingRun {
        id
        status
        startedAt
        endedAt
        parameters
      }
    }
  }
`);

export const RETRACT_DOC = graphql(`
  mutation Retract($input: RetractInput!) {
    retract(input: $input) {
      id
      retractedAt
      retractedBy
      retractReason
    }
  }
`);

export const ALIAS_TARGET_DOC = graphql(`
  query AliasTarget($system: ID!, $environment: String!, $asOf: DateTime) {
    aliasTarget(system: $system, environment: $environment, asOf: $asOf) {
      alias
      at
      since
      until
      release {
        id
      }
      move {
        id
        seq
      }
    }
  }
`);

export const ALIAS_HISTORY_PAGE = graphql(`
  query AliasHistoryPage($first: Int, $after: String, $s: ID!, $e: String!) {
    aliasHistory(first: $first, after: $after, system: $s, environment: $e) {
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

/** Every field of a strategy recommendation a reader may compare (recommendStrategy, whatIfStrategy, a stored result). */
export const STRATEGY_RESULT_FIELDS = graphql(`
  fragment StrategyResultFields on StrategyRecommendation {
    useCase
    asOf
    whatIf
    top
    confidence
    missingEvidence
    reviewRequired
    reviewReasons
    evidenceWithheld
    classification
    truncated
    boundsHit
    reasonerDigest
    reasonerVersion
    ranking {
      strategy
      score
      rank
      contributions {
        factor
        level
        points
        rules
        evidence
      }
    }
    characteristics {
      name
      level
      source
      value
    }
    evidence {
      id
      kind
      factors
      summary
      facts {
        name
        value
      }
    }
    counterfactuals {
      strategy
      insteadOf
      distance
      statement
      changes {
        characteristic
        from
        to
      }
    }
    narrative {
      ...NarrativeFields
    }
  }
`);

/** Every field of a recommendation's narrative: who wrote it (model and prompt), what it claims, what was dropped. */
export const NARRATIVE_FIELDS = graphql(`
  fragment NarrativeFields on Narrative {
    source
    text
    fallbackReason
    model
    promptVersion
    claims {
      text
      evidence
    }
    droppedClaims {
      reason
      text
    }
  }
`);

/** The model side of an output's bill of materials, as the provenance tests compare it: the model, its lineage and how it was trained. */
export const MODEL_BILL_FIELDS = graphql(`
  fragment ModelBillFields on Provenance {
    model {
      id
    }
    modelLineage {
      id
    }
    trainingRuns {
      run {
        id
      }
      datasets {
        id
      }
      baseModels {
        id
      }
    }
  }
`);

/** Every field of an answer to `ask` (the deterministic matcher's and the model's alike). */
export const ASK_DOC = graphql(`
  query Ask($q: String!, $asOf: DateTime) {
    ask(question: $q, asOf: $asOf) {
      question
      asOf
      source
      text
      fallbackReason
      boundHit
      droppedClaims
      citedNodeIds
      citedPassageIds
      claims {
        text
        nodeIds
        passageIds
      }
      operations {
        name
        arguments
        by
        ok
        errorCode
        error
      }
      forms {
        form
        question
        example
        operation
      }
    }
  }
`);

export const REGISTER_USE_CASE_DOC = graphql(`
  mutation RegisterUseCase($input: RegisterUseCaseInput!) {
    registerUseCase(input: $input) {
      useCase {
        id
      }
    }
  }
`);

export const REGISTER_DOCUMENT_DOC = graphql(`
  mutation RegisterDocument($input: RegisterArtifactInput!) {
    registerDocument(input: $input) {
      document {
        id
      }
    }
  }
`);

/** A document version and the passages it was split into. */
export const REGISTER_DOCUMENT_VERSION_DOC = graphql(`
  mutation RegisterDocumentVersion($input: RegisterDocumentVersionInput!) {
    registerDocumentVersion(input: $input) {
      version {
        id
        chunks(first: 20) {
          edges {
            node {
              id
              heading
            }
          }
        }
      }
    }
  }
`);

/** The lineage of a node as a reader compares it: every node and edge, and whether a bound cut it. */
export const LINEAGE_DOC = graphql(`
  query Lineage($id: ID!, $direction: LineageDirection!, $depth: Int, $maxNodes: Int, $asOf: DateTime) {
    lineage(id: $id, direction: $direction, depth: $depth, maxNodes: $maxNodes, asOf: $asOf) {
      truncated
      nodes {
        id
        type
        label
        createdAt
        retractedAt
      }
      edges {
        from
        to
        type
        role
      }
    }
  }
`);

export const REGISTER_SYSTEM_DOC = graphql(`
  mutation RegisterSystem($input: RegisterSystemInput!) {
    registerSystem(input: $input) {
      system {
        id
      }
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// Assertions.

/** The first error's `extensions.code`, failing when the request did not fail. */
export function codeOf(r: GqlResult<unknown>): string {
  expect(r.errors, `expected an error, got data ${JSON.stringify(r.data)}`).toBeTruthy();
  return String(r.errors![0].extensions?.code);
}

/**
 * A `node(id:)` answer (selected with `__typename`) as the kind `type`, failing the test when it is
 * missing or of another kind: the kind's own fields are then typed.
 */
export function ofKind<N extends { __typename?: string }, T extends NonNullable<N['__typename']>>(
  node: N | null | undefined,
  type: T,
): Extract<N, { __typename?: T }> {
  expect(node?.__typename, `expected a ${type} node, got ${JSON.stringify(node)}`).toBe(type);
  return node as Extract<N, { __typename?: T }>;
}

/** Runs a request that must be refused with `code` and leave the whole database as it was. */
export async function expectRefused<D extends Sendable>(
  h: Harness,
  code: string,
  document: D,
  ...args: ArgsOf<D>
): Promise<GqlResult<DataOf<D>>> {
  const before = await h.counts();
  const r = await h.gql(document, ...args);
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
export async function audited<D extends Sendable>(h: Harness, document: D, ...args: ArgsOf<D>): Promise<DataOf<D>> {
  const before = (await h.counts()).auditHead;
  const data = await h.ok(document, ...args);
  expect((await h.counts()).auditHead).toBe(before + 1);
  return data;
}

/**
 * Runs an accepted mutation that must change nothing (an idempotent repeat): the whole database,
 * audit trail included, is as it was.
 */
export async function unchanged<D extends Sendable>(h: Harness, document: D, ...args: ArgsOf<D>): Promise<DataOf<D>> {
  const before = await h.counts();
  const data = await h.ok(document, ...args);
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

/** The part of a connection a walk reads. */
export interface WalkedConnection {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Walks a connection with first/after until `stop` says enough (default: hasNextPage false).
 * `document` takes `$first` and `$after` besides `vars`; `connection` finds the connection in its data.
 */
type PageVars = { first?: number | null; after?: string | null };
export interface WalkOptions<R, V> {
  connection: (data: Answer<R>) => WalkedConnection;
  vars?: Omit<V, 'first' | 'after'>;
  first: number;
  stop?: (ids: string[]) => boolean;
  maxPages?: number;
}

export async function walk<R, V extends PageVars>(h: Harness, document: TypedDocumentNode<R, V>, opts: WalkOptions<R, V>): Promise<Walk> {
  const pages: string[][] = [];
  let after: string | null = null;
  let hasNext = true;
  while (hasNext && pages.length < (opts.maxPages ?? 1000)) {
    const variables = { ...opts.vars, first: opts.first, after } as V;
    const c = opts.connection(await h.ok(document as TypedDocumentNode<R, Record<string, unknown>>, variables));
    pages.push(c.edges.map((e) => e.node.id));
    expect(c.edges.length).toBeLessThanOrEqual(opts.first);
    hasNext = c.pageInfo.hasNextPage;
    if (hasNext) {
      expect(c.edges.length).toBe(opts.first);
      expect(c.pageInfo.endCursor).toBe(c.edges.at(-1)!.cursor);
    }
    after = c.pageInfo.endCursor ?? null;
    if (opts.stop?.(pages.flat())) break;
  }
  return { pages, ids: pages.flat(), lastHasNextPage: hasNext };
}

/** A walk bound to its document and connection, for tables of connections walked alike. */
export const pager =
  <R, V extends PageVars>(document: TypedDocumentNode<R, V>, connection: (data: Answer<R>) => WalkedConnection) =>
  (h: Harness, opts: Omit<WalkOptions<R, V>, 'connection'>) =>
    walk(h, document, { ...opts, connection });

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
    const data = await h.ok(REGISTER_ARTIFACT[family], { input: { key: key(name), name: `${family} ${name}`, description } });
    return registeredArtifact(data).id;
  }

  async function version<F extends Family>(family: F, input: VersionInput<F>): Promise<{ id: string; created: boolean }> {
    const p = registeredVersion(await h.ok(registerVersionOf(family), { input }));
    return { id: p.version.id, created: p.created };
  }

  const datasetVersion = async (dataset: string, tag: string | number, extra: Partial<VersionInput<'dataset'>> = {}) =>
    (await version('dataset', { artifact: dataset, uri: `s3://${h.prefix}/${dataset}/${tag}`, rowCount: 100, ...extra })).id;
  const promptVersion = async (prompt: string, template: string) =>
    (await version('prompt', { artifact: prompt, template, promptKind: 'SYSTEM_PROMPT', variables: ['question'] })).id;
  const modelVersion = async (model: string, extra: Partial<VersionInput<'model'>> = {}) =>
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
    const data = await h.ok(REGISTER_SYSTEM_DOC, { input: { key: key(name), name: `System ${name}` } });
    return data.registerSystem.system.id;
  }

  async function release(
    system: string,
    pins: { model: string; prompts: string[]; retrievalConfig?: string; notes?: string },
  ): Promise<string> {
    const data = await h.ok(CREATE_RELEASE_DOC, { input: { system, ...pins } });
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

  async function promote(system: string, environment: string, release: string, reason = 'test') {
    return (await h.ok(PROMOTE_DOC, { input: { system, environment, release, reason } })).promote;
  }

  async function rollback(system: string, environment: string, to?: string, reason = 'test rollback') {
    return (await h.ok(ROLLBACK_DOC, { input: { system, environment, to, reason } })).rollback;
  }

  async function approve(subject: string, environment = 'production', decision: ApprovalDecision = 'APPROVED') {
    return as(
      approver,
      async () =>
        (await h.ok(RECORD_APPROVAL_DOC, { input: { subject, environment, decision, justification: 'reviewed' } })).recordApproval,
    );
  }

  async function evaluate(subject: string, score = 0.9, threshold = 0.8) {
    const data = await h.ok(RECORD_EVALUATION_DOC, {
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
    const invocations = Array.from({ length: count }, (_, i): InvocationInput => ({
      key: key(`${tag}-${i}`),
      release,
      startedAt: at,
      latencyMs: 100 + i,
      costUsd: 0.001,
      outputs: [
        { outputKind: 'TEXT' as const, summary: `answer ${i}` },
        ...(opts.decisionEvery && i % opts.decisionEvery === 0
          ? [{ outputKind: 'DECISION' as const, decision: 'flag', confidence: 0.7 }]
          : []),
      ],
    }));
    return (await h.ok(RECORD_INVOCATIONS_DOC, { invocations })).recordInvocations;
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
