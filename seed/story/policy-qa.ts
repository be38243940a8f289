import type { Builders, Step } from '../steps.js';

const DOC_SCHEMA = JSON.stringify({
  columns: { doc_id: 'string', title: 'string', section: 'string', body: 'text', owner: 'string', effective_from: 'date' },
});
const QA_SCHEMA = JSON.stringify({ columns: { question: 'text', answer: 'text', source_sections: 'string[]', annotator: 'string' } });

const SYSTEM_V1 =
  "You answer employees' questions about Northwind Assurance internal policies. Use only the policy excerpts provided. If they do not answer the question, say so and name the policy owner to contact.";
const SYSTEM_V2 = `${SYSTEM_V1} Cite the policy id and section for every statement, e.g. (HR-POL-014 §4.1).`;
const SYSTEM_V3 =
  "You answer employees' questions about Northwind Assurance internal policies. Give a short, direct answer that summarises the relevant policies. Cite the main policy.";
const SYSTEM_V4 = `${SYSTEM_V2} Every sentence must be supported by a quoted excerpt; when the excerpts are insufficient, refuse and route to the policy owner.`;

/**
 * Use case 1: evolving policy knowledge, so retrieval over versioned documents. Release 3 shortens
 * the system prompt and switches to semantic chunking; offline evaluation passes, production
 * groundedness drops, and the release is rolled back to release 2. Release 4 fixes it and waits in staging.
 */
