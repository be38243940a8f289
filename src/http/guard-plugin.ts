import type { Plugin } from 'graphql-yoga';
import type { RequestLimits } from '../config.js';
import type { Principal } from '../domain/permissions/principal.js';
import { DomainError } from '../domain/errors.js';
import { readLimitedBody } from './body-limit.js';
import { InFlightLimiter } from './in-flight.js';
import { operationLimitsError, limitedParse, queryLimitsRule } from '../graphql/query-limits.js';
import { RateLimiter } from './rate-limit.js';

/** Media types whose bodies run operations: JSON only (yoga's JSON parser also reads the spec's application/graphql+json). */
const JSON_BODY_TYPES = new Set(['application/json', 'application/graphql+json']);

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
  const inFlight = new InFlightLimiter(limits.concurrencyPerPrincipal);
  const leave = new WeakMap<Request, () => void>();

  /** Credential guessing is throttled per client address: after too many refusals, even a good key waits. */
  const authenticateThrottled = async (request: Request, client: string): Promise<Principal> => {
    const wait = failures.wait(client);
    if (wait > 0) {
      throw new DomainError('RATE_LIMITED', `Too many refused credentials from ${client}; retry in ${wait} s.`, {
        retryAfterSeconds: wait,
      });
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
      assertOneAuthorization(request, serverContext);
      const principal = await authenticateThrottled(request, clientAddress(serverContext));
      principals.set(request, principal);
      const retryAfter = limiter.take(principal.id);
      if (retryAfter > 0) {
        throw new DomainError('RATE_LIMITED', `Too many requests from ${principal.id}; retry in ${retryAfter} s.`, {
          retryAfterSeconds: retryAfter,
        });
      }
      if (!requestParser || (request.method === 'POST' && !JSON_BODY_TYPES.has(mediaType(request)))) {
        throw new DomainError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send a GraphQL request as POST with Content-Type: application/json, or a query as GET with a query parameter; form and multipart bodies and application/graphql are not accepted.',
          { contentType: request.headers.get('content-type')?.slice(0, 100) ?? null },
        );
      }
      const done = inFlight.enter(principal.id);
      if (!done) {
        throw new DomainError(
          'RATE_LIMITED',
          `${principal.id} already has ${limits.concurrencyPerPrincipal} requests in flight (PROVENANT_CONCURRENCY_PER_PRINCIPAL); wait for one to finish.`,
          { retryAfterSeconds: 1, limit: 'concurrency' },
        );
      }
      leave.set(request, done);
      const parseBody = requestParser;
      setRequestParser((async (req: Request) => parseBody(await readLimitedBody(req, limits.maxBodyBytes))) as typeof parseBody);
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
      const error = operationLimitsError(
        args.schema,
        args.document,
        args.operationName,
        (args.variableValues ?? {}) as Record<string, unknown>,
        limits,
      );
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Two credentials in one request are ambiguous (a proxy added one, or someone is probing which one
 * wins): refuse it. Node keeps only the first Authorization header in `headers`, so count the raw ones;
 * a fetch Request joins duplicates with a comma, which no bearer credential contains.
 */
function assertOneAuthorization(request: Request, serverContext: unknown): void {
  const raw = (serverContext as { req?: { rawHeaders?: string[] } } | undefined)?.req?.rawHeaders ?? [];
  const count = raw.filter((name, i) => i % 2 === 0 && name.toLowerCase() === 'authorization').length;
  if (count > 1 || (request.headers.get('authorization') ?? '').includes(',')) {
    throw new DomainError('BAD_REQUEST', 'Send exactly one Authorization header with one credential.', { header: 'authorization' });
  }
}

/** The peer address of the HTTP connection (never a forwarded-for header a client can forge). */
function clientAddress(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'in-process';
}
