/** A plain output, or a business decision (a risk flag). */
export const OUTPUT_KINDS = ['TEXT', 'DECISION'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];
