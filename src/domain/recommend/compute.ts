import type { LlmClient } from '../../llm/client.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { ReaderView } from '../permissions/derived-answers.js';
import type { NodeRow } from '../query-types.js';
import { profileSchema } from '../usecases/profile.js';
import { parse } from '../validate.js';
import { pooledOutcomes } from '../outcomes/strategy-outcomes.js';
import { analyse } from './analyse.js';
import { narrateRecommendation } from './narrate-recommendation.js';
import { lookupPolicyPassages, POLICY_PASSAGES_BOUND } from './policy.js';
import { readEvidence } from './read-evidence.js';
import { evidenceForReader } from './reader-view.js';
import type { RecommendationResult } from './result.js';

function profileOf(useCase: NodeRow) {
  const parsed = profileSchema.safeParse(useCase);
  if (!parsed.success) {
    throw new DomainError(
      'VALIDATION',
      `useCase: ${useCase.id} has no complete profile to score (${parsed.error.issues[0].path.join('.')}).`,
      { id: useCase.id },
    );
  }
  return parsed.data;
}

export interface RecommendationQuestion {
  useCase: string | null;
  asOf: Date | null;
  /** A what-if profile (unparsed input); null scores the use case's own. */
  profile: unknown | null;
}

/**
 * A recommendation as the acting principal may have it: the graph's evidence is read, narrowed to
 * what they may see (reader-view.ts), then scored and narrated from that alone, so nothing above
 * their clearance shapes any part of it. `narrator` null asks for the deterministic narrative;
 * absent, the configured model narrates. The caller has authorised.
 */
export async function computeRecommendation(
  ctx: DomainContext,
  q: RecommendationQuestion,
  narrator?: LlmClient | null,
): Promise<RecommendationResult> {
  const at = q.asOf ?? ctx.now();
  const graph = q.useCase ? await readEvidence(ctx, q.useCase, at, q.asOf) : null;
  const profile = q.profile ? parse(profileSchema, q.profile) : profileOf(graph!.row.useCase);
  const policy = await lookupPolicyPassages(ctx, profile, at);
  const reader = new ReaderView(ctx.principal);
  const row = graph ? evidenceForReader(reader, graph.row) : null;
  const outcomes = await pooledOutcomes(ctx, { asOf: at }, reader);
  const analysis = analyse({
    useCase: q.useCase,
    asOf: at,
    whatIf: q.profile !== null,
    profile,
    graph: row,
    // Retrieval already ran as the reader; kept through the view for the answer's classification.
    passages: reader.keep(policy.passages),
    outcomes,
    evidenceWithheld: reader.withheld || outcomes.evidenceWithheld,
    classification: reader.classification,
    boundsHit: [...(graph?.boundsHit ?? []), ...(policy.truncated ? [POLICY_PASSAGES_BOUND] : [])],
  });
  // After the read transaction, never inside one: the model may take its whole timeout.
  return { ...analysis, narrative: await narrateRecommendation(analysis, narrator === undefined ? ctx.llm : narrator) };
}
