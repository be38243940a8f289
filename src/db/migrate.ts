import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { projectPath } from '../project-root.js';
import type { Database } from './database.js';

const migrationsDir = projectPath('cypher', 'migrations');

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

/** Splits a migration file into statements: one per `;`-terminated block, `//` comments dropped. */
function statements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Applies cypher/migrations/*.cypher in name order. Every statement is idempotent (IF NOT EXISTS),
 * and each applied file is recorded as a (:Migration) node with its checksum, so a re-run is a no-op.
 */
export async function migrate(db: Database): Promise<MigrationResult> {
  const files = readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  const result: MigrationResult = { applied: [], skipped: [] };
  const session = db.driver.session({ database: db.database });
  try {
    const done = await session.run('MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum');
    const recorded = new Map(done.records.map((r) => [r.get('id') as string, r.get('checksum') as string]));
    for (const file of files) {
      const text = readFileSync(join(migrationsDir, file), 'utf8');
      const checksum = createHash('sha256').update(text).digest('hex');
      if (recorded.get(file) === checksum) {
        result.skipped.push(file);
        continue;
      }
      // Schema statements cannot share a transaction with data writes, so each runs on its own.
      for (const statement of statements(text)) await session.run(statement);
      await session.run('MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()', { id: file, checksum });
      result.applied.push(file);
    }
  } finally {
    await session.close();
  }
  return result;
}
