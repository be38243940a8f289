import { Neo4jError } from 'neo4j-driver';
import { ConfigError } from './config.js';
import { DatabaseUnreachable } from './db/connect.js';
import { LocalNeo4jError } from './local-neo4j/index.js';

/** The ports the process was asked to listen on, to name the one that failed. */
export interface Where {
  port?: number;
  host?: string;
  metricsPort?: number;
}

/** Where a start-up step failed: printed before the one line that names the fix. */
export type StartupStep = 'configuration' | 'database' | 'migrations' | 'seed' | 'http' | 'keys';

/**
 * One line that says what went wrong at start-up and what to do about it, in Provenant's words.
 * Supporting detail (log tails of the local Neo4j) comes back separately, to print above it.
 */
export function describeStartupFailure(err: unknown, where: Where = {}): { line: string; detail?: string } {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  // A listen error names the port that failed: the API's or the metrics port.
  const failedPort = (err as { port?: number } | undefined)?.port ?? where.port;
  const variable = failedPort !== undefined && failedPort === where.metricsPort ? 'PROVENANT_METRICS_PORT' : 'PORT';
  if (err instanceof ConfigError) return { line: `${err.message}; fix or unset the variable (README, Configuration)` };
  if (code === 'EADDRINUSE') {
    const port = failedPort ?? '?';
    return {
      line: `port ${port} is in use: stop the other process or set ${variable} to a free port (e.g. ${variable}=${Number(port) + 1 || 4001} npm start)`,
    };
  }
  if (code === 'EACCES' && failedPort !== undefined) {
    return { line: `not allowed to listen on port ${failedPort}: choose a port above 1023 with ${variable}=…` };
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return { line: `cannot listen on HOST=${where.host ?? '?'}: use an address of this machine (127.0.0.1, or 0.0.0.0 for all)` };
  }
  if (err instanceof DatabaseUnreachable) return { line: err.message };
  if (err instanceof LocalNeo4jError) return { line: err.message, detail: err.detail };
  if (err instanceof Neo4jError) return { line: `Neo4j refused: ${firstLine(err.message)} (${err.code})` };
  return { line: err instanceof Error ? firstLine(err.message) : String(err) };
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

/** Prints the failure (detail first, the fix last) and exits with status 1. */
export function exitWithStartupFailure(program: string, step: StartupStep, err: unknown, where: Where = {}): never {
  const { line, detail } = describeStartupFailure(err, where);
  if (detail) process.stderr.write(`${detail}\n`);
  process.stderr.write(`${program}: cannot start (${step}): ${line}\n`);
  process.exit(1);
}
