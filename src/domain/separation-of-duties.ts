import { forbidden } from './errors.js';

/**
 * Separation of duties: whoever made something (its createdBy) may not also sign it off (approve a
 * version, review a flagged move), whatever their roles. `refusal` says what was refused.
 */
export function requireOtherThanAuthor(actor: string, subject: string, author: unknown, refusal: string): void {
  if (author === actor) throw forbidden(`Separation of duties: ${refusal}`, { rule: 'separation-of-duties', subject, author });
}
