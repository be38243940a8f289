import { artifactQueries } from '../artifacts/queries.js';
import { documentQueries } from './queries.js';
import { nodeQueries } from '../nodes/queries.js';
import { dateTimeParam } from '../../db/values.js';
import { modelKey, type Embedder } from '../../llm/embeddings.js';
import { registerNamedArtifact } from '../artifacts/service.js';
import { nodeOf, type NodeOf, type Registered } from '../nodes/types.js';
import { digestOf, sha256 } from '../audit/hash.js';
import { redact } from '../permissions/redaction.js';
import type { DomainContext } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { parseId } from '../ids.js';
import { parse } from '../validate.js';
import { command } from '../write-path.js';
import { chunkText } from './chunking.js';
import { passageVectors } from './embed.js';
import { DOCUMENT_LIMITS, documentVersionInput } from './input.js';
import { ensureVectorIndex } from './vector-index.js';
import { searchText } from '../search/search-text.js';

/** Registers a document (a regulation, an internal policy, a model card) by key; a repeat returns it. */
export function registerDocument(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'Document'>>> {
  return registerNamedArtifact(ctx, 'document', 'Document', input);
}

/** `chunk:<document key>/v<n>/<index>`: stable, readable, unique per version. */
const chunkId = (versionId: string, index: number) => {
  const parsed = parseId(versionId);
  return `chunk:${parsed?.key ?? versionId}/v${parsed?.version ?? 0}/${index}`;
};

/**
 * Registers a new immutable document version: content-addressed like every version (the same text,
 * metadata and chunking return the existing version), cut into chunks by the recorded strategy, each
 * chunk embedded (outside the transaction) and stored as a node derived from the version. The version,
 * its chunks and the audit event land in one transaction, or nothing does.
 */
export async function registerDocumentVersion(
  ctx: DomainContext,
  input: unknown,
  embedder: Embedder = ctx.embedder,
): Promise<Registered<NodeOf<'DocumentVersion'>>> {
  const cmd = command(ctx, 'version.register');
  const data = parse(documentVersionInput, input);
  const { document, message, chunking, ...content } = data;
  const digest = digestOf({ family: 'document', content: { ...content, effectiveFrom: content.effectiveFrom?.toISOString(), chunking } });

  const parent = (await ctx.db.readQuery(nodeQueries.kinds, { ids: [document] }))[0];
  if (!parent || parent.kind !== 'Document') throw notFound(document, 'Document');
  const existing = (await ctx.db.readQuery(artifactQueries.versionByDigest, { parent: document, digest }))[0];
  if (existing) return { node: nodeOf('DocumentVersion', redact(ctx.principal, existing.v)), created: false };

  const chunks = chunkText(content.text, chunking).map((c) => ({ ...c, textDigest: sha256(c.text) }));
  if (chunks.length > DOCUMENT_LIMITS.maxChunks) {
    throw invalid(
      'chunking',
      `the text makes ${chunks.length} chunks, more than the ${DOCUMENT_LIMITS.maxChunks} a version may have: raise maxChars or split the document.`,
    );
  }
  const vectors = await passageVectors(ctx.db, embedder, chunks);
  await ensureVectorIndex(ctx.db, vectors[0].length);
  const model = embedder.model;

  return cmd.write<Registered<NodeOf<'DocumentVersion'>>>(
    { family: 'document', document, message, digest, chunking, chunks: chunks.length, embeddingModel: modelKey(model) },
    async (tx, now) => {
      const lock = await tx.one(artifactQueries.lock, { id: document, kind: 'Document' });
      if (!lock) throw notFound(document, 'Document');
      const again = await tx.one(artifactQueries.versionByDigest, { parent: document, digest });
      if (again) return { result: { node: nodeOf('DocumentVersion', redact(ctx.principal, again.v)), created: false }, targets: [] };

      const row = await tx.one(artifactQueries.versionCreate, {
        parent: document,
        idBase: document,
        label: 'DocumentVersion',
        digest,
        at: dateTimeParam(now),
        actor: ctx.principal.id,
        props: {
          title: content.title,
          searchText: searchText({ title: content.title }),
          text: content.text,
          documentKind: content.documentKind,
          classification: content.classification,
          ...(content.sourceUri !== undefined ? { sourceUri: content.sourceUri } : {}),
          ...(content.effectiveFrom !== undefined ? { effectiveFrom: dateTimeParam(content.effectiveFrom) } : {}),
          ...(message !== undefined ? { message } : {}),
          chunkStrategy: chunking.strategy,
          chunkMaxChars: chunking.maxChars,
          chunkOverlapChars: chunking.overlapChars,
          chunkCount: chunks.length,
          embeddingModel: model.name,
          embeddingModelVersion: model.version,
        },
      });
      const version = row!.v;
      const versionId = version.id;
      await tx.run(documentQueries.chunksCreate, {
        version: versionId,
        at: dateTimeParam(now),
        actor: ctx.principal.id,
        chunks: chunks.map((c, i) => ({
          id: chunkId(versionId, c.index),
          embedding: vectors[i],
          props: {
            index: c.index,
            text: c.text,
            heading: c.heading,
            charStart: c.charStart,
            charEnd: c.charEnd,
            textDigest: c.textDigest,
            embeddingModel: model.name,
            embeddingModelVersion: model.version,
            embeddingKey: modelKey(model),
            embeddedAt: dateTimeParam(now),
          },
        })),
      });
      return { result: { node: nodeOf('DocumentVersion', redact(ctx.principal, version)), created: true }, targets: [versionId] };
    },
  );
}
