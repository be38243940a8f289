import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOrganisation, type SeedSummary } from '../../seed/organisation.js';
import { untyped, useHarness } from '../helpers/harness.js';
import { graphql } from '../graphql/index.js';
import { onPrefixedDemo, readmeAsOf, readmeGqlBlocks } from '../helpers/readme-examples.js';

const { h } = useHarness();
let seed: SeedSummary;

beforeAll(async () => {
  seed = await loadDemoOrganisation({ db: h.db, services: h.services, prefix: h.prefix });
}, 180_000);

/** Outputs of every release of the seeded systems, counted page by page through the API. */
async function countOutputs(): Promise<number> {
  let total = 0;
  for (const system of Object.values(seed.examples.systems)) {
    const { releases } = await h.ok(
      graphql(`
        query SeedReleases($s: ID!) {
          releases(system: $s, first: 100) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { s: system },
    );
    for (const { node } of releases.edges) {
      let after: string | null = null;
      do {
        const { outputs }: any = await h.ok(
          graphql(`
            query SeedOutputs($r: ID!, $after: String) {
              outputs(release: $r, first: 100, after: $after) {
                edges {
                  node {
                    id
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          `),
          { r: node.id, after },
        );
        total += outputs.edges.length;
        after = outputs.pageInfo.hasNextPage ? outputs.pageInfo.endCursor : null;
      } while (after);
    }
  }
  return total;
}

/** Domain nodes and relationships of this file's copy of the demo. */
async function prefixCounts(): Promise<{ nodes: number; relationships: number }> {
  const session = h.db.driver.session({ database: h.db.database });
  try {
    const r = await session.run(
      `CALL () { MATCH (n:Node) WHERE n.id CONTAINS $p RETURN count(n) AS nodes }
       CALL () { MATCH (n:Node)-[r]-() WHERE n.id CONTAINS $p RETURN count(DISTINCT r) AS relationships }
       RETURN nodes, relationships`,
      { p: `:${h.prefix}-` },
    );
    return { nodes: Number(r.records[0].get('nodes')), relationships: Number(r.records[0].get('relationships')) };
  } finally {
    await session.close();
  }
}

describe('demo organisation', () => {
  it('records at least 1,000 outputs across the releases', { timeout: 60_000 }, async () => {
    expect(seed.counts.outputs.total).toBeGreaterThanOrEqual(1000);
    expect(await countOutputs()).toBe(seed.counts.outputs.total);
  });

  it('shows that an output of the bad release was served by production at the time', async () => {
    const { provenance } = await h.ok(
      graphql(`
        query SeedProvenance($id: ID!) {
          provenance(outputId: $id) {
            release {
              id
            }
            servedByEnvironment(environment: "production")
            servedBy {
              environment
            }
            approvals {
              decision
              environment
              approver
            }
            evaluations {
              passed
            }
            prompts {
              id
            }
            retrievalConfig {
              id
            }
          }
        }
      `),
      { id: seed.examples.badOutput },
    );
    expect(provenance.release.id).toBe(seed.examples.badRelease);
    expect(provenance.servedByEnvironment).toBe(true);
    expect(provenance.approvals).toContainEqual(expect.objectContaining({ decision: 'APPROVED', environment: 'production' }));
    expect(provenance.approvals.every((a: { approver: string }) => a.approver.startsWith(`person:${h.prefix}-`))).toBe(true);
    expect(provenance.evaluations.map((e: { passed: boolean }) => e.passed)).toContain(true);
    expect(provenance.retrievalConfig).not.toBeNull();
  });

  it('answers which release production pointed at before and after the rollback', async () => {
    const q = graphql(`
      query SeedAliasTarget($s: ID!, $at: DateTime) {
        aliasTarget(system: $s, environment: "production", asOf: $at) {
          release {
            id
          }
          move {
            id
            moveKind
          }
        }
      }
    `);
    const s = seed.examples.systems['policy-qa'];
    const before = await h.ok(q, { s, at: seed.examples.beforeRollback });
    const after = await h.ok(q, { s, at: seed.examples.afterRollback });
    expect(before.aliasTarget.release.id).toBe(seed.examples.badRelease);
    expect(before.aliasTarget.move.id).toBe(seed.examples.badPromotion);
    expect(after.aliasTarget.release.id).toBe(seed.examples.goodRelease);
    expect(after.aliasTarget.move).toEqual({ id: seed.examples.rollbackMove, moveKind: 'ROLLBACK' });
  });

  it('flags the rollback move for review and keeps its reason', async () => {
    const { node } = await h.ok(
      graphql(`
        query SeedNode($id: ID!) {
          node(id: $id) {
            ... on AliasMove {
              moveKind
              flaggedForReview
              reason
              from {
                id
              }
              to {
                id
              }
            }
          }
        }
      `),
      { id: seed.examples.rollbackMove },
    );
    expect(node).toMatchObject({
      moveKind: 'ROLLBACK',
      flaggedForReview: true,
      from: { id: seed.examples.badRelease },
      to: { id: seed.examples.goodRelease },
    });
    expect(node.reason).toMatch(/groundedness/i);
  });

  it('rolled back by executing the plan the graph proposed after a monitor opened the drift alert by itself', async () => {
    const { node } = await h.ok(
      graphql(`
        query SeedRollbackPlanMove($id: ID!) {
          node(id: $id) {
            ... on AliasMove {
              rollbackPlan {
                id
                evidence
                rejected
                currentRelease {
                  id
                }
                targetRelease {
                  id
                }
              }
            }
          }
        }
      `),
      { id: seed.examples.rollbackMove },
    );
    expect(node.rollbackPlan).toMatchObject({
      id: seed.examples.rollbackPlan,
      rejected: [],
      currentRelease: { id: seed.examples.badRelease },
      targetRelease: { id: seed.examples.goodRelease },
    });
    const evidence: string[] = node.rollbackPlan.evidence;
    expect(evidence).toContainEqual(expect.stringMatching(/^evaluation:.*policy-qa-r3-production-sample$/));
    expect(evidence.filter((id) => id.startsWith('monitorcheck:')).length).toBeGreaterThanOrEqual(3);

    // The groundedness alert: opened by its monitor (not by a person), citing the checks that failed.
    const { rollbackPlan: plan } = await h.ok(
      graphql(`
        query SeedPlanBeforeRollback($s: ID!, $at: DateTime) {
          rollbackPlan(system: $s, environment: "production", asOf: $at) {
            id
            target {
              id
            }
            alerts {
              id
              reason
            }
            failedChecks {
              id
              outcome
              release {
                id
              }
            }
            effects {
              signal
              source
              current
              target
              currentSampleSize
              targetSampleSize
              improves
              check {
                id
              }
            }
          }
        }
      `),
      { s: seed.examples.systems['policy-qa'], at: seed.examples.beforeRollback },
    );
    expect(plan.target?.id).toBe(seed.examples.goodRelease);
    const grounded = plan.alerts.find((a) => a.reason?.startsWith('Monitor groundedness '));
    expect(grounded).toBeDefined();
    // Only a monitor opens an alert with this reason, when its failure limit is reached.
    expect(grounded!.reason).toMatch(/^Monitor groundedness \(production, score:groundedness\) failed 3 checks in a row: mSPRT/);
    expect(plan.failedChecks.length).toBeGreaterThanOrEqual(3);
    expect(plan.failedChecks.every((c) => c.outcome === 'FAILED' && c.release?.id === seed.examples.badRelease)).toBe(true);
    // The failing signal's measured effect: release 2's groundedness over its time in production beside release 3's.
    const effect = plan.effects.find((e) => e.source === 'METRIC' && e.signal === 'score:groundedness');
    expect(effect).toMatchObject({ improves: true });
    expect(effect!.target!).toBeGreaterThan(0.85);
    expect(effect!.current!).toBeLessThan(0.75);
    expect(effect!.targetSampleSize!).toBeGreaterThan(300);
    expect(effect!.currentSampleSize!).toBeGreaterThan(30);

    // The executed rollback's audit event names the plan.
    const { auditEvents } = await h.ok(
      graphql(`
        query SeedRollbackAudit($target: ID!) {
          auditEvents(target: $target, first: 5) {
            edges {
              node {
                action
                targets
              }
            }
          }
        }
      `),
      { target: seed.examples.rollbackPlan },
    );
    expect(auditEvents.edges.map((e) => e.node)).toEqual([
      { action: 'alias.executePlan', targets: expect.arrayContaining([seed.examples.rollbackPlan, seed.examples.rollbackMove]) },
    ]);
  });

  it('keeps every approval independent of the release author, and records one rejection', async () => {
    const approvals: Array<{ subjectId: string; decision: string; approver: string; author: string }> = [];
    for (const system of Object.values(seed.examples.systems)) {
      const { releases } = await h.ok(
        graphql(`
          query SeedReleases2($s: ID!) {
            releases(system: $s, first: 100) {
              edges {
                node {
                  id
                  createdBy
                }
              }
            }
          }
        `),
        {
          s: system,
        },
      );
      for (const { node } of releases.edges) {
        const r = await h.ok(
          graphql(`
            query SeedApprovals($id: ID!) {
              approvals(subject: $id, first: 100) {
                edges {
                  node {
                    subjectId
                    decision
                    approver
                  }
                }
              }
            }
          `),
          {
            id: node.id,
          },
        );
        approvals.push(...r.approvals.edges.map((e: any) => ({ ...e.node, author: node.createdBy })));
      }
    }
    expect(approvals.length).toBe(seed.counts.approvals.total);
    expect(approvals).toContainEqual(expect.objectContaining({ subjectId: seed.examples.rejectedRelease, decision: 'REJECTED' }));
    for (const a of approvals) expect(a.approver).not.toBe(a.author);
  });

  it('traces the fine-tuned model upstream to its training datasets', async () => {
    const { lineage } = await h.ok(
      graphql(`
        query SeedLineage($id: ID!) {
          lineage(id: $id, direction: UPSTREAM, depth: 3) {
            nodes {
              id
            }
            edges {
              from
              to
              type
            }
            truncated
          }
        }
      `),
      { id: seed.examples.fineTunedModel },
    );
    const ids = lineage.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain(seed.examples.fineTuneTrainingRun);
    for (const dataset of seed.examples.trainingDatasets) {
      expect(ids).toContain(dataset);
      expect(lineage.edges).toContainEqual({ from: seed.examples.fineTuneTrainingRun, to: dataset, type: 'USED' });
    }
  });

  it('traces a policy corpus downstream through the retrieval index to releases and their outputs', async () => {
    const { impact } = await h.ok(
      graphql(`
        query SeedImpact($id: ID!) {
          impact(id: $id) {
            total
            groups {
              type
              count
            }
          }
        }
      `),
      {
        id: seed.examples.datasetVersion,
      },
    );
    const count = (type: string) => impact.groups.find((g: { type: string }) => g.type === type)?.count ?? 0;
    expect(count('RetrievalConfigVersion')).toBeGreaterThanOrEqual(1);
    expect(count('Release')).toBeGreaterThanOrEqual(1);
    expect(count('Output')).toBeGreaterThan(0);
  });

  it('gives each use case a stored recommendation and a decision; the compliance one overrides it, saying why', async () => {
    const decisions: Record<string, any> = {};
    for (const uc of ['policy-document-retrieval', 'compliance-risk-assessment', 'kg-decision-support']) {
      const { strategyDecisions } = await h.ok(
        graphql(`
          query SeedStrategyDecisions($u: ID!) {
            strategyDecisions(useCase: $u) {
              edges {
                node {
                  strategy
                  recommended
                  followed
                  justification
                  recommendation {
                    reasonerVersion
                    result {
                      top
                      evidence {
                        id
                      }
                    }
                  }
                }
              }
            }
          }
        `),
        { u: `usecase:${h.prefix}-${uc}` },
      );
      expect(strategyDecisions.edges).toHaveLength(1);
      decisions[uc] = strategyDecisions.edges[0].node;
      expect(decisions[uc].recommendation.result.evidence.length).toBeGreaterThan(1);
    }
    expect(decisions['policy-document-retrieval']).toMatchObject({ followed: true, strategy: 'RAG' });
    expect(decisions['kg-decision-support']).toMatchObject({ followed: true, strategy: 'FINE_TUNE' });
    expect(decisions['compliance-risk-assessment']).toMatchObject({
      followed: false,
      strategy: 'ADAPTER',
      recommended: 'PROMPT_ENGINEERING',
    });
    expect(decisions['compliance-risk-assessment'].justification).toMatch(/rollback/);
  });

  it('creates nothing on a second load', { timeout: 120_000 }, async () => {
    const before = await prefixCounts();
    const again = await loadDemoOrganisation({ db: h.db, services: h.services, prefix: h.prefix });
    expect(await prefixCounts()).toEqual(before);
    for (const [kind, c] of Object.entries(again.counts)) expect({ kind, created: c.created }).toEqual({ kind, created: 0 });
    expect(again.examples).toEqual(seed.examples);
  });
});

describe("the README's examples on the demo", () => {
  // After the tests above: the examples' mutations move this copy's production alias.
  it.each(readmeGqlBlocks().map((calls) => [calls[0].slice(0, 70).replace(/\s+/g, ' '), calls]))(
    'the block starting %s … answers without errors when pasted twice',
    { timeout: 120_000 },
    async (_, calls) => {
      for (const paste of [1, 2]) {
        let planId: string | undefined;
        for (const example of calls) {
          const query = onPrefixedDemo(example, h.prefix, { asOf: readmeAsOf(), planId });
          const { status, errors, data } = await h.gql(untyped(query));
          expect({ paste, query, status, errors }).toEqual({ paste, query, status: 200, errors: undefined });
          planId = data?.rollbackPlan?.id ?? planId;
        }
      }
    },
  );
});
