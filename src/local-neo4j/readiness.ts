import neo4j from 'neo4j-driver';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `RETURN 1` on the `neo4j` database through the driver until it answers.
 * Returns false when `timeoutMs` passes or `stillAlive()` turns false first.
 */
export async function waitUntilReady(
  uri: string,
  opts: { timeoutMs: number; stillAlive?: () => boolean; intervalMs?: number },
): Promise<boolean> {
  const deadline = Date.now() + opts.timeoutMs;
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: 2000,
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    while (Date.now() < deadline) {
      if (opts.stillAlive && !opts.stillAlive()) return false;
      try {
        await driver.executeQuery('RETURN 1 AS ok', {}, { database: 'neo4j' });
        return true;
      } catch {
        await sleep(opts.intervalMs ?? 500);
      }
    }
    return false;
  } finally {
    await driver.close();
  }
}
