import type { DomainContext } from '../context.js';
import { retrievePassages } from '../documents/retrieve.js';
import type { Profile } from '../usecases/profile.js';
import type { RecommendationEvidence } from './findings.js';
import type { CitedByCharacteristic } from './score.js';
import { POLICY_PASSAGES_PER_REQUIREMENT, POLICY_REQUIREMENTS, type PolicyRequirement } from './rules.js';

/** The evidence kind of a policy passage: the node it is, a Chunk of a document version. */
export const PASSAGE_KIND = 'Chunk';
/** How much of a passage's text its evidence summary quotes. */
const EXCERPT_CHARS = 160;

/** A policy passage in force that states a requirement the use case's profile declares. */
export interface PolicyPassage {
  characteristic: PolicyRequirement['characteristic'];
  requirement: PolicyRequirement['requirement'];
  chunk: string;
  documentVersion: string;
  heading: string;
  text: string;
  classification: string;
  fullTextScore: number;
}

/** The bound a recommendation reports (boundsHit) when a policy lookup's candidate window was full. */
export const POLICY_PASSAGES_BOUND = 'policyPassages';

export interface PolicyLookup {
  passages: PolicyPassage[];
  /** A retrieval's candidate window was full: passages in force may have been missed. */
  truncated: boolean;
}

/** The requirements the profile declares at a level a regulation or policy imposes. */
export const requirementsOf = (profile: Profile): PolicyRequirement[] =>
  POLICY_REQUIREMENTS.filter((r) => (r.levels as readonly string[]).includes(profile[r.characteristic]));

/**
 * The policy passages in force at `asOf` stating each requirement the profile declares:
 * full-text retrieval (no model call) with the requirement's fixed query, as the asking principal, so
 * passages above their clearance are withheld by retrieval itself. Reads outside any transaction.
 */
export async function lookupPolicyPassages(ctx: DomainContext, profile: Profile, asOf: Date): Promise<PolicyLookup> {
  const answers = await Promise.all(
    requirementsOf(profile).map(async (r) => ({
      r,
      answer: await retrievePassages(ctx, { query: r.query, first: POLICY_PASSAGES_PER_REQUIREMENT, asOf, mode: 'FULL_TEXT' }),
    })),
  );
  return {
    passages: answers.flatMap(({ r, answer }) =>
      answer.passages.map((p) => ({
        characteristic: r.characteristic,
        requirement: r.requirement,
        chunk: p.chunk.id,
        documentVersion: p.documentVersion,
        heading: p.chunk.heading,
        text: p.chunk.text,
        classification: p.chunk.classification,
        fullTextScore: p.fullText?.score ?? 0,
      })),
    ),
    truncated: answers.some(({ answer }) => answer.truncated),
  };
}

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
};

/**
 * Passages as evidence items, and the ids each characteristic's contribution cites. A passage stating
 * two requirements is one item naming both factors.
 */
export function policyEvidence(passages: PolicyPassage[]): {
  items: RecommendationEvidence[];
  cited: CitedByCharacteristic;
} {
  const items = new Map<string, RecommendationEvidence>();
  const cited: CitedByCharacteristic = {};
  for (const p of passages) {
    const known = items.get(p.chunk);
    if (known) {
      known.factors.push(p.characteristic);
      known.facts.requirement = `${String(known.facts.requirement)}, ${p.requirement}`;
    } else {
      items.set(p.chunk, {
        id: p.chunk,
        kind: PASSAGE_KIND,
        factors: [p.characteristic],
        summary: `Policy ${p.documentVersion}, “${p.heading}”, in force, states a ${p.requirement} requirement: “${excerpt(p.text)}”`,
        facts: {
          documentVersion: p.documentVersion,
          heading: p.heading,
          fullTextScore: p.fullTextScore,
          requirement: p.requirement,
          classification: p.classification,
        },
      });
    }
    (cited[p.characteristic] ??= []).push(p.chunk);
  }
  return { items: [...items.values()], cited };
}
