import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryBounds, RequestLimits } from '../config.js';
import { operationLimitsChecker, limitedParse, queryLimitsRule } from '../graphql/query-limits.js';
import type { GuardedRoute, RequestGuard } from './request-guard.js';

/** GraphQL to the guard: JSON bodies only (yoga's JSON parser also reads the spec's application/graphql+json). */
export const GRAPHQL_ROUTE: GuardedRoute = {
  bodyTypes: new Set(['application/json', 'application/graphql+json']),
  bodyHint:
    'Send a GraphQL request as POST with Content-Type: application/json, or a query as GET with a query parameter; form and multipart bodies and application/graphql are not accepted',
};

/**
 * /graphql through the request guard before its body is parsed (credential, rate, media type,
 * requests in flight, body size), then the document's token, depth, alias and directive limits (at
 * parse and validation) and its cost with its variables (just before execution). Errors thrown here
 * go through the same masking and rejection log as any other refusal. `bounds` are the domain's
 * limits (config.limits), read where they live.
 */
export function useRequestGuards(opts: { guard: RequestGuard; limits: RequestLimits; bounds: QueryBounds; schema: GraphQLSchema }): Plugin {
  const { guard, limits, bounds, schema } = opts;
  const parse = limitedParse(limits.maxTokens);
  const rule = queryLimitsRule(limits, bounds);
  const operationLimitsError = operationLimitsChecker(schema, limits, bounds);
  const leave = new WeakMap<Request, () => void>();
  return {
    async onRequestParse({ request, requestParser, setRequestParser, serverContext }) {
      const principal = await guard.identify(request, serverContext);
      leave.set(request, guard.enter(request, principal, GRAPHQL_ROUTE, requestParser !== undefined));
      if (guard.bodyNeedsCounting(request)) {
        const parseBody = requestParser!;
        setRequestParser((async (req: Request) => parseBody(await guard.countedBody(req))) as typeof parseBody);
      }
    },
    onResponse({ request }) {
      leave.get(request)?.();
    },
    onParse({ setParseFn }) {
      setParseFn(parse);
    },
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = operationLimitsError(args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
