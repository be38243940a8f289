declare module 'virtual:provenant-actions' {
  /** Action name (as the audit trail records it) → the roles that may do it. */
  export const ACTIONS: Record<string, string[]>;
}
