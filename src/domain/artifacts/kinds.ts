import { z } from 'zod';
import { CLASSIFICATIONS, DEFAULT_CLASSIFICATION } from '../permissions/principal.js';
import type { LinkType } from '../graph-writes.js';
import type { NodeType } from '../kinds.js';
import { idOf, jsonText, sha256Hex, text } from '../validate.js';

/**
 * The four versioned artifact families share one registration path; each differs only in the
 * content its versions carry and the links that content implies.
 */
/** A relationship a version's content implies, and the input field that named its target. */
export interface VersionLink {
  type: LinkType;
  to: string;
  role?: string;
  field: string;
}

export interface ArtifactKind<C extends z.ZodType = z.ZodType> {
  artifact: NodeType;
  version: NodeType;
  content: C;
  /** Relationships a version's content implies: [type, target id, role]. (A method, so a kind of any content is an ArtifactKind.) */
  links(content: z.output<C>): VersionLink[];
}

/** What a prompt version is for. */
export const PROMPT_KINDS = ['SYSTEM_PROMPT', 'USER_TEMPLATE', 'AGENT_POLICY'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];
/** A base model, a fine-tune of one, or an adapter on one. */
export const MODEL_KINDS = ['BASE', 'FINE_TUNED', 'ADAPTER'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
/** How a retrieval config's index was chunked. */
export const RETRIEVAL_CHUNK_STRATEGIES = ['FIXED', 'SENTENCE', 'SEMANTIC', 'HEADING'] as const;
export type RetrievalChunkStrategy = (typeof RETRIEVAL_CHUNK_STRATEGIES)[number];

const datasetContent = z.object({
  uri: text(2000).min(1, 'must not be empty'),
  digest: sha256Hex.optional(),
  schema: jsonText.optional(),
  rowCount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  labelQuality: z.number().min(0).max(1).optional(),
  classification: z.enum(CLASSIFICATIONS).default(DEFAULT_CLASSIFICATION),
  derivedFrom: z.array(idOf('DatasetVersion')).max(100).default([]),
});

const promptContent = z.object({
  template: text(50_000).min(1, 'must not be empty'),
  variables: z.array(text(100)).max(100).default([]),
  promptKind: z.enum(PROMPT_KINDS),
});

const modelContent = z
  .object({
    provider: text(200).min(1, 'must not be empty'),
    modelKind: z.enum(MODEL_KINDS),
    baseVersion: idOf('ModelVersion').optional(),
    trainingRun: idOf('TrainingRun').optional(),
    uri: text(2000).optional(),
    digest: sha256Hex.optional(),
    parameters: jsonText.optional(),
  })
  .refine((c) => c.modelKind === 'BASE' || c.baseVersion !== undefined, {
    message: 'a FINE_TUNED or ADAPTER model version must name its baseVersion',
    path: ['baseVersion'],
  });

const retrievalContent = z.object({
  index: text(200).min(1, 'must not be empty'),
  embeddingModel: text(200).min(1, 'must not be empty'),
  chunkStrategy: z.enum(RETRIEVAL_CHUNK_STRATEGIES).default('FIXED'),
  chunkSize: z.number().int().min(1).max(100_000),
  chunkOverlap: z.number().int().min(0).max(100_000).default(0),
  topK: z.number().int().min(1).max(1000),
  corpus: z.array(idOf('DatasetVersion')).max(100).default([]),
  // Optional with no default, so the digest of a config that names no documents is what it always was.
  documents: z.array(idOf('DocumentVersion')).max(100).optional(),
});

export const ARTIFACT_KINDS = {
  dataset: {
    artifact: 'Dataset',
    version: 'DatasetVersion',
    content: datasetContent,
    links: (c) => c.derivedFrom.map((to, i): VersionLink => ({ type: 'WAS_DERIVED_FROM', to, field: `derivedFrom[${i}]` })),
  } satisfies ArtifactKind<typeof datasetContent>,
  prompt: {
    artifact: 'Prompt',
    version: 'PromptVersion',
    content: promptContent,
    links: () => [],
  } satisfies ArtifactKind<typeof promptContent>,
  model: {
    artifact: 'Model',
    version: 'ModelVersion',
    content: modelContent,
    links: (c) => {
      const links: VersionLink[] = [];
      if (c.baseVersion) {
        const role = c.modelKind === 'ADAPTER' ? 'adapter-of' : 'fine-tuned-from';
        links.push({ type: 'WAS_DERIVED_FROM', to: c.baseVersion, field: 'baseVersion', role });
      }
      if (c.trainingRun) links.push({ type: 'WAS_GENERATED_BY', to: c.trainingRun, field: 'trainingRun' });
      return links;
    },
  } satisfies ArtifactKind<typeof modelContent>,
  retrieval: {
    artifact: 'RetrievalConfig',
    version: 'RetrievalConfigVersion',
    content: retrievalContent,
    links: (c): VersionLink[] => [
      ...c.corpus.map((to, i): VersionLink => ({ type: 'WAS_DERIVED_FROM', to, role: 'corpus', field: `corpus[${i}]` })),
      ...(c.documents ?? []).map((to, i): VersionLink => ({ type: 'WAS_DERIVED_FROM', to, role: 'corpus', field: `documents[${i}]` })),
    ],
  } satisfies ArtifactKind<typeof retrievalContent>,
};

export type ArtifactFamily = keyof typeof ARTIFACT_KINDS;

/** The node types of a family's artifacts and of its versions. */
export type ArtifactOf<F extends ArtifactFamily = ArtifactFamily> = (typeof ARTIFACT_KINDS)[F]['artifact'];
export type VersionOf<F extends ArtifactFamily = ArtifactFamily> = (typeof ARTIFACT_KINDS)[F]['version'];
