/**
 * `npm run eval`: offline evaluations. Their working data (a prefixed copy of the demo organisation,
 * of its policy corpus, labelled use cases) goes into a local Neo4j instance of their own (`eval`,
 * PROVENANT_EVAL_INSTANCE names another), loaded once and reused: never into the dev database, nor
 * into the server NEO4J_URI names unless --neo4j-uri names it too. Each evaluation is its own file;
 * this runner prints their figures.
 *   npm run eval [-- --only retrieval,ask,recommendations,monitoring,real-model] [--limit N] [--neo4j-uri <uri>]
 * The monitoring evaluation is synthetic and needs no database: run alone, it starts none.
 * `real-model` runs only when named: it installs a local model server (eval/real-model.ts).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/connect.js';
import { ownInstanceConfig, ServerNotNamedError } from '../src/db/connect-own-instance.js';
import { migrate } from '../src/db/migrate.js';
import { ensureLocalNeo4j, evalInstance, stopLocalNeo4j } from '../src/local-neo4j/index.js';
import { systemPrincipal } from '../src/domain/permissions/principal.js';
import { RETRIEVAL_QUERIES } from './retrieval-queries.js';
import { evaluateRetrieval } from './retrieval.js';
import { evaluateAsk } from './ask.js';
import { evaluateRecommendations } from './recommendation.js';
import { RECOMMENDATION_CASES } from './recommendation-cases.js';
import { protocolAgreement } from './recommendation-protocol.js';
import { servicesFrom } from '../src/domain/services.js';
import { evaluateMonitoring, printMonitoring } from './monitoring.js';
import { evaluateRealModel, realModelReport } from './real-model.js';
import { dropStaleCopies } from './stale-copies.js';

/** How many unseen random profiles the recommendation eval checks against the labelling protocol. */
const UNSEEN_PROFILES = 5_000;

const EVALUATIONS = ['retrieval', 'ask', 'recommendations', 'monitoring', 'real-model'] as const;
type Evaluation = (typeof EVALUATIONS)[number];
/** What runs without --only: everything but the real-model evaluation, which installs and runs a model server. */
const DEFAULT_EVALUATIONS: Evaluation[] = ['retrieval', 'ask', 'recommendations', 'monitoring'];
const USAGE = `usage: npm run eval [-- --only ${EVALUATIONS.join(',')}] [--limit N] [--neo4j-uri <uri>]`;

class UsageError extends Error {}

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      limit: { type: 'string' },
      'neo4j-uri': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const only = (values.only?.split(',').map((s) => s.trim()) ?? [...DEFAULT_EVALUATIONS]) as Evaluation[];
  const unknown = only.filter((e) => !EVALUATIONS.includes(e));
  if (unknown.length > 0) throw new UsageError(`unknown evaluation ${unknown.join(', ')}; ${USAGE}`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (limit !== Infinity && !(Number.isInteger(limit) && limit >= 1))
    throw new UsageError(`--limit takes a whole number of labelled items (1 or more); ${USAGE}`);
  return { only: new Set(only), limit, neo4jUri: values['neo4j-uri'], help: values.help };
}

