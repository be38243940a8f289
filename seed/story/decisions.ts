import type { Builders, Step } from '../steps.js';

/**
 * Late in the history, the analyst asks for a recommendation per use case and the risk officers decide:
 * policy Q&A and supplier decisions follow theirs; compliance risk overrides prompting with the LoRA
 * adapter it already validated, saying why.
 */
export function decisionStory(b: Builders): Step[] {
  return [
    b.recommendation([52, '10:00'], 'george', 'policy-document-retrieval'),
    b.recommendation([52, '10:05'], 'george', 'compliance-risk-assessment'),
    b.recommendation([52, '10:10'], 'george', 'kg-decision-support'),
    b.decision([52, '14:00'], 'dmitri', 'policy-document-retrieval', 'FOLLOW'),
    b.decision([52, '14:10'], 'erin', 'compliance-risk-assessment', {
      strategy: 'ADAPTER',
      justification:
        'The LoRA adapter on the regulatory corpus already passed validation; it detaches in one alias move, which meets the strict rollback need, and prompts alone missed too many escalations.',
    }),
    b.decision([52, '14:20'], 'dmitri', 'kg-decision-support', 'FOLLOW'),
  ];
}
