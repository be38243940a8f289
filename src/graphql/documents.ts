import { registerDocument, registerDocumentVersion } from '../domain/documents/register.js';
import {
  DEFAULT_RETRIEVAL_MODE,
  retrievePassages,
  RETRIEVAL_MODES,
  RETRIEVAL_LIMITS,
  type Passage,
  type PassageAnswer,
} from '../domain/documents/retrieve.js';
import type { z } from 'zod';
import { CHUNK_LIMITS, CHUNK_STRATEGIES, DEFAULT_CHUNK_STRATEGY } from '../domain/documents/chunking.js';
import { DEFAULT_CLASSIFICATION } from '../domain/permissions/principal.js';
import { chunkingInput, DOCUMENT_KINDS, documentVersionInput } from '../domain/documents/input.js';
import { modelKey } from '../llm/embeddings.js';
import { listNodes } from '../domain/nodes/read.js';
import { Classification, RegisterArtifactInput, RetrievalConfigVersion, withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { forwardArgs, TimeWindow, toConnection, windowArgs } from './connection.js';
import { priced } from './cost.js';
import { sameFields } from './input-check.js';
import { nodeRef, ALREADY_REGISTERED, registeredPayload } from './node-type.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

export const Document = nodeRef(
  'Document',
  'A named document (a regulation, an internal policy, a standard, a model card); its text lives in immutable versions.',
);
export const DocumentVersion = nodeRef(
  'DocumentVersion',
  'An immutable, content-addressed version of a document, cut into chunks by a recorded strategy.',
);
export const Chunk = nodeRef('Chunk', 'One passage of a document version, embedded by the model named on it.');

const DocumentKind = builder.enumType('DocumentKind', { values: DOCUMENT_KINDS });
const DocumentChunkStrategy = builder.enumType('DocumentChunkStrategy', {
  values: CHUNK_STRATEGIES,
  description: 'HEADING: sections by markdown heading, paragraphs packed up to maxChars. FIXED: windows of maxChars over the whole text.',
});
const RetrievalMode = builder.enumType('RetrievalMode', { values: RETRIEVAL_MODES });

builder.objectFields(Document, (t) => ({
  name: t.exposeString('name'),
  description: t.exposeString('description'),
  versionCount: t.int({ resolve: (n) => n.versionCount ?? 0 }),
  versions: t.connection({
    type: DocumentVersion,
    description: 'Versions, newest first.',
    resolve: async (n, args, ctx) => toConnection(await listNodes(ctx.domain, 'DocumentVersion', { ...forwardArgs(args), parent: n.id })),
  }),
}));

builder.objectFields(DocumentVersion, (t) => ({
  version: t.exposeInt('version'),
  digest: t.exposeString('digest'),
  message: t.exposeString('message'),
  document: t.field({ type: Document, resolve: (n) => n.parent }),
  title: t.exposeString('title'),
  text: t.exposeString('text'),
  documentKind: t.expose('documentKind', { type: DocumentKind }),
  classification: t.expose('classification', { type: Classification }),
  sourceUri: t.exposeString('sourceUri'),
  effectiveFrom: t.expose('effectiveFrom', { type: DateTime }),
  chunkStrategy: t.expose('chunkStrategy', {
    type: DocumentChunkStrategy,
    description: 'How the text was chunked (with chunkMaxChars and chunkOverlapChars).',
  }),
  chunkMaxChars: t.exposeInt('chunkMaxChars'),
  chunkOverlapChars: t.exposeInt('chunkOverlapChars'),
  chunkCount: t.exposeInt('chunkCount'),
  embeddingModel: t.exposeString('embeddingModel', {
    description: 'The model its chunks were embedded with when it was registered (each chunk names its current one).',
  }),
  embeddingModelVersion: t.exposeString('embeddingModelVersion'),
  chunks: t.connection({
    type: Chunk,
    resolve: async (n, args, ctx) => toConnection(await listNodes(ctx.domain, 'Chunk', { ...forwardArgs(args), parent: n.id })),
  }),
}));

builder.objectFields(Chunk, (t) => ({
  index: t.exposeInt('index', { description: 'Position in the version, from 0.' }),
  text: t.exposeString('text'),
  heading: t.exposeString('heading', { description: 'Heading path of its section ("Policy › 4 Retention").' }),
  charStart: t.exposeInt('charStart'),
  charEnd: t.exposeInt('charEnd'),
  documentVersion: t.field({ type: DocumentVersion, resolve: (n) => n.parent }),
  embeddingModel: t.exposeString('embeddingModel'),
  embeddingModelVersion: t.exposeString('embeddingModelVersion'),
  embeddedAt: t.expose('embeddedAt', { type: DateTime }),
}));

builder.objectField(RetrievalConfigVersion, 'documents', (t) =>
  t.field({
    type: [DocumentVersion],
    description: 'The document versions the index covers.',
    resolve: (n) => n.documents ?? [],
  }),
);

const PassageRef = builder.objectRef<Passage>('Passage').implement({
  description: 'A retrieved chunk with its fused score and the rank and score each side gave it (null: that side did not rank it).',
  fields: (t) => ({
    chunkId: t.id({ nullable: false, resolve: (p) => p.chunk.id }),
    text: t.string({ nullable: false, resolve: (p) => p.chunk.text }),
    heading: t.string({ nullable: false, resolve: (p) => p.chunk.heading }),
    chunk: t.field({ type: Chunk, nullable: false, resolve: (p) => p.chunk.id }),
    documentVersion: t.field({ type: DocumentVersion, nullable: false, resolve: (p) => p.documentVersion }),
    documentVersionId: t.id({ nullable: false, resolve: (p) => p.documentVersion }),
    documentId: t.id({ nullable: false, resolve: (p) => p.document }),
    score: t.float({ nullable: false, description: 'Reciprocal rank fusion score; higher is better.', resolve: (p) => p.score }),
    fullTextRank: t.int({ resolve: (p) => p.fullText?.rank ?? null }),
    fullTextScore: t.float({ description: 'Lucene relevance (BM25).', resolve: (p) => p.fullText?.score ?? null }),
    vectorRank: t.int({ resolve: (p) => p.vector?.rank ?? null }),
    vectorScore: t.float({
      description: 'Cosine similarity as the vector index reports it (0 to 1).',
      resolve: (p) => p.vector?.score ?? null,
    }),
    embeddingModel: t.string({ nullable: false, resolve: (p) => `${p.chunk.embeddingModel}@${p.chunk.embeddingModelVersion}` }),
  }),
});

const PassagesRef = builder.objectRef<PassageAnswer>('Passages').implement({
  fields: (t) => ({
    passages: t.field({ type: [PassageRef], nullable: false, resolve: (a) => a.passages }),
    mode: t.field({ type: RetrievalMode, nullable: false, resolve: (a) => a.mode }),
    fusion: t.string({ nullable: false, description: 'How the two rankings were fused.', resolve: (a) => a.fusion }),
    embeddingModel: t.string({
      nullable: false,
      description: 'The configured model ("name@version"); only chunks it embedded are ranked by vector.',
      resolve: (a) => modelKey(a.embeddingModel),
    }),
    asOf: t.field({ type: DateTime, resolve: (a) => a.asOf }),
    versionsInScope: t.int({
      nullable: false,
      description: "Document versions searched that you may read: in force at asOf, or the retrieval config's corpus.",
      resolve: (a) => a.versionsInScope,
    }),
    mayBeWithheld: t.boolean({
      nullable: false,
      description:
        'True when your clearance is below the highest classification: documents above it are never searched for you, so passages may be missing. It depends on your clearance alone, never on what matched (no count of hidden passages is given: it would tell whether hidden text holds your words).',
      resolve: (a) => a.mayBeWithheld,
    }),
    truncated: t.boolean({
      nullable: false,
      description: `True when fewer than \`first\` passages came back from a side whose candidate window (the best ${RETRIEVAL_LIMITS.minCandidates}–${RETRIEVAL_LIMITS.maxCandidates} of the whole index) was full before filtering by scope and clearance: passages in scope may lie beyond it. Vectors are ranked exactly, not through the window, when the scope holds at most ${RETRIEVAL_LIMITS.exactVectorMaxChunks} chunks; narrow \`documents\` or \`retrievalConfig\` to get there.`,
      resolve: (a) => a.truncated,
    }),
  }),
});

const ChunkingInput = builder.inputType('ChunkingInput', {
  fields: (t) => ({
    strategy: t.field({ type: DocumentChunkStrategy, description: `Default ${DEFAULT_CHUNK_STRATEGY}.` }),
    maxChars: t.int({ description: `Largest chunk, in characters (default ${CHUNK_LIMITS.defaultMaxChars}).` }),
    overlapChars: t.int({
      description: `Characters of the previous chunk repeated at the start of the next (default ${CHUNK_LIMITS.defaultOverlapChars}, at most maxChars / 2).`,
    }),
  }),
});
sameFields<typeof ChunkingInput.$inferInput, NonNullable<z.input<typeof chunkingInput>>>(true);

const RegisterDocumentVersionInput = builder.inputType('RegisterDocumentVersionInput', {
  fields: (t) => ({
    document: t.id({ required: true, description: 'The document, e.g. "document:ai-governance-policy".' }),
    title: t.string({ required: true }),
    text: t.string({
      required: true,
      description: 'The full text; markdown headings ("## 4 Retention") mark sections for HEADING chunking.',
    }),
    documentKind: t.field({ type: DocumentKind, required: true }),
    classification: t.field({ type: Classification, description: `Default ${DEFAULT_CLASSIFICATION}; its chunks share it.` }),
    sourceUri: t.string(),
    effectiveFrom: t.field({ type: DateTime }),
    chunking: t.field({ type: ChunkingInput }),
    message: t.string(),
  }),
});
sameFields<typeof RegisterDocumentVersionInput.$inferInput, z.input<typeof documentVersionInput>>(true);

const RegisterDocumentPayload = registeredPayload('RegisterDocumentPayload', 'document', Document, ALREADY_REGISTERED);
const RegisterDocumentVersionPayload = registeredPayload(
  'RegisterDocumentVersionPayload',
  'version',
  DocumentVersion,
  'False when a version with the same content existed: it is returned (and nothing is embedded).',
);

builder.mutationFields((t) => ({
  registerDocument: t.field({
    type: RegisterDocumentPayload,
    nullable: false,
    args: { input: t.arg({ type: RegisterArtifactInput, required: true }) },
    resolve: (_, { input }, ctx) => registerDocument(ctx.domain, withoutNulls(input)),
  }),
  registerDocumentVersion: t.field({
    type: RegisterDocumentVersionPayload,
    nullable: false,
    description:
      'Registers a version: chunks its text by the given strategy and embeds every chunk (the same content returns the existing version).',
    args: { input: t.arg({ type: RegisterDocumentVersionInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const { chunking, ...rest } = input;
      return registerDocumentVersion(ctx.domain, { ...withoutNulls(rest), ...(chunking ? { chunking: withoutNulls(chunking) } : {}) });
    },
  }),
}));

builder.queryFields((t) => ({
  documents: t.connection({
    type: Document,
    nullable: false,
    args: { window: t.arg({ type: TimeWindow }) },
    resolve: async (_, args, ctx) =>
      toConnection(await listNodes(ctx.domain, 'Document', { ...forwardArgs(args), ...windowArgs(args.window) })),
  }),
  documentVersions: t.connection({
    type: DocumentVersion,
    nullable: false,
    args: { document: t.arg.id({ description: 'Only versions of this document.' }), window: t.arg({ type: TimeWindow }) },
    resolve: async (_, args, ctx) =>
      toConnection(
        await listNodes(ctx.domain, 'DocumentVersion', { ...forwardArgs(args), ...windowArgs(args.window), parent: args.document ?? null }),
      ),
  }),
  retrievePassages: t.field({
    type: PassagesRef,
    nullable: false,
    description:
      'Hybrid retrieval over policy documents: full-text and vector rankings of the chunks in scope, fused by reciprocal rank fusion. ' +
      'Text is matched literally (never parsed as query syntax); a query without words returns no passages. Refused with CONFLICT when chunks in scope were embedded by another model than the configured one (run `npm run reembed`).',
    args: {
      query: t.arg.string({ required: true }),
      first: t.arg.int({
        defaultValue: RETRIEVAL_LIMITS.defaultFirst,
        description: `Passages to return (1 to ${RETRIEVAL_LIMITS.maxFirst}).`,
      }),
      asOf: t.arg({ type: DateTime, description: `${AS_OF_DESCRIPTION} Passages come from the document versions in force then.` }),
      documents: t.arg.idList({ description: 'Only these documents (ids such as "document:ai-governance-policy").' }),
      retrievalConfig: t.arg.id({ description: 'Search exactly the document versions this retrieval config version covers.' }),
      mode: t.arg({
        type: RetrievalMode,
        defaultValue: DEFAULT_RETRIEVAL_MODE,
        description: `${DEFAULT_RETRIEVAL_MODE} (default), or one side alone (FULL_TEXT needs no embedding model).`,
      }),
    },
    extensions: priced({ kind: 'items', arg: 'first', fallback: RETRIEVAL_LIMITS.defaultFirst }),
    resolve: (_, args, ctx) => retrievePassages(ctx.domain, withoutNulls(args)),
  }),
}));
