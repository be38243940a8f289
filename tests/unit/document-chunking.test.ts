import { describe, expect, it } from 'vitest';
import { chunkText } from '../../src/domain/documents/chunking.js';
import { reciprocalRankFusion } from '../../src/domain/documents/fusion.js';
import { passageQuery } from '../../src/domain/documents/passage-query.js';

const DOC = `Preamble line.

# Policy

## 1 Scope
${'Scope words. '.repeat(10)}

## 2 Rules
${'First rule sentence. '.repeat(30)}

${'Second rule paragraph. '.repeat(30)}

### 2.1 Detail
Detail text.`;

describe('chunking', () => {
  it('HEADING: sections carry their heading path, long sections split at paragraphs, offsets point into the text', () => {
    const chunks = chunkText(DOC, { strategy: 'HEADING', maxChars: 800, overlapChars: 0 });
    expect(chunks.map((c) => c.heading)).toEqual([
      '',
      'Policy › 1 Scope',
      'Policy › 2 Rules',
      'Policy › 2 Rules',
      'Policy › 2 Rules › 2.1 Detail',
    ]);
    expect(chunks.map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(800);
      expect(DOC.slice(c.charStart, c.charEnd).trim()).toBe(c.text);
    }
  });

  it('HEADING with overlap repeats the end of the previous chunk of the same section only', () => {
    const chunks = chunkText(DOC, { strategy: 'HEADING', maxChars: 800, overlapChars: 40 });
    expect(chunks[3].text.startsWith('First rule sentence.')).toBe(false);
    expect(chunks[3].text).toContain('First rule sentence.');
    expect(chunks[2].text.startsWith('First rule sentence.')).toBe(true);
  });

  it('FIXED: windows of at most maxChars that overlap and cover the whole text, cut between words', () => {
    const text = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const chunks = chunkText(text, { strategy: 'FIXED', maxChars: 300, overlapChars: 50 });
    expect(chunks.length).toBeGreaterThan(8);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(300);
      expect(c.text).toMatch(/^word\d+( word\d+)*$/);
    }
    const words = new Set(chunks.flatMap((c) => c.text.split(' ')));
    expect(words.size).toBe(300);
    expect(chunks[1].charStart).toBeLessThan(chunks[0].charEnd);
  });
});

describe('full-text query text', () => {
  it('keeps words only, escaped and OR-ed; nothing when there are no words', () => {
    expect(passageQuery('How long: training AND "data"?')).toBe('how OR long OR training OR and OR data');
    expect(passageQuery('title:[a TO z] OR x~2')).toBe('title OR a OR to OR z OR or OR x OR 2');
    expect(passageQuery('?! *** (){}')).toBeNull();
    expect(passageQuery('données 保持')).toBe('données OR 保持');
  });
});

describe('reciprocal rank fusion', () => {
  it('sums 1/(60+rank) over both rankings and orders by it', () => {
    const fused = reciprocalRankFusion(
      [
        { id: 'a', score: 9 },
        { id: 'b', score: 5 },
      ],
      [
        { id: 'b', score: 0.9 },
        { id: 'c', score: 0.8 },
      ],
    );
    expect(fused.map((f) => f.id)).toEqual(['b', 'a', 'c']);
    expect(fused[0]).toEqual({ id: 'b', score: 1 / 62 + 1 / 61, fullText: { rank: 2, score: 5 }, vector: { rank: 1, score: 0.9 } });
    expect(fused[1].vector).toBeNull();
  });
});
