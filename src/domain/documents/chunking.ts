/**
 * How a document version's text becomes chunks. The strategy's name and parameters are stored on the
 * version, so the same text and strategy always give the same chunks (a re-chunk is a new version).
 *
 * HEADING: markdown headings ("#", "##", …) start sections; a section's paragraphs are packed into
 * chunks of at most maxChars, each chunk carries its heading path, and a chunk repeats the last
 * overlapChars of the previous one in the same section. FIXED: windows of maxChars over the whole
 * text, overlapChars apart, cut at word boundaries.
 */
export const CHUNK_STRATEGIES = ['HEADING', 'FIXED'] as const;
export type ChunkStrategyName = (typeof CHUNK_STRATEGIES)[number];
export const DEFAULT_CHUNK_STRATEGY: ChunkStrategyName = 'HEADING';

export const CHUNK_LIMITS = { minChars: 200, maxChars: 8000, defaultMaxChars: 1200, defaultOverlapChars: 0 } as const;

export interface ChunkingStrategy {
  strategy: ChunkStrategyName;
  maxChars: number;
  overlapChars: number;
}

export interface TextChunk {
  index: number;
  text: string;
  /** The heading path ("Policy › 4 Retention"), empty for text before the first heading or FIXED chunks. */
  heading: string;
  /** Offsets of the chunk's own text (without the overlap) in the version's text. */
  charStart: number;
  charEnd: number;
}

interface Piece {
  text: string;
  start: number;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

export function chunkText(text: string, strategy: ChunkingStrategy): TextChunk[] {
  const raw = strategy.strategy === 'FIXED' ? fixedChunks(text, strategy) : headingChunks(text, strategy);
  return raw.filter((c) => c.text.trim() !== '').map((c, index) => ({ ...c, index }));
}

function fixedChunks(text: string, s: ChunkingStrategy): Array<Omit<TextChunk, 'index'>> {
  const out: Array<Omit<TextChunk, 'index'>> = [];
  let start = 0;
  while (start < text.length) {
    const end = wordBoundary(text, Math.min(text.length, start + s.maxChars), start);
    out.push({ text: text.slice(start, end).trim(), heading: '', charStart: start, charEnd: end });
    if (end >= text.length) break;
    start = Math.max(start + 1, wordBoundary(text, end - s.overlapChars, start));
  }
  return out;
}

/** The last whitespace at or before `at` (but after `floor`), so words are not cut; `at` when there is none. */
function wordBoundary(text: string, at: number, floor: number): number {
  if (at >= text.length) return text.length;
  for (let i = at; i > floor; i--) if (/\s/.test(text[i])) return i;
  return at;
}

function headingChunks(text: string, s: ChunkingStrategy): Array<Omit<TextChunk, 'index'>> {
  const out: Array<Omit<TextChunk, 'index'>> = [];
  const path: string[] = [];
  let paragraphs: Piece[] = [];
  const flush = () => {
    out.push(...packSection(paragraphs, path.join(' › '), s));
    paragraphs = [];
  };
  let offset = 0;
  for (const block of text.split(/(\n\s*\n)/)) {
    const start = offset;
    offset += block.length;
    if (block.trim() === '') continue;
    const lines = block.split('\n');
    const heading = HEADING.exec(lines[0].trim());
    if (heading) {
      flush();
      const level = heading[1].length;
      path.length = Math.min(path.length, level - 1);
      path[level - 1] = heading[2];
      const rest = lines.slice(1).join('\n');
      if (rest.trim() !== '') paragraphs.push({ text: rest, start: start + lines[0].length + 1 });
    } else {
      paragraphs.push({ text: block, start });
    }
  }
  flush();
  return out;
}

/** Packs a section's paragraphs into chunks of at most maxChars; an overlong paragraph is windowed. */
function packSection(paragraphs: Piece[], heading: string, s: ChunkingStrategy): Array<Omit<TextChunk, 'index'>> {
  const pieces = paragraphs.flatMap((p) =>
    p.text.length <= s.maxChars
      ? [p]
      : fixedChunks(p.text, { ...s, overlapChars: 0 }).map((c) => ({ text: c.text, start: p.start + c.charStart })),
  );
  const out: Array<Omit<TextChunk, 'index'> & { ownText: string }> = [];
  let current: Piece[] = [];
  const size = (ps: Piece[]) => ps.reduce((n, p) => n + p.text.trim().length + 2, 0);
  const emit = () => {
    if (current.length === 0) return;
    const own = current.map((p) => p.text.trim()).join('\n\n');
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    const overlap = previous && s.overlapChars > 0 ? tail(previous.ownText, s.overlapChars) : '';
    const last = current[current.length - 1];
    out.push({
      text: overlap ? `${overlap}\n\n${own}` : own,
      ownText: own,
      heading,
      charStart: current[0].start,
      charEnd: last.start + last.text.length,
    });
    current = [];
  };
  for (const piece of pieces) {
    if (current.length > 0 && size(current) + piece.text.trim().length > s.maxChars) emit();
    current.push(piece);
  }
  emit();
  return out.map(({ ownText: _own, ...c }) => c);
}

function tail(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.indexOf(' ', text.length - chars);
  return text.slice(cut < 0 ? text.length - chars : cut + 1);
}