async function main(): Promise<void> {
  const opts = options();
  if (opts.help) return console.log(USAGE);
  if (opts.only.has('monitoring')) printMonitoring(evaluateMonitoring());
  if ([...opts.only].every((e) => e === 'monitoring')) return;
  const instance = evalInstance();
  const config = ownInstanceConfig(loadConfig(), { instance, command: 'npm run eval', neo4jUri: opts.neo4jUri });
  const log = (line: string) => console.log(line);
  // Whether this run starts the instance, so it stops it again (its data stays for the next run).
  if (!config.neo4j.uri) await dropStaleCopies(instance, log);
  const local = config.neo4j.uri ? undefined : await ensureLocalNeo4j({ instance, log });
  const db = await connectDatabase(config, { instance, log });
  console.log(`eval: working data in ${local ? `the local ${instance} instance (${db.uri})` : db.uri}`);
  const limited = <T>(items: T[]) => items.slice(0, opts.limit);
  try {
    await migrate(db);
    const ctx = {
      db,
      principal: systemPrincipal('service:eval'),
      now: () => new Date(),
      requestId: `eval-${randomUUID()}`,
      ...servicesFrom(config),
    };
    if (opts.only.has('retrieval')) {
      const queries = limited(RETRIEVAL_QUERIES);
      console.log(`retrieval: ${queries.length} labelled queries over the demo policy corpus (current versions)`);
      const scores = await evaluateRetrieval(ctx, undefined, queries);
      console.log('mode        recall@5  MRR@10');
      for (const s of scores) console.log(`${s.mode.padEnd(10)}  ${s.recallAt5.toFixed(3).padStart(8)}  ${s.mrr.toFixed(3).padStart(6)}`);
    }

    if (opts.only.has('ask')) {
      console.log('\nask: loading a copy of the demo organisation (prefix askeval; once, then reused) ...');
      const a = await evaluateAsk(ctx, undefined, opts.limit);
      console.log(`ask (deterministic matcher, no model): ${a.questions} labelled questions, ${a.answerable} answerable`);
      console.log(`accuracy (operation and cited ids, or "cannot answer")  ${a.accuracy.toFixed(3)}`);
      console.log(`"cannot answer" precision                               ${a.cannotAnswerPrecision.toFixed(3)}`);
      console.log(`"cannot answer" recall                                  ${a.cannotAnswerRecall.toFixed(3)}`);
      for (const m of a.misses) console.log(`  miss: ${m.question}\n        expected ${m.expected}; got ${m.got}`);
    }

    if (opts.only.has('recommendations')) {
      const cases = limited(RECOMMENDATION_CASES);
      console.log(
        `\nrecommendations: ${cases.length} labelled use cases (eval/recommendation-cases.ts; protocol in eval/recommendation-protocol.ts)`,
      );
      const rec = await evaluateRecommendations(ctx, undefined, cases);
      const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
      const { fitted, heldOut } = rec.halves;
      console.log(`top-1 agreement          ${pct(rec.top1Agreement)}`);
      console.log(
        `  fitted half            ${pct(fitted.top1Agreement)} (${fitted.agree}/${fitted.cases}; the weights were fitted to these)`,
      );
      console.log(`  held-out half          ${pct(heldOut.top1Agreement)} (${heldOut.agree}/${heldOut.cases}; never seen by the fit)`);
      const unseen = protocolAgreement(UNSEEN_PROFILES);
      console.log(
        `  unseen profiles        ${pct(unseen.agreement)} (${unseen.profiles} random profiles over the whole space, labelled by the protocol)`,
      );
      console.log(
        `margins                  ${rec.cases - rec.withoutMargin}/${rec.cases} answers state one; ${rec.closeCalls} close call(s), ${rec.tieBreaks} decided by the tie-break rule`,
      );
      console.log(`counterfactual validity  ${pct(rec.counterfactualValidity)} (${rec.counterfactuals} counterfactuals)`);
      console.log(`citation validity        ${pct(rec.citationValidity)} (${rec.citations} citations)`);
      console.log(`fell back (no LLM claim) ${pct(rec.fallbackShare)}`);
      for (const d of rec.disagreements) console.log(`  disagrees (${d.half}): ${d.key}: ${d.top}, labelled ${d.accept.join(' or ')}`);
    }

    if (opts.only.has('real-model')) {
      const cases = limited(RECOMMENDATION_CASES);
      console.log(`\nreal model: narration over ${cases.length} recommendation cases, ask over the ask questions (limit ${opts.limit})`);
      const r = await evaluateRealModel(ctx, cases, opts.limit, log);
      for (const line of realModelReport(r)) console.log(line);
    }
  } finally {
    await db.close();
    if (local?.started) await stopLocalNeo4j(instance, { log });
  }
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  // A refusal or a usage error is one line; anything else keeps its stack.
  const plain = err instanceof UsageError || err instanceof ServerNotNamedError || !(err instanceof Error);
  process.stderr.write(`eval: ${plain ? message : (err.stack ?? message)}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
