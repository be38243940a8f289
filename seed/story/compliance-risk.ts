import type { Builders, Step } from '../steps.js';

const CASE_SCHEMA = JSON.stringify({
  columns: { case_id: 'string', narrative: 'text', typology: 'string', label: 'flag|clear|escalate', reviewer: 'string' },
});

const POLICY_V1 =
  'Assess each alert against the AML typology rulebook. Output flag, clear or escalate with a confidence, then a rationale that names the rule ids applied.';
const POLICY_V2 = `${POLICY_V1} When confidence is below 0.6, output escalate instead of guessing.`;
const POLICY_V3 = `${POLICY_V2} Always run the typology checklist T-01 to T-12 before deciding and list the typologies that matched.`;

/**
 * Use case 2: strict traceability and rollback with scarce labels, so versioned agent policies plus
 * a small LoRA adapter. Release 2 fails its evaluation and is rejected for production; release 3 is approved.
 */
export function complianceRiskStory(b: Builders): Step[] {
  return [
    b.system(
      [0, '09:40'],
      'bilal',
      'compliance-risk',
      'Compliance risk assistant',
      'Triages transaction-monitoring alerts: flag, clear or escalate, with a traceable rationale.',
    ),
    b.artifact(
      [0, '14:00'],
      'bilal',
      'dataset',
      'compliance-cases',
      'Reviewed compliance cases',
      'Alerts closed by the financial-crime team with their final disposition.',
    ),
    b.artifact(
      [0, '14:05'],
      'bilal',
      'dataset',
      'compliance-eval',
      'Compliance evaluation cases',
      'Held-out alerts labelled by two senior investigators.',
    ),
    b.artifact(
      [0, '14:10'],
      'bilal',
      'prompt',
      'compliance-risk-system',
      'Compliance assistant system prompt',
      'Role, tone and output format.',
    ),
    b.artifact(
      [0, '14:15'],
      'bilal',
      'prompt',
      'compliance-risk-policy',
      'Compliance triage agent policy',
      'Decision rules the agent follows; changes need model-risk approval.',
    ),
    b.artifact([0, '14:20'], 'bilal', 'retrieval', 'compliance-rulebook', 'AML rulebook index', 'Typology rules and regulator guidance.'),
    b.artifact(
      [0, '14:25'],
      'bilal',
      'model',
      'compliance-risk-lora',
      'Compliance risk LoRA adapter',
      'Small adapter on the base model, trained on reviewed cases.',
    ),

    b.version([5, '10:00'], 'bilal', 'dataset', 'dataset:compliance-cases@1', 'Cases closed in the last two quarters.', () => ({
      uri: 's3://nw-ml-restricted/compliance-cases/v1/cases.parquet',
      schema: CASE_SCHEMA,
      rowCount: 310,
      labelQuality: 0.78,
      classification: 'CONFIDENTIAL',
    })),
    b.version([5, '10:30'], 'bilal', 'dataset', 'dataset:compliance-eval@1', '120 held-out alerts, dual-labelled.', () => ({
      uri: 's3://nw-ml-restricted/compliance-eval/v1/cases.parquet',
      schema: CASE_SCHEMA,
      rowCount: 120,
      labelQuality: 0.9,
      classification: 'CONFIDENTIAL',
    })),
    b.version([5, '14:00'], 'bilal', 'prompt', 'prompt:compliance-risk-system@1', 'First system prompt.', () => ({
      template:
        'You are a financial-crime triage assistant for Northwind Assurance investigators. Be precise; never speculate about customers.',
      promptKind: 'SYSTEM_PROMPT',
    })),
    b.version([5, '14:10'], 'bilal', 'prompt', 'prompt:compliance-risk-policy@1', 'Initial triage policy.', () => ({
      template: POLICY_V1,
      promptKind: 'AGENT_POLICY',
    })),
    b.version([5, '15:00'], 'bilal', 'retrieval', 'retrieval:compliance-rulebook@1', 'Rulebook v2024.3, one chunk per rule.', () => ({
      index: 'aml-rulebook-2024-3',
      embeddingModel: 'bge-base-en-v1.5',
      chunkStrategy: 'HEADING',
      chunkSize: 400,
      chunkOverlap: 0,
      topK: 4,
    })),
    b.release([10, '10:00'], 'bilal', 'release:compliance-risk@1', {
      model: 'model:mistral-7b-instruct@2',
      prompts: ['prompt:compliance-risk-system@1', 'prompt:compliance-risk-policy@1'],
      retrievalConfig: 'retrieval:compliance-rulebook@1',
      notes: 'Prompt-only baseline with the rulebook retriever.',
    }),
    b.evaluation([10, '15:00'], 'bilal', 'compliance-risk-r1-offline', {
      subject: 'release:compliance-risk@1',
      dataset: 'dataset:compliance-eval@1',
      threshold: 0.8,
      metrics: { riskRecall: 0.82, precision: 0.74, accuracy: 0.79 },
      notes: 'Recall is the bar: a missed risk costs more than a false flag.',
    }),
    b.move(
      [11, '10:00'],
      'bilal',
      'compliance-risk',
      'staging',
      'PROMOTE',
      'release:compliance-risk@1',
      'Shadow mode beside the investigators.',
    ),
    b.approval(
      [12, '16:00'],
      'dmitri',
      'release:compliance-risk@1',
      'production',
      'APPROVED',
      'Recall 0.82 meets the 0.80 bar; every decision carries rule ids; investigators keep the final say.',
    ),
    b.move([13, '10:00'], 'bilal', 'compliance-risk', 'production', 'PROMOTE', 'release:compliance-risk@1', 'Go live for alert triage.'),

    b.version(
      [18, '10:00'],
      'bilal',
      'dataset',
      'dataset:compliance-cases@2',
      'Adds 55 SAR-linked cases with narratives (restricted).',
      (r) => ({
        uri: 's3://nw-ml-restricted/compliance-cases/v2/cases.parquet',
        schema: CASE_SCHEMA,
        rowCount: 365,
        labelQuality: 0.82,
        classification: 'RESTRICTED',
        derivedFrom: [r('dataset:compliance-cases@1')],
      }),
    ),
    b.training([19, '09:00'], 'bilal', 'training:compliance-risk-lora-r1', 3, {
      datasets: ['dataset:compliance-cases@2'],
      baseModel: 'model:mistral-7b-instruct@2',
      parameters: { method: 'lora', rank: 16, alpha: 32, epochs: 3, learningRate: 0.0002 },
      notes: 'Small adapter: 365 cases is too few for a full fine-tune.',
    }),
    b.version([19, '14:00'], 'bilal', 'model', 'model:compliance-risk-lora@1', 'LoRA r16 on reviewed cases v2.', (r) => ({
      provider: 'nw-ml-platform',
      modelKind: 'ADAPTER',
      baseVersion: r('model:mistral-7b-instruct@2'),
      trainingRun: r('training:compliance-risk-lora-r1'),
      uri: 's3://nw-ml-models/compliance-risk-lora/r1/',
    })),
    b.version(
      [21, '10:00'],
      'bilal',
      'prompt',
      'prompt:compliance-risk-policy@2',
      'Escalate instead of guessing below 0.6 confidence.',
      () => ({ template: POLICY_V2, promptKind: 'AGENT_POLICY' }),
    ),
    b.release([22, '10:00'], 'bilal', 'release:compliance-risk@2', {
      model: 'model:compliance-risk-lora@1',
      prompts: ['prompt:compliance-risk-system@1', 'prompt:compliance-risk-policy@2'],
      retrievalConfig: 'retrieval:compliance-rulebook@1',
      notes: 'Adapter plus the escalation rule.',
    }),
    b.evaluation([22, '16:00'], 'bilal', 'compliance-risk-r2-offline', {
      subject: 'release:compliance-risk@2',
      dataset: 'dataset:compliance-eval@1',
      threshold: 0.8,
      metrics: { riskRecall: 0.76, precision: 0.83, accuracy: 0.81 },
      notes: "Precision up, but recall on layering typologies dropped: the adapter learned the reviewers' bias towards clearing.",
    }),
    b.move(
      [23, '10:00'],
      'bilal',
      'compliance-risk',
      'staging',
      'PROMOTE',
      'release:compliance-risk@2',
      'Staging to investigate the recall drop on live alerts.',
    ),
    b.approval(
      [24, '11:00'],
      'erin',
      'release:compliance-risk@2',
      'production',
      'REJECTED',
      'Recall 0.76 is below the 0.80 bar; missed layering cases are not acceptable even with better precision.',
    ),

    b.version(
      [26, '10:00'],
      'bilal',
      'prompt',
      'prompt:compliance-risk-policy@3',
      'Run the typology checklist before every decision.',
      () => ({ template: POLICY_V3, promptKind: 'AGENT_POLICY' }),
    ),
    b.release([27, '10:00'], 'bilal', 'release:compliance-risk@3', {
      model: 'model:compliance-risk-lora@1',
      prompts: ['prompt:compliance-risk-system@1', 'prompt:compliance-risk-policy@3'],
      retrievalConfig: 'retrieval:compliance-rulebook@1',
      notes: 'Adapter with the typology checklist restored.',
    }),
    b.evaluation([27, '16:00'], 'bilal', 'compliance-risk-r3-offline', {
      subject: 'release:compliance-risk@3',
      dataset: 'dataset:compliance-eval@1',
      threshold: 0.8,
      metrics: { riskRecall: 0.86, precision: 0.81, accuracy: 0.84 },
      notes: 'Checklist recovers layering recall; precision keeps most of the adapter gain.',
    }),
    b.move(
      [28, '10:00'],
      'bilal',
      'compliance-risk',
      'staging',
      'PROMOTE',
      'release:compliance-risk@3',
      'Staging with the checklist policy.',
    ),
    b.approval(
      [29, '15:00'],
      'erin',
      'release:compliance-risk@3',
      'production',
      'APPROVED',
      'Recall 0.86 and precision 0.81; typology list in every rationale makes decisions reviewable.',
    ),
    b.move(
      [30, '10:00'],
      'bilal',
      'compliance-risk',
      'production',
      'PROMOTE',
      'release:compliance-risk@3',
      'Replace the prompt-only baseline.',
    ),
    b.version(
      [44, '10:00'],
      'bilal',
      'dataset',
      'dataset:compliance-eval@2',
      '40 more held-out alerts, including sanctions-evasion cases.',
      (r) => ({
        uri: 's3://nw-ml-restricted/compliance-eval/v2/cases.parquet',
        schema: CASE_SCHEMA,
        rowCount: 160,
        labelQuality: 0.92,
        classification: 'RESTRICTED',
        derivedFrom: [r('dataset:compliance-eval@1')],
      }),
    ),
    b.evaluation([45, '15:00'], 'bilal', 'compliance-risk-r3-monthly', {
      subject: 'release:compliance-risk@3',
      dataset: 'dataset:compliance-eval@2',
      threshold: 0.8,
      metrics: { riskRecall: 0.85, precision: 0.8, accuracy: 0.83 },
      notes: 'Monthly re-validation on the extended evaluation set.',
    }),
  ];
}
