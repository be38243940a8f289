import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { BOLT_WRITE_BUFFER_BYTES, enlargeBoltWrites } from '../../src/db/bolt-write-buffer.js';
import { useHarness } from '../helpers/harness.js';

const { h } = useHarness();

/** Socket writes made in this process while `work` runs. */
async function socketWrites(work: () => Promise<unknown>): Promise<number> {
  const write = net.Socket.prototype.write;
  let writes = 0;
  net.Socket.prototype.write = function (this: net.Socket, ...args: Parameters<typeof write>) {
    writes += 1;
    return write.apply(this, args);
  } as typeof write;
  try {
    await work();
  } finally {
    net.Socket.prototype.write = write;
  }
  return writes;
}

describe('statements reach Neo4j in few socket writes', () => {
  it('the driver still has the shape the larger write buffer replaces (a driver upgrade that changes it fails here)', () => {
    expect(enlargeBoltWrites()).toBe(true);
  });

  it('a statement carrying 200 KB of parameters goes out in a write per 16 KB, not one per 1,400 bytes', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `row-${i}`, text: 'x'.repeat(90) }));
    const bytes = Buffer.byteLength(JSON.stringify(rows));
    expect(bytes).toBeGreaterThan(200_000);
    const session = h.db.driver.session({ database: h.db.database });
    try {
      await session.run('RETURN 1 AS warm');
      let answer = 0;
      const writes = await socketWrites(async () => {
        const res = await session.run('RETURN size($rows) AS n', { rows });
        answer = res.records[0].get('n').toNumber();
      });
      expect(answer).toBe(rows.length);
      // The driver's own 1,400-byte buffer made this about 150 writes.
      expect(writes).toBeLessThanOrEqual(Math.ceil(bytes / BOLT_WRITE_BUFFER_BYTES) + 3);
    } finally {
      await session.close();
    }
  });
});
