import { z } from 'zod';
import { sha256 } from '../audit/hash.js';
import { assertNotBeforeCreation, assertNotInFuture } from '../clock.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { nodeId } from '../ids.js';
import { allSettledOrFirstFailure, parseBatch, recordKeyedBatch, sendInSlices } from '../keyed-batches.js';
import { newKey } from '../keys.js';
import { idOf, key, text, timestamp } from '../validate.js';
import { command, type Command } from '../write-path.js';
import { intParam } from '../../db/values.js';
import type { Tx } from '../../db/database.js';
import { addSignals, signalBucketMs, type Observation } from './aggregates.js';
import { scoreBins } from './bins.js';
import { SCORE_SOURCES, SIGNALS, signalName, type ScoreDataType } from './names.js';
import { signalQueries, type DefinitionRow, type ScoreRow } from './queries.js';

export const scoreInput = z.object({
  key: key.optional(),
  /** The output or invocation scored. */
  target: idOf('Output', 'Invocation'),
  /** The score config's name. */
  name: signalName,
  /** NUMERIC: the value; BOOLEAN: 1 (true) or 0 (false). */
  value: z.number().finite().optional(),
  /** CATEGORICAL: the category. */
  stringValue: text(200).optional(),
  source: z.enum(SCORE_SOURCES),
  /** When it was given: not in the future, not before its target. */
  at: timestamp,
  comment: text(2000).optional(),
});

/** Rows per signal-scores-create statement (all sent at once, in one transaction). */
const CREATE_SLICE_ROWS = 500;

export interface ScoreBatchResult {
  scoreIds: string[];
  /** Scores new in this call (resent ones are not counted). */
  created: number;
}

type PreparedScore = Omit<ScoreRow, 'at'> & { at: Date; field: string };

/** A checked score: what its aggregate needs of its config. */
interface CheckedScore {
  dataType: ScoreDataType;
  config: DefinitionRow;
}

/**
 * Records many scores on outputs and invocations in one transaction, checked against their score
 * configs and their targets, and adds them to their releases' aggregates in that transaction. Keys
 * make a resend idempotent; a batch with any bad score is refused whole and changes nothing.
 */
export async function recordScores(ctx: DomainContext, input: unknown): Promise<ScoreBatchResult> {
  const cmd = command(ctx, 'score.record');
  return record(ctx, cmd, parseBatch(ctx, 'scores', scoreInput, input));
}

/** A score as GraphQL hands it over, its time already a Date (ScoreInput is tied to scoreInput in src/graphql/signals.ts). */
export const typedScoreInput = scoreInput.extend({ at: z.date() });

/** recordScores for scores GraphQL has typed: the same checks, without turning each time back into text and parsing it again. */
export async function recordTypedScores(ctx: DomainContext, scores: Array<z.input<typeof typedScoreInput>>): Promise<ScoreBatchResult> {
  const cmd = command(ctx, 'score.record');
  return record(ctx, cmd, parseBatch(ctx, 'scores', typedScoreInput, { scores }));
}

async function record(ctx: DomainContext, cmd: Command, scores: Array<z.output<typeof scoreInput>>): Promise<ScoreBatchResult> {
  const now = ctx.now();
  const rows: PreparedScore[] = scores.map((s, i) => {
    assertNotInFuture(now, `scores.${i}.at`, s.at);
    const content = {
      target: s.target,
      name: s.name,
      value: s.value ?? null,
      category: s.stringValue ?? null,
      source: s.source,
      at: s.at.toISOString(),
      comment: s.comment ?? null,
    };
    return {
      id: nodeId('Score', s.key ?? newKey(now)),
      ...content,
      at: s.at,
      field: `scores.${i}`,
      digest: sha256(JSON.stringify(content)),
    };
  });
  const bucketMs = signalBucketMs(ctx.limits);
  return recordKeyedBatch(cmd, {
    keyField: 'scores.key',
    repeat: { what: 'the score', noun: 'score' },
    rows,
    auditInput: { count: rows.length, ids: rows.map((r) => r.id) },
    check: async (tx) => {
      const [configs, targets] = await Promise.all([
        readConfigs(tx, rows),
        tx.run(signalQueries.referents, { ids: [...new Set(rows.map((r) => r.target))] }),
      ]);
      const targetOf = new Map(targets.map((t) => [t.id, t]));
      checkScores(rows, configs, (r) => targetOf.get(r.target) ?? { kind: null, createdAt: null, parent: null });
    },
    recorded: async (tx, ids) => new Map((await tx.run(signalQueries.recorded, { ids })).map((r) => [r.id, r.digest])),
    // The first attempt checks the targets in the creating statement itself; a resend's new scores too.
    createChecking: (tx, fresh) => createAndCheck(ctx, tx, fresh, bucketMs),
    create: (tx, fresh) => createAndCheck(ctx, tx, fresh, bucketMs),
    outcome: (fresh, created) => ({
      result: { scoreIds: rows.map((r) => r.id), created },
      targets: fresh.length > 0 ? [...new Set(fresh.map((r) => r.target))].slice(0, 100) : [],
    }),
  });
}

/**
 * Creates the scores and checks them in the same breath: the creating statement reports each row's
 * release and the rows whose target it refuses, the configs are read beside it, and a bad row throws
 * its typed error (rolling the creation back with the transaction). Then the aggregates.
 */
