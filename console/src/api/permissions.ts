import { ACTIONS } from 'virtual:provenant-actions';
import type { Viewer } from './viewer';

/** Whether the API's table lets this viewer do an action; the server still decides. */
export function mayDo(viewer: Viewer, action: string): boolean {
  return viewer.roles.some((r) => (ACTIONS[action] ?? []).includes(r));
}

/** Why not, in words, for the views that show a refused button. */
export function whyNot(viewer: Viewer, action: string): string {
  return `${action} needs the role ${(ACTIONS[action] ?? []).join(' or ')}; this key has ${viewer.roles.join(', ') || 'no role'}.`;
}
