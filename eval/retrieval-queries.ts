import type { CorpusDocument } from '../seed/corpus.js';

/**
 * Labelled questions over the demo corpus (the second, current versions): each names the one section
 * that answers it. Some share words with their section, many are paraphrases, so both sides of hybrid
 * retrieval are exercised.
 */
export const RETRIEVAL_QUERIES: Array<{ query: string; document: CorpusDocument; section: string }> = [
  { query: 'Which AI systems does the governance policy apply to?', document: 'ai-governance-policy', section: '1 Purpose and scope' },
  { query: 'Does the policy cover pilots that use employee data?', document: 'ai-governance-policy', section: '1 Purpose and scope' },
  { query: 'Who answers for the outcomes of an AI system?', document: 'ai-governance-policy', section: '2 Roles and accountability' },
  { query: 'Can I approve a change my own team built?', document: 'ai-governance-policy', section: '2 Roles and accountability' },
  { query: 'What makes a system tier 1?', document: 'ai-governance-policy', section: '3 Risk tiering' },
  { query: 'how are systems classified by impact on customers', document: 'ai-governance-policy', section: '3 Risk tiering' },
  {
    query: 'What must we be able to show for every output a production system gives?',
    document: 'ai-governance-policy',
    section: '4 Traceability and record keeping',
  },
  { query: 'may approval records be edited or deleted', document: 'ai-governance-policy', section: '4 Traceability and record keeping' },
  { query: 'What is needed before a release can serve production?', document: 'ai-governance-policy', section: '5 Release approval' },
  { query: 'emergency change approval deadline', document: 'ai-governance-policy', section: '5 Release approval' },
  {
    query: 'How quickly must a release that breaches its quality bar be rolled back?',
    document: 'ai-governance-policy',
    section: '6 Monitoring and rollback',
  },
  { query: 'undo a bad deployment', document: 'ai-governance-policy', section: '6 Monitoring and rollback' },
  {
    query: 'Does a person review a declined claim before it takes effect?',
    document: 'ai-governance-policy',
    section: '7 Human oversight',
  },
  { query: 'are customers informed that AI was involved in a decision', document: 'ai-governance-policy', section: '7 Human oversight' },
  { query: 'What do we record about vendor models?', document: 'ai-governance-policy', section: '8 Third-party models' },
  { query: 'licence of open-weight models', document: 'ai-governance-policy', section: '8 Third-party models' },
  { query: 'Must the assistant cite its sources?', document: 'ai-governance-policy', section: '9 Generative assistants' },
  {
    query: 'what should a chatbot do when the retrieved text does not answer the question',
    document: 'ai-governance-policy',
    section: '9 Generative assistants',
  },
  { query: 'Which datasets does the retention rule cover?', document: 'data-retention-rule', section: '1 Scope' },
  { query: 'How long do we keep training data?', document: 'data-retention-rule', section: '2 Training data retention' },
  {
    query: 'fine-tuning datasets retention period after model retirement',
    document: 'data-retention-rule',
    section: '2 Training data retention',
  },
  { query: 'How long are golden sets kept?', document: 'data-retention-rule', section: '3 Evaluation data retention' },
  { query: 'How long are invocation logs kept?', document: 'data-retention-rule', section: '4 Invocation and output logs' },
  { query: 'retention of records of decisions about customers', document: 'data-retention-rule', section: '4 Invocation and output logs' },
  { query: 'Do we pseudonymise personal data before training?', document: 'data-retention-rule', section: '5 Personal data minimisation' },
  { query: 'masking names and account numbers in free text', document: 'data-retention-rule', section: '5 Personal data minimisation' },
  {
    query: 'What happens when a customer asks us to erase their data?',
    document: 'data-retention-rule',
    section: '6 Deletion and erasure requests',
  },
  { query: 'deadline to record a deletion in the registry', document: 'data-retention-rule', section: '6 Deletion and erasure requests' },
  { query: 'Can a lawsuit stop the deletion of data?', document: 'data-retention-rule', section: '7 Legal holds' },
  { query: 'how long are indexed document versions kept for retrieval', document: 'data-retention-rule', section: '8 Retrieval corpora' },
  { query: 'What is the objective of the model risk standard?', document: 'model-risk-standard', section: '1 Objective' },
  { query: 'Can an unlisted model be used in production?', document: 'model-risk-standard', section: '2 Model inventory' },
  { query: 'Who validates a model before first use?', document: 'model-risk-standard', section: '3 Independent validation' },
  { query: 'possible outcomes of a validation opinion', document: 'model-risk-standard', section: '3 Independent validation' },
  {
    query: 'When does falling below a quality threshold become an incident?',
    document: 'model-risk-standard',
    section: '4 Performance thresholds',
  },
  { query: 'How fast must a model incident be reported?', document: 'model-risk-standard', section: '5 Model incidents' },
  { query: 'How often are tier 2 models revalidated?', document: 'model-risk-standard', section: '6 Periodic review' },
  { query: 'Is an adapter a new model version?', document: 'model-risk-standard', section: '7 Fine-tuning and adapters' },
];
