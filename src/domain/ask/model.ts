import { configuredLlm } from '../../llm/client.js';
import { askModelFrom } from './model-loop.js';
import type { AskModel } from './service.js';

/** The configured model for `ask` (PROVENANT_LLM_MODEL), or null when none is: the deterministic matcher answers. */
export function configuredAskModel(): AskModel | null {
  const llm = configuredLlm();
  return llm ? askModelFrom(llm) : null;
}
