import { readFileSync } from 'node:fs';
import type { DomainContext } from '../src/domain/context.js';
import { registerDocument, registerDocumentVersion } from '../src/domain/documents/register.js';
import { projectPath } from '../src/project-root.js';

/** The demo's policy documents (seed/corpus/*.md, written for the demo), as their first versions. */
export const CORPUS = {
  'ai-governance-policy': { title: 'AI Governance Policy (GOV-AI-001)', documentKind: 'INTERNAL_POLICY', classification: 'INTERNAL' },
  'data-retention-rule': {
    title: 'Data Retention Rule for AI Systems (DR-AI-004)',
    documentKind: 'INTERNAL_POLICY',
    classification: 'INTERNAL',
  },
  'model-risk-standard': { title: 'Model Risk Management Standard (MRM-STD-002)', documentKind: 'STANDARD', classification: 'INTERNAL' },
} as const;

export type CorpusDocument = keyof typeof CORPUS;

export const corpusText = (doc: CorpusDocument): string => readFileSync(projectPath('seed', 'corpus', `${doc}.md`), 'utf8');

/** What the second versions change: the edits policy owners published after the policy-qa rollback. */
export const SECOND_VERSIONS: Record<CorpusDocument, { message: string; edit: (text: string) => string }> = {
  'ai-governance-policy': {
    message: 'Adds grounding rules for generative assistants after the policy-qa rollback.',
    edit: (t) =>
      `${t.trimEnd()}\n\n## 9 Generative assistants\nAssistants that answer employees or customers answer only from retrieved passages of documents in force and cite the document and section for every statement. When the passages do not answer the question, the assistant says so and names the policy owner. Production groundedness is measured on a sample of answers within forty-eight hours of every release.\n`,
  },
  'data-retention-rule': {
    message: 'Training data retention shortened from six to five years; retrieval corpora covered.',
    edit: (t) =>
      `${t.replace('are kept for six years after the last model version trained on them is retired', 'are kept for five years after the last model version trained on them is retired').trimEnd()}\n\n## 8 Retrieval corpora\nEvery version of a document indexed for retrieval is kept for as long as any release that searched it is retained, so that the passages an assistant cited can be shown again exactly as they were.\n`,
  },
  'model-risk-standard': {
    message: 'Tier 2 revalidation every eighteen months instead of two years.',
    edit: (t) => t.replace('Tier 2 models every two years', 'Tier 2 models every eighteen months'),
  },
};

/** Loads the demo corpus (both versions of each document) under a key prefix, idempotently (eval and bench). */
export async function loadDemoCorpus(ctx: DomainContext, prefix: string): Promise<Record<CorpusDocument, string>> {
  const ids = {} as Record<CorpusDocument, string>;
  for (const doc of Object.keys(CORPUS) as CorpusDocument[]) {
    const id = String((await registerDocument(ctx, { key: `${prefix}${doc}`, name: CORPUS[doc].title })).node.id);
    const base = {
      document: id,
      title: CORPUS[doc].title,
      documentKind: CORPUS[doc].documentKind,
      classification: CORPUS[doc].classification,
      chunking: { strategy: 'HEADING', maxChars: 1200 },
    };
    await registerDocumentVersion(ctx, { ...base, text: corpusText(doc) });
    await registerDocumentVersion(ctx, { ...base, text: SECOND_VERSIONS[doc].edit(corpusText(doc)) });
    ids[doc] = id;
  }
  return ids;
}
