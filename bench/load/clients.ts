import http from 'node:http';
import neo4j from 'neo4j-driver';
import type { Database } from '../../src/db/database.js';
import type { Operation } from './operations.js';

export type Client = (op: Operation, id: string) => Promise<void>;

/**
 * A GraphQL client over HTTP: Node's own http client with keep-alive sockets, the leanest real
 * client (fetch spends more CPU per request in this same process, which would bill the load
 * generator's overhead to the API). Any GraphQL error fails the request.
 */
export function apiClient(url: string, token: string | undefined): Client {
  const target = new URL('/graphql', url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return async (op, id) => {
    const { status, text } = await post(target, agent, headers, JSON.stringify(op.graphql(id)));
    const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (status !== 200 || body.errors?.length) {
      const e = body.errors?.[0];
      throw new Error(`HTTP ${status}${e ? `: ${e.extensions?.code ?? ''} ${e.message}` : ''}`);
    }
  };
}

/** One POST over a keep-alive agent: status and body text. */
export function post(
  url: URL,
  agent: http.Agent,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The same Cypher straight through the driver, run as the API runs it: one auto-commit read per request, every record read. */
export function driverClient(db: Database): Client {
  return async (op, id) => {
    if (!op.cypher) throw new Error(`${op.name} has no driver baseline`);
    const { text, params } = op.cypher(id);
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(text, params);
      if (result.records.length === 0) throw new Error(`${op.name}: no rows for ${id}`);
    } finally {
      await session.close();
    }
  };
}
