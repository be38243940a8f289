import type { Plugin } from 'graphql-yoga';
import type { Principal } from '../domain/auth/principal.js';
import { DomainError } from '../domain/errors.js';
import { readLimitedBody } from './body-limit.js';
import { costError, limitedParse, queryLimitsRule, type QueryLimits } from './query-limits.js';
import { RateLimiter } from './rate-limit.js';

export interface RequestLimits extends QueryLimits {
  maxBodyBytes: number;
  /** Requests per second per principal; 0 turns the limit off. */
  ratePerSecond: number;
  /** Refused credentials allowed per client address per minute (also the burst); 0 turns the limit off. */
  authFailuresPerMinute: number;
  rateBurst: number;
}

const principals = new WeakMap<Request, Principal>();

/** Who sent a GraphQL request, once the guard has authenticated it. */
export const principalOf = (request: Request): Principal | undefined => principals.get(request);

/**
 * Everything a request must pass before its body is even parsed, cheapest refusal first:
 * a credential (401), the caller's rate (429), the body size (413). Then the document's token,
 * depth, alias and directive limits (at parse and validation) and its cost with its variables (just
 * before execution). Errors thrown here go through the same
 * masking and rejection log as any other refusal.
 */
export function useRequestGuards(opts: {
  authenticate: (request: Request) => Promise<Principal>;
  limits: RequestLimits;
  limiter?: RateLimiter;
}): Plugin {
  const { limits } = opts;
  const limiter = opts.limiter ?? new RateLimiter(limits.ratePerSecond, limits.rateBurst);
  const parse = limitedParse(limits.maxTokens);
  const rule = queryLimitsRule(limits);
  const failures = new RateLimiter(limits.authFailuresPerMinute / 60, Math.max(1, limits.authFailuresPerMinute));

  /** Credential guessing is throttled per client address: after too many refusals, even a good key waits. */
  const authenticateThrottled = async (request: Request, client: string): Promise<Principal> => {
    const wait = failures.wait(client);
    if (wait > 0) {
      throw new DomainError('RATE_LIMITED', `Too many refused credentials from ${client}; retry in ${wait} s.`, { retryAfterSeconds: wait });
    }
    try {
      return await opts.authenticate(request);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'UNAUTHENTICATED') failures.take(client);
      throw err;
    }
  };
  return {
    async onRequestParse({ request, requestParser, setRequestParser, serverContext }) {
      const principal = await authenticateThrottled(request, clientAddress(serverContext));
      principals.set(request, principal);
      const retryAfter = limiter.take(principal.id);
      if (retryAfter > 0) {
        throw new DomainError('RATE_LIMITED', `Too many requests from ${principal.id}; retry in ${retryAfter} s.`, { retryAfterSeconds: retryAfter });
      }
      if (!requestParser) {
        throw new DomainError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send a GraphQL request as POST with Content-Type: application/json (or application/graphql), or as GET with a query parameter.',
          { contentType: request.headers.get('content-type')?.slice(0, 100) ?? null },
        );
      }
      const parseBody = requestParser;
      setRequestParser((async (req: Request) => parseBody(await readLimitedBody(req, limits.maxBodyBytes))) as typeof parseBody);
    },
    onParse({ setParseFn }) {
      setParseFn(parse);
    },
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = costError(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>, limits.maxCost);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/** The peer address of the HTTP connection (never a forwarded-for header a client can forge). */
function clientAddress(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'in-process';
}
