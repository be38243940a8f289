import neo4j from 'neo4j-driver';
import type { Database } from '../../src/db/database.js';
import type { Operation } from './operations.js';

export type Client = (op: Operation, id: string) => Promise<void>;

/** A GraphQL client over HTTP (fetch keeps connections alive); any GraphQL error fails the request. */
export function apiClient(url: string, token: string | undefined): Client {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return async (op, id) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify(op.graphql(id)) });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (!res.ok || body.errors?.length) {
      const e = body.errors?.[0];
      throw new Error(`HTTP ${res.status}${e ? `: ${e.extensions?.code ?? ''} ${e.message}` : ''}`);
    }
  };
}

/** The same Cypher straight through the driver: one read transaction per request, every record read. */
export function driverClient(db: Database): Client {
  return async (op, id) => {
    const { text, params } = op.cypher(id);
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(text, params));
      if (result.records.length !== 1) throw new Error(`${op.name}: expected one row for ${id}, got ${result.records.length}`);
    } finally {
      await session.close();
    }
  };
}
