import type { AskModel } from './service.js';

/** The configured model for `ask`, or null when none is configured (the deterministic matcher answers). */
export function configuredAskModel(): AskModel | null {
  return null;
}
