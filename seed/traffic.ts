import { createHash } from 'node:crypto';
import type { SystemName } from './actors.js';
import type { Step } from './steps.js';

/** One production call: when, which system, the logical release serving it, and what it produced. */
export interface TrafficEvent {
  day: number;
  minute: number;
  system: SystemName;
  release: string;
  key: string;
  body: {
    latencyMs: number;
    costUsd: number;
    inputDigest: string;
    retrievedDocuments: string[];
    outputs: Array<Record<string, unknown>>;
  } & CallSignals;
  /** What happened after the answer (policy-qa only): the grader's and the user's scores, and whether the help desk was spared. */
  feedback?: Feedback;
}

/** Token use and drift features, as a gateway logs them with the call. */
export interface CallSignals {
  inputTokens: number;
  outputTokens: number;
  numericFeatures: Array<{ name: string; value: number }>;
  categoricalFeatures: Array<{ name: string; value: string }>;
}

export interface Feedback {
  /** GRADER: share of the answer's statements supported by a retrieved excerpt, 0..1. */
  groundedness: number;
  /** USER: thumbs up or down, when the employee gave any. */
  thumbsUp: boolean | null;
  /** The employee did not go on to ask the help desk. */
  deflected: boolean;
}

/** The demo's score, feature and KPI names (seed/signals.ts defines them). */
export const SIGNAL_NAMES = {
  groundedness: 'groundedness',
  thumbs: 'thumbs',
  language: 'language',
  inputChars: 'input-chars',
  retrievalMs: 'retrieval-ms',
  deflectionRate: 'deflection-rate',
  minutesSaved: 'minutes-saved',
} as const;

/**
 * The day policy-qa opened to the Kraków and Madrid offices (the day release 3 shipped): from then on
 * a third of the questions are not in English, whichever release answers them.
 */
export const MULTILINGUAL_FROM_DAY = 40;

export const LAST_DAY = 55;
/** Calls per working day; weekends (days 5 and 6 of each demo week) see a third of it. */
const DAILY: Record<SystemName, number> = { 'policy-qa': 30, 'compliance-risk': 9, 'kg-decision-support': 7 };

/**
 * Production traffic of the whole demo. Which release served a call follows from the production
 * alias moves in the story; everything else is drawn from a PRNG seeded by system and day, so keys
 * and content are the same on every load whatever the start date.
 */
