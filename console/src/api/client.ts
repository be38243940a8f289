import type { TypedDocumentString } from '../gql/graphql';
import { credential } from './session';

/** Where the API is: the same origin that served the console. */
export const GRAPHQL_PATH = '/graphql';

/** Why an answer is missing, in words a person reads; `code` is the API's error code. */
export interface Failure {
  code: string;
  message: string;
  /** The field the failure belongs to, for an answer that is otherwise complete. */
  path?: string;
}

export class ApiError extends Error {
  constructor(readonly failures: Failure[]) {
    super(failures.map((f) => f.message).join(' '));
  }
  get code(): string {
    return this.failures[0]?.code ?? 'INTERNAL';
  }
}

interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; retryAfterSeconds?: number };
}

const EXPLAIN: Record<string, (e: GraphQLErrorBody, retryAfter: string | null) => string> = {
  UNAUTHENTICATED: () => 'The key was not accepted (unknown, revoked or expired). Sign in again with a valid API key.',
  FORBIDDEN: (e) => `Forbidden: ${e.message}`,
  RATE_LIMITED: (_e, retry) => `Too many requests from this key: the API asks to wait ${retry ?? 'a few'} seconds, then retry.`,
  UNAVAILABLE: () => 'The database is unavailable (503): Provenant cannot reach Neo4j right now. Retry in a few seconds.',
  VALIDATION: (e) => `The request was refused as invalid: ${e.message}`,
  NOT_FOUND: (e) => `Not found: ${e.message}`,
};

function failureOf(e: GraphQLErrorBody, retryAfter: string | null): Failure {
  const code = e.extensions?.code ?? 'INTERNAL';
  const message = EXPLAIN[code]?.(e, retryAfter) ?? e.message;
  return { code, message, path: e.path?.join('.') };
}

export interface Answer<T> {
  data: T;
  /** Failures of single fields (a FORBIDDEN list inside an otherwise complete answer). */
  partial: Failure[];
}

/**
 * Runs one typed document against /graphql with the tab's credential. Throws ApiError when there is
 * no answer at all (HTTP refusals, 503, a failed root field); field failures inside an answer come
 * back in `partial` so a view shows them where the data would be.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<Answer<R>> {
  const key = credential();
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError([{ code: 'NETWORK', message: 'The API did not answer: is the Provenant server running?' }]);
  }
  const retryAfter = response.headers.get('retry-after');
  let body: { data?: R | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError([{ code: `HTTP_${response.status}`, message: `The API answered ${response.status} without a readable body.` }]);
  }
  const failures = (body.errors ?? []).map((e) => failureOf(e, retryAfter));
  if (!body.data || failures.some((f) => !f.path)) {
    throw new ApiError(failures.length ? failures : [{ code: `HTTP_${response.status}`, message: `The API answered ${response.status}.` }]);
  }
  return { data: body.data, partial: failures };
}

/** A failure of one field of an answer, by the field's path prefix. */
export function failureAt(partial: Failure[], prefix: string): Failure | undefined {
  return partial.find((f) => f.path === prefix || f.path?.startsWith(`${prefix}.`));
}

/** A plain GET of a guarded route (PROV downloads) with the tab's credential, as a Blob. */
export async function download(path: string): Promise<Blob> {
  const key = credential();
  const response = await fetch(path, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError([
      { code: body.error?.code ?? `HTTP_${response.status}`, message: body.error?.message ?? `HTTP ${response.status}` },
    ]);
  }
  return response.blob();
}
