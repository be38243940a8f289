import type { DomainContext } from '../src/domain/context.js';
import { ask } from '../src/domain/ask/service.js';
import { loadDemoOrganisation } from '../seed/organisation.js';
import { askCases, type AskCase } from './ask-questions.js';

export interface AskScore {
  questions: number;
  answerable: number;
  /** Questions answered as labelled: the labelled operation, succeeded, citing every labelled id; or "cannot answer" when labelled so. */
  accuracy: number;
  /** Of the questions the matcher said it cannot answer, the share labelled unanswerable. */
  cannotAnswerPrecision: number;
  /** Of the questions labelled unanswerable, the share the matcher said it cannot answer. */
  cannotAnswerRecall: number;
  misses: Array<{ question: string; expected: string; got: string }>;
}

/** The deterministic matcher (no model) on the labelled questions over a prefixed copy of the demo organisation. */
export async function evaluateAsk(ctx: DomainContext, prefix = 'askeval', limit = Infinity): Promise<AskScore> {
  const seed = await loadDemoOrganisation({ db: ctx.db, services: ctx, prefix });
  const cases = askCases(seed, (plain) => plain.replace(/^([a-z]+):/, `$1:${prefix}-`)).slice(0, limit);
  let correct = 0;
  let refused = 0;
  let refusedRightly = 0;
  const misses: AskScore['misses'] = [];
  for (const c of cases) {
    const a = await ask(ctx, { question: c.question }, null);
    const got =
      a.source === 'CANNOT_ANSWER' ? 'cannot answer' : `${a.operations.map((o) => `${o.name}${o.ok ? '' : `:${o.errorCode}`}`).join(',')}`;
    if (a.source === 'CANNOT_ANSWER') {
      refused++;
      if (c.operation === null) refusedRightly++;
    }
    if (isRight(c, a.source, a.operations, a.citedNodeIds)) correct++;
    else misses.push({ question: c.question, expected: c.operation ?? 'cannot answer', got: `${got} citing ${a.citedNodeIds.length} ids` });
  }
  const unanswerable = cases.filter((c) => c.operation === null).length;
  return {
    questions: cases.length,
    answerable: cases.length - unanswerable,
    accuracy: correct / cases.length,
    cannotAnswerPrecision: refused === 0 ? 1 : refusedRightly / refused,
    cannotAnswerRecall: unanswerable === 0 ? 1 : refusedRightly / unanswerable,
    misses,
  };
}

function isRight(c: AskCase, source: string, operations: Array<{ name: string; ok: boolean }>, cited: string[]): boolean {
  if (c.operation === null) return source === 'CANNOT_ANSWER';
  return (
    source === 'DETERMINISTIC' &&
    operations.length === 1 &&
    operations[0].name === c.operation &&
    operations[0].ok &&
    c.cites.every((id) => cited.includes(id))
  );
}
