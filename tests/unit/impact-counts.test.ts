import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';
import { COUNT_BUCKET_WIDTHS_MS, countWindows } from '../../src/domain/impact/counts.js';

const plain = (w: ReturnType<typeof countWindows>) => ({
  ranges: w.ranges.map((r) => ({ width: r.width.toNumber(), from: r.from.toNumber(), to: r.to.toNumber() })),
  restFrom: w.restFrom ? w.restFrom.toStandardDate().getTime() : null,
});

describe('impact count buckets', () => {
  it('the migration that counts earlier invocations uses the same widths as the write path', () => {
    const migration = readFileSync(projectPath('cypher', 'migrations', '011_impact_counts.cypher'), 'utf8');
    const list = /UNWIND \[([\d, ]+)\] AS width/.exec(migration);
    expect(list, 'the migration names its widths in one UNWIND list').not.toBeNull();
    expect(list![1].split(',').map((s) => Number(s.trim()))).toEqual([...COUNT_BUCKET_WIDTHS_MS]);
  });

  it('each width divides the coarser one, so the buckets of one level tile the next', () => {
    for (let i = 1; i < COUNT_BUCKET_WIDTHS_MS.length; i++) expect(COUNT_BUCKET_WIDTHS_MS[i - 1] % COUNT_BUCKET_WIDTHS_MS[i]).toBe(0);
  });

  // A brute-force check of the windows: every bucket of every width, at instants around T, is summed
  // exactly once when it ends by the finest boundary before T, and never when it does not.
  it.each(['2026-11-30T23:59:59.999Z', '2026-12-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '2001-02-03T04:05:06.789Z'])(
    'covers everything before %s exactly once',
    (iso) => {
      const t = Date.parse(iso);
      const { ranges, restFrom } = plain(countWindows(new Date(t)));
      expect(restFrom).not.toBeNull();
      expect(t - restFrom!).toBeGreaterThanOrEqual(0);
      expect(t - restFrom!).toBeLessThan(COUNT_BUCKET_WIDTHS_MS.at(-1)!);
      // Instants spread over the last few coarse buckets, each counted by exactly one summed bucket or the rest.
      const probes = [t, t - 1, restFrom!, restFrom! - 1, t - 40_000, t - 3_600_000, t - 86_400_000 * 30, t - 86_400_000 * 800, t + 1];
      for (const at of probes) {
        let hits = 0;
        for (const r of ranges) {
          const start = Math.floor(at / r.width) * r.width;
          if (start >= r.from && start < r.to) hits++;
        }
        const inRest = at >= restFrom! && at <= t;
        expect(hits + (inRest ? 1 : 0), `instant ${new Date(at).toISOString()}`).toBe(at <= t ? 1 : 0);
      }
    },
  );

  it('without asOf the coarsest buckets hold everything and nothing is counted from the index', () => {
    const { ranges, restFrom } = plain(countWindows(null));
    expect(ranges).toEqual([{ width: COUNT_BUCKET_WIDTHS_MS[0], from: Number.MIN_SAFE_INTEGER, to: Number.MAX_SAFE_INTEGER }]);
    expect(restFrom).toBeNull();
  });
});
