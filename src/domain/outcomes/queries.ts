import type { DateTime, Integer } from 'neo4j-driver';
import { defineQuery } from '../../db/named-query.js';
import type { Iso } from '../query-types.js';
import type { PinKind } from '../recommend/evidence-rows.js';

export interface ServiceInterval {
  since: Iso;
  /** Null: still serving as of the answer's instant. */
  until: Iso | null;
}

/** A release as outcome-service.cypher reads it. */
export interface ServiceRow {
  release: string;
  classification: string | null;
  pins: PinKind[];
  intervals: ServiceInterval[];
  previous: (ServiceInterval & { release: string; classification: string | null; pins: PinKind[] }) | null;
}

export interface BuildRunRow {
  id: string;
  kind: string;
  costUsd: number | null;
  classification: string | null;
  /** What its cost derives from: the nodes on its way from the release and what it USED. */
  classifications: Array<string | null>;
}

/** Outcomes: a release's service in an environment, what it replaced, the runs it was built by. */
export const outcomeQueries = {
  service: defineQuery<{ release: string; environment: string; asOf: DateTime<number>; max: Integer }, ServiceRow>('outcome-service'),
  buildRuns: defineQuery<{ release: string; asOf: DateTime<number>; max: Integer; runKinds: string[] }, BuildRunRow>('outcome-build-runs'),
  releases: defineQuery<{ environment: string; asOf: DateTime<number>; max: Integer }, { release: string }>('outcome-releases'),
};
