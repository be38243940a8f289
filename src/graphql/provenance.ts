import { PRODUCTION } from '../domain/policies/policy.js';
import { provenance, type Provenance, type ServedBy, type TrainingProvenance } from '../domain/provenance/service.js';
import { Approval } from './approvals.js';
import { DatasetVersion, ModelVersion, PromptVersion, RetrievalConfigVersion } from './artifacts.js';
import { builder } from './builder.js';
import { PROVENANCE_COST, priced } from './cost.js';
import { Invocation, Output } from './invocations.js';
import { Release } from './releases.js';
import { EvaluationRun, TrainingRun } from './runs.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

const ServedByRef = builder.objectRef<ServedBy>('ServedBy').implement({
  description: 'An alias that pointed at the release when the output was produced.',
  fields: (t) => ({
    alias: t.exposeID('alias', { nullable: false }),
    system: t.exposeID('system', { nullable: false }),
    environment: t.exposeString('environment', { nullable: false }),
    since: t.field({ type: DateTime, nullable: false, resolve: (s) => s.since }),
    until: t.field({ type: DateTime, resolve: (s) => s.until }),
  }),
});

const TrainingProvenanceRef = builder.objectRef<TrainingProvenance>('TrainingProvenance').implement({
  fields: (t) => ({
    run: t.field({ type: TrainingRun, nullable: false, resolve: (p) => p.run }),
    datasets: t.field({ type: [DatasetVersion], nullable: false, resolve: (p) => p.datasets }),
    baseModels: t.field({ type: [ModelVersion], nullable: false, resolve: (p) => p.baseModels }),
  }),
});

const ProvenanceRef = builder.objectRef<Provenance>('Provenance').implement({
  description: 'The bill of materials of one output. Aliases and approvals are those in force when the output was produced.',
  fields: (t) => ({
    asOf: t.field({ type: DateTime, nullable: false, resolve: (p) => p.asOf }),
    output: t.field({ type: Output, nullable: false, resolve: (p) => p.output }),
    invocation: t.field({ type: Invocation, nullable: false, resolve: (p) => p.invocation }),
    release: t.field({ type: Release, nullable: false, resolve: (p) => p.release }),
    servedBy: t.field({ type: [ServedByRef], nullable: false, resolve: (p) => p.servedBy }),
    servedByEnvironment: t.boolean({
      nullable: false,
      description: `Whether the release was behind the given environment alias (default ${PRODUCTION}) when the output was produced.`,
      args: { environment: t.arg.string({ defaultValue: PRODUCTION }) },
      resolve: (p, args) => p.servedBy.some((s) => s.environment === args.environment),
    }),
    model: t.field({ type: ModelVersion, resolve: (p) => p.model }),
    modelLineage: t.field({
      type: [ModelVersion],
      nullable: false,
      description: 'The pinned model version, then the versions it derives from (adapter or fine-tune → base).',
      resolve: (p) => p.modelLineage,
    }),
    trainingRuns: t.field({ type: [TrainingProvenanceRef], nullable: false, resolve: (p) => p.trainingRuns }),
    truncated: t.exposeBoolean('truncated', {
      nullable: false,
      description:
        'True when the model chain is longer than the configured bound (PROVENANT_PROVENANCE_MAX_CHAIN versions): `modelLineage` and `trainingRuns` then stop at the bound.',
    }),
    prompts: t.field({ type: [PromptVersion], nullable: false, resolve: (p) => p.prompts }),
    retrievalConfig: t.field({ type: RetrievalConfigVersion, resolve: (p) => p.retrievalConfig }),
    approvals: t.field({ type: [Approval], nullable: false, resolve: (p) => p.approvals }),
    evaluations: t.field({ type: [EvaluationRun], nullable: false, resolve: (p) => p.evaluations }),
  }),
});

builder.queryFields((t) => ({
  provenance: t.field({
    type: ProvenanceRef,
    nullable: false,
    description:
      'Which release, alias, model (with its training data and base), prompts, retrieval config and approvals produced an output.',
    args: { outputId: t.arg.id({ required: true }), asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }) },
    extensions: priced({ kind: 'fixed', price: PROVENANCE_COST }),
    resolve: (_, args, ctx) => provenance(ctx.domain, args.outputId, args.asOf),
  }),
}));
