import { createRequire } from 'node:module';

/**
 * Bytes the driver gathers before each write to Neo4j's socket. Its own default is 1,400 (one TCP
 * packet), so a statement whose parameters take 100 KB went out in some 70 socket writes, each a
 * system call and a fresh buffer, and a 2.5 KB lineage query in two. Bolt allows chunks of up to
 * 65,535 bytes; 16 KB keeps every read's statement to one write and large writes to a few.
 */
export const BOLT_WRITE_BUFFER_BYTES = 16 * 1024;

/** Marks the replacement, so that enlarging twice (two Database instances) keeps one subclass. */
const ENLARGED = Symbol.for('provenant.boltWriteBuffer');

type ChunkerClass = new (channel: unknown, bufferSize?: number) => object;

/**
 * Makes every connection the driver opens from now on gather BOLT_WRITE_BUFFER_BYTES before a
 * socket write. The driver takes no option for it: its connections build a `Chunker` from the
 * bolt-connection package's chunking module, so that class is replaced by one whose default size is
 * larger (an explicit size still wins). Returns false, changing nothing, when the module no longer
 * has that shape (a driver upgrade): the size then stays the driver's, which is slower, not wrong.
 * tests/integration/bolt-writes.test.ts fails in that case, so the upgrade does not lose it silently.
 */
export function enlargeBoltWrites(): boolean {
  enlarged ??= replaceChunker();
  return enlarged;
}

/** Whether the replacement is in place, once tried: every Database calls enlargeBoltWrites, one lookup serves them all. */
let enlarged: boolean | undefined;

function replaceChunker(): boolean {
  const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  let chunking: { Chunker?: unknown };
  try {
    chunking = fromDriver('neo4j-driver-bolt-connection/lib/channel/chunking.js') as { Chunker?: unknown };
  } catch {
    return false;
  }
  const Base = chunking.Chunker;
  if (typeof Base !== 'function') return false;
  // Another copy of this module (tsx beside the build) may have replaced it already.
  if (ENLARGED in Base) return true;
  const Chunker = Base as ChunkerClass;
  class LargerChunker extends Chunker {
    static readonly [ENLARGED] = true;
    constructor(channel: unknown, bufferSize?: number) {
      super(channel, bufferSize ?? BOLT_WRITE_BUFFER_BYTES);
    }
  }
  chunking.Chunker = LargerChunker;
  return true;
}
