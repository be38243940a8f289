import { nodeId, parseId, type ParsedId } from '../ids.js';
import type { NodeType } from '../kinds.js';
import { isIsoInstant } from '../validate.js';
import { APPROVABLE } from '../approvals/service.js';
import { formNamed, type FormName } from './forms.js';

/** A question the matcher recognised: its form and the one tool call that answers it. */
export interface Plan {
  form: FormName;
  tool: string;
  args: Record<string, unknown>;
}

export type Match = { matched: true; plan: Plan } | { matched: false; reason: string };

type Found = ParsedId & { id: string };

// Ids as they appear in prose: the id grammar, with sentence punctuation after it left out.
const ID_IN_TEXT = /\b[a-z]+:[a-z0-9][a-z0-9._/-]*(?:@[1-9][0-9]*)?/g;
const INSTANT_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:\d{2})?)?/i;
const ENVIRONMENTS: Record<string, string> = { production: 'production', prod: 'production', staging: 'staging', canary: 'canary' };
const ENVIRONMENT_WORD = /\b(production|prod|staging|canary)\b/;

const FORM_WORDS: Record<FormName, RegExp> = {
  ROLLBACK: /\broll(?:ed|ing)?[\s-]?back\b|\brollbacks?\b/,
  APPROVALS: /\bwho\b.*\b(?:approv\w*|sign(?:ed)?[\s-]off)|\bapprovals?\s+(?:of|for)\b|\bwhen was\b.*\bapproved\b/,
  DIFF: /\b(?:chang\w*|differ\w*|diff|compare\w*)\b/,
  DOWNSTREAM:
    /\bdownstream\b|\bdepend\w*|\bimpact\w*|\baffected\b|\bbuilt (?:on|from)\b|\btrained on\b|\bused by\b|\bwhat uses\b|\b(?:made|derived) from\b/,
  PROVENANCE:
    /\bproduc\w*|\bgenerat\w*|\bmade\b|\bbehind\b|\bbill of materials\b|\bprovenance\b|\bcome from\b|\bcame from\b|\bwhich (?:versions?|model|prompts?|release|data\w*)\b/,
  ALIAS_AT: /\bserv\w*|\bpoint\w*|\brunning\b|\bran\b|\blive\b|\bdeploy\w*|\bwas (?:in|on)\b|\bbehind\b/,
};

/** Provenant ids named in the question, in order, each once. */
export function idsIn(question: string): Found[] {
  const seen = new Map<string, Found>();
  for (const m of question.matchAll(ID_IN_TEXT)) {
    const id = m[0].replace(/[._/-]+$/, '');
    const parsed = parseId(id);
    if (parsed && !seen.has(id)) seen.set(id, { ...parsed, id });
  }
  return [...seen.values()];
}

/** The first instant named in the question (a date alone is its midnight UTC; no zone is UTC). */
export function instantIn(question: string): string | null {
  const m = INSTANT_IN_TEXT.exec(question);
  if (!m) return null;
  const time = m[2] ?? '00:00:00';
  const iso = `${m[1]}T${time}${m[3]?.toUpperCase() ?? 'Z'}`;
  return isIsoInstant(iso) ? new Date(iso).toISOString() : null;
}

const ofType = (found: Found[], ...types: NodeType[]) => found.filter((f) => types.includes(f.type));

/** Words that sit where a system's name would ("for system …", "the … system") but never are one. */
const NOT_A_NAME = new Set(
  'a an the it its this that which what whose for of in on at to was is were did has been get got why roll rolled rollback back production prod staging canary'.split(
    ' ',
  ),
);
const NAMED_SYSTEM = [
  /\bsystem\s+([a-z0-9][a-z0-9._-]*)/g,
  /\b([a-z0-9][a-z0-9._-]*)\s+system\b/g,
  /\bwhy (?:was|were|did|has|is) (?:the )?([a-z0-9][a-z0-9._-]*)(?:'s)?\s+(?:\w+\s+)?(?:get\s+|been\s+)?roll/g,
];

/** The system a question is about: a system id, the system of a named release or alias, or a name said beside "system" or before "rolled back". */
function systemIn(found: Found[], prose: string): string | null {
  const system = ofType(found, 'System')[0];
  if (system) return system.id;
  const release = ofType(found, 'Release', 'Alias')[0];
  if (release) return nodeId('System', release.type === 'Alias' ? release.key.split('/')[0] : release.key);
  const named = NAMED_SYSTEM.flatMap((re) => [...prose.matchAll(re)].map((m) => m[1].replace(/[._-]+$/, ''))).find(
    (name) => !NOT_A_NAME.has(name) && parseId(`system:${name}`) !== null,
  );
  return named ? nodeId('System', named) : null;
}

const missing = (form: FormName, what: string): Match => {
  const f = formNamed(form);
  return { matched: false, reason: `This looks like "${f.question}" but names no ${what}; for example: "${f.example}"` };
};

/**
 * Maps a question onto one of the forms in ASK_FORMS and the tool call that answers it, by its words
 * and the ids it names. Pure: no database, no model. Anything else is not matched, with a reason.
 */
export function matchQuestion(question: string): Match {
  const found = idsIn(question);
  // Words are read with the ids taken out, so an id's key ("policy-qa", "prod-x") is never read as a word.
  const prose = question.toLowerCase().replace(ID_IN_TEXT, ' <id> ').replace(/\s+/g, ' ');
  const has = (form: FormName) => FORM_WORDS[form].test(prose);
  const environment = ENVIRONMENTS[ENVIRONMENT_WORD.exec(prose)?.[1] ?? ''] ?? null;

  if (has('ROLLBACK') && /\bwhy\b|\breasons?\b|\bcause\w*\b/.test(prose)) {
    const system = systemIn(found, prose);
    if (!system) return missing('ROLLBACK', 'system (an id such as system:policy-qa, or "system <name>")');
    return plan('ROLLBACK', { system, environment: environment ?? 'production' });
  }
  if (has('APPROVALS')) {
    const subject = ofType(found, ...APPROVABLE)[0];
    if (!subject) return missing('APPROVALS', 'release or version id');
    return plan('APPROVALS', { subject: subject.id });
  }
  if (has('DIFF') && found.length >= 2) {
    const [a, b] = found;
    return plan('DIFF', { a: a.id, b: b.id });
  }
  if (has('DIFF') && /\bbetween\b/.test(prose)) return missing('DIFF', 'two release or version ids');
  if (has('DOWNSTREAM')) {
    const root = found[0];
    if (!root) return missing('DOWNSTREAM', 'id to start from');
    return plan('DOWNSTREAM', { id: root.id });
  }
  const output = ofType(found, 'Output')[0];
  if (has('PROVENANCE') && output) return plan('PROVENANCE', { outputId: output.id });
  if (environment && has('ALIAS_AT')) {
    const system = systemIn(found, prose);
    if (!system) return missing('ALIAS_AT', 'system (an id such as system:policy-qa)');
    const at = instantIn(question);
    return plan('ALIAS_AT', { system, environment, ...(at ? { at } : {}) });
  }
  if (has('PROVENANCE')) return missing('PROVENANCE', 'output id');
  return { matched: false, reason: 'The question matches none of the forms the deterministic matcher answers.' };
}

function plan(form: FormName, args: Record<string, unknown>): Match {
  return { matched: true, plan: { form, tool: formNamed(form).tool, args } };
}
