import type { Driver } from 'neo4j-driver';

/**
 * Connections the driver holds, in use and idle. neo4j-driver 6 has no public pool statistics, so
 * this reads its pool's internal counters, defensively: when a driver release changes their shape,
 * the answer is undefined (the metric disappears) rather than wrong.
 */
export function poolUse(driver: Driver): { inUse: number; idle: number } | undefined {
  const pool = (driver as unknown as { _connectionProvider?: { _connectionPool?: InternalPool } | null })._connectionProvider
    ?._connectionPool;
  if (!pool || typeof pool._activeResourceCounts !== 'object' || typeof pool._pools !== 'object') return undefined;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const inUse = sum(Object.values(pool._activeResourceCounts).filter((n): n is number => typeof n === 'number'));
  const idle = sum(Object.values(pool._pools).map((p) => (Array.isArray(p) ? p.length : typeof p?.length === 'number' ? p.length : 0)));
  return { inUse, idle };
}

interface InternalPool {
  _activeResourceCounts: Record<string, unknown>;
  _pools: Record<string, { length?: number } | unknown[]>;
}
