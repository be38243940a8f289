import { registerPerson, registerServiceAccount } from '../../src/domain/agents/service.js';
import { promote, rollback } from '../../src/domain/aliases/service.js';
import { recordApproval } from '../../src/domain/approvals/service.js';
import { registerArtifact, registerVersion } from '../../src/domain/artifacts/service.js';
import type { ArtifactFamily } from '../../src/domain/artifacts/kinds.js';
import { createRelease, registerSystem } from '../../src/domain/releases/service.js';
import { recordEvaluation, recordTrainingRun } from '../../src/domain/runs/service.js';
import { DAY, type ContextFor, type SimClock } from './actors.js';

export interface StructureSpec {
  systems: number;
  releasesPerSystem: number;
}

/** When a release served a system's production alias; traffic is spread over these windows. */
export interface ProductionWindow {
  release: string;
  since: number;
  until: number;
}

export interface SystemPlan {
  key: string;
  /** The System node's id. */
  system: string;
  windows: ProductionWindow[];
}

export interface Structure {
  systems: SystemPlan[];
  /** A dataset version that feeds training runs: the natural start of a downstream lineage question. */
  sampleDatasetVersion: string;
  writes: number;
}

const DATASETS = ['claims', 'policies', 'tickets', 'support-chats'];
const DATASET_VERSIONS = 5;
const BASE_VERSIONS = 3;
const FINE_TUNE_VERSIONS = 3;
const ADAPTER_VERSIONS = 2;
const SYSTEM_PROMPT_VERSIONS = 8;
const TEMPLATE_VERSIONS = 4;
const RETRIEVAL_VERSIONS = 3;

/**
 * The organisation's artifacts and a year of releases, written through the domain services (the
 * API's write path): version chains, training runs, systems whose releases are evaluated, staged,
 * approved by someone other than their author and promoted to production, with one rollback each.
 */
