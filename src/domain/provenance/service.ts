import type { ParamsOf } from '../../db/named-query.js';
import { dateTimeParam, intParam } from '../../db/values.js';
import { checkAsOf } from '../as-of.js';
import { authorize } from '../permissions/permissions.js';
import { redact } from '../permissions/redaction.js';
import type { DomainContext, Limits } from '../context.js';
import { DomainError } from '../errors.js';
import { requireId } from '../ids.js';
import { provenanceQueries } from './queries.js';
import type { NodeRow } from '../query-types.js';
import { nodeOf, type NodeOf } from '../nodes/types.js';
import type { NodeType } from '../kinds.js';

export interface TrainingProvenance {
  run: NodeOf<'TrainingRun'>;
  datasets: NodeOf<'DatasetVersion'>[];
  baseModels: NodeOf<'ModelVersion'>[];
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
  output: NodeOf<'Output'>;
  invocation: NodeOf<'Invocation'>;
  release: NodeOf<'Release'>;
  /** Aliases pointing at the release when the output was produced. */
  servedBy: ServedBy[];
  model: NodeOf<'ModelVersion'> | null;
  /** The pinned model version and the versions it was derived from (adapter → base, fine-tune → base). */
  modelLineage: NodeOf<'ModelVersion'>[];
  trainingRuns: TrainingProvenance[];
  /**
   * True when the model chain is longer than the configured bound (limits.provenanceMaxChain):
   * modelLineage and trainingRuns then stop at the bound.
   */
  truncated: boolean;
  prompts: NodeOf<'PromptVersion'>[];
  retrievalConfig: NodeOf<'RetrievalConfigVersion'> | null;
  /** Approvals of the release or anything it pins that were in force when the output was produced. */
  approvals: NodeOf<'Approval'>[];
  evaluations: NodeOf<'EvaluationRun'>[];
  asOf: string;
}

const END_OF_TIME = new Date('9999-12-31T23:59:59.999Z');

/** The parameters of the `provenance` query (the benchmark runs the same ones). */
export function provenanceParams(limits: Limits, outputId: string, asOf?: Date | null): ParamsOf<typeof provenanceQueries.provenance> {
  // Without asOf, everything recorded so far counts, including outputs stamped slightly ahead of our clock.
  return { id: outputId, view: dateTimeParam(asOf ?? END_OF_TIME), maxChain: intParam(limits.provenanceMaxChain) };
}

export async function provenance(ctx: DomainContext, outputId: string, asOf?: Date | null): Promise<Provenance> {
  authorize(ctx.principal, 'lineage.read');
  requireId('outputId', outputId, 'Output');
  checkAsOf(ctx, asOf);
  const view = asOf ?? END_OF_TIME;
  const rows = await ctx.db.readQuery(provenanceQueries.provenance, provenanceParams(ctx.limits, outputId, asOf));
  const row = rows[0];
  if (!row) {
    const when = asOf ? ` at ${asOf.toISOString()}` : '';
    throw new DomainError('NOT_FOUND', `No output with id "${outputId}" existed${when}.`, { id: outputId });
  }
  /** A node as the principal sees it at `view`, typed as the kind the query read it as. */
  const see =
    <K extends NodeType>(kind: K) =>
    (r: NodeRow) =>
      nodeOf(kind, redact(ctx.principal, hideLaterRetraction(r, view)));
  const pinnedAs = (role: string) => row.pinned.filter((p) => p.role === role);
  const chain = row.modelChain;
  const models = pinnedAs('model').map(see('ModelVersion'));
  return {
    output: see('Output')(row.output),
    invocation: see('Invocation')(row.invocation),
    release: see('Release')(row.release),
    servedBy: row.servedBy.map((a) => ({
      alias: a.id,
      system: a.system,
      environment: a.environment,
      since: a.since,
      until: a.until ?? null,
    })),
    model: models[0] ?? null,
    modelLineage: chain.map(({ trainingRuns: _t, ...m }) => see('ModelVersion')(m)),
    trainingRuns: chain.flatMap((m) =>
      m.trainingRuns.map(({ used, ...run }) => ({
        run: see('TrainingRun')(run),
        datasets: used.filter((u) => u.kind === 'DatasetVersion').map(see('DatasetVersion')),
        baseModels: used.filter((u) => u.kind === 'ModelVersion').map(see('ModelVersion')),
      })),
    ),
    truncated: Boolean(row.truncated),
    prompts: pinnedAs('prompt').map(see('PromptVersion')),
    retrievalConfig: pinnedAs('retrieval').map(see('RetrievalConfigVersion'))[0] ?? null,
    approvals: row.approvals.map(see('Approval')),
    evaluations: row.evaluations.map(see('EvaluationRun')),
    asOf: (asOf ?? ctx.now()).toISOString(),
  };
}

/** As of an earlier moment, a retraction recorded later had not happened yet. */
function hideLaterRetraction(r: NodeRow, view: Date): NodeRow {
  if (r.retractedAt && Date.parse(String(r.retractedAt)) > view.getTime()) {
    return { ...r, retractedAt: null, retractedBy: null, retractReason: null };
  }
  return r;
}
