import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { loadConfig, type Config, type DbTimeouts, type JwtConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { createApiKey } from '../../src/domain/api-keys/service.js';
import { systemPrincipal, type Classification, type Principal, type Role } from '../../src/domain/permissions/principal.js';
import type { DomainContext, Services } from '../../src/domain/context.js';
import { servicesFrom } from '../../src/domain/services.js';
import { projectPath } from '../../src/project-root.js';
import { fixtures, type Fixtures } from './fixtures.js';
import { contentDigests, type GraphSnapshot } from './graph-snapshot.js';

/** What an untyped document answers: any shape, checked only by the assertions. */
export type AnyData = Record<string, any>;

/**
 * A document sent as text on purpose: malformed, hostile or built at run time (hostile-input,
 * injection, request and query limits). Every other request is a typed document:
 * `graphql(\`query Name … \`)` from tests/graphql (`npm run codegen` after adding one).
 */
export interface UntypedDocument {
  readonly untypedText: string;
}
export const untyped = (text: string): UntypedDocument => ({ untypedText: text });

/**
 * What the request helpers take: a typed document, an untyped one, or (only in the files of
 * STRING_DOCUMENT_FILES: hostile on purpose) a bare string.
 */
export type Sendable = TypedDocumentNode<any, any> | UntypedDocument | string;
/**
 * The data a typed document answers with, as a test reads it: null left out of every field's type.
 * A test asserts on what it reads, so a null where it expected a value fails there; `!` on every
 * nullable field would say no more. Field names and shapes stay exactly the schema's.
 */
export type Answer<T> = T extends string | number | boolean ? T : { [K in keyof T]: Answer<NonNullable<T[K]>> };
/** The data a document answers with. */
export type DataOf<D> = D extends TypedDocumentNode<infer R, any> ? Answer<R> : AnyData;
/** Variables then headers; the variables are required when the document has a required variable. */
export type ArgsOf<D> =
  D extends TypedDocumentNode<any, infer V>
    ? Record<string, never> extends V
      ? [variables?: V, headers?: Record<string, string>]
      : [variables: V, headers?: Record<string, string>]
    : [variables?: Record<string, unknown>, headers?: Record<string, string>];

/** Just the variables of ArgsOf: for helpers that add the headers themselves. */
export type VarArgsOf<D> =
  D extends TypedDocumentNode<any, infer V>
    ? Record<string, never> extends V
      ? [variables?: V]
      : [variables: V]
    : [variables?: Record<string, unknown>];

/**
 * Test files that may send bare strings: those whose documents are hostile, over a limit or built at
 * run time on purpose (their point is what the server does with such text). Every other file sends
 * typed documents; a bare string there fails the test.
 */
const STRING_DOCUMENT_FILES = new Set(
  [
    // Hostile, over-limit or built at run time (from the schema) by design.
    'tests/integration/authorize-first.test.ts',
    'tests/integration/hostile-input.test.ts',
    'tests/integration/injection.test.ts',
    'tests/integration/request-limits.test.ts',
  ].map((f) => projectPath(f)),
);

const printed = new WeakMap<object, string>();

/** The text of a document to send; a bare string is refused outside STRING_DOCUMENT_FILES. */
export function documentText(document: Sendable): string {
  if (typeof document === 'string') {
    const file = expect.getState().testPath;
    if (file && !STRING_DOCUMENT_FILES.has(file)) {
      throw new Error(
        `${file} sends an untyped GraphQL string: write graphql(\`query Name { … }\`) (tests/graphql, \`npm run codegen\`), ` +
          'or untyped(text) for a document that is malformed or hostile on purpose',
      );
    }
    return document;
  }
  if ('untypedText' in document) return document.untypedText;
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

export interface GqlResult<T = AnyData> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

/**
 * The clock every harness of a test file stamps writes with (unless given its own `now`): the real
 * time, except that an instant handed to a test is strictly after every stamp before it and strictly
 * before every stamp after it, so a test can name a point between two writes without waiting.
 */
export class TestClock {
  /** The latest time (ms) handed out, as a stamp or an instant. */
  private last = 0;

  readonly now = (): Date => {
    this.last = Math.max(Date.now(), this.last);
    return new Date(this.last);
  };

  /** A time no earlier stamp reaches and every later stamp passes (the server's clock has ms precision). */
  instant(): string {
    const t = Math.max(Date.now(), this.last + 1);
    this.last = t + 1;
    return new Date(t).toISOString();
  }
}

export const testClock = new TestClock();

export interface HarnessOptions {
  principal?: Principal;
  /**
   * 'injected' (default): every request acts as `principal` (switch with actAs).
   * 'real': requests authenticate by their Authorization header, as in production; see createKey.
   */
  auth?: 'injected' | 'real';
  /** With auth 'real': accept JWTs verified this way. */
  jwt?: JwtConfig;
  /** Request limits to override; the per-principal rate limit is off unless given here. */
  requestLimits?: Partial<Config['requestLimits']>;
  /** Domain limits to override (lineage bounds, provenance chain bound, batch size). */
  limits?: Partial<Config['limits']>;
  /** The server's clock (default: testClock); every write is stamped with it. */
  now?: () => Date;
  /** Database timeouts to override (e.g. a tiny read timeout). */
  dbTimeouts?: Partial<DbTimeouts>;
  /** The chat model and embedder to serve with (e.g. over a fake OpenAI server); else built from the configuration. */
  services?: Partial<Pick<Services, 'llm' | 'embedder'>>;
}

/**
 * A real app over the real test database, called through yoga.fetch (real Request/Response, no
 * socket). Each test file gets a unique key prefix so its data never collides with another file's.
 */
export async function startHarness(opts: HarnessOptions = {}) {
  const base = loadConfig();
  const limits = { ...base.limits, ...opts.limits };
  const config: Config = {
    ...base,
    neo4j: { ...base.neo4j, uri: inject('neo4jUri') },
    auth: { ...base.auth, jwt: opts.jwt ?? base.auth.jwt },
    requestLimits: { ...base.requestLimits, ratePerSecond: 0, authFailuresPerMinute: 0, ...opts.requestLimits },
    limits,
  };
  const db = new Database({
    uri: inject('neo4jUri'),
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    timeouts: { ...config.neo4j.timeouts, ...opts.dbTimeouts },
  });
  await db.verify();
  const services: Services = { ...servicesFrom(config), ...opts.services };
  let principal = opts.principal ?? systemPrincipal('person:test-admin');
  const now = opts.now ?? testClock.now;
  const app =
    opts.auth === 'real'
      ? createApp({ db, config, services, now })
      : createApp({ db, config, services, now, authenticate: async () => principal });
  const prefix = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

  async function send<D extends Sendable>(document: D, variables: unknown, headers: Record<string, string>): Promise<GqlResult<DataOf<D>>> {
    const res = await app.fetch('http://provenant.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: documentText(document), variables }),
    });
    const body = (await res.json()) as GqlResult<DataOf<D>>;
    return { ...body, status: res.status };
  }

  /** The data of a request that must succeed; fails the test on any error. */
  function dataOf<T>(r: GqlResult<T>): T {
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  /** Sends a document (typed: its data is typed too) with its variables and extra headers. */
  const gql = <D extends Sendable>(document: D, ...[variables = {}, headers = {}]: ArgsOf<D>) => send(document, variables, headers);

  /** Like gql, but fails the test on any error and returns data. */
  const ok = async <D extends Sendable>(document: D, ...[variables = {}, headers = {}]: ArgsOf<D>) =>
    dataOf(await send(document, variables, headers));

  /** gql and ok that send `headers` with every request: `h.withHeaders(h.bearer(key)).ok(DOC, vars)`. */
  const withHeaders = (headers: Record<string, string>) => ({
    gql: <D extends Sendable>(document: D, ...[variables = {}]: VarArgsOf<D>) => send(document, variables, headers),
    ok: async <D extends Sendable>(document: D, ...[variables = {}]: VarArgsOf<D>) => dataOf(await send(document, variables, headers)),
  });

  function domainContext(p: Principal = principal, now: () => Date = testClock.now): DomainContext {
    return { db, ...services, principal: p, now, requestId: `test-${Math.random().toString(36).slice(2)}` };
  }

  /** Issues an API key through the domain (as a system admin) and returns the whole key. */
  async function createKey(roles: Role[], clearance: Classification = 'INTERNAL', principalId = `service:${prefix}-key`): Promise<string> {
    const created = await createApiKey(domainContext(systemPrincipal('service:test-harness')), {
      principal: principalId,
      roles,
      clearance,
    });
    return created.key;
  }

  return {
    app,
    createKey,
    /** Headers that present a credential: `h.gql(query, vars, h.bearer(key))`. */
    bearer: (credential: string) => ({ authorization: `Bearer ${credential}` }),
    db,
    config,
    services,
    prefix,
    gql,
    ok,
    withHeaders,
    domainContext,
    actAs(p: Principal) {
      principal = p;
    },
    /** Who requests act as now (auth 'injected'). */
    actingAs(): Principal {
      return principal;
    },
    /** Counts and a content digest of the whole database (graph-snapshot.ts): equal before and after a refused request. */
    async counts(): Promise<{ nodes: number; relationships: number; auditHead: number; content: GraphSnapshot['content'] }> {
      const session = db.driver.session({ database: db.database });
      try {
        const r = await session.run(
          `CALL () { MATCH (n) RETURN count(n) AS nodes }
           CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
           OPTIONAL MATCH (h:Counter {id: 'audit'})
           RETURN nodes, relationships, coalesce(h.seq, 0) AS auditHead`,
        );
        const rec = r.records[0];
        return {
          nodes: Number(rec.get('nodes')),
          relationships: Number(rec.get('relationships')),
          auditHead: Number(rec.get('auditHead')),
          content: await contentDigests(db),
        };
      } finally {
        await session.close();
      }
    },
    async close() {
      await db.close();
    },
  };
}

/** A started harness: the app, its database and the helpers above. */
export type Harness = Awaited<ReturnType<typeof startHarness>>;

/**
 * The test file's harness and fixtures: started before its first test, closed after its last. Call
 * it at the top of the file; later beforeAll hooks (the file's own fixtures) run after it has started.
 */
export function useHarness(opts: HarnessOptions = {}): { h: Harness; f: Fixtures } {
  let started: { h: Harness; f: Fixtures } | undefined;
  beforeAll(async () => {
    const h = await startHarness(opts);
    started = { h, f: fixtures(h) };
  });
  afterAll(async () => {
    await started?.h.close();
  });
  return { h: lateBound(() => started?.h), f: lateBound(() => started?.f) };
}

/** Stands for an object that exists only once beforeAll has run (so a file can name it at the top). */
function lateBound<T extends object>(get: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, property) {
      const target = get();
      if (!target) throw new Error('the harness is used before its beforeAll hook started it');
      return Reflect.get(target, property);
    },
  });
}
