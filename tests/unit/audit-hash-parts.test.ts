import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventHash, eventHashParts } from '../../src/domain/audit/append.js';

// The database hashes an event from these parts (audit-append.cypher) and verify.ts checks it with
// eventHash: the two must agree for every event, or the chain reads as tampered.
describe('audit event hash parts', () => {
  const event = {
    at: '2026-12-07T12:00:00.000Z',
    actor: 'agent:ünïcode "quoted"',
    action: 'score.record',
    targets: ['score:a', 'output:b\\c'],
    inputDigest: 'f'.repeat(64),
  };

  it('hash, around prevHash and seq, to the hash verification recomputes', () => {
    for (const [seq, prevHash] of [
      [1, '0'.repeat(64)],
      [123456, 'a1'.repeat(32)],
    ] as const) {
      const { before, between, after } = eventHashParts(event);
      const text = `${before}${prevHash}${between}${String(seq)}${after}`;
      const inDatabase = createHash('sha256').update(text, 'utf8').digest('hex');
      expect(inDatabase).toBe(eventHash({ ...event, seq, prevHash }));
    }
  });
});
