/**
 * `npm run eval`: offline evaluations against the local database (dev instance, or NEO4J_URI;
 * PROVENANT_INSTANCE picks another local instance). Each evaluation is its own file; this runner
 * prints their figures.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { systemPrincipal } from '../src/domain/permissions/principal.js';
import { RETRIEVAL_QUERIES } from './retrieval-queries.js';
import { evaluateRetrieval } from './retrieval.js';
import { evaluateAsk } from './ask.js';

import { evaluateRecommendations } from './recommendation.js';
import { RECOMMENDATION_CASES } from './recommendation-cases.js';
import { servicesFrom } from '../src/domain/services.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await connectDatabase(config, { instance: process.env.PROVENANT_INSTANCE ?? 'dev' });
  try {
    await migrate(db);
    const ctx = {
      db,
      principal: systemPrincipal('service:eval'),
      now: () => new Date(),
      requestId: `eval-${randomUUID()}`,
      ...servicesFrom(config),
    };
    console.log(`retrieval: ${RETRIEVAL_QUERIES.length} labelled queries over the demo policy corpus (current versions)`);
    const scores = await evaluateRetrieval(ctx);
    console.log('mode        recall@5  MRR@10');
    for (const s of scores) console.log(`${s.mode.padEnd(10)}  ${s.recallAt5.toFixed(3).padStart(8)}  ${s.mrr.toFixed(3).padStart(6)}`);

    console.log('\nask: loading a copy of the demo organisation (prefix askeval; once, then reused) ...');
    const a = await evaluateAsk(ctx);
    console.log(`ask (deterministic matcher, no model): ${a.questions} labelled questions, ${a.answerable} answerable`);
    console.log(`accuracy (operation and cited ids, or "cannot answer")  ${a.accuracy.toFixed(3)}`);
    console.log(`"cannot answer" precision                               ${a.cannotAnswerPrecision.toFixed(3)}`);
    console.log(`"cannot answer" recall                                  ${a.cannotAnswerRecall.toFixed(3)}`);
    for (const m of a.misses) console.log(`  miss: ${m.question}\n        expected ${m.expected}; got ${m.got}`);

    console.log(`\nrecommendations: ${RECOMMENDATION_CASES.length} labelled use cases (eval/recommendation-cases.ts)`);
    const rec = await evaluateRecommendations(ctx);
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(`top-1 agreement          ${pct(rec.top1Agreement)}`);
    console.log(`counterfactual validity  ${pct(rec.counterfactualValidity)} (${rec.counterfactuals} counterfactuals)`);
    console.log(`citation validity        ${pct(rec.citationValidity)} (${rec.citations} citations)`);
    console.log(`fell back (no LLM claim) ${pct(rec.fallbackShare)}`);
    for (const d of rec.disagreements) console.log(`  disagrees: ${d.key}: ${d.top}, labelled ${d.accept.join(' or ')}`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
