import { DomainError } from '../errors.js';
import type { DatasetEvent, JobEvent, OlDataset, OlEvent, RunEvent } from './event.js';
import { schemaProblem } from './schema.js';

/** Longest namespace or name accepted (the schema sets none); longer ones are a producer bug, not a name. */
export const OL_NAME_MAX = 1024;

const refuse = (at: string, problem: string, kind: string | null) =>
  new DomainError('VALIDATION', `${at}${problem}`, { field: at, eventKind: kind });

function checkNames(at: string, kind: string, named: Array<[string, { namespace: string; name: string } | undefined]>): void {
  for (const [path, n] of named) {
    if (!n) continue;
    for (const part of ['namespace', 'name'] as const) {
      if (n[part].length > OL_NAME_MAX)
        throw refuse(at, `.${path}.${part}: must be at most ${OL_NAME_MAX} characters (got ${n[part].length})`, kind);
    }
  }
}

const datasets = (side: string, list: OlDataset[] | undefined): Array<[string, OlDataset]> =>
  (list ?? []).map((d, i) => [`${side}.${i}`, d]);

/** One event checked against the OpenLineage schema; VALIDATION with a reason a producer's log can show otherwise. */
export function validateEvent(body: unknown, at: string): OlEvent {
  const result = schemaProblem(body, at);
  if (result.problem !== null) throw new DomainError('VALIDATION', result.problem, { field: at, eventKind: result.kind });
  switch (result.kind) {
    case 'RunEvent': {
      const event = body as RunEvent;
      checkNames(at, result.kind, [['job', event.job], ...datasets('inputs', event.inputs), ...datasets('outputs', event.outputs)]);
      return { kind: 'RunEvent', event };
    }
    case 'JobEvent': {
      const event = body as JobEvent;
      checkNames(at, result.kind, [['job', event.job], ...datasets('inputs', event.inputs), ...datasets('outputs', event.outputs)]);
      return { kind: 'JobEvent', event };
    }
    case 'DatasetEvent': {
      const event = body as DatasetEvent;
      checkNames(at, result.kind, [['dataset', event.dataset]]);
      return { kind: 'DatasetEvent', event };
    }
  }
}
