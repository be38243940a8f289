import { query } from '../../src/db/queries.js';
import type { Limits } from '../../src/domain/context.js';
import { cypher } from '../../src/domain/queries.js';
import { lineageBounds, lineageParams, type Direction } from '../../src/domain/lineage/service.js';
import { provenanceParams } from '../../src/domain/provenance/service.js';
import type { GraphMarker } from '../graph/marker.js';
import { firstOutputId } from '../graph/traffic.js';

/** One benchmarked request: the GraphQL operation a client sends, and the Cypher the service runs for it. */
export interface Operation {
  name: string;
  kind: 'lineage' | 'provenance';
  /** The i-th request's start node (deterministic, so both paths ask for the same ones). */
  target: (i: number) => string;
  graphql: (id: string) => { query: string; variables: Record<string, unknown> };
  cypher: (id: string) => { text: string; params: Record<string, unknown> };
}

const LINEAGE_DOC = `query BenchLineage($id: ID!, $direction: LineageDirection!, $depth: Int) {
  lineage(id: $id, direction: $direction, depth: $depth) {
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

function lineageOperation(limits: Limits, direction: Direction, depth: number, target: (i: number) => string, from: string): Operation {
  const args = { direction, depth };
  return {
    name: `lineage ${direction.toLowerCase()} d${depth} (${from})`,
    kind: 'lineage',
    target,
    graphql: (id) => ({ query: LINEAGE_DOC, variables: { id, direction, depth } }),
    cypher: (id) => ({
      text: query(cypher.lineage.name),
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
  const provenance: Operation = {
    name: 'provenance (random output)',
    kind: 'provenance',
    target: randomOutputs(marker, 99),
    graphql: (id) => ({ query: PROVENANCE_DOC, variables: { id } }),
    cypher: (id) => ({ text: query(cypher.provenance.name), params: provenanceParams(limits, id) }),
  };
  return [...lineage, provenance];
}