async function createAndCheck(ctx: DomainContext, tx: Tx, fresh: PreparedScore[], bucketMs: number): Promise<number> {
  const configs = [...new Set(fresh.map((r) => nodeId('ScoreConfig', r.name)))];
  const configsRead = readConfigs(tx, fresh);
  const creating = sendInSlices(
    fresh,
    CREATE_SLICE_ROWS,
    async (slice) =>
      (await tx.one(signalQueries.createScores, {
        rows: slice.map(({ field: _field, at, ...row }) => ({ ...row, at: intParam(at.getTime()) })),
        configs,
        actor: ctx.principal.id,
      }))!,
  );
  // Both settle before anything throws, so the transaction never ends with a statement in flight.
  await allSettledOrFirstFailure<unknown>([configsRead, creating]);
  const [configOf, created] = [await configsRead, await creating];
  const refused = new Map(created.flatMap((c) => c.refused.map((t) => [t.id, t])));
  const releases = created.flatMap((c) => c.releases);
  // A target the statement did not refuse exists, is an output or an invocation, and is no later than the score.
  const checked = checkScores(fresh, configOf, (r) => refused.get(r.target) ?? null);
  await addSignals(
    tx,
    fresh.map((r, i) => observation(r, releases[i], checked[i])),
    bucketMs,
  );
  return created.reduce((sum, c) => sum + c.created, 0);
}

async function readConfigs(tx: Tx, rows: PreparedScore[]): Promise<Map<string, DefinitionRow>> {
  const configs = await tx.run(signalQueries.definitions, { ids: [...new Set(rows.map((r) => nodeId('ScoreConfig', r.name)))] });
  return new Map(configs.filter((c) => c.kind === 'ScoreConfig').map((c) => [c.name, c]));
}

/** A score as its aggregate counts it; a numeric one is binned over its config's range. */
function observation(s: PreparedScore, release: string, c: CheckedScore): Observation {
  const base = { subject: release, signal: SIGNALS.score(s.name), at: s.at.getTime() };
  if (c.dataType === 'NUMERIC') return { ...base, type: 'NUMERIC', value: s.value!, bins: scoreBins(c.config.min!, c.config.max!) };
  if (c.dataType === 'BOOLEAN') return { ...base, type: 'BOOLEAN', value: s.value === 1 };
  return { ...base, type: 'CATEGORICAL', category: s.category! };
}

/** What a check knows of a score's target (createdAt in epoch ms); null when it is known to be fine. */
type TargetFacts = { kind: string | null; createdAt: number | null } | null;

/**
 * Every score's config exists and admits its value, and its target exists, is an output or an
 * invocation, and came to be no later than the score; the first bad row, in order, throws. Returns
 * each score's data type and config, in row order.
 */
function checkScores(
  rows: PreparedScore[],
  configOf: Map<string, DefinitionRow>,
  targetOf: (r: PreparedScore) => TargetFacts,
): CheckedScore[] {
  return rows.map((r) => {
    const target = targetOf(r);
    if (target !== null) {
      if (!target.kind)
        throw new DomainError('NOT_FOUND', `${r.field}.target: no Output or Invocation with id "${r.target}" exists.`, {
          field: `${r.field}.target`,
          id: r.target,
        });
      if (target.kind !== 'Output' && target.kind !== 'Invocation')
        throw new DomainError('VALIDATION', `${r.field}.target: "${r.target}" is a ${target.kind}, expected Output or Invocation.`, {
          field: `${r.field}.target`,
        });
      assertNotBeforeCreation({ field: `${r.field}.at`, at: r.at }, { id: r.target, createdAt: new Date(target.createdAt!) });
    }
    const config = configOf.get(r.name);
    if (!config)
      throw new DomainError('VALIDATION', `${r.field}.name: no score config named "${r.name}"; define it first (defineScoreConfig).`, {
        field: `${r.field}.name`,
      });
    const dataType = config.dataType!;
    checkValue(r, config, dataType);
    return { dataType, config };
  });
}

function checkValue(
  r: { field: string; name: string; value: number | null; category: string | null },
  config: DefinitionRow,
  dataType: ScoreDataType,
): void {
  const refuse = (field: string, message: string) => {
    throw new DomainError('VALIDATION', `${r.field}.${field}: ${message}`, { field: `${r.field}.${field}`, config: config.id });
  };
  if (dataType === 'CATEGORICAL') {
    if (r.category === null || r.value !== null) refuse('stringValue', `"${r.name}" is CATEGORICAL: send stringValue, not value.`);
    if (!config.categories?.includes(r.category!))
      refuse('stringValue', `"${r.category}" is not a category of "${r.name}" (${config.categories?.join(', ')}).`);
    return;
  }
  if (r.value === null || r.category !== null) refuse('value', `"${r.name}" is ${dataType}: send value, not stringValue.`);
  if (dataType === 'BOOLEAN' && r.value !== 0 && r.value !== 1) refuse('value', `"${r.name}" is BOOLEAN: value is 1 (true) or 0 (false).`);
  if (dataType === 'NUMERIC' && (r.value! < config.min! || r.value! > config.max!))
    refuse('value', `${r.value} is outside the range of "${r.name}" [${config.min}, ${config.max}].`);
}
