import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import type { Instance } from '../local-neo4j/index.js';
import { connectDatabase } from './connect.js';
import type { Database } from './database.js';

/** NEO4J_URI is set, but the command writes working data and was not told to write it there. */
export class ServerNotNamedError extends Error {}

export interface OwnInstanceOptions {
  instance: Instance;
  /** How the user runs the command (named in the refusal), e.g. "npm run eval". */
  command: string;
  /** The server the command's --neo4j-uri flag names (default: read from the command line). */
  neo4jUri?: string;
}

/** The value of --neo4j-uri on the command line, whatever other options the command takes. */
export function neo4jUriFlag(args: string[] = process.argv.slice(2)): string | undefined {
  const { values } = parseArgs({ args, options: { 'neo4j-uri': { type: 'string' } }, strict: false });
  const uri = values['neo4j-uri'];
  return typeof uri === 'string' && uri !== '' ? uri : undefined;
}

/**
 * The configuration of a command that writes copies or test data (evaluations, benches): its
 * database is a local instance of its own, loaded once and reused, so that nothing of it reaches the
 * dev database a user explores nor a server NEO4J_URI names. Only --neo4j-uri sends it to a server;
 * NEO4J_URI alone is refused, naming the flag.
 */
export function ownInstanceConfig(config: Config, opts: OwnInstanceOptions): Config {
  const named = opts.neo4jUri ?? neo4jUriFlag();
  if (named) return { ...config, neo4j: { ...config.neo4j, uri: named } };
  if (config.neo4j.uri) {
    throw new ServerNotNamedError(
      `${opts.command} writes its working data into a local instance of its own (${opts.instance}), and NEO4J_URI is set (${config.neo4j.uri}): ` +
        `unset NEO4J_URI, or name the server to write there: ${opts.command} -- --neo4j-uri ${config.neo4j.uri}`,
    );
  }
  return config;
}

/** Connects as ownInstanceConfig says: the command's local instance, or the server --neo4j-uri names. */
export async function connectOwnInstance(config: Config, opts: OwnInstanceOptions & { log?: (line: string) => void }): Promise<Database> {
  return connectDatabase(ownInstanceConfig(config, opts), { instance: opts.instance, log: opts.log });
}
