import { AsyncLocalStorage } from 'node:async_hooks';

/** What one HTTP request did, filled in as it goes and written as its access-log line. */
export interface RequestScope {
  requestId: string;
  principal?: string;
  /** The client's operation name, else the operation type and first root field. */
  operation?: string;
  /** OK, or the first error's extensions.code. */
  outcome?: string;
  /** Rows returned by the named Cypher queries the request ran. */
  rows: number;
  queries: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function withRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}
