import type { RequestLimits } from '../config.js';
import { DomainError } from '../domain/errors.js';
import { authorize, type Action } from '../domain/permissions/permissions.js';
import type { Principal } from '../domain/permissions/principal.js';
import { bodyNeedsCounting, countedBody } from './body-limit.js';
import { InFlightLimiter } from './in-flight.js';
import { RateLimiter } from './rate-limit.js';

/** What a route asks of a request beyond a credential. */
export interface GuardedRoute {
  /** The action every request of the route needs, checked before its body is read (GraphQL has none: each field checks its own). */
  action?: Action;
  /** The media types a POST body may have (parameters such as charset are fine). */
  bodyTypes: ReadonlySet<string>;
  /** How to send a body this route reads: the 415 message. */
  bodyHint: string;
}

/** The Node request behind a fetch Request, when there is one (not in process, through yoga.fetch). */
interface NodeRequest {
  socket?: { remoteAddress?: string };
  rawHeaders?: string[];
}

const nodeRequestOf = (serverContext: unknown): NodeRequest | undefined => (serverContext as { req?: NodeRequest } | undefined)?.req;

const principals = new WeakMap<Request, Principal>();

/** Who sent a request, once the guard has authenticated it. */
export const principalOf = (request: Request): Principal | undefined => principals.get(request);

/**
 * The one guard every route passes before its handler (GraphQL before its body is parsed, the plain
 * routes before theirs is read), cheapest refusal first:
 *
 * 1. `identify`: one Authorization header with one credential (400); the credential-guessing bucket
 *    of the client address (429); the credential (401, or 503 when it cannot be checked); the
 *    principal's request rate (429);
 * 2. `enter`: the route's role (403), the body's media type (415), the principal's requests in
 *    flight (429; the returned function gives the slot back);
 * 3. the body size: a declared Content-Length at once (413), a streamed body as it arrives
 *    (`bodyNeedsCounting`, `countedBody`).
 *
 * The buckets and slots are shared by every route: a principal has one budget for the whole API.
 */
export class RequestGuard {
  private readonly limiter: RateLimiter;
  private readonly failures: RateLimiter;
  private readonly inFlight: InFlightLimiter;

  constructor(
    private readonly authenticate: (request: Request) => Promise<Principal>,
    private readonly limits: RequestLimits,
    limiter?: RateLimiter,
  ) {
    this.limiter = limiter ?? new RateLimiter(limits.ratePerSecond, limits.rateBurst);
    this.failures = new RateLimiter(limits.authFailuresPerMinute / 60, Math.max(1, limits.authFailuresPerMinute));
    this.inFlight = new InFlightLimiter(limits.concurrencyPerPrincipal);
  }

  async identify(request: Request, serverContext: unknown): Promise<Principal> {
    const peer = nodeRequestOf(serverContext);
    assertOneAuthorization(request, peer);
    // The peer address of the connection, never a forwarded-for header a client can forge.
    const client = peer?.socket?.remoteAddress ?? 'in-process';
    const wait = this.failures.wait(client);
    if (wait > 0) {
      throw new DomainError('RATE_LIMITED', `Too many refused credentials from ${client}; retry in ${wait} s.`, {
        retryAfterSeconds: wait,
      });
    }
    let principal: Principal;
    try {
      principal = await this.authenticate(request);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'UNAUTHENTICATED') this.failures.take(client);
      throw err;
    }
    principals.set(request, principal);
    const retryAfter = this.limiter.take(principal.id);
    if (retryAfter > 0) {
      throw new DomainError('RATE_LIMITED', `Too many requests from ${principal.id}; retry in ${retryAfter} s.`, {
        retryAfterSeconds: retryAfter,
      });
    }
    return principal;
  }

  /** `readable`: whether the app can read this request's body at all (yoga found a parser for it). */
  enter(request: Request, principal: Principal, route: GuardedRoute, readable = true): () => void {
    if (route.action) authorize(principal, route.action);
    if (!readable || (request.method === 'POST' && !route.bodyTypes.has(mediaType(request)))) {
      const type = request.headers.get('content-type')?.slice(0, 100) ?? null;
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', `${route.bodyHint} (got ${type === null ? 'no Content-Type' : `"${type}"`}).`, {
        contentType: type,
      });
    }
    const leave = this.inFlight.enter(principal.id);
    if (!leave) {
      throw new DomainError(
        'RATE_LIMITED',
        `${principal.id} already has ${this.limits.concurrencyPerPrincipal} requests in flight (PROVENANT_CONCURRENCY_PER_PRINCIPAL); wait for one to finish.`,
        { retryAfterSeconds: 1, limit: 'concurrency' },
      );
    }
    return leave;
  }

  /** Whether the body must be read through `countedBody`; 413 at once when its declared length is over the limit. */
  bodyNeedsCounting(request: Request): boolean {
    return bodyNeedsCounting(request, this.limits.maxBodyBytes);
  }

  countedBody(request: Request): Promise<Request> {
    return countedBody(request, this.limits.maxBodyBytes);
  }
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Two credentials in one request are ambiguous (a proxy added one, or someone is probing which one
 * wins): refuse it. Node keeps only the first Authorization header in `headers`, so count the raw ones;
 * a fetch Request joins duplicates with a comma, which no bearer credential contains.
 */
function assertOneAuthorization(request: Request, peer: NodeRequest | undefined): void {
  const raw = peer?.rawHeaders;
  let count = 0;
  if (raw) for (let i = 0; i < raw.length; i += 2) if (raw[i].length === 13 && raw[i].toLowerCase() === 'authorization') count++;
  if (count > 1 || (request.headers.get('authorization') ?? '').includes(',')) {
    throw new DomainError('BAD_REQUEST', 'Send exactly one Authorization header with one credential.', { header: 'authorization' });
  }
}
