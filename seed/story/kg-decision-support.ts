import type { Builders, Step } from '../steps.js';

const DECISION_SCHEMA = JSON.stringify({
  columns: { request_id: 'string', supplier_subgraph: 'json', features: 'json', decision: 'approve|review|decline', decided_by: 'string' },
});

/**
 * Use case 3: a stable, high-value task with clean label-grade history, so a targeted fine-tune.
 * The prompt-only baseline serves first; the fine-tuned model replaces it after evaluation.
 */
export function kgDecisionStory(b: Builders): Step[] {
  return [
    b.system(
      [0, '09:50'],
      'carmen',
      'kg-decision-support',
      'Supplier onboarding decision support',
      'Recommends approve, review or decline for supplier onboarding from the procurement knowledge graph.',
    ),
    b.artifact(
      [0, '15:00'],
      'carmen',
      'dataset',
      'kg-decisions',
      'Historical onboarding decisions',
      'Five years of procurement decisions with the supplier subgraph at decision time.',
    ),
    b.artifact([0, '15:05'], 'carmen', 'dataset', 'kg-eval', 'Onboarding decision test set', 'Stratified held-out decisions.'),
    b.artifact(
      [0, '15:10'],
      'carmen',
      'prompt',
      'kg-decision-template',
      'Decision request template',
      'Serialises the supplier subgraph and asks for a decision.',
    ),
    b.artifact(
      [0, '15:15'],
      'carmen',
      'model',
      'kg-decision-ft',
      'Onboarding decision model',
      'Base model fine-tuned on historical onboarding decisions.',
    ),

    b.version([6, '10:00'], 'carmen', 'dataset', 'dataset:kg-decisions@1', 'Decisions 2019-2023 with subgraph snapshots.', () => ({
      uri: 's3://nw-ml-data/kg-decisions/v1/',
      schema: DECISION_SCHEMA,
      rowCount: 48200,
      labelQuality: 0.97,
      classification: 'INTERNAL',
    })),
    b.version([6, '11:00'], 'carmen', 'dataset', 'dataset:kg-eval@1', 'Stratified 2,000-decision test set.', (r) => ({
      uri: 's3://nw-ml-data/kg-eval/v1/',
      schema: DECISION_SCHEMA,
      rowCount: 2000,
      labelQuality: 0.99,
      classification: 'INTERNAL',
      derivedFrom: [r('dataset:kg-decisions@1')],
    })),
    b.version([6, '14:00'], 'carmen', 'prompt', 'prompt:kg-decision-template@1', 'Subgraph as triples, decision with reasons.', () => ({
      template:
        'Supplier: {{supplier}}\nKnowledge graph facts:\n{{triples}}\nDecide approve, review or decline and list the facts that decided it.',
      variables: ['supplier', 'triples'],
      promptKind: 'USER_TEMPLATE',
    })),
    b.release([8, '10:00'], 'carmen', 'release:kg-decision-support@1', {
      model: 'model:mistral-7b-instruct@2',
      prompts: ['prompt:kg-decision-template@1'],
      notes: 'Prompt-only baseline to measure what a fine-tune must beat.',
    }),
    b.evaluation([8, '16:00'], 'carmen', 'kg-decision-r1-offline', {
      subject: 'release:kg-decision-support@1',
      dataset: 'dataset:kg-eval@1',
      threshold: 0.75,
      metrics: { accuracy: 0.78, macroF1: 0.71, declineRecall: 0.69 },
      notes: 'Baseline on the 2,000-decision test set.',
    }),
    b.move([9, '10:00'], 'carmen', 'kg-decision-support', 'staging', 'PROMOTE', 'release:kg-decision-support@1', 'Procurement pilot.'),
    b.approval(
      [10, '11:00'],
      'erin',
      'release:kg-decision-support@1',
      'production',
      'APPROVED',
      'Advisory only: buyers see the recommendation and the facts behind it and decide themselves.',
    ),
    b.move(
      [11, '10:00'],
      'carmen',
      'kg-decision-support',
      'production',
      'PROMOTE',
      'release:kg-decision-support@1',
      'Advisory launch for procurement.',
    ),

    b.version(
      [25, '10:00'],
      'carmen',
      'dataset',
      'dataset:kg-decisions@2',
      'Adds 2024 decisions; relabels 310 reversed decisions.',
      (r) => ({
        uri: 's3://nw-ml-data/kg-decisions/v2/',
        schema: DECISION_SCHEMA,
        rowCount: 52750,
        labelQuality: 0.98,
        classification: 'INTERNAL',
        derivedFrom: [r('dataset:kg-decisions@1')],
      }),
    ),
    b.version([25, '11:00'], 'carmen', 'dataset', 'dataset:kg-eval@2', 'Test set re-drawn from decisions v2.', (r) => ({
      uri: 's3://nw-ml-data/kg-eval/v2/',
      schema: DECISION_SCHEMA,
      rowCount: 2000,
      labelQuality: 0.99,
      classification: 'INTERNAL',
      derivedFrom: [r('dataset:kg-decisions@2')],
    })),
    b.training([28, '08:00'], 'carmen', 'training:kg-decision-ft-r1', 14, {
      datasets: ['dataset:kg-decisions@2', 'dataset:regulatory-texts@2'],
      baseModel: 'model:mistral-7b-instruct@2',
      parameters: { method: 'full', epochs: 2, learningRate: 0.00001, batchSize: 64, gpus: '8xA100' },
      notes: 'Targeted fine-tune: stable task, 52k clean labels, clear ROI from faster onboarding.',
    }),
    b.version([29, '10:00'], 'carmen', 'model', 'model:kg-decision-ft@1', 'Fine-tune r1 on decisions v2.', (r) => ({
      provider: 'nw-ml-platform',
      modelKind: 'FINE_TUNED',
      baseVersion: r('model:mistral-7b-instruct@2'),
      trainingRun: r('training:kg-decision-ft-r1'),
      uri: 's3://nw-ml-models/kg-decision-ft/r1/',
    })),
    b.version(
      [30, '10:00'],
      'carmen',
      'prompt',
      'prompt:kg-decision-template@2',
      'Shorter template: the fine-tune knows the output format.',
      () => ({
        template: 'Supplier: {{supplier}}\nFacts:\n{{triples}}',
        variables: ['supplier', 'triples'],
        promptKind: 'USER_TEMPLATE',
      }),
    ),
    b.release([31, '10:00'], 'carmen', 'release:kg-decision-support@2', {
      model: 'model:kg-decision-ft@1',
      prompts: ['prompt:kg-decision-template@2'],
      notes: 'Fine-tuned decision model.',
    }),
    b.evaluation([31, '16:00'], 'carmen', 'kg-decision-r2-offline', {
      subject: 'release:kg-decision-support@2',
      dataset: 'dataset:kg-eval@2',
      threshold: 0.85,
      metrics: { accuracy: 0.93, macroF1: 0.9, declineRecall: 0.91 },
      notes: 'Fine-tune beats the baseline by 15 points of accuracy.',
    }),
    b.move(
      [32, '10:00'],
      'carmen',
      'kg-decision-support',
      'staging',
      'PROMOTE',
      'release:kg-decision-support@2',
      'Staging comparison against the baseline.',
    ),
    b.approval(
      [33, '14:00'],
      'dmitri',
      'release:kg-decision-support@2',
      'production',
      'APPROVED',
      'Accuracy 0.93 on a test set drawn after the training cut-off; lineage to training data recorded.',
    ),
    b.move(
      [34, '10:00'],
      'carmen',
      'kg-decision-support',
      'production',
      'PROMOTE',
      'release:kg-decision-support@2',
      'Replace the prompt-only baseline.',
    ),
  ];
}
