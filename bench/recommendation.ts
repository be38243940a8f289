import { randomUUID } from 'node:crypto';
import type { Config } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { nodeId } from '../src/domain/ids.js';
import { systemPrincipal } from '../src/domain/permissions/principal.js';
import { recommendStrategy } from '../src/domain/recommend/service.js';
import { registerUseCase } from '../src/domain/usecases/service.js';
import { loadDemoOrganisation } from '../seed/organisation.js';
import type { GraphMarker } from './graph/marker.js';
import { servicesFrom } from '../src/domain/services.js';

const ROUNDS = 30;
const DEMO_PREFIX = 'bench-demo';
const DEMO_USE_CASES = ['policy-document-retrieval', 'compliance-risk-assessment', 'kg-decision-support'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Recommendation latency without an LLM (the deterministic narrative), in process: the domain
 * service, its one Cypher round trip and the scoring. On the demo organisation (loaded under its own
 * prefix, first size only) and on the benchmark graph, through a use case served by all its systems
 * (15 releases each, thousands of invocations per release).
 */
export async function benchRecommendations(
  db: Database,
  config: Config,
  marker: GraphMarker | undefined,
  withDemo: boolean,
): Promise<string> {
  const ctx = {
    db,
    principal: systemPrincipal('service:bench'),
    now: () => new Date(),
    requestId: `bench-${randomUUID()}`,
    ...servicesFrom(config),
  };
  const lines = [`recommendStrategy without an LLM (${ROUNDS} rounds per use case):`];
  const measure = async (label: string, useCases: string[]) => {
    const times: number[] = [];
    for (const useCase of useCases) await recommendStrategy(ctx, { useCase });
    for (let round = 0; round < ROUNDS; round++) {
      for (const useCase of useCases) {
        const t0 = performance.now();
        await recommendStrategy(ctx, { useCase });
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    lines.push(`  ${label.padEnd(44)} p50 ${percentile(times, 50).toFixed(1)} ms  p99 ${percentile(times, 99).toFixed(1)} ms`);
  };
  if (withDemo) {
    await loadDemoOrganisation({ db, services: servicesFrom(config), prefix: DEMO_PREFIX });
    await measure(
      'demo organisation (3 use cases)',
      DEMO_USE_CASES.map((k) => nodeId('UseCase', `${DEMO_PREFIX}-${k}`)),
    );
  }
  if (!marker) return lines.join('\n');
  const key = 'bench-recommend';
  await registerUseCase(ctx, {
    key,
    name: 'Benchmark use case served by every benchmark system',
    dataAvailability: 'MODERATE',
    labelQuality: 'MEDIUM',
    domainStability: 'EVOLVING',
    knowledgeFreshness: 'PERIODIC',
    traceabilityNeed: 'HIGH',
    rollbackNeed: 'HIGH',
    valueRoi: 'MEDIUM',
    systems: marker.systems.map((k) => nodeId('System', k)),
  });
  await measure(`benchmark graph (${marker.outputs.toLocaleString('en')} outputs)`, [nodeId('UseCase', key)]);
  return lines.join('\n');
}

/** `npm run bench:recommendations`: the demo organisation, and the benchmark graph when the database holds one. */
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { loadConfig } = await import('../src/config.js');
  const { connectOwnInstance } = await import('../src/db/connect-own-instance.js');
  const { migrate } = await import('../src/db/migrate.js');
  const { readMarker } = await import('./graph/marker.js');
  const config = loadConfig();
  const db = await connectOwnInstance(config, {
    instance: process.env.PROVENANT_INSTANCE ?? 'bench',
    command: 'npm run bench:recommendations',
  });
  try {
    await migrate(db);
    process.stdout.write(`${await benchRecommendations(db, config, await readMarker(db), true)}\n`);
  } finally {
    await db.close();
  }
}
