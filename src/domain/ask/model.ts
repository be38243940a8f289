import type { DomainContext } from '../context.js';
import { askModelFrom } from './model-loop.js';
import type { AskModel } from './service.js';

/** The context's model for `ask` (PROVENANT_LLM_MODEL), or null when none is configured: the deterministic matcher answers. */
export function askModelOf(ctx: DomainContext): AskModel | null {
  return ctx.llm ? askModelFrom(ctx.llm) : null;
}