export async function buildStructure(
  as: ContextFor,
  clock: SimClock,
  spec: StructureSpec,
  onWrite: (n: number) => void,
): Promise<Structure> {
  let writes = 0;
  const step = async <T>(p: Promise<T>, advanceMs = 60_000): Promise<T> => {
    const result = await p;
    writes += 1;
    onWrite(writes);
    clock.advance(advanceMs);
    return result;
  };
  const version = async (family: ArtifactFamily, artifact: string, content: Record<string, unknown>, message: string) =>
    String((await step(registerVersion(as('engineer'), family, { artifact, message, ...content }))).node.id);
  const artifact = async (family: ArtifactFamily, key: string, name: string) => {
    await step(registerArtifact(as('engineer'), family, { key, name, description: `Synthetic ${family} for the benchmark` }));
    return `${family}:${key}`;
  };

  await step(registerPerson(as('admin'), { key: 'bench-engineer', name: 'Bench Engineer' }));
  await step(registerPerson(as('admin'), { key: 'bench-approver', name: 'Bench Approver' }));
  await step(registerServiceAccount(as('admin'), { key: 'bench-gateway', name: 'Bench serving gateway' }));

  const datasetVersions: Record<string, string[]> = {};
  for (const name of DATASETS) {
    const id = await artifact('dataset', name, `${name} corpus`);
    datasetVersions[name] = [];
    for (let v = 0; v < DATASET_VERSIONS; v++) {
      const prev = datasetVersions[name].at(-1);
      datasetVersions[name].push(
        await version(
          'dataset',
          id,
          {
            uri: `s3://bench/${name}/v${v + 1}.parquet`,
            rowCount: 10_000 * (v + 1),
            labelQuality: 0.8 + v * 0.03,
            classification: name === 'claims' ? 'CONFIDENTIAL' : 'INTERNAL',
            derivedFrom: prev ? [prev] : [],
          },
          `refresh ${v + 1}`,
        ),
      );
    }
  }

  const baseModel = await artifact('model', 'base-llm', 'Open-weights base LLM');
  const baseVersions: string[] = [];
  for (let v = 0; v < BASE_VERSIONS; v++) {
    baseVersions.push(
      await version('model', baseModel, { provider: 'open-weights', modelKind: 'BASE', uri: `hf://base-llm/${v + 1}` }, `base ${v + 1}`),
    );
  }

  const trained = async (modelId: string, kind: 'FINE_TUNED' | 'ADAPTER', key: string, datasets: string[], base: string) => {
    const run = await step(
      recordTrainingRun(as('engineer'), { key, datasets, baseModel: base, startedAt: clock.now().toISOString(), status: 'SUCCEEDED' }),
      3_600_000,
    );
    return version(
      'model',
      modelId,
      { provider: 'in-house', modelKind: kind, baseVersion: base, trainingRun: String(run.node.id) },
      `${kind.toLowerCase()} from ${base}`,
    );
  };

  const systems: SystemPlan[] = [];
  const releasesBySystem: Array<{
    key: string;
    system: string;
    releases: Array<{ model: string; prompts: string[]; retrievalConfig?: string }>;
  }> = [];
  for (let s = 0; s < spec.systems; s++) {
    const key = `bench-sys-${s + 1}`;
    const data = [DATASETS[s % DATASETS.length], DATASETS[(s + 1) % DATASETS.length]];
    const ft = await artifact('model', `${key}-ft`, `${key} fine-tune`);
    const lora = await artifact('model', `${key}-lora`, `${key} adapter`);
    const models: string[] = [...baseVersions.slice(-1)];
    for (let v = 0; v < FINE_TUNE_VERSIONS; v++) {
      const ds = data.map((d) => datasetVersions[d][Math.min(v + 1, DATASET_VERSIONS - 1)]);
      models.push(await trained(ft, 'FINE_TUNED', `${key}-ft-${v + 1}`, ds, baseVersions[Math.min(v, BASE_VERSIONS - 1)]));
    }
    for (let v = 0; v < ADAPTER_VERSIONS; v++) {
      const ds = [datasetVersions[data[0]][DATASET_VERSIONS - 1 - v]];
      models.push(await trained(lora, 'ADAPTER', `${key}-lora-${v + 1}`, ds, models[1 + v]));
    }
    const sysPrompt = await artifact('prompt', `${key}-system`, `${key} system prompt`);
    const template = await artifact('prompt', `${key}-template`, `${key} user template`);
    const sysPromptVersions: string[] = [];
    const templateVersions: string[] = [];
    for (let v = 0; v < SYSTEM_PROMPT_VERSIONS; v++) {
      sysPromptVersions.push(
        await version(
          'prompt',
          sysPrompt,
          { template: `You are assistant ${key}, revision ${v + 1}. Cite sources.`, promptKind: 'SYSTEM_PROMPT' },
          `revision ${v + 1}`,
        ),
      );
    }
    for (let v = 0; v < TEMPLATE_VERSIONS; v++) {
      templateVersions.push(
        await version(
          'prompt',
          template,
          {
            template: `Question: {{question}}\nContext (${v + 1}): {{context}}`,
            variables: ['question', 'context'],
            promptKind: 'USER_TEMPLATE',
          },
          `template ${v + 1}`,
        ),
      );
    }
    const retrievalVersions: string[] = [];
    if (s % 4 !== 3) {
      const rc = await artifact('retrieval', `${key}-rag`, `${key} retrieval`);
      for (let v = 0; v < RETRIEVAL_VERSIONS; v++) {
        retrievalVersions.push(
          await version(
            'retrieval',
            rc,
            { index: `${key}-index`, embeddingModel: 'text-embed-3', chunkStrategy: 'SENTENCE', chunkSize: 256 * (v + 1), topK: 4 + v },
            `retrieval ${v + 1}`,
          ),
        );
      }
    }
    const system = String((await step(registerSystem(as('engineer'), { key, name: `Benchmark system ${s + 1}` }))).node.id);
    // (system prompt, template) pairs are distinct for every release index, so every release pins a new set.
    const releases = Array.from({ length: spec.releasesPerSystem }, (_, i) => ({
      model: models[Math.min(Math.floor((i * models.length) / spec.releasesPerSystem), models.length - 1)],
      prompts: [sysPromptVersions[Math.floor(i / 2) % SYSTEM_PROMPT_VERSIONS], templateVersions[i % TEMPLATE_VERSIONS]],
      ...(retrievalVersions.length
        ? { retrievalConfig: retrievalVersions[Math.floor((i * retrievalVersions.length) / spec.releasesPerSystem)] }
        : {}),
    }));
    releasesBySystem.push({ key, system, releases });
    systems.push({ key, system, windows: [] });
  }

  // Releases of all systems interleave over the simulated year.
  const evalSet = datasetVersions[DATASETS[DATASETS.length - 1]][DATASET_VERSIONS - 1];
  for (let i = 0; i < spec.releasesPerSystem; i++) {
    for (let s = 0; s < releasesBySystem.length; s++) {
      const { system, releases } = releasesBySystem[s];
      const windows = systems[s].windows;
      const release = String(
        (await step(createRelease(as('engineer'), { system, ...releases[i], notes: `release ${i + 1}` }), DAY / 4)).node.id,
      );
      const passes = i % 5 !== 4;
      await step(
        recordEvaluation(as('engineer'), {
          key: `${systems[s].key}-eval-${i + 1}`,
          subject: release,
          dataset: evalSet,
          metrics: [
            { name: 'accuracy', value: passes ? 0.9 + (i % 3) * 0.01 : 0.7 },
            { name: 'groundedness', value: 0.88 },
          ],
          threshold: 0.85,
          startedAt: clock.now().toISOString(),
        }),
        DAY / 4,
      );
      await step(promote(as('engineer'), { system, environment: 'staging', release, reason: `stage release ${i + 1}` }), DAY / 2);
      if (!passes) continue; // failed its evaluation: stays in staging
      await step(
        recordApproval(as('approver'), {
          subject: release,
          environment: 'production',
          decision: 'APPROVED',
          justification: 'evaluation passed; reviewed diff',
        }),
        DAY / 4,
      );
      await step(promote(as('engineer'), { system, environment: 'production', release, reason: `ship release ${i + 1}` }));
      openWindow(windows, release, clock.now().getTime());
      if (i === Math.floor(spec.releasesPerSystem * 0.6)) {
        clock.advance(DAY);
        const move = await step(rollback(as('engineer'), { system, environment: 'production', reason: 'regression reported by support' }));
        openWindow(windows, String(move.toRelease), clock.now().getTime());
      }
    }
    clock.advance(DAY * 20);
  }
  const end = clock.now().getTime();
  for (const s of systems) s.windows.at(-1)!.until = end;
  return { systems, sampleDatasetVersion: datasetVersions[DATASETS[0]][1], writes };
}

function openWindow(windows: ProductionWindow[], release: string, at: number): void {
  const prev = windows.at(-1);
  if (prev) prev.until = at;
  windows.push({ release, since: at, until: at });
}
