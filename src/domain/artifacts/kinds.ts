import { z } from 'zod';
import { CLASSIFICATIONS } from '../permissions/principal.js';
import type { NodeType } from '../ids.js';
import { idOf, jsonText, sha256Hex, text } from '../validate.js';

/**
 * The four versioned artifact families share one registration path; each differs only in the
 * content its versions carry and the links that content implies.
 */
export interface ArtifactKind<C extends z.ZodType = z.ZodType> {
  artifact: NodeType;
  version: NodeType;
  content: C;
  /** Relationships a version's content implies: [type, target id, role]. */
  links: (content: z.output<C>) => Array<{ type: string; to: string; role?: string; field: string }>;
}

const datasetContent = z.object({
  uri: text(2000).min(1, 'must not be empty'),
  digest: sha256Hex.optional(),
  schema: jsonText.optional(),
  rowCount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  labelQuality: z.number().min(0).max(1).optional(),
  classification: z.enum(CLASSIFICATIONS).default('INTERNAL'),
  derivedFrom: z.array(idOf('DatasetVersion')).max(100).default([]),
});

const promptContent = z.object({
  template: text(50_000).min(1, 'must not be empty'),
  variables: z.array(text(100)).max(100).default([]),
  promptKind: z.enum(['SYSTEM_PROMPT', 'USER_TEMPLATE', 'AGENT_POLICY']),
});

const modelContent = z
  .object({
    provider: text(200).min(1, 'must not be empty'),
    modelKind: z.enum(['BASE', 'FINE_TUNED', 'ADAPTER']),
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
  chunkStrategy: z.enum(['FIXED', 'SENTENCE', 'SEMANTIC', 'HEADING']).default('FIXED'),
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
    links: (c) => c.derivedFrom.map((to, i) => ({ type: 'WAS_DERIVED_FROM', to, field: `derivedFrom[${i}]` })),
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
    links: (c) => [
      ...(c.baseVersion
        ? [
            {
              type: 'WAS_DERIVED_FROM',
              to: c.baseVersion,
              field: 'baseVersion',
              role: c.modelKind === 'ADAPTER' ? 'adapter-of' : 'fine-tuned-from',
            },
          ]
        : []),
      ...(c.trainingRun ? [{ type: 'WAS_GENERATED_BY', to: c.trainingRun, field: 'trainingRun' }] : []),
    ],
  } satisfies ArtifactKind<typeof modelContent>,
  retrieval: {
    artifact: 'RetrievalConfig',
    version: 'RetrievalConfigVersion',
    content: retrievalContent,
    links: (c) => [
      ...c.corpus.map((to, i) => ({ type: 'WAS_DERIVED_FROM', to, role: 'corpus', field: `corpus[${i}]` })),
      ...(c.documents ?? []).map((to, i) => ({ type: 'WAS_DERIVED_FROM', to, role: 'corpus', field: `documents[${i}]` })),
    ],
  } satisfies ArtifactKind<typeof retrievalContent>,
};

export type ArtifactFamily = keyof typeof ARTIFACT_KINDS;
