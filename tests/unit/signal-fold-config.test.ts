import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_TIMEOUTS, DEFAULT_SIGNAL_FOLD_GRACE_MS, FoldGraceTooShort, loadConfig } from '../../src/config.js';

describe('the signal fold grace outlasts any writer', () => {
  it('the defaults pass: the grace exceeds twice the write transaction timeout', () => {
    expect(DEFAULT_SIGNAL_FOLD_GRACE_MS).toBeGreaterThan(2 * DEFAULT_DB_TIMEOUTS.writeMs);
    const config = loadConfig({});
    expect(config.signalFold.graceMs).toBe(DEFAULT_SIGNAL_FOLD_GRACE_MS);
    expect(config.neo4j.timeouts.writeMs).toBe(DEFAULT_DB_TIMEOUTS.writeMs);
  });

  it('refuses at startup, typed, a grace of at most twice the write timeout, naming both settings', () => {
    const at = (grace: number, write: number) => () =>
      loadConfig({ PROVENANT_SIGNAL_FOLD_GRACE_MS: String(grace), PROVENANT_DB_WRITE_TIMEOUT_MS: String(write) });
    expect(at(60_000, 30_000)).toThrow(FoldGraceTooShort);
    expect(at(10_000, 30_000)).toThrow(/PROVENANT_SIGNAL_FOLD_GRACE_MS=10000 must exceed twice PROVENANT_DB_WRITE_TIMEOUT_MS=30000/);
    expect(at(60_001, 30_000)().signalFold.graceMs).toBe(60_001);
    // A shorter write timeout allows a shorter grace.
    expect(at(60_000, 20_000)().neo4j.timeouts.writeMs).toBe(20_000);
  });
});
