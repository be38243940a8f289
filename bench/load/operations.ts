import { query } from '../../src/db/queries.js';
import type { Limits } from '../../src/domain/context.js';
import { lineageQueries } from '../../src/domain/lineage/queries.js';
import { provenanceQueries } from '../../src/domain/provenance/queries.js';
import { lineageBounds, lineageParams, type Direction } from '../../src/domain/lineage/service.js';
import { provenanceParams } from '../../src/domain/provenance/service.js';
import type { GraphMarker } from '../graph/marker.js';
import { firstOutputId } from '../graph/traffic.js';

/**
 * One benchmarked request: the GraphQL operation a client sends, and the Cypher the service runs for
 * it. Impact has no driver baseline (its implementation may run several statements): its target is
 * an absolute latency.
 */
export interface Operation {
  name: string;
  kind: 'lineage' | 'provenance' | 'impact';
  /** Client counts the cells run at. */
  concurrency: number[];
  /** The large-answer cell: API CPU is compared with Neo4j's for it. */
  large?: boolean;
  /** The i-th request's start node (deterministic, so both paths ask for the same ones). */
  target: (i: number) => string;
  graphql: (id: string) => { query: string; variables: Record<string, unknown> };
  cypher?: (id: string) => { text: string; params: Record<string, unknown> };
}

const LINEAGE_DOC = `query BenchLineage($id: ID!, $direction: LineageDirection!, $depth: Int, $maxNodes: Int) {
  lineage(id: $id, direction: $direction, depth: $depth, maxNodes: $maxNodes) {
    root truncated
    nodes { id type name version createdAt redacted }
    edges { from to type role }
  }
}`;

const PROVENANCE_DOC = `query BenchProvenance($id: ID!) {
  provenance(outputId: $id) {
    asOf servedByEnvironment
    output { id createdAt outputKind decision }
    invocation { id createdAt }
    release { id createdAt createdBy }
    servedBy { alias environment since until }
    model { id createdAt }
    modelLineage { id }
    trainingRuns { run { id } datasets { id } baseModels { id } }
    prompts { id }
    retrievalConfig { id }
    approvals { id createdBy }
    evaluations { id createdAt }
  }
}`;

const IMPACT_DOC = `query BenchImpact($id: ID!) {
  impact(id: $id) {
    root total decisions truncated
    groups { type count sample { id type name version createdAt } }
  }
}`;

/** The client counts of the read cells; impact's target is stated at 4 concurrent clients. */
export const CONCURRENCY = [1, 16];
export const IMPACT_CONCURRENCY = [1, 4];

/** Outputs spread over all systems, drawn from a fixed-seed sequence. */
function randomOutputs(marker: GraphMarker, seed: number): (i: number) => string {
  return (i) => {
    const x = mix(seed * 1_000_003 + i);
    const system = marker.systems[x % marker.systems.length];
    return firstOutputId(system, Math.floor(x / marker.systems.length) % marker.invocationsPerSystem);
  };
}

function mix(n: number): number {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function lineageOperation(
  limits: Limits,
  direction: Direction,
  depth: number,
  target: (i: number) => string,
  from: string,
  maxNodes?: number,
): Operation {
  const args = { direction, depth, maxNodes };
  return {
    name: `lineage ${direction.toLowerCase()} d${depth}${maxNodes ? ` max ${maxNodes}` : ''} (${from})`,
    kind: 'lineage',
    concurrency: CONCURRENCY,
    ...(maxNodes ? { large: true } : {}),
    target,
    graphql: (id) => ({ query: LINEAGE_DOC, variables: { id, direction, depth, maxNodes: maxNodes ?? null } }),
    cypher: (id) => ({
      text: query(lineageQueries.lineage.name),
      params: lineageParams({ ...args, id }, lineageBounds(limits, args)),
    }),
  };
}

export function operations(marker: GraphMarker, limits: Limits): Operation[] {
  const lineage: Operation[] = [];
  for (const depth of [3, 6, 10]) {
    lineage.push(lineageOperation(limits, 'UPSTREAM', depth, randomOutputs(marker, depth), 'random output'));
    lineage.push(lineageOperation(limits, 'DOWNSTREAM', depth, () => marker.sampleDatasetVersion, marker.sampleDatasetVersion));
  }
  // The largest answer a request may ask for: API CPU against Neo4j's is judged on it.
  lineage.push(
    lineageOperation(limits, 'DOWNSTREAM', 10, () => marker.sampleDatasetVersion, marker.sampleDatasetVersion, limits.lineageMaxNodes),
  );
  const provenance: Operation = {
    name: 'provenance (random output)',
    kind: 'provenance',
    concurrency: CONCURRENCY,
    target: randomOutputs(marker, 99),
    graphql: (id) => ({ query: PROVENANCE_DOC, variables: { id } }),
    cypher: (id) => ({ text: query(provenanceQueries.provenance.name), params: provenanceParams(limits, id) }),
  };
  const impact: Operation = {
    name: `impact (${marker.sampleDatasetVersion})`,
    kind: 'impact',
    concurrency: IMPACT_CONCURRENCY,
    target: () => marker.sampleDatasetVersion,
    graphql: (id) => ({ query: IMPACT_DOC, variables: { id } }),
  };
  return [...lineage, provenance, impact];
}
