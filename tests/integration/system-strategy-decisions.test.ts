import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { cypher, expectRefused, RECORD_TRAINING_DOC, REGISTER_USE_CASE_DOC } from '../helpers/fixtures.js';
import { testClock, useHarness } from '../helpers/harness.js';
import { graphql } from '../graphql/index.js';
import type { RegisterUseCaseInput } from '../graphql/graphql.js';

/**
 * System.strategyDecisions: from a system to the strategy decisions on the use cases it serves (what
 * the console's system timeline draws), as the graph stood at asOf, each decision redacted for a
 * reader not cleared for it, as `node` shows it.
 */

const { h, f } = useHarness();

const DECISIONS = graphql(`
  query SystemStrategyDecisions($system: ID!, $first: Int, $asOf: DateTime) {
    node(id: $system) {
      ... on System {
        strategyDecisions(first: $first, asOf: $asOf) {
          id
          redacted
          strategy
          followed
          retractedAt
          useCase {
            id
          }
        }
      }
    }
  }
`);
const RECORD = graphql(`
  mutation SystemDecisionsRecord($input: RecordRecommendationInput!) {
    recordRecommendation(input: $input) {
      recommendation {
        id
        strategy
      }
    }
  }
`);
const AS_NODE = graphql(`
  query SystemDecisionAsNode($id: ID!) {
    node(id: $id) {
      ... on StrategyDecision {
        redacted
      }
    }
  }
`);
const DECIDE = graphql(`
  mutation SystemDecisionsDecide($input: RecordStrategyDecisionInput!) {
    recordStrategyDecision(input: $input) {
      id
    }
  }
`);

const profile: Omit<RegisterUseCaseInput, 'key' | 'name'> = {
  dataAvailability: 'MODERATE',
  labelQuality: 'MEDIUM',
  domainStability: 'EVOLVING',
  knowledgeFreshness: 'CONTINUOUS',
  traceabilityNeed: 'HIGH',
  rollbackNeed: 'HIGH',
  valueRoi: 'MEDIUM',
};
const publicReader = (): Principal => ({ id: `person:${h.prefix}-public`, roles: ['VIEWER'], clearance: 'PUBLIC', via: 'jwt' });

let system: string;
let served: string;
let publicDecision: string;
let restrictedDecision: string;
let beforeAny: string;
let betweenDecisions: string;

async function useCase(name: string, systems: string[]): Promise<string> {
  return (await h.ok(REGISTER_USE_CASE_DOC, { input: { key: f.key(name), name: `Use case ${name}`, ...profile, systems } })).registerUseCase
    .useCase.id;
}

/** A recommendation recorded now on the use case, and the approver's decision following it. */
async function decide(uc: string): Promise<string> {
  const rec = (await h.ok(RECORD, { input: { useCase: uc } })).recordRecommendation.recommendation;
  return f.as(
    f.approver,
    async () => (await h.ok(DECIDE, { input: { recommendation: rec.id, strategy: rec.strategy! } })).recordStrategyDecision.id,
  );
}

beforeAll(async () => {
  const sys = await f.system('sd-served', 1);
  system = sys.system;
  served = await useCase('sd-served', [system]);
  const elsewhere = await useCase('sd-elsewhere', [await f.registerSystem('sd-other')]);
  beforeAny = testClock.instant();
  publicDecision = await decide(served);
  await decide(elsewhere);
  betweenDecisions = testClock.instant();
  // The system's newest release now runs an adapter trained on RESTRICTED data: the next recommendation
  // cites it, so it and the decision on it are RESTRICTED.
  const secret = await f.datasetVersion(await f.artifact('dataset', 'sd-secret'), 1, { classification: 'RESTRICTED' });
  const run = (
    await h.ok(RECORD_TRAINING_DOC, {
      input: { key: f.key('sd-train'), datasets: [secret], baseModel: sys.baseModel, startedAt: testClock.now().toISOString() },
    })
  ).recordTrainingRun.trainingRun.id;
  const adapter = await f.modelVersion(sys.model, { modelKind: 'ADAPTER', baseVersion: sys.baseModel, trainingRun: run });
  await f.release(system, { model: adapter, prompts: sys.prompts });
  restrictedDecision = await decide(served);
}, 120_000);

const decisionsOf = async (vars: { first?: number; asOf?: string } = {}) => {
  const node = (await h.ok(DECISIONS, { system, ...vars })).node;
  return node && 'strategyDecisions' in node ? node.strategyDecisions : [];
};

describe('System.strategyDecisions', () => {
  it('lists the decisions on the use cases the system serves, newest first, as they stood at asOf', async () => {
    const now = await decisionsOf();
    expect(now.map((d) => d.id)).toEqual([restrictedDecision, publicDecision]);
    expect(now.every((d) => d.useCase?.id === served && d.followed === true && !d.redacted)).toBe(true);
    expect((await decisionsOf({ asOf: betweenDecisions })).map((d) => d.id)).toEqual([publicDecision]);
    expect(await decisionsOf({ asOf: beforeAny })).toEqual([]);
    expect((await decisionsOf({ first: 1 })).map((d) => d.id)).toEqual([restrictedDecision]);
  });

  it('redacts a decision above the reader’s clearance, as node(id) does', async () => {
    const seen = await f.as(publicReader(), () => decisionsOf());
    expect(seen.map((d) => d.id)).toEqual([restrictedDecision, publicDecision]);
    // The first decision's classification also follows whatever other evidence its recommendation
    // cited (outcomes pooled over the whole database), so node(id) is the reference, not a constant.
    const viaNode = await f.as(publicReader(), () =>
      Promise.all(
        seen.map(async (d) => {
          const node = (await h.ok(AS_NODE, { id: d.id })).node;
          return node && 'redacted' in node ? node.redacted : null;
        }),
      ),
    );
    expect(seen.map((d) => d.redacted)).toEqual(viaNode);
    expect(seen[0]).toMatchObject({ redacted: true, strategy: null, followed: null, useCase: null });
    for (const d of seen) expect(d.strategy === null).toBe(d.redacted);
  });

  it('shows a retraction only from the instant it happened', async () => {
    const before = testClock.instant();
    const at = testClock.instant();
    // No mutation retracts a decision yet; the answer must still not show one before it happened.
    await cypher(h, 'MATCH (d:Node {id: $id}) SET d.retractedAt = datetime($at), d.retractedBy = "person:x", d.retractReason = "test"', {
      id: publicDecision,
      at,
    });
    try {
      expect((await decisionsOf({ asOf: before })).find((d) => d.id === publicDecision)?.retractedAt).toBeNull();
      expect((await decisionsOf()).find((d) => d.id === publicDecision)?.retractedAt).toBe(at);
    } finally {
      await cypher(h, 'MATCH (d:Node {id: $id}) REMOVE d.retractedAt, d.retractedBy, d.retractReason', { id: publicDecision });
    }
  });

  it('refuses a page above the limit and an instant in the future', async () => {
    await expectRefused(h, 'VALIDATION', DECISIONS, { system, first: 101 });
    await expectRefused(h, 'VALIDATION', DECISIONS, { system, asOf: new Date(Date.now() + 3_600_000).toISOString() });
  });
});
