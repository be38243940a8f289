import { aliasId, promote } from '../src/domain/aliases/service.js';
import { recordApproval } from '../src/domain/approvals/service.js';
import { registerArtifact, registerVersion } from '../src/domain/artifacts/service.js';
import { registerDocument, registerDocumentVersion } from '../src/domain/documents/register.js';
import type { ArtifactFamily } from '../src/domain/artifacts/kinds.js';
import { systemPrincipal } from '../src/domain/permissions/principal.js';
import { listNodes } from '../src/domain/nodes/read.js';
import { createRelease, registerSystem } from '../src/domain/releases/service.js';
import { recordEvaluation, recordTrainingRun } from '../src/domain/runs/service.js';
import { registerUseCase } from '../src/domain/usecases/service.js';
import { recordRecommendation, recordStrategyDecision } from '../src/domain/recommend/record.js';
import type { Strategy } from '../src/domain/recommend/strategies.js';
import { personPrincipal, type PersonName, type SystemName } from './actors.js';
import type { SeedRun } from './run.js';
import type { DomainContext } from '../src/domain/context.js';
import { CORPUS, corpusText, SECOND_VERSIONS, type CorpusDocument } from './corpus.js';
import { nodeId } from '../src/domain/ids.js';
import { executeRollbackPlan } from '../src/domain/rollback-plan/execute.js';
import { rollbackPlan } from '../src/domain/rollback-plan/service.js';
import { defineKpi, defineScoreConfig } from '../src/domain/signals/definitions.js';
import { defineMonitor } from '../src/domain/monitors/define.js';
import { runMonitors } from '../src/domain/monitors/run.js';

/** One dated event of the demo's history. Steps run in time order; the clock is at `at` while one runs. */
export interface Step {
  at: Date;
  label: string;
  run: () => Promise<void>;
  /** Set on alias moves so the traffic generator knows which release served when. */
  move?: { system: SystemName; environment: string; release: string };
  /** The step reads production traffic: every call made before it is recorded first. */
  readsTraffic?: boolean;
}

/** A monitor as the story states it: logical references, and a pinned baseline's window as story instants. */
export interface MonitorSpec {
  name: string;
  signal: string;
  kind: 'DRIFT' | 'REGRESSION';
  method?: 'AUTO' | 'MSPRT';
  direction?: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  minimumDetectableEffect?: number;
  baseline: { kind: 'PREVIOUS_RELEASE' } | { kind: 'PINNED'; release: string; from: When; to: When };
  minimumSampleSize: number;
  failureLimit?: number;
}

export type When = [day: number, hhmm: string];

/**
 * Builders for the demo's steps. Every reference is by logical id, the plain business id the demo
 * would have in an empty graph (e.g. "dataset:policy-docs@2"); `run.ref` maps it to the real one.
 */
