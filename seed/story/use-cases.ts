import type { Builders, Step } from '../steps.js';

/** The three use cases of the product brief, profiled on the factors its rules of thumb weigh. */
export function useCaseStory(b: Builders): Step[] {
  return [
    b.useCase([0, '11:00'], 'george', {
      key: 'policy-document-retrieval',
      name: 'RAG-enabled retrieval for policy documents',
      description: 'Employees ask about internal policies; answers must follow the current corpus, which changes every quarter.',
      dataAvailability: 'MODERATE',
      labelQuality: 'MEDIUM',
      domainStability: 'EVOLVING',
      knowledgeFreshness: 'CONTINUOUS',
      traceabilityNeed: 'HIGH',
      rollbackNeed: 'HIGH',
      valueRoi: 'MEDIUM',
      latencyBudgetMs: 3000,
      costBudgetUsdPer1k: 4,
      systems: ['system:policy-qa'],
    }),
    b.useCase([0, '11:10'], 'george', {
      key: 'compliance-risk-assessment',
      name: 'Compliance risk assessment assistant',
      description:
        'Triage of transaction-monitoring alerts; every decision must be traceable to a prompt, policy and model version and quickly reversible.',
      dataAvailability: 'SCARCE',
      labelQuality: 'LOW',
      domainStability: 'EVOLVING',
      knowledgeFreshness: 'PERIODIC',
      traceabilityNeed: 'STRICT',
      rollbackNeed: 'STRICT',
      valueRoi: 'HIGH',
      latencyBudgetMs: 5000,
      costBudgetUsdPer1k: 8,
      systems: ['system:compliance-risk'],
    }),
    b.useCase([0, '11:20'], 'george', {
      key: 'kg-decision-support',
      name: 'Knowledge-graph-backed supplier decisions',
      description:
        'Supplier onboarding recommendations from the procurement knowledge graph; stable rules, years of clean decisions, measurable cycle-time ROI.',
      dataAvailability: 'ABUNDANT',
      labelQuality: 'HIGH',
      domainStability: 'STABLE',
      knowledgeFreshness: 'STATIC',
      traceabilityNeed: 'HIGH',
      rollbackNeed: 'MEDIUM',
      valueRoi: 'HIGH',
      latencyBudgetMs: 1000,
      costBudgetUsdPer1k: 1.5,
      systems: ['system:kg-decision-support'],
    }),
  ];
}
