import type { Database } from '../src/db/database.js';
import { systemPrincipal } from '../src/domain/permissions/principal.js';
import type { Services } from '../src/domain/context.js';
import { getNodes } from '../src/domain/nodes/read.js';
import { recordInvocations } from '../src/domain/invocations/service.js';
import { recordScores } from '../src/domain/signals/scores.js';
import { gatewayPrincipal, PEOPLE, registerActors, type SystemName } from './actors.js';
import { SeedRun, type Tally } from './run.js';
import { stepBuilders, type Step } from './steps.js';
import { complianceRiskStory } from './story/compliance-risk.js';
import { kgDecisionStory } from './story/kg-decision-support.js';
import { platformStory } from './story/platform.js';
import { policyQaStory } from './story/policy-qa.js';
import { useCaseStory } from './story/use-cases.js';
import { decisionStory } from './story/decisions.js';
import { generateTraffic, LAST_DAY, type TrafficEvent } from './traffic.js';
import { kpiSteps, scoresOf } from './feedback.js';
import { monitoringStory } from './story/monitoring.js';
import { nodeId } from '../src/domain/ids.js';
import { beginSeedLoad, finishSeedLoad } from './progress.js';

export interface SeedOptions {
  db: Database;
  /** The chat model, embedder and bounds the seed's writes run with (src/domain/services.ts). */
  services: Services;
  /** Prepended (with "-") to every key, so a test can load an isolated copy. */
  prefix?: string;
  log?: (line: string) => void;
  /**
   * Day 0 of the eight simulated weeks, for the first load under this prefix (default: 57 days before
   * today, UTC midnight). Later loads under the prefix replay the first one's history whatever is given here.
   */
  start?: Date;
}

export interface SeedSummary {
  prefix: string;
  /** The simulated history: day 0 and the last recorded event. */
  start: string;
  end: string;
  elapsedMs: number;
  /** Per kind: how many the demo holds and how many this load created (0 on a re-run). */
  counts: Tally;
  /** Ids and instants a README or a test can query. */
  examples: {
    systems: Record<SystemName, string>;
    goodRelease: string;
    badRelease: string;
    stagedRelease: string;
    rejectedRelease: string;
    badPromotion: string;
    rollbackMove: string;
    /** The rollback plan the rollback executed (its evidence: the alert a monitor opened, its failed checks, the review). */
    rollbackPlan: string;
    /** Inside the bad release's time in production, and just after the rollback. */
    beforeRollback: string;
    afterRollback: string;
    badOutput: string;
    goodOutput: string;
    decisionOutput: string;
    fineTunedModel: string;
    fineTuneTrainingRun: string;
    trainingDatasets: string[];
    adapterModel: string;
    datasetVersion: string;
    auditor: string;
  };
}

const BATCH = 250;
const DAY_MS = 86_400_000;

/**
 * Loads the demo organisation through the domain services (the API's own write path), replaying
 * eight weeks of history on a simulated clock. Loading it again creates nothing: keys are fixed and
 * approvals and alias moves that already happened are skipped, so a load that stopped midway is
 * completed by loading again. The graph records when a load began and when it finished (seed/progress.ts).
 */
