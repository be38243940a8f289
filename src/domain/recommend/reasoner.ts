import type { Tx } from '../../db/database.js';
import { versionIn } from '../artifacts/service.js';
import { digestOf } from '../audit/hash.js';
import type { DomainContext } from '../context.js';
import { nodeId } from '../ids.js';
import type { Narrative } from '../explain/narrate.js';
import { NARRATOR_PROMPT, NARRATOR_PROMPT_VERSION } from '../explain/prompt.js';
import { mergeNamedNode } from '../named-nodes.js';
import { COST_TIERS, LABEL_AGREEMENT_TIERS, LABELLED_EXAMPLE_TIERS, LATENCY_TIERS } from './characteristics.js';
import {
  CLOSE_CALL_MARGIN,
  CONDITIONS,
  DERIVED_FACTORS,
  EVIDENCE_BOUNDS,
  GRAPH_LIMITS,
  GRAPH_RULES,
  POLICY_PASSAGES_PER_REQUIREMENT,
  POLICY_REQUIREMENTS,
  PROFILE_RULES,
  TIE_BREAK,
} from './rules.js';
import { STRATEGIES } from './strategies.js';

/**
 * The scoring model as data: every rule, weight, tier and bound that decides a ranking. Its digest
 * names the reasoner; the document itself is registered, content-addressed, as a version of the model
 * `model:provenant-strategy-scorer` in Provenant's own registry, the first time a recommendation
 * produced by it is stored.
 */
export const REASONER_DOCUMENT = {
  strategies: STRATEGIES,
  tiers: {
    labelledExamples: LABELLED_EXAMPLE_TIERS,
    labelAgreement: LABEL_AGREEMENT_TIERS,
    latencyMs: LATENCY_TIERS,
    costUsdPer1k: COST_TIERS,
  },
  profileRules: PROFILE_RULES.map((r) => ({ id: r.id, points: r.points })),
  derivedFactors: DERIVED_FACTORS,
  conditions: CONDITIONS.map((c) => ({ id: c.id, strategy: c.strategy, characteristic: c.characteristic, kind: c.kind, levels: c.levels })),
  tieBreak: { rule: TIE_BREAK.rule, order: TIE_BREAK.order },
  closeCallMargin: CLOSE_CALL_MARGIN,
  graphRules: GRAPH_RULES,
  graphLimits: GRAPH_LIMITS,
  evidenceBounds: EVIDENCE_BOUNDS,
  policyRequirements: { requirements: POLICY_REQUIREMENTS, passagesPerRequirement: POLICY_PASSAGES_PER_REQUIREMENT },
};

export const REASONER_DIGEST = digestOf(REASONER_DOCUMENT);

export const REASONER_MODEL = nodeId('Model', 'provenant-strategy-scorer');

/**
 * The registered version of a reasoner, this one unless another document is named (registered now,
 * inside the caller's transaction, when it is new). Content-addressed: a refitted rules file is a new
 * version, and recommendations stored before keep naming the version that made them.
 */
export async function reasonerVersion(
  tx: Tx,
  ctx: DomainContext,
  now: Date,
  document: object = REASONER_DOCUMENT,
): Promise<{ id: string; created: string[] }> {
  const model = await mergeNamedNode(
    tx,
    ctx,
    {
      type: 'Model',
      id: REASONER_MODEL,
      props: {
        name: 'Provenant strategy scorer',
        description: 'The transparent, additive scoring model behind strategy recommendations (src/domain/recommend/rules.ts).',
      },
    },
    now,
  );
  const version = await versionIn(tx, ctx, now, {
    family: 'model',
    artifact: REASONER_MODEL,
    content: {
      provider: 'provenant',
      modelKind: 'BASE',
      uri: 'provenant://reasoner/strategy-scorer',
      digest: digestOf(document),
      parameters: JSON.stringify(document),
    },
    message: 'Scoring rules and weights of the strategy recommender.',
  });
  const id = String(version.node.id);
  return { id, created: [...(model.created ? [REASONER_MODEL] : []), ...(version.created ? [id] : [])] };
}

export const NARRATOR_MODEL = nodeId('Model', 'provenant-narrator');
export const NARRATOR_PROMPT_ARTIFACT = nodeId('Prompt', 'provenant-narrator');

/**
 * The narrator that explained a recommendation, registered beside it when a model narrated: the
 * model (by name, as a version of `model:provenant-narrator`) and the narrator prompt (its text, as a
 * version of `prompt:provenant-narrator`), both content-addressed.
 */
export async function narratorVersions(
  tx: Tx,
  ctx: DomainContext,
  now: Date,
  narrative: Narrative,
): Promise<{ model: string; prompt: string; created: string[] }> {
  const created: string[] = [];
  const ensure = async (type: 'Model' | 'Prompt', id: string, name: string) => {
    const r = await mergeNamedNode(tx, ctx, { type, id, props: { name, description: 'The narrator of strategy recommendations.' } }, now);
    if (r.created) created.push(id);
  };
  await ensure('Model', NARRATOR_MODEL, 'Provenant narrator model');
  await ensure('Prompt', NARRATOR_PROMPT_ARTIFACT, 'Provenant narrator prompt');
  const model = await versionIn(tx, ctx, now, {
    family: 'model',
    artifact: NARRATOR_MODEL,
    content: { provider: 'openai-compatible', modelKind: 'BASE', uri: `openai-compatible:${narrative.model}` },
    message: `The chat model ${narrative.model}.`,
  });
  const prompt = await versionIn(tx, ctx, now, {
    family: 'prompt',
    artifact: NARRATOR_PROMPT_ARTIFACT,
    content: { template: NARRATOR_PROMPT, variables: [], promptKind: 'SYSTEM_PROMPT', digest: NARRATOR_PROMPT_VERSION },
    message: 'The narrator prompt.',
  });
  for (const v of [model, prompt]) if (v.created) created.push(String(v.node.id));
  return { model: String(model.node.id), prompt: String(prompt.node.id), created };
}