export function stepBuilders(run: SeedRun) {
  const step = (when: When, label: string, work: () => Promise<void>, move?: Step['move']): Step => ({
    at: run.at(...when),
    label,
    run: work,
    move,
  });
  const plainKey = (ref: string) => ref.slice(ref.indexOf(':') + 1).split('@')[0];

  return {
    system: (when: When, who: PersonName, key: SystemName, name: string, description: string) =>
      step(when, `system ${key}`, async () => {
        const r = await registerSystem(run.as(personPrincipal(run, who)), { key: run.key(key), name, description });
        run.remember(nodeId('System', key), String(r.node.id));
        run.count('systems', r.created);
      }),

    useCase: (when: When, who: PersonName, input: Record<string, unknown> & { key: string; systems: string[] }) =>
      step(when, `use case ${input.key}`, async () => {
        const r = await registerUseCase(run.as(personPrincipal(run, who)), {
          ...input,
          key: run.key(input.key),
          systems: input.systems.map((s) => run.ref(s)),
        });
        run.remember(nodeId('UseCase', input.key), String(r.node.id));
        run.count('useCases', r.created);
      }),

    /** Stores a recommendation for a use case (the key makes a re-run return it); remembers its id and top strategy. */
    recommendation: (when: When, who: PersonName, useCase: string) =>
      step(when, `recommendation for ${useCase}`, async () => {
        const r = await recordRecommendation(run.as(personPrincipal(run, who)), {
          key: run.key(`${useCase}-1`),
          useCase: run.ref(nodeId('UseCase', useCase)),
        });
        run.remember(nodeId('Recommendation', useCase), String(r.node.id));
        run.remember(`${nodeId('Recommendation', useCase)}#top`, r.result.top);
        run.count('recommendations', r.created);
      }),

    /** A person's decision on the use case's recommendation: its own top strategy (followed), or another with a reason. */
    decision: (when: When, who: PersonName, useCase: string, choice: { strategy: Strategy; justification: string } | 'FOLLOW') =>
      step(when, `strategy decision for ${useCase}`, async () => {
        const recommendation = run.ref(nodeId('Recommendation', useCase));
        const top = run.ref(`${nodeId('Recommendation', useCase)}#top`) as Strategy;
        const strategy = choice === 'FOLLOW' ? top : choice.strategy;
        if (choice !== 'FOLLOW' && strategy === top)
          throw new Error(`seed: the override of ${useCase} expects a recommendation other than ${top}`);
        const r = await recordStrategyDecision(run.as(personPrincipal(run, who)), {
          key: run.key(`${useCase}-1`),
          recommendation,
          strategy,
          justification: choice === 'FOLLOW' ? undefined : choice.justification,
        });
        run.count('strategyDecisions', r.created);
      }),

    artifact: (when: When, who: PersonName, family: ArtifactFamily, key: string, name: string, description: string) =>
      step(when, `${family} ${key}`, async () => {
        const r = await registerArtifact(run.as(personPrincipal(run, who)), family, { key: run.key(key), name, description });
        run.remember(`${family}:${key}`, String(r.node.id));
        run.count('artifacts', r.created);
      }),

    /** `ref` is the version's logical id; content may name other logical ids through `r`. */
    version: (
      when: When,
      who: PersonName,
      family: ArtifactFamily,
      ref: string,
      message: string,
      content: (r: (ref: string) => string) => Record<string, unknown>,
    ) =>
      step(when, `version ${ref}`, async () => {
        const artifact = run.ref(`${family}:${plainKey(ref)}`);
        const r = await registerVersion(run.as(personPrincipal(run, who)), family, { artifact, message, ...content((x) => run.ref(x)) });
        run.remember(ref, String(r.node.id));
        run.count(`${family}Versions`, r.created);
      }),

    document: (when: When, who: PersonName, key: CorpusDocument, description: string) =>
      step(when, `document ${key}`, async () => {
        const r = await registerDocument(run.as(personPrincipal(run, who)), { key: run.key(key), name: CORPUS[key].title, description });
        run.remember(`document:${key}`, String(r.node.id));
        run.count('documents', r.created);
      }),

    /** Version 1 is the corpus file; version 2 applies the document's published edit to it. */
    documentVersion: (when: When, who: PersonName, key: CorpusDocument, n: 1 | 2) =>
      step(when, `document version document:${key}@${n}`, async () => {
        const text = n === 1 ? corpusText(key) : SECOND_VERSIONS[key].edit(corpusText(key));
        const r = await registerDocumentVersion(run.as(personPrincipal(run, who)), {
          document: run.ref(`document:${key}`),
          title: CORPUS[key].title,
          text,
          documentKind: CORPUS[key].documentKind,
          classification: CORPUS[key].classification,
          chunking: { strategy: 'HEADING', maxChars: 1200 },
          message: n === 1 ? 'First published version.' : SECOND_VERSIONS[key].message,
        });
        run.remember(`document:${key}@${n}`, String(r.node.id));
        run.count('documentVersions', r.created);
      }),

    training: (
      when: When,
      who: PersonName,
      ref: string,
      hours: number,
      input: { datasets: string[]; baseModel: string; parameters: object; notes: string },
    ) =>
      step(when, `training run ${ref}`, async () => {
        // A run is reported once it has finished: it started `hours` before this step.
        const endedAt = run.now;
        const r = await recordTrainingRun(run.as(personPrincipal(run, who)), {
          key: run.key(plainKey(ref)),
          datasets: input.datasets.map((d) => run.ref(d)),
          baseModel: run.ref(input.baseModel),
          startedAt: new Date(endedAt.getTime() - hours * 3_600_000).toISOString(),
          endedAt: endedAt.toISOString(),
          parameters: JSON.stringify(input.parameters),
          notes: input.notes,
        });
        run.remember(ref, String(r.node.id));
        run.count('trainingRuns', r.created);
      }),

    release: (
      when: When,
      who: PersonName,
      ref: string,
      input: { model: string; prompts: string[]; retrievalConfig?: string; notes: string },
    ) =>
      step(when, `release ${ref}`, async () => {
        const r = await createRelease(run.as(personPrincipal(run, who)), {
          system: run.ref(nodeId('System', plainKey(ref))),
          model: run.ref(input.model),
          prompts: input.prompts.map((p) => run.ref(p)),
          retrievalConfig: input.retrievalConfig ? run.ref(input.retrievalConfig) : undefined,
          notes: input.notes,
        });
        run.remember(ref, String(r.node.id));
        run.count('releases', r.created);
      }),

    evaluation: (
      when: When,
      who: PersonName,
      key: string,
      input: { subject: string; dataset: string; metrics: Record<string, number>; threshold: number; notes: string },
    ) =>
      step(when, `evaluation ${key}`, async () => {
        const r = await recordEvaluation(run.as(personPrincipal(run, who)), {
          key: run.key(key),
          subject: run.ref(input.subject),
          dataset: run.ref(input.dataset),
          metrics: Object.entries(input.metrics).map(([name, value]) => ({ name, value })),
          threshold: input.threshold,
          startedAt: new Date(run.now.getTime() - 40 * 60_000).toISOString(),
          notes: input.notes,
        });
        run.count('evaluations', r.created);
      }),

    approval: (
      when: When,
      who: PersonName,
      subject: string,
      environment: string,
      decision: 'APPROVED' | 'REJECTED',
      justification: string,
    ) =>
      step(when, `${decision.toLowerCase()} ${subject} for ${environment}`, async () => {
        const id = run.ref(subject);
        const approver = personPrincipal(run, who);
        const existing = await findApproval(run, id, environment, approver.id);
        if (!existing) await recordApproval(run.as(approver), { subject: id, environment, decision, justification });
        run.count('approvals', !existing);
      }),

    scoreConfig: (when: When, who: PersonName, input: Record<string, unknown> & { name: string }) =>
      step(when, `score config ${input.name}`, async () => {
        const r = await defineScoreConfig(run.as(personPrincipal(run, who)), input);
        run.count('signalDefinitions', r.created);
      }),

    kpi: (when: When, who: PersonName, input: Record<string, unknown> & { name: string }) =>
      step(when, `KPI ${input.name}`, async () => {
        const r = await defineKpi(run.as(personPrincipal(run, who)), input);
        run.count('signalDefinitions', r.created);
      }),

    /** A monitor of a system's environment, defined through the API's own domain function. */
    monitor: (when: When, who: PersonName, system: SystemName, environment: string, spec: MonitorSpec) =>
      step(when, `monitor ${system}/${environment}/${spec.name}`, async () => {
        const baseline =
          spec.baseline.kind === 'PINNED'
            ? {
                kind: 'PINNED',
                release: run.ref(spec.baseline.release),
                from: run.at(...spec.baseline.from).toISOString(),
                to: run.at(...spec.baseline.to).toISOString(),
              }
            : { kind: spec.baseline.kind };
        const r = await defineMonitor(run.as(personPrincipal(run, who)), {
          ...spec,
          system: run.ref(nodeId('System', system)),
          environment,
          baseline,
        });
        run.count('monitors', r.created);
      }),

    /** A scheduled run of an environment's monitors for this instant (idempotent per window, so a re-run finds its checks). */
    runMonitors: (when: When, who: PersonName, system: SystemName, environment: string): Step => ({
      ...step(when, `monitors of ${system}/${environment}`, async () => {
        const r = await runMonitors(run.as(personPrincipal(run, who)), {
          system: run.ref(nodeId('System', system)),
          environment,
          asOf: run.now.toISOString(),
        });
        run.count('monitorChecks', r.created, r.checks.length);
        for (const e of r.events)
          run.log(`seed: ${e.type} ${e.alert.id} (${e.monitor.name}, ${e.checks.length} checks) at ${run.now.toISOString()}`);
      }),
      readsTraffic: true,
    }),

    /**
     * Replays the n-th move of an alias: skipped when the alias history already has it. A rollback is
     * the rollback plan the graph proposes then, executed (the plan must propose the demo's target).
     */
    move: (
      when: When,
      who: PersonName,
      system: SystemName,
      environment: string,
      kind: 'PROMOTE' | 'ROLLBACK',
      release: string,
      reason: string,
    ) =>
      withTraffic(
        kind === 'ROLLBACK',
        step(
          when,
          `${kind.toLowerCase()} ${system}/${environment} → ${release}`,
          async () => {
            const sys = run.ref(nodeId('System', system));
            const alias = aliasId(sys, environment);
            const seq = run.nextMove(alias);
            const target = run.ref(release);
            const done = await moveAt(run, alias, seq);
            if (done && done.toRelease !== target) {
              throw new Error(
                `seed: ${alias} move ${seq} went to ${String(done.toRelease)}, the demo expects ${target}; load into an empty graph or another prefix`,
              );
            }
            const ctx = run.as(personPrincipal(run, who));
            const move =
              done ??
              (kind === 'PROMOTE'
                ? await promote(ctx, { system: sys, environment, release: target, reason })
                : await rollbackByPlan(ctx, sys, environment, target, reason));
            if (move.toRelease !== target)
              throw new Error(`seed: rollback of ${alias} went to ${String(move.toRelease)}, expected ${target}`);
            run.remember(nodeId('AliasMove', `${system}/${environment}/${seq}`), String(move.id));
            run.count('aliasMoves', !done);
          },
          { system, environment, release },
        ),
      ),
  };
}

