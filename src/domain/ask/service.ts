import { z } from 'zod';
import { checkAsOf } from '../as-of.js';
import type { DomainContext } from '../context.js';
import { authorize } from '../permissions/permissions.js';
import { parse, text } from '../validate.js';
import type { Claim, DropReason } from '../explain/verify.js';
import type { OutputForm, ToolProtocol } from '../../llm/forms.js';
import { citedIds, keepEvidenced, type AskAnswer, type AskOperation } from './answer.js';
import { compose } from './compose.js';
import { ASK_FORMS, formsText } from './forms.js';
import { matchQuestion } from './matcher.js';
import { ToolSession } from './session.js';

/**
 * The share of PROVENANT_ASK_TIMEOUT_MS kept for the matcher when the model path fails: the model's
 * turns and calls end that much before the ask's deadline, so the whole ask, fallback included, ends by it.
 */
export const FALLBACK_TIME_SHARE = 0.25;

/** Limits of the question itself (the ask's tool calls and time are PROVENANT_ASK_* in the configuration). */
export const ASK_LIMITS = { maxQuestionChars: 1000 } as const;

const askInput = z.object({
  question: text(ASK_LIMITS.maxQuestionChars).refine((q) => q.trim().length > 0, 'ask a question'),
  asOf: z.date().nullish(),
});

/** How the model was asked: its tool protocol, and the output form of its last answer (null: none came). */
export interface ModelForms {
  protocol: ToolProtocol;
  outputForm: OutputForm | null;
}

/** What the model path hands back: verified claims, or why there is no answer from the model. */
export type ModelOutcome = ModelForms & { droppedReasons?: DropReason[] } & (
    { ok: true; claims: Claim[]; dropped: number } | { ok: false; reason: string; dropped?: number }
  );

/** The model path of `ask`: the model works through the session's tools only (src/domain/ask/model-loop.ts). */
export interface AskModel {
  answer(session: ToolSession, question: string): Promise<ModelOutcome>;
}

const NO_MODEL = 'No language model is configured; the deterministic matcher answered.';

/**
 * Answers a lineage, provenance or governance question through read-only tools run as the asking
 * principal. With a model, the model picks the tools and its claims are verified against their
 * results; without one (or when the model's answer cannot be used) the deterministic matcher
 * answers the common forms, and anything else is a clear "cannot answer" listing them.
 */
export async function ask(ctx: DomainContext, input: { question: string; asOf?: Date | null }, model: AskModel | null): Promise<AskAnswer> {
  authorize(ctx.principal, 'catalog.read');
  const { question, asOf } = parse(askInput, input);
  checkAsOf(ctx, asOf);
  const scope = { asOf: asOf ?? null };
  const base = { question, asOf: asOf?.toISOString() ?? null };
  const deadline = Date.now() + ctx.limits.askTimeoutMs;
  const operations: AskOperation[] = [];
  let fallbackReason = NO_MODEL;
  let dropped = 0;
  let modelBound: AskAnswer['boundHit'] = null;
  let forms: Pick<AskAnswer, 'toolProtocol' | 'outputForm'> = { toolProtocol: null, outputForm: null };

  if (model) {
    const session = new ToolSession(ctx, scope, deadline - Math.floor(ctx.limits.askTimeoutMs * FALLBACK_TIME_SHARE));
    const outcome = await model.answer(session, question);
    operations.push(...session.operations.map((o) => ({ ...o, by: 'LLM' as const })));
    dropped = outcome.dropped ?? 0;
    modelBound = session.boundHit;
    forms = { toolProtocol: outcome.protocol, outputForm: outcome.outputForm };
    if (outcome.ok && outcome.claims.length > 0) {
      return answered({
        ...base,
        source: 'LLM',
        claims: outcome.claims,
        operations,
        fallbackReason: null,
        boundHit: session.boundHit,
        dropped,
        ...forms,
      });
    }
    fallbackReason = `${outcome.ok ? 'The model gave no claim that cites evidence from its tool calls' : outcome.reason}; the deterministic matcher answered.`;
  }

  const match = matchQuestion(question);
  if (!match.matched) {
    return {
      ...base,
      source: 'CANNOT_ANSWER',
      text: `${match.reason} I can answer:\n${formsText()}`,
      claims: [],
      citedNodeIds: [],
      citedPassageIds: [],
      operations,
      fallbackReason,
      boundHit: modelBound,
      droppedClaims: dropped,
      forms: [...ASK_FORMS],
      ...forms,
    };
  }
  const session = new ToolSession(ctx, scope, deadline);
  const outcome = await session.call(match.plan.tool, match.plan.args);
  operations.push(...session.operations.map((o) => ({ ...o, by: 'DETERMINISTIC' as const })));
  const claims = outcome.ok ? keepEvidenced(compose(match.plan.form, outcome.result), session.evidence()).kept : [];
  const failure = outcome.ok ? null : `${match.plan.tool} failed: ${outcome.code}: ${outcome.message}`;
  return answered({
    ...base,
    source: 'DETERMINISTIC',
    claims,
    operations,
    fallbackReason,
    boundHit: modelBound ?? session.boundHit,
    dropped,
    failure,
    ...forms,
  });
}

function answered(a: {
  question: string;
  asOf: string | null;
  source: 'LLM' | 'DETERMINISTIC';
  claims: Claim[];
  operations: AskOperation[];
  fallbackReason: string | null;
  boundHit: AskAnswer['boundHit'];
  dropped: number;
  failure?: string | null;
  toolProtocol: ToolProtocol | null;
  outputForm: OutputForm | null;
}): AskAnswer {
  const cited = citedIds(a.claims);
  return {
    question: a.question,
    asOf: a.asOf,
    source: a.source,
    text: a.failure ?? a.claims.map((c) => c.text).join(' '),
    claims: a.claims,
    citedNodeIds: cited.nodes,
    citedPassageIds: cited.passages,
    operations: a.operations,
    fallbackReason: a.fallbackReason,
    boundHit: a.boundHit,
    droppedClaims: a.dropped,
    forms: [],
    toolProtocol: a.toolProtocol,
    outputForm: a.outputForm,
  };
}