export function policyQaStory(b: Builders): Step[] {
  return [
    b.system(
      [0, '09:30'],
      'alice',
      'policy-qa',
      'Policy Q&A assistant',
      'Answers employee questions about internal policies from the policy document corpus (RAG).',
    ),
    b.artifact(
      [0, '13:00'],
      'alice',
      'dataset',
      'policy-docs',
      'Policy document corpus',
      'Every internal policy in force, one row per section; refreshed when policy owners publish changes.',
    ),
    b.artifact(
      [0, '13:05'],
      'alice',
      'dataset',
      'regulatory-texts',
      'Public regulatory texts',
      'FCA handbook and GDPR articles the internal policies cite.',
    ),
    b.artifact(
      [0, '13:10'],
      'alice',
      'dataset',
      'policy-qa-eval',
      'Policy Q&A golden set',
      'Questions from the HR and finance help desks with reference answers and source sections.',
    ),
    b.artifact([0, '13:15'], 'alice', 'prompt', 'policy-qa-system', 'Policy assistant system prompt', 'Grounding and citation rules.'),
    b.artifact(
      [0, '13:20'],
      'alice',
      'prompt',
      'policy-qa-user',
      'Policy assistant user template',
      'How the question and the retrieved excerpts are laid out.',
    ),
    b.artifact([0, '13:25'], 'alice', 'retrieval', 'policy-docs-index', 'Policy document index', 'Vector index over the policy corpus.'),
    b.document([0, '13:30'], 'alice', 'ai-governance-policy', 'How AI systems are owned, approved, traced, monitored and rolled back.'),
    b.document(
      [0, '13:35'],
      'alice',
      'data-retention-rule',
      'How long training, evaluation and invocation data is kept, and how it is deleted.',
    ),
    b.document(
      [0, '13:40'],
      'alice',
      'model-risk-standard',
      'Model inventory, independent validation, thresholds, incidents and periodic review.',
    ),
    b.documentVersion([1, '11:00'], 'alice', 'ai-governance-policy', 1),
    b.documentVersion([1, '11:10'], 'alice', 'data-retention-rule', 1),
    b.documentVersion([1, '11:20'], 'alice', 'model-risk-standard', 1),

    b.version([1, '10:00'], 'alice', 'dataset', 'dataset:policy-docs@1', 'Initial export from the policy portal (1,840 sections).', () => ({
      uri: 's3://nw-ml-data/policy-docs/v1/',
      schema: DOC_SCHEMA,
      rowCount: 1840,
      classification: 'INTERNAL',
    })),
    b.version([1, '10:20'], 'alice', 'dataset', 'dataset:regulatory-texts@1', 'FCA SYSC and GDPR articles referenced by policies.', () => ({
      uri: 's3://nw-ml-data/regulatory-texts/v1/',
      schema: DOC_SCHEMA,
      rowCount: 612,
      classification: 'PUBLIC',
    })),
    b.version(
      [1, '15:00'],
      'alice',
      'dataset',
      'dataset:policy-qa-eval@1',
      'First golden set: 420 help-desk questions, double-annotated.',
      (r) => ({
        uri: 's3://nw-ml-data/policy-qa-eval/v1/qa.parquet',
        schema: QA_SCHEMA,
        rowCount: 420,
        labelQuality: 0.93,
        classification: 'INTERNAL',
        derivedFrom: [r('dataset:policy-docs@1')],
      }),
    ),
    b.version([2, '09:40'], 'alice', 'prompt', 'prompt:policy-qa-system@1', 'First grounded system prompt.', () => ({
      template: SYSTEM_V1,
      promptKind: 'SYSTEM_PROMPT',
    })),
    b.version([2, '09:45'], 'alice', 'prompt', 'prompt:policy-qa-user@1', 'Question followed by numbered excerpts.', () => ({
      template: 'Question: {{question}}\n\nPolicy excerpts:\n{{context}}',
      variables: ['question', 'context'],
      promptKind: 'USER_TEMPLATE',
    })),
    b.version([2, '11:00'], 'alice', 'retrieval', 'retrieval:policy-docs-index@1', 'Fixed 512-token chunks over policy-docs v1.', (r) => ({
      index: 'policy-docs-v1',
      embeddingModel: 'bge-base-en-v1.5',
      chunkStrategy: 'FIXED',
      chunkSize: 512,
      chunkOverlap: 64,
      topK: 5,
      corpus: [r('dataset:policy-docs@1')],
    })),
    b.release([3, '10:00'], 'alice', 'release:policy-qa@1', {
      model: 'model:mistral-7b-instruct@1',
      prompts: ['prompt:policy-qa-system@1', 'prompt:policy-qa-user@1'],
      retrievalConfig: 'retrieval:policy-docs-index@1',
      notes: 'First release: grounded answers over the v1 corpus.',
    }),
    b.evaluation([3, '15:00'], 'alice', 'policy-qa-r1-offline', {
      subject: 'release:policy-qa@1',
      dataset: 'dataset:policy-qa-eval@1',
      threshold: 0.8,
      metrics: { faithfulness: 0.84, answerRelevance: 0.81, groundedness: 0.86, latencyP95Ms: 2300 },
      notes: 'Offline run on the 420-question golden set.',
    }),
    b.move([4, '14:00'], 'alice', 'policy-qa', 'staging', 'PROMOTE', 'release:policy-qa@1', 'Pilot with the HR help desk.'),
    b.approval(
      [5, '11:00'],
      'dmitri',
      'release:policy-qa@1',
      'production',
      'APPROVED',
      'Faithfulness 0.84 above the 0.80 bar; pilot feedback positive; answers cite sources.',
    ),
    b.move([6, '10:00'], 'alice', 'policy-qa', 'production', 'PROMOTE', 'release:policy-qa@1', 'Launch to all employees after approval.'),

    b.version([14, '10:00'], 'alice', 'dataset', 'dataset:policy-docs@2', 'Q2 policy refresh: 275 sections added or changed.', () => ({
      uri: 's3://nw-ml-data/policy-docs/v2/',
      schema: DOC_SCHEMA,
      rowCount: 2115,
      classification: 'INTERNAL',
    })),
    b.version([14, '10:30'], 'alice', 'dataset', 'dataset:regulatory-texts@2', 'Adds the Consumer Duty rules.', () => ({
      uri: 's3://nw-ml-data/regulatory-texts/v2/',
      schema: DOC_SCHEMA,
      rowCount: 688,
      classification: 'PUBLIC',
    })),
    b.version(
      [15, '09:30'],
      'alice',
      'dataset',
      'dataset:policy-qa-eval@2',
      'Golden set extended to 640 questions against the refreshed corpus.',
      (r) => ({
        uri: 's3://nw-ml-data/policy-qa-eval/v2/qa.parquet',
        schema: QA_SCHEMA,
        rowCount: 640,
        labelQuality: 0.95,
        classification: 'INTERNAL',
        derivedFrom: [r('dataset:policy-docs@2'), r('dataset:policy-qa-eval@1')],
      }),
    ),
    b.version(
      [15, '11:00'],
      'alice',
      'retrieval',
      'retrieval:policy-docs-index@2',
      'Chunk by heading so sections stay whole; top-k 6.',
      (r) => ({
        index: 'policy-docs-v2',
        embeddingModel: 'bge-base-en-v1.5',
        chunkStrategy: 'HEADING',
        chunkSize: 800,
        chunkOverlap: 80,
        topK: 6,
        corpus: [r('dataset:policy-docs@2')],
      }),
    ),
    b.version(
      [16, '10:00'],
      'alice',
      'prompt',
      'prompt:policy-qa-system@2',
      'Require a policy id and section for every statement.',
      () => ({ template: SYSTEM_V2, promptKind: 'SYSTEM_PROMPT' }),
    ),
    b.version([16, '10:10'], 'alice', 'prompt', 'prompt:policy-qa-user@2', 'Label excerpts with policy id and section.', () => ({
      template: 'Question: {{question}}\n\nPolicy excerpts (id §section: text):\n{{context}}\n\nAnswer with citations.',
      variables: ['question', 'context'],
      promptKind: 'USER_TEMPLATE',
    })),
    b.release([17, '10:00'], 'alice', 'release:policy-qa@2', {
      model: 'model:mistral-7b-instruct@2',
      prompts: ['prompt:policy-qa-system@2', 'prompt:policy-qa-user@2'],
      retrievalConfig: 'retrieval:policy-docs-index@2',
      notes: 'Refreshed corpus, heading chunking, mandatory citations, Mistral v0.3.',
    }),
    b.evaluation([17, '16:00'], 'alice', 'policy-qa-r2-offline', {
      subject: 'release:policy-qa@2',
      dataset: 'dataset:policy-qa-eval@2',
      threshold: 0.85,
      metrics: { faithfulness: 0.89, answerRelevance: 0.86, groundedness: 0.91, latencyP95Ms: 2450 },
      notes: 'Offline run on the 640-question golden set.',
    }),
    b.move([18, '11:00'], 'alice', 'policy-qa', 'staging', 'PROMOTE', 'release:policy-qa@2', 'Staging soak for the refreshed corpus.'),
    b.approval(
      [19, '15:00'],
      'dmitri',
      'release:policy-qa@2',
      'production',
      'APPROVED',
      'Faithfulness up from 0.84 to 0.89 on the larger golden set; citations verified on a sample of 50.',
    ),
    b.move([20, '10:00'], 'alice', 'policy-qa', 'production', 'PROMOTE', 'release:policy-qa@2', 'Roll out the Q2 corpus refresh.'),

    b.version(
      [34, '10:00'],
      'alice',
      'dataset',
      'dataset:policy-docs@3',
      'Mid-year refresh: travel, expenses and hybrid-work policies rewritten.',
      () => ({
        uri: 's3://nw-ml-data/policy-docs/v3/',
        schema: DOC_SCHEMA,
        rowCount: 2342,
        classification: 'INTERNAL',
      }),
    ),
    b.version(
      [35, '11:00'],
      'alice',
      'retrieval',
      'retrieval:policy-docs-index@3',
      'Semantic chunking and top-k 8 to cover multi-policy questions.',
      (r) => ({
        index: 'policy-docs-v3',
        embeddingModel: 'bge-base-en-v1.5',
        chunkStrategy: 'SEMANTIC',
        chunkSize: 600,
        chunkOverlap: 60,
        topK: 8,
        corpus: [r('dataset:policy-docs@3')],
      }),
    ),
    b.version(
      [36, '09:30'],
      'alice',
      'prompt',
      'prompt:policy-qa-system@3',
      'Shorter answers that summarise across policies (help-desk feedback: answers too long).',
      () => ({
        template: SYSTEM_V3,
        promptKind: 'SYSTEM_PROMPT',
      }),
    ),
    b.release([37, '10:00'], 'alice', 'release:policy-qa@3', {
      model: 'model:mistral-7b-instruct@2',
      prompts: ['prompt:policy-qa-system@3', 'prompt:policy-qa-user@2'],
      retrievalConfig: 'retrieval:policy-docs-index@3',
      notes: 'Concise answers; semantic chunking over the mid-year corpus.',
    }),
    b.evaluation([37, '16:30'], 'alice', 'policy-qa-r3-offline', {
      subject: 'release:policy-qa@3',
      dataset: 'dataset:policy-qa-eval@2',
      threshold: 0.85,
      metrics: { faithfulness: 0.87, answerRelevance: 0.9, groundedness: 0.86, latencyP95Ms: 1900 },
      notes: 'Offline run on the 640-question golden set; shorter answers score higher on relevance.',
    }),
    b.move([38, '10:00'], 'alice', 'policy-qa', 'staging', 'PROMOTE', 'release:policy-qa@3', 'Staging trial of concise answers.'),
    b.approval(
      [39, '14:00'],
      'erin',
      'release:policy-qa@3',
      'production',
      'APPROVED',
      'Offline metrics above the bar and latency down 22%; approve with a production groundedness check after 48 hours.',
    ),
    b.move([40, '10:00'], 'alice', 'policy-qa', 'production', 'PROMOTE', 'release:policy-qa@3', 'Ship concise answers to all employees.'),
    b.evaluation([42, '16:00'], 'alice', 'policy-qa-r3-production-sample', {
      subject: 'release:policy-qa@3',
      dataset: 'dataset:policy-qa-eval@2',
      threshold: 0.85,
      metrics: { groundedness: 0.71, faithfulness: 0.76, answerRelevance: 0.88 },
      notes:
        'Human review of 200 production answers after the groundedness monitor alerted: 18% state rules that are in no retrieved excerpt (summaries blend policies).',
    }),
    b.move(
      [43, '09:30'],
      'alice',
      'policy-qa',
      'production',
      'ROLLBACK',
      'release:policy-qa@2',
      'The groundedness monitor alerted on release 3 (production answers summarise beyond the retrieved policy text, confirmed by review); executing the rollback plan it proposed: back to release 2.',
    ),

    b.documentVersion([44, '09:00'], 'alice', 'ai-governance-policy', 2),
    b.documentVersion([44, '09:10'], 'alice', 'data-retention-rule', 2),
    b.documentVersion([44, '09:20'], 'alice', 'model-risk-standard', 2),
    b.version(
      [45, '11:00'],
      'alice',
      'retrieval',
      'retrieval:policy-docs-index@4',
      'Index the governance documents themselves, chunked by heading and embedded locally.',
      (r) => ({
        index: 'policy-documents',
        embeddingModel: 'multilingual-e5-small-q4',
        chunkStrategy: 'HEADING',
        chunkSize: 1200,
        chunkOverlap: 0,
        topK: 5,
        corpus: [r('dataset:policy-docs@3')],
        documents: [r('document:ai-governance-policy@2'), r('document:data-retention-rule@2'), r('document:model-risk-standard@2')],
      }),
    ),
    b.version(
      [46, '10:00'],
      'alice',
      'prompt',
      'prompt:policy-qa-system@4',
      'Concise, but every sentence quoted from an excerpt; refuse when excerpts are insufficient.',
      () => ({
        template: SYSTEM_V4,
        promptKind: 'SYSTEM_PROMPT',
      }),
    ),
    b.release([47, '10:00'], 'alice', 'release:policy-qa@4', {
      model: 'model:mistral-7b-instruct@2',
      prompts: ['prompt:policy-qa-system@4', 'prompt:policy-qa-user@2'],
      retrievalConfig: 'retrieval:policy-docs-index@3',
      notes: 'Release 3 with the grounding rules restored.',
    }),
    b.evaluation([48, '15:00'], 'alice', 'policy-qa-r4-offline', {
      subject: 'release:policy-qa@4',
      dataset: 'dataset:policy-qa-eval@2',
      threshold: 0.85,
      metrics: { groundedness: 0.93, faithfulness: 0.92, answerRelevance: 0.87, latencyP95Ms: 2050 },
      notes: 'Offline run plus the 200 production questions that release 3 got wrong.',
    }),
    b.move([49, '11:00'], 'alice', 'policy-qa', 'staging', 'PROMOTE', 'release:policy-qa@4', 'Staging soak; awaiting production approval.'),
  ];
}