/** A rollback's plan measures the releases' traffic, so every call before it is recorded first. */
const withTraffic = (reads: boolean, s: Step): Step => (reads ? { ...s, readsTraffic: true } : s);

export type Builders = ReturnType<typeof stepBuilders>;

async function rollbackByPlan(ctx: DomainContext, system: string, environment: string, target: string, reason: string) {
  const plan = await rollbackPlan(ctx, system, environment);
  if (plan.target !== target)
    throw new Error(`seed: the rollback plan of ${system}/${environment} proposes ${plan.target}, expected ${target}: ${plan.summary}`);
  return (await executeRollbackPlan(ctx, { plan: plan.id, reason })).move;
}

/** Whether this principal already approved (or rejected) this subject for this environment. */
async function findApproval(run: SeedRun, subject: string, environment: string, approver: string): Promise<boolean> {
  const page = await listNodes(run.as(systemPrincipal()), 'Approval', {
    parent: subject,
    first: 1,
    filters: [
      { property: 'environment', value: environment },
      { property: 'approver', value: approver },
    ],
  });
  return page.items.length > 0;
}

async function moveAt(run: SeedRun, alias: string, seq: number) {
  const page = await listNodes(run.as(systemPrincipal()), 'AliasMove', {
    parent: alias,
    first: 1,
    filters: [{ property: 'seq', value: seq }],
  });
  return page.items[0]?.node ?? null;
}
