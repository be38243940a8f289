import { SpanStatusCode, trace } from '@opentelemetry/api';
import { getOperationAST, Kind, type DocumentNode, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { UNEXPECTED } from './rejection-log-plugin.js';
import type { GraphQLContext } from '../graphql/context.js';
import { principalOf } from './request-guard.js';
import type { Metrics } from '../observability/metrics.js';
import { currentScope } from '../observability/request-scope.js';
import { TRACER_NAME } from '../observability/tracing.js';

/** The metrics label of a request refused before its operation was known (401, 413, 429, parse errors). */
const NO_OPERATION = 'none';

interface Operation {
  /** Bounded by the schema: the first root field (a metrics label). */
  rootField: string;
  /** For logs and spans: the client's operation name, else type and root field. */
  name: string;
  type: string;
}

function describe(document: DocumentNode, operationName?: string | null): Operation | undefined {
  const op = getOperationAST(document, operationName);
  if (!op) return undefined;
  const first = op.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  const rootField = first?.kind === Kind.FIELD ? first.name.value : NO_OPERATION;
  return { rootField, type: op.operation, name: op.name?.value ?? `${op.operation} ${rootField}` };
}

function outcomeOf(result: unknown): string {
  const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
  const first = results.flatMap((r) => (r?.errors ?? []) as GraphQLError[])[0];
  return first ? String(first.extensions?.code ?? 'BAD_REQUEST') : 'OK';
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
      const op = describe(args.document, args.operationName);
      const ctx = args.contextValue as Partial<GraphQLContext> & { request?: Request };
      if (op && ctx.request) operations.set(ctx.request, op);
      const scope = currentScope();
      if (scope) {
        scope.operation = op?.name;
        scope.principal = ctx.domain?.principal.id;
      }
      const label = op?.rootField ?? NO_OPERATION;
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
            const stop = metrics.graphqlDuration.startTimer({ operation: label });
            try {
              const result = await executeFn(execArgs);
              const outcome = outcomeOf(result);
              span.setAttribute('provenant.outcome', outcome);
              if (outcome !== 'OK') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
              return result;
            } finally {
              stop();
              span.end();
            }
          },
        ),
      );
    },
    onResultProcess({ request, result }) {
      const outcome = outcomeOf(result);
      const op = operations.get(request);
      metrics.graphqlRequests.inc({ operation: op?.rootField ?? NO_OPERATION, outcome });
      if (outcome !== 'OK' && !UNEXPECTED.has(outcome)) metrics.rejected.inc({ reason: outcome });
      const scope = currentScope();
      if (scope) {
        scope.outcome = outcome;
        scope.principal ??= principalOf(request)?.id;
      }
    },
  };
}