export async function loadDemoOrganisation(options: SeedOptions): Promise<SeedSummary> {
  const began = Date.now();
  const prefix = options.prefix ?? '';
  // The first load under this prefix fixes day 0; a later one (completing it, or a re-run) replays that history.
  const start = await beginSeedLoad(options.db, prefix, options.start ?? new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - 57 * DAY_MS));
  const run = new SeedRun(options.db, options.services, start, prefix, options.log ?? (() => {}));
  const b = stepBuilders(run);
  const steps: Step[] = [
    { at: run.at(0, '09:00'), label: 'people, teams and gateway accounts', run: () => registerActors(run) },
    ...platformStory(b),
    ...useCaseStory(b),
    ...policyQaStory(b),
    ...complianceRiskStory(b),
    ...kgDecisionStory(b),
    ...decisionStory(b),
    ...monitoringStory(b),
  ];
  const traffic = generateTraffic(steps, start);
  const callAt = (e: TrafficEvent) => new Date(start.getTime() + e.minute * 60_000);
  const timeline = [
    ...[...steps, ...kpiSteps(run, traffic, callAt, LAST_DAY)].map((s) => ({ at: s.at, step: s, call: null })),
    ...traffic.map((e) => ({ at: callAt(e), step: null, call: e })),
  ].sort((x, y) => x.at.getTime() - y.at.getTime() || (x.step ? -1 : 1) + (y.step ? 1 : -1));

  const pending = new Map<SystemName, TrafficEvent[]>();
  const flush = async (system: SystemName) => {
    const calls = pending.get(system) ?? [];
    if (calls.length === 0) return;
    pending.set(system, []);
    const result = await recordInvocations(run.as(gatewayPrincipal(run, system)), {
      invocations: calls.map((e) => ({ key: run.key(e.key), release: run.ref(e.release), startedAt: callAt(e).toISOString(), ...e.body })),
    });
    run.count('invocations', result.createdInvocations, calls.length);
    run.count('outputs', result.createdOutputs, result.outputIds.length);
    const scores = scoresOf(run, calls, callAt);
    for (let i = 0; i < scores.length; i += run.services.limits.maxBatch) {
      const slice = scores.slice(i, i + run.services.limits.maxBatch);
      const recorded = await recordScores(run.as(gatewayPrincipal(run, system)), { scores: slice });
      run.count('scores', recorded.created, slice.length);
    }
  };

  let week = 0;
  let stepsThisWeek = 0;
  let callsThisWeek = 0;
  const reportWeek = () => run.log(`seed: week ${week + 1}/8 — ${stepsThisWeek} events, ${callsThisWeek} production calls`);
  for (const item of timeline) {
    const itemWeek = Math.floor((item.at.getTime() - start.getTime()) / (7 * DAY_MS));
    if (itemWeek > week) {
      reportWeek();
      [week, stepsThisWeek, callsThisWeek] = [itemWeek, 0, 0];
    }
    run.advanceTo(item.at);
    if (item.step) {
      if (item.step.readsTraffic) for (const system of pending.keys()) await flush(system);
      try {
        await item.step.run();
      } catch (err) {
        throw new Error(
          `seed step "${item.step.label}" (${item.at.toISOString()}) failed: ${err instanceof Error ? err.message : String(err)}`,
          { cause: err },
        );
      }
      stepsThisWeek += 1;
    } else {
      const call = item.call!;
      const queue = pending.get(call.system) ?? [];
      queue.push(call);
      pending.set(call.system, queue);
      callsThisWeek += 1;
      if (queue.length >= Math.min(BATCH, run.services.limits.maxBatch)) await flush(call.system);
    }
  }
  for (const system of pending.keys()) await flush(system);
  reportWeek();
  await finishSeedLoad(options.db, prefix);

  const examples = await exampleIds(run, traffic);
  return {
    prefix: run.prefix,
    start: start.toISOString(),
    end: run.now.toISOString(),
    elapsedMs: Date.now() - began,
    counts: run.tally,
    examples,
  };
}

async function exampleIds(run: SeedRun, traffic: TrafficEvent[]): Promise<SeedSummary['examples']> {
  const promotion = run.ref('aliasmove:policy-qa/production/3');
  const rollbackMove = run.ref('aliasmove:policy-qa/production/4');
  const [promoted, rolledBack] = await getNodes(run.as(systemPrincipal()), [promotion, rollbackMove]);
  const rollbackAt = Date.parse(String(rolledBack!.createdAt));
  const outputOf = (e: TrafficEvent | undefined) => {
    if (!e) throw new Error('seed: the demo traffic lacks an example output');
    return nodeId('Output', `${run.key(e.key)}.1`);
  };
  const isBad = (e: TrafficEvent) => e.release === 'release:policy-qa@3';
  const lastBadMinute = traffic.filter(isBad).at(-1)?.minute ?? Infinity;
  return {
    systems: {
      'policy-qa': run.ref('system:policy-qa'),
      'compliance-risk': run.ref('system:compliance-risk'),
      'kg-decision-support': run.ref('system:kg-decision-support'),
    },
    goodRelease: run.ref('release:policy-qa@2'),
    badRelease: run.ref('release:policy-qa@3'),
    stagedRelease: run.ref('release:policy-qa@4'),
    rejectedRelease: run.ref('release:compliance-risk@2'),
    badPromotion: String(promoted!.id),
    rollbackMove,
    rollbackPlan: rolledBack && 'rollbackPlan' in rolledBack ? String(rolledBack.rollbackPlan) : '',
    beforeRollback: new Date(rollbackAt - 3_600_000).toISOString(),
    afterRollback: new Date(rollbackAt + 3_600_000).toISOString(),
    badOutput: outputOf(traffic.find(isBad)),
    goodOutput: outputOf(traffic.find((e) => e.release === 'release:policy-qa@2' && e.minute > lastBadMinute)),
    decisionOutput: outputOf(traffic.find((e) => e.system === 'compliance-risk' && e.body.outputs[0].decision === 'flag')),
    fineTunedModel: run.ref('model:kg-decision-ft@1'),
    fineTuneTrainingRun: run.ref('training:kg-decision-ft-r1'),
    trainingDatasets: [run.ref('dataset:kg-decisions@2'), run.ref('dataset:regulatory-texts@2')],
    adapterModel: run.ref('model:compliance-risk-lora@1'),
    datasetVersion: run.ref('dataset:policy-docs@2'),
    auditor: nodeId('Person', run.key(PEOPLE.farah.key)),
  };
}
