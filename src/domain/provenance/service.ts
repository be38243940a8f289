import type { Row } from '../../db/database.js';
import type { ParamsOf } from '../../db/named-query.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import { authorize } from '../permissions/permissions.js';
import { redact } from '../permissions/redaction.js';
import type { DomainContext, Limits } from '../context.js';
import { DomainError } from '../errors.js';
import { requireId } from '../ids.js';
import { cypher } from '../queries.js';

export interface TrainingProvenance {
  run: Row;
  datasets: Row[];
  baseModels: Row[];
}

export interface ServedBy {
  alias: string;
  system: string;
  environment: string;
  since: string;
  until: string | null;
}

/** Everything that produced one output: an auditor's bill of materials. */
export interface Provenance {
  output: Row;
  invocation: Row;
  release: Row;
  /** Aliases pointing at the release when the output was produced. */
  servedBy: ServedBy[];
  model: Row | null;
  /** The pinned model version and the versions it was derived from (adapter → base, fine-tune → base). */
  modelLineage: Row[];
  trainingRuns: TrainingProvenance[];
  /**
   * True when the model chain is longer than the configured bound (limits.provenanceMaxChain):
   * modelLineage and trainingRuns then stop at the bound.
   */
  truncated: boolean;
  prompts: Row[];
  retrievalConfig: Row | null;
  /** Approvals of the release or anything it pins that were in force when the output was produced. */
  approvals: Row[];
  evaluations: Row[];
  asOf: string;
}

const END_OF_TIME = new Date('9999-12-31T23:59:59.999Z');

/** The parameters of the `provenance` query (the benchmark runs the same ones). */
export function provenanceParams(limits: Limits, outputId: string, asOf?: Date | null): ParamsOf<typeof cypher.provenance> {
  // Without asOf, everything recorded so far counts, including outputs stamped slightly ahead of our clock.
  return { id: outputId, view: dateTimeParam(asOf ?? END_OF_TIME), maxChain: intParam(limits.provenanceMaxChain) };
}

export async function provenance(ctx: DomainContext, outputId: string, asOf?: Date | null): Promise<Provenance> {
  authorize(ctx.principal, 'lineage.read');
  requireId('outputId', outputId, 'Output');
  checkAsOf(ctx, asOf);
  const view = asOf ?? END_OF_TIME;
  const rows = await ctx.db.readQuery(cypher.provenance, provenanceParams(ctx.limits, outputId, asOf));
  const row = rows[0];
  if (!row) {
    const when = asOf ? ` at ${asOf.toISOString()}` : '';
    throw new DomainError('NOT_FOUND', `No output with id "${outputId}" existed${when}.`, { id: outputId });
  }
  const see = (r: Row) => redact(ctx.principal, hideLaterRetraction(r, view));
  const pinned = row.pinned.map(see);
  const chain = row.modelChain;
  const pinnedModel = pinned.find((p) => p.role === 'model') ?? null;
  return {
    output: see(row.output),
    invocation: see(row.invocation),
    release: see(row.release),
    servedBy: row.servedBy.map((a) => ({
      alias: String(a.id),
      system: String(a.system),
      environment: String(a.environment),
      since: String(a.since),
      until: (a.until as string | null) ?? null,
    })),
    model: pinnedModel,
    modelLineage: chain.map(({ trainingRuns: _t, ...m }) => see(m)),
    trainingRuns: chain.flatMap((m) =>
      m.trainingRuns.map(({ used, ...run }) => ({
        run: see(run),
        datasets: used.filter((u) => u.kind === 'DatasetVersion').map(see),
        baseModels: used.filter((u) => u.kind === 'ModelVersion').map(see),
      })),
    ),
    truncated: Boolean(row.truncated),
    prompts: pinned.filter((p) => p.role === 'prompt'),
    retrievalConfig: pinned.find((p) => p.role === 'retrieval') ?? null,
    approvals: row.approvals.map(see),
    evaluations: row.evaluations.map(see),
    asOf: (asOf ?? ctx.now()).toISOString(),
  };
}

/** As of an earlier moment, a retraction recorded later had not happened yet. */
function hideLaterRetraction(r: Row, view: Date): Row {
  if (r.retractedAt && Date.parse(String(r.retractedAt)) > view.getTime()) {
    return { ...r, retractedAt: null, retractedBy: null, retractReason: null };
  }
  return r;
}
