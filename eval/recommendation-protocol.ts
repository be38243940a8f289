import { CHARACTERISTICS, readCharacteristics } from '../src/domain/recommend/characteristics.js';
import { scoreProfile } from '../src/domain/recommend/score.js';
import type { Strategy } from '../src/domain/recommend/strategies.js';
import type { Profile } from '../src/domain/usecases/profile.js';
import { NEUTRAL_PROFILE } from './recommendation-cases.js';

/**
 * The labelling protocol of eval/recommendation-cases.ts: how a case's acceptable first strategies
 * follow from the product brief (the seed article's rules of thumb), written before any weight was
 * fitted to them and independent of the scorer (it reads levels, never scores). Each case lists its
 * `accept` literally; tests/unit/recommend-cases.test.ts checks every list against this protocol, so a
 * label changes only with the protocol, in review, never to make the scorer agree.
 *
 * The brief's rules, and how they are read:
 * - "If data is scarce or regulatory constraints require traceability and quick rollback, favor
 *   prompt-based pipelines and lightweight adapters."
 * - "If you have stable, high-value tasks with clean, label-grade data and a clear ROI, targeted
 *   fine-tuning can deliver superior accuracy": a conjunction (FT_OK below), never a vote.
 * - Retrieval "improves factual accuracy ... by retrieving relevant documents at inference time":
 *   knowledge that changes continuously, or answers that must cite the documents they rest on, need it.
 * - Hybrid adapters suit "enterprise-grade tasks with moderate data".
 * - Prompt engineering is "low to moderate" cost and leads on variable tasks and strict governance.
 *
 * Clauses, the first that applies decides (then the two modifiers):
 *  1. Retrieval needed (knowledge changes continuously, or answers grounded in documents must be
 *     traceable, HIGH or STRICT): RAG; also HYBRID when the task is enterprise-grade (traceability HIGH or
 *     STRICT, or value HIGH) and the data is trainable (not scarce, labels not LOW).
 *  2. Low value or no clear ROI: PROMPT_ENGINEERING; also RAG when answers are grounded in documents or
 *     knowledge changes periodically.
 *  3. Fine-tuning's conjunction holds and nothing regulated: with abundant data FINE_TUNE (also ADAPTER
 *     when rollback or traceability is HIGH or the cost budget low; also HYBRID when traceability is HIGH
 *     and answers are grounded or knowledge periodic); with moderate data FINE_TUNE, ADAPTER or HYBRID.
 *  4. Regulated (traceability or rollback STRICT): PROMPT_ENGINEERING, ADAPTER; also HYBRID when the
 *     data is trainable; also RAG when answers are grounded in documents.
 *  5. Scarce data: PROMPT_ENGINEERING; also RAG when answers are grounded or knowledge periodic.
 *  6. Enterprise traceability (HIGH) with trainable data: HYBRID, ADAPTER; also RAG when answers are
 *     grounded or knowledge periodic.
 *  7. Otherwise. Untrainable labels (LOW): PROMPT_ENGINEERING, plus RAG when grounded or periodic.
 *     Trainable: ADAPTER; plus RAG and HYBRID when grounded or periodic; plus PROMPT_ENGINEERING when the
 *     domain is volatile.
 * Modifiers: a tight latency budget (under 500 ms) drops RAG and HYBRID unless clause 1 decided (the
 * knowledge cannot be had without retrieval); a low cost budget (under $1 per 1,000 requests) drops
 * FINE_TUNE and HYBRID. Should a list empty, PROMPT_ENGINEERING and ADAPTER remain.
 */
export function protocolAccept(profile: Profile): Strategy[] {
  const level = Object.fromEntries(readCharacteristics(profile).map((c) => [c.name, c.level]));
  const grounded = level.answerGrounding === 'DOCUMENTS';
  const periodic = level.knowledgeFreshness === 'PERIODIC';
  const continuous = level.knowledgeFreshness === 'CONTINUOUS';
  const traceHigh = level.traceabilityNeed === 'HIGH' || level.traceabilityNeed === 'STRICT';
  const regulated = level.traceabilityNeed === 'STRICT' || level.rollbackNeed === 'STRICT';
  const scarce = level.labelledData === 'SCARCE';
  const trainable = !scarce && level.labelQuality !== 'LOW';
  const ftOk = level.labelQuality === 'HIGH' && !scarce && level.domainStability === 'STABLE' && level.valueRoi === 'HIGH' && !continuous;
  const refreshable = grounded || periodic;

  const out = new Set<Strategy>();
  const add = (...s: Strategy[]) => s.forEach((x) => out.add(x));
  const retrievalNeeded = continuous || (grounded && traceHigh);
  if (retrievalNeeded) {
    add('RAG');
    if (trainable && (traceHigh || level.valueRoi === 'HIGH')) add('HYBRID');
  } else if (level.valueRoi === 'LOW') {
    add('PROMPT_ENGINEERING');
    if (refreshable) add('RAG');
  } else if (ftOk && !regulated) {
    add('FINE_TUNE');
    if (level.labelledData === 'MODERATE') add('ADAPTER', 'HYBRID');
    else {
      if (level.rollbackNeed === 'HIGH' || level.traceabilityNeed === 'HIGH' || level.costBudget === 'LOW') add('ADAPTER');
      if (level.traceabilityNeed === 'HIGH' && refreshable) add('HYBRID');
    }
  } else if (regulated) {
    add('PROMPT_ENGINEERING', 'ADAPTER');
    if (trainable) add('HYBRID');
    if (grounded) add('RAG');
  } else if (scarce) {
    add('PROMPT_ENGINEERING');
    if (refreshable) add('RAG');
  } else if (level.traceabilityNeed === 'HIGH' && trainable) {
    add('HYBRID', 'ADAPTER');
    if (refreshable) add('RAG');
  } else if (!trainable) {
    add('PROMPT_ENGINEERING');
    if (refreshable) add('RAG');
  } else {
    add('ADAPTER');
    if (refreshable) add('RAG', 'HYBRID');
    if (level.domainStability === 'VOLATILE') add('PROMPT_ENGINEERING');
  }
  if (level.latencyBudget === 'TIGHT' && !retrievalNeeded) ['RAG', 'HYBRID'].forEach((s) => out.delete(s as Strategy));
  if (level.costBudget === 'LOW') ['FINE_TUNE', 'HYBRID'].forEach((s) => out.delete(s as Strategy));
  if (out.size === 0) add('PROMPT_ENGINEERING', 'ADAPTER');
  return [...out];
}

/** Characteristics a profile may leave unset. */
const OPTIONAL = new Set(['latencyBudget', 'costBudget', 'answerGrounding']);

/**
 * Profiles nobody labelled or fitted to: every characteristic at a level drawn by a fixed linear
 * congruential generator (the optional ones unset half the time), the same ones every run.
 */
export function* unseenProfiles(n: number, seed = 99): Generator<Profile> {
  const next = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % k;
  };
  for (let i = 0; i < n; i++) {
    let p: Profile = { ...NEUTRAL_PROFILE };
    for (const c of CHARACTERISTICS) {
      if (OPTIONAL.has(c.name) && next(2) === 0) continue;
      p = c.apply(p, c.levels[next(c.levels.length)]);
    }
    yield p;
  }
}

/** How often the scorer's first strategy is one the protocol accepts, over `n` unseen profiles (no database). */
export function protocolAgreement(n: number): { profiles: number; agreement: number } {
  let agree = 0;
  for (const p of unseenProfiles(n)) if (protocolAccept(p).includes(scoreProfile(p, []).top)) agree++;
  return { profiles: n, agreement: agree / n };
}
