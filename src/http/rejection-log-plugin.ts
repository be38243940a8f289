import type { ExecutionResult, GraphQLError } from 'graphql';
import { operationOf } from './operation-of.js';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../graphql/context.js';
import { principalOf } from './request-guard.js';
import { requestIdOf } from './request-id.js';
import { rejections, type RejectionLog } from '../domain/audit/rejections.js';

interface RequestInfo {
  actor: string | null;
  requestId: string | null;
  operation: string | null;
}

/** Unexpected failures are masked and logged with a correlation id by maskError; they are not refusals. */
export const UNEXPECTED = new Set(['INTERNAL', 'INTERNAL_SERVER_ERROR']);

/**
 * Records every GraphQL request that ends in an expected error (FORBIDDEN, POLICY_VIOLATION,
 * VALIDATION, UNAUTHENTICATED, NOT_FOUND, CONFLICT, …): who, which operation and field, the code and
 * the reason. Runs after error masking, so it sees what the client sees. It only logs: a refused
 * request writes nothing to the graph.
 */
export function useRejectionLog(log: RejectionLog = rejections): Plugin {
  const seen = new WeakMap<Request, RequestInfo>();
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Partial<GraphQLContext> & { request?: Request };
      if (ctx.request) {
        seen.set(ctx.request, {
          actor: ctx.domain?.principal.id ?? null,
          requestId: ctx.domain?.requestId ?? null,
          operation: operationOf(args.document, args.operationName)?.typeAndName ?? null,
        });
      }
    },
    onResultProcess({ request, result }) {
      const results = (Array.isArray(result) ? result : [result]) as Array<ExecutionResult | AsyncIterable<unknown>>;
      if (!results.some((r) => (r as ExecutionResult).errors?.length)) return;
      const errors = results.flatMap((r) => ((r as ExecutionResult).errors ?? []) as GraphQLError[]);
      const expected = errors
        .map((e) => ({
          field: e.path?.length ? String(e.path[0]) : null,
          code: String(e.extensions?.code ?? 'BAD_REQUEST'),
          reason: e.message,
        }))
        .filter((e) => !UNEXPECTED.has(e.code));
      if (expected.length === 0) return;
      const info = seen.get(request);
      log.record({
        at: new Date().toISOString(),
        requestId: info?.requestId ?? requestIdOf(request),
        actor: info?.actor ?? principalOf(request)?.id ?? null,
        operation: info?.operation ?? null,
        errors: expected,
      });
    },
  };
}
