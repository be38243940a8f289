import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { QueryObserver } from '../db/instrument.js';
import type { Metrics } from './metrics.js';
import { currentScope } from './request-scope.js';
import { TRACER_NAME, tracingActive } from './tracing.js';

/** Times every named query, counts its rows (per query and for the request) and traces it as a span. */
export function queryObserver(metrics: Metrics): QueryObserver {
  const tracer = trace.getTracer(TRACER_NAME);
  return (name, run) => {
    if (!tracingActive()) return measured(metrics, name, run);
    return tracer.startActiveSpan(`cypher ${name}`, { attributes: { 'db.system': 'neo4j', 'db.operation.name': name } }, async (span) => {
      try {
        const rows = await measured(metrics, name, run);
        span.setAttribute('db.response.returned_rows', rows.length);
        return rows;
      } catch (err) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
        throw err;
      } finally {
        span.end();
      }
    });
  };
}

/** The metrics and the request's row count of one query (its span, when tracing is on, is made around this). */
async function measured<T>(metrics: Metrics, name: string, run: () => Promise<T[]>): Promise<T[]> {
  const started = performance.now();
  metrics.queryStarted();
  try {
    const rows = await run();
    metrics.perRequest.queryDuration.at(name, 'ok').observe((performance.now() - started) / 1000);
    metrics.perRequest.queryRows.at(name).inc(rows.length);
    const scope = currentScope();
    if (scope) {
      scope.rows += rows.length;
      scope.queries += 1;
    }
    return rows;
  } catch (err) {
    metrics.perRequest.queryDuration.at(name, 'error').observe((performance.now() - started) / 1000);
    throw err;
  } finally {
    metrics.queryEnded();
  }
}
