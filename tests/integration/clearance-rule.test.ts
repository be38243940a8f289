import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/domain/permissions/principal.js';
import { RECORD_TRAINING_DOC, REGISTER_USE_CASE_DOC } from '../helpers/fixtures.js';
import { testClock, useHarness } from '../helpers/harness.js';
import { cypher } from '../helpers/openlineage.js';
import { graphql } from '../graphql/index.js';

/**
 * One clearance rule for every read (src/domain/permissions/clearance.ts). A dataset whose
 * classification is a value that is no classification (written by hand, or by a later version of the
 * code) is read at the highest level: `node`, lineage, search and a recommendation's evidence must all
 * hide it alike from a reader cleared below that. Before the rule was one, `node` and search let such
 * a node through to everyone while a recommendation left it out.
 */
const { h, f } = useHarness();
const READER: Principal = { id: 'person:clearance-rule-analyst', roles: ['ANALYST'], clearance: 'CONFIDENTIAL', via: 'jwt' };

const NODE = graphql(`
  query ClearanceRuleNode($id: ID!) {
    node(id: $id) {
      id
      ... on Recorded {
        redacted
      }
      ... on DatasetVersion {
        rowCount
        labelQuality
      }
    }
  }
`);
const SEARCH = graphql(`
  query ClearanceRuleSearch($text: String!) {
    search(text: $text) {
      kind
      node {
        id
        ... on Recorded {
          redacted
        }
      }
    }
  }
`);
const LINEAGE = graphql(`
  query ClearanceRuleLineage($id: ID!) {
    lineage(id: $id, direction: UPSTREAM, depth: 6) {
      nodes {
        id
        redacted
      }
    }
  }
`);
const RECOMMEND = graphql(`
  query ClearanceRuleRecommend($useCase: ID!) {
    recommendStrategy(useCase: $useCase) {
      evidenceWithheld
      evidence {
        id
        facts {
          name
          value
        }
      }
    }
  }
`);

let word: string;
let dataset: string;
let version: string;
let release: string;
let useCase: string;

beforeAll(async () => {
  word = `sealedword${h.prefix.replace(/[^a-z0-9]/gi, '')}`;
  dataset = await f.artifact('dataset', 'clearance-rule', `Claims archive ${word}`);
  version = await f.datasetVersion(dataset, 1, { labelQuality: 0.97, rowCount: 48_213 });
  const model = await f.artifact('model', 'clearance-rule-model');
  const base = await f.modelVersion(model);
  const run = (
    await h.ok(RECORD_TRAINING_DOC, { input: { datasets: [version], baseModel: base, startedAt: testClock.now().toISOString() } })
  ).recordTrainingRun.trainingRun.id;
  const tuned = await f.modelVersion(model, { modelKind: 'FINE_TUNED', baseVersion: base, trainingRun: run });
  const prompt = await f.promptVersion(await f.artifact('prompt', 'clearance-rule-prompt'), 'Assess {{question}}');
  const sys = await f.registerSystem('clearance-rule');
  release = await f.release(sys, { model: tuned, prompts: [prompt] });
  useCase = (
    await h.ok(REGISTER_USE_CASE_DOC, {
      input: {
        key: f.key('clearance-rule-uc'),
        name: 'Clearance rule use case',
        dataAvailability: 'ABUNDANT',
        labelQuality: 'HIGH',
        domainStability: 'STABLE',
        knowledgeFreshness: 'STATIC',
        traceabilityNeed: 'LOW',
        rollbackNeed: 'LOW',
        valueRoi: 'HIGH',
        systems: [sys],
      },
    })
  ).registerUseCase.useCase.id;
  // Visible before: the readers below find it, so what they do not find afterwards is the rule's doing.
  const before = await f.as(READER, () => h.ok(SEARCH, { text: word }));
  expect(before.search.map((hit) => hit.node.id)).toContain(dataset);
  await cypher(h.db, `MATCH (n:Node) WHERE n.id = $id OR n.parent = $id SET n.classification = 'TOP_SECRET'`, { id: dataset });
}, 60_000);

describe('a node classified with an unknown value, for a CONFIDENTIAL reader', () => {
  it('node(id) answers it redacted, without its facts', async () => {
    const { node } = await f.as(READER, () => h.ok(NODE, { id: version }));
    expect(node).toEqual({ id: version, redacted: true, rowCount: null, labelQuality: null });
  });

  it('lineage keeps it in place as a redacted stub', async () => {
    const { lineage } = await f.as(READER, () => h.ok(LINEAGE, { id: release }));
    expect(lineage.nodes.find((n) => n.id === version)).toEqual({ id: version, redacted: true });
  });

  it('search does not find it, not even redacted', async () => {
    const { search } = await f.as(READER, () => h.ok(SEARCH, { text: word }));
    expect(search).toEqual([]);
  });

  it('a recommendation is computed without it, and says evidence was withheld', async () => {
    const { recommendStrategy } = await f.as(READER, () => h.ok(RECOMMEND, { useCase }));
    expect(recommendStrategy.evidenceWithheld).toBe(true);
    expect(JSON.stringify(recommendStrategy)).not.toContain(version);
    expect(JSON.stringify(recommendStrategy)).not.toMatch(/48,?213|0\.97/);
  });
});
