import type { Database, Tx } from '../../db/database.js';
import { documentQueries } from './queries.js';
import { intParam } from '../../db/values.js';
import { DomainError } from '../errors.js';

/** Dimensions of the chunk vector index, or undefined when it does not exist yet. */
export async function vectorIndexDimensions(db: Database): Promise<number | undefined> {
  const rows = await db.readQuery(documentQueries.chunkVectorIndex);
  return rows.length === 0 ? undefined : Number(rows[0].dimensions);
}

/**
 * Creates the vector index at the model's dimensions on first use (schema changes run outside the
 * write's transaction). An index of other dimensions means another model's vectors are stored: the
 * write is refused and `npm run reembed` rebuilds it.
 */
export async function ensureVectorIndex(db: Database, dimensions: number): Promise<void> {
  const existing = await vectorIndexDimensions(db);
  if (existing === dimensions) return;
  if (existing !== undefined) throw dimensionMismatch(existing, dimensions);
  await db.write((tx: Tx) => tx.run(documentQueries.chunkVectorIndexCreate, { dimensions: intParam(dimensions) }));
  await db.write((tx: Tx) => tx.run(documentQueries.chunkVectorIndexAwait));
}

export function dimensionMismatch(indexDimensions: number, modelDimensions: number): DomainError {
  return new DomainError(
    'CONFLICT',
    `The chunk vector index holds ${indexDimensions}-dimensional vectors but the configured embedding model makes ${modelDimensions}-dimensional ones; nothing was written. Run \`npm run reembed\` to re-embed every chunk with the configured model.`,
    { indexDimensions, modelDimensions },
  );
}
