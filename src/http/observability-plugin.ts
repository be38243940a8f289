import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { UNEXPECTED } from './rejection-log-plugin.js';
import type { GraphQLContext } from '../graphql/context.js';
import { principalOf } from './request-guard.js';
import type { Metrics } from '../observability/metrics.js';
import { currentScope } from '../observability/request-scope.js';
import { TRACER_NAME, tracingActive } from '../observability/tracing.js';
import { NO_OPERATION, operationOf, type Operation } from './operation-of.js';

function outcomeOf(result: unknown): string {
  const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
  for (const r of results) {
    const first = r?.errors?.[0] as GraphQLError | undefined;
    if (first) return String(first.extensions?.code ?? 'BAD_REQUEST');
  }
  return 'OK';
}

/**
 * Per GraphQL request: a span around execution (so the Cypher spans nest under it), the operation
 * and principal for the access log, and counters by root field and outcome code.
 */
export function useObservability(metrics: Metrics): Plugin {
  const tracer = trace.getTracer(TRACER_NAME);
  const operations = new WeakMap<Request, Operation>();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const op = operationOf(args.document, args.operationName);
      const ctx = args.contextValue as Partial<GraphQLContext> & { request?: Request };
      if (op && ctx.request) operations.set(ctx.request, op);
      const scope = currentScope();
      if (scope) {
        scope.operation = op?.name;
        scope.principal = ctx.domain?.principal.id;
      }
      const label = op?.rootField ?? NO_OPERATION;
      if (!tracingActive()) {
        // No span to make active around execution: only its duration.
        const duration = metrics.perRequest.graphqlDuration.at(label);
        setExecuteFn((execArgs) => {
          const started = performance.now();
          const stop = () => duration.observe((performance.now() - started) / 1000);
          try {
            return Promise.resolve(executeFn(execArgs)).finally(stop);
          } catch (err) {
            stop();
            throw err;
          }
        });
        return;
      }
      setExecuteFn((execArgs) =>
        tracer.startActiveSpan(
          `graphql ${op?.name ?? 'operation'}`,
          {
            attributes: {
              'graphql.operation.type': op?.type ?? 'unknown',
              'graphql.operation.name': op?.name ?? '',
              'graphql.root_field': label,
            },
          },
          async (span) => {
            const started = performance.now();
            try {
              const result = await executeFn(execArgs);
              const outcome = outcomeOf(result);
              span.setAttribute('provenant.outcome', outcome);
              if (outcome !== 'OK') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
              return result;
            } finally {
              metrics.perRequest.graphqlDuration.at(label).observe((performance.now() - started) / 1000);
              span.end();
            }
          },
        ),
      );
    },
    onResultProcess({ request, result }) {
      const outcome = outcomeOf(result);
      const op = operations.get(request);
      metrics.perRequest.graphqlRequests.at(op?.rootField ?? NO_OPERATION, outcome).inc();
      if (outcome !== 'OK' && !UNEXPECTED.has(outcome)) metrics.perRequest.rejected.at(outcome).inc();
      const scope = currentScope();
      if (scope) {
        scope.outcome = outcome;
        scope.principal ??= principalOf(request)?.id;
      }
    },
  };
}