export function generateTraffic(steps: Step[], start: Date): TrafficEvent[] {
  const events: TrafficEvent[] = [];
  for (const system of Object.keys(DAILY) as SystemName[]) {
    const moves = steps
      .filter((s) => s.move?.system === system && s.move.environment === 'production')
      .map((s) => ({ minute: Math.round((s.at.getTime() - start.getTime()) / 60_000), release: s.move!.release }))
      .sort((a, b) => a.minute - b.minute);
    for (let day = 0; day <= LAST_DAY; day++) {
      const rand = prng(`${system}/${day}`);
      const n = day % 7 >= 5 ? Math.ceil(DAILY[system] / 3) : DAILY[system];
      for (let i = 0; i < n; i++) {
        // Spread over 08:00-19:00 in order, with jitter inside each slot.
        const minute = day * 1440 + 480 + Math.floor(((i + rand()) * 660) / n);
        const serving = moves.filter((m) => m.minute <= minute).at(-1);
        if (!serving) continue;
        const key = `${system}-d${String(day).padStart(2, '0')}-${String(i + 1).padStart(3, '0')}`;
        const body = CONTENT[system](rand, key, serving.release);
        // Signals come from their own stream, so adding them left every call's content as it was.
        const extra = prng(`${key}/signals`);
        const language = languageOf(extra, system, day);
        events.push({
          day,
          minute,
          system,
          release: serving.release,
          key,
          body: { ...body, ...SIGNALS_OF[system](extra, serving.release, language) },
          feedback: system === 'policy-qa' ? policyFeedback(extra, serving.release) : undefined,
        });
      }
    }
  }
  return events;
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const between = (rand: Rand, lo: number, hi: number, digits = 0) => Number((lo + rand() * (hi - lo)).toFixed(digits));
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const POLICY_QUESTIONS = [
  {
    q: "How many days of carer's leave can I take?",
    docs: ['HR-POL-014#4.1'],
    a: 'Up to 5 paid days a year, more unpaid with manager approval',
  },
  {
    q: 'Can I expense a client dinner over £150 per head?',
    docs: ['FIN-POL-007#2.3', 'ETH-POL-004#2'],
    a: 'Only with prior director approval and a hospitality declaration',
  },
  { q: 'How long do we keep customer call recordings?', docs: ['DP-POL-021#5'], a: 'Seven years for advised sales, one year otherwise' },
  {
    q: 'Who approves a new third-party data processor?',
    docs: ['DP-POL-009#3.2', 'PROC-POL-003#1.4'],
    a: 'The DPO after a completed vendor risk assessment',
  },
  { q: 'Is MFA required for contractor VPN access?', docs: ['SEC-POL-002#6.1'], a: 'Yes, hardware-key MFA for every contractor account' },
  { q: 'What is the gift declaration threshold?', docs: ['ETH-POL-004#2'], a: 'Any gift or hospitality worth £50 or more' },
  {
    q: 'How do I report a suspected data breach?',
    docs: ['SEC-POL-011#1', 'DP-POL-021#8'],
    a: 'Within one hour to the security desk, who decide on ICO notification',
  },
  { q: 'Can I open the CRM on my personal phone?', docs: ['SEC-POL-005#3.3'], a: 'Only through the managed work profile' },
  { q: 'How much notice do I give for a remote-work request?', docs: ['HR-POL-022#2'], a: 'Four weeks, decided within two' },
  {
    q: 'When must I disclose a conflict of interest?',
    docs: ['ETH-POL-001#3'],
    a: 'Before taking part in the decision, in the conflicts register',
  },
  { q: 'What class of rail travel may I book?', docs: ['FIN-POL-012#1.2'], a: 'Standard class; first class for journeys over three hours' },
  {
    q: 'Do complaints need a final response within 8 weeks?',
    docs: ['CS-POL-003#4', 'REG-DISP-1.6'],
    a: 'Yes, per DISP 1.6, with a referral-rights letter',
  },
];
const FILLER_DOCS = ['HR-POL-001#1', 'FIN-POL-007#1', 'SEC-POL-002#1', 'DP-POL-021#1', 'ETH-POL-004#1', 'PROC-POL-003#2'];

const TYPOLOGIES = [
  { id: 'T-03', name: 'structuring', alert: '11 cash deposits of £8,900-£9,400 over 9 days' },
  { id: 'T-05', name: 'rapid movement of funds', alert: 'incoming £48,200 wired out within 40 minutes to a new beneficiary' },
  { id: 'T-07', name: 'layering', alert: 'funds routed through 4 accounts in 3 jurisdictions in 2 days' },
  { id: 'T-09', name: 'high-risk jurisdiction', alert: 'premium paid from an account in a FATF grey-list country' },
  { id: 'T-11', name: 'early policy surrender', alert: 'single-premium policy surrendered after 23 days, refund to a third party' },
];

const SUPPLIERS = [
  'Helix Components Ltd',
  'Baltic Freight Services',
  'Orchard Data Labs',
  'Keystone Facilities plc',
  'Meridian Print Co',
  'Nordvik Analytics AS',
  'Tamar Logistics',
  'Crestline Security',
];
const SUPPLIER_FACTS = {
  approve: ['clean sanctions screen, 6-year trading history, ISO 27001', 'existing framework supplier, no adverse media'],
  review: ['beneficial owner also directs a declined supplier', 'accounts filed late twice in three years'],
  decline: ['parent company on the OFSI consolidated list', 'subcontracts to an unassessed offshore processor'],
};

/** Call content per system: what a gateway would log for it. */
type Content = Omit<TrafficEvent['body'], keyof CallSignals>;
const CONTENT: Record<SystemName, (rand: Rand, key: string, release: string) => Content> = {
  'policy-qa': (rand, key, release) => {
    const item = pick(rand, POLICY_QUESTIONS);
    const extra = FILLER_DOCS.filter((d) => !item.docs.includes(d)).slice(0, 2 + Math.floor(rand() * 3));
    const concise = isConcise(release);
    const summary = concise
      ? `"${item.q}" → ${item.a}, in line with group policy (cites ${item.docs[0]} only).`
      : `"${item.q}" → ${item.a} (${item.docs.join('; ')}).`;
    return {
      latencyMs: between(rand, concise ? 700 : 900, concise ? 1900 : 2600),
      costUsd: between(rand, 0.0012, 0.0031, 4),
      inputDigest: sha(`${key}:${item.q}`),
      retrievedDocuments: [...item.docs, ...extra].map((d) => `policy-docs/${d}`),
      outputs: [{ outputKind: 'TEXT', summary, contentDigest: sha(`${key}:${summary}`) }],
    };
  },
  'compliance-risk': (rand, key) => {
    const t = pick(rand, TYPOLOGIES);
    const r = rand();
    const decision = r < 0.3 ? 'flag' : r < 0.82 ? 'clear' : 'escalate';
    const confidence = decision === 'escalate' ? between(rand, 0.42, 0.59, 2) : between(rand, 0.7, 0.97, 2);
    const alert = `ALR-${sha(key).slice(0, 6).toUpperCase()}`;
    const rationale =
      decision === 'clear'
        ? `${alert}: pattern explained by documented ${pick(rand, ['payroll', 'property sale', 'inheritance', 'business account sweep'])}; ${t.id} not met.`
        : `${alert}: ${t.alert}; matches ${t.id} (${t.name}).`;
    return {
      latencyMs: between(rand, 1500, 4200),
      costUsd: between(rand, 0.0035, 0.0068, 4),
      inputDigest: sha(`${key}:${alert}`),
      retrievedDocuments: [`aml-rulebook/${t.id}`, `aml-rulebook/${pick(rand, TYPOLOGIES).id}`],
      outputs: [
        { outputKind: 'DECISION', decision, confidence, summary: `${alert}: ${decision} (${t.id} ${t.name})` },
        { outputKind: 'TEXT', summary: rationale, contentDigest: sha(`${key}:${rationale}`) },
      ],
    };
  },
  'kg-decision-support': (rand, key) => {
    const supplier = pick(rand, SUPPLIERS);
    const r = rand();
    const decision = r < 0.62 ? 'approve' : r < 0.9 ? 'review' : 'decline';
    const fact = pick(rand, SUPPLIER_FACTS[decision]);
    return {
      latencyMs: between(rand, 300, 950),
      costUsd: between(rand, 0.0006, 0.0011, 4),
      inputDigest: sha(`${key}:${supplier}`),
      retrievedDocuments: [],
      outputs: [
        { outputKind: 'DECISION', decision, confidence: between(rand, 0.6, 0.99, 2), summary: `${supplier}: ${decision} (${fact})` },
      ],
    };
  },
};

/** Release 3 retrieves eight semantic chunks (more context, slower retrieval) and answers in fewer words. */
const isConcise = (release: string) => release.endsWith('@3');

const LANGUAGES = { before: { en: 0.9, de: 0.04, pl: 0.03, es: 0.03 }, after: { en: 0.62, pl: 0.17, es: 0.13, de: 0.08 } };

function languageOf(rand: Rand, system: SystemName, day: number): string {
  const mix = system === 'policy-qa' && day >= MULTILINGUAL_FROM_DAY ? LANGUAGES.after : LANGUAGES.before;
  let r = rand();
  for (const [language, share] of Object.entries(mix)) {
    if ((r -= share) < 0) return language;
  }
  return 'en';
}

const SIGNALS_OF: Record<SystemName, (rand: Rand, release: string, language: string) => CallSignals> = {
  'policy-qa': (rand, release, language) => {
    const chars = between(rand, 40, 260) * (language === 'en' ? 1 : 1.2);
    const concise = isConcise(release);
    return {
      inputTokens: Math.round(chars / 4) + between(rand, concise ? 4200 : 2400, concise ? 5200 : 3600),
      outputTokens: between(rand, concise ? 50 : 140, concise ? 120 : 320),
      numericFeatures: [
        { name: SIGNAL_NAMES.inputChars, value: Math.round(chars) },
        { name: SIGNAL_NAMES.retrievalMs, value: concise ? between(rand, 320, 620) : between(rand, 110, 270) },
      ],
      categoricalFeatures: [{ name: SIGNAL_NAMES.language, value: language }],
    };
  },
  'compliance-risk': (rand, _release, language) => ({
    inputTokens: between(rand, 1800, 3400),
    outputTokens: between(rand, 180, 420),
    numericFeatures: [],
    categoricalFeatures: [{ name: SIGNAL_NAMES.language, value: language }],
  }),
  'kg-decision-support': (rand, _release, language) => ({
    inputTokens: between(rand, 300, 900),
    outputTokens: between(rand, 20, 80),
    numericFeatures: [],
    categoricalFeatures: [{ name: SIGNAL_NAMES.language, value: language }],
  }),
};

/** Around three statements in ten of release 3's summaries are in no retrieved excerpt; releases 1 and 2 stay grounded. */
function policyFeedback(rand: Rand, release: string): Feedback {
  const [mean, spread] = isConcise(release) ? [0.7, 0.3] : release.endsWith('@1') ? [0.86, 0.14] : [0.9, 0.12];
  const noise = (rand() + rand() + rand() - 1.5) * spread;
  const groundedness = Number(Math.min(1, Math.max(0, mean + noise)).toFixed(2));
  const rated = rand() < 0.25;
  const thumbsUp = rand() < (groundedness >= 0.8 ? 0.9 : 0.45);
  return { groundedness, thumbsUp: rated ? thumbsUp : null, deflected: rand() < (groundedness >= 0.8 ? 0.82 : 0.55) };
}

/** mulberry32 over a string seed: small, fast and the same on every platform. */
function prng(seed: string): Rand {
  let a = parseInt(sha(seed).slice(0, 8), 16);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
