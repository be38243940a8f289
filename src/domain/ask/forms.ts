/** The questions the deterministic matcher answers, each with the tool it runs and an example that works on the demo. */
export const ASK_FORMS = [
  {
    form: 'PROVENANCE',
    question: 'Which versions produced output X?',
    example: 'Which versions produced output:policy-qa-d40-002.1?',
    tool: 'provenance',
  },
  {
    form: 'ALIAS_AT',
    question: 'What served production for system S at time T?',
    example: 'What served production for system:policy-qa at 2026-11-01T00:00:00Z?',
    tool: 'aliasTarget',
  },
  {
    form: 'DOWNSTREAM',
    question: 'What is downstream of Y?',
    example: 'What is downstream of dataset:policy-docs@2?',
    tool: 'impact',
  },
  {
    form: 'APPROVALS',
    question: 'Who approved Z and when?',
    example: 'Who approved release:policy-qa@3 and when?',
    tool: 'approvals',
  },
  {
    form: 'DIFF',
    question: 'What changed between A and B?',
    example: 'What changed between release:policy-qa@2 and release:policy-qa@3?',
    tool: 'diff',
  },
  {
    form: 'ROLLBACK',
    question: 'Why was S rolled back?',
    example: 'Why was system:policy-qa rolled back?',
    tool: 'aliasHistory',
  },
] as const;

export type AskForm = (typeof ASK_FORMS)[number];
export type FormName = AskForm['form'];

export const formNamed = (name: FormName): AskForm => ASK_FORMS.find((f) => f.form === name)!;

/** The forms as one sentence per line, for a "cannot answer" and for the model's instructions. */
export const formsText = (): string => ASK_FORMS.map((f) => `- ${f.question} e.g. "${f.example}"`).join('\n');
