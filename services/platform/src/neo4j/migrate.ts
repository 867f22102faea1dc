/**
 * Idempotent migrations: infra/neo4j/migrations/NNNN-name.cypher, applied in order, each
 * recorded as a (:Migration {id}) node. Statements are separated by ";" at the end of a line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../config';

export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'infra', 'neo4j', 'migrations');

export interface Migration {
  id: string;
  statements: string[];
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}-[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => ({
      id: file.replace(/\.cypher$/, ''),
      statements: readFileSync(path.join(dir, file), 'utf8')
        .split(/;\s*$/m)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter((s) => s.length > 0),
    }));
}

/** Applies what is not applied yet; returns the ids applied now. */
export async function migrate(driver: Driver, migrations = readMigrations()): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (m:Migration) RETURN m.id AS id');
  const done = new Set(records.map((r) => r.get('id') as string));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    // Schema statements cannot share a transaction with writes: run each on its own.
    for (const statement of migration.statements) await driver.executeQuery(statement);
    await driver.executeQuery(
      'MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime()',
      {
        id: migration.id,
      },
    );
    applied.push(migration.id);
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  return applied;
}
