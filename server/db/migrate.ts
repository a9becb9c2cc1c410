/**
 * Runs the one migration set (server/db/migrations/*.ts, named by timestamp) on either dialect.
 * New migrations are new files in that folder; nothing else needs registering.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema.ts';

const migrationsDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const migrationFilePattern = /^\d{14}_[a-z0-9_]+\.ts$/;

/** Set by the built server's entry (scripts/build-server.mjs), which compiles the migrations in. */
const bundledMigrations = (globalThis as { jixiaoBundledMigrations?: Record<string, Migration> }).jixiaoBundledMigrations;

class DirectoryMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    if (bundledMigrations) return bundledMigrations;
    const files = readdirSync(migrationsDirectory).filter((file) => migrationFilePattern.test(file));
    const migrations: Record<string, Migration> = {};
    for (const file of files.sort()) {
      migrations[file.replace(/\.ts$/, '')] = (await import(pathToFileURL(path.join(migrationsDirectory, file)).href)) as Migration;
    }
    return migrations;
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Brings the schema to the latest migration; returns the names applied now. `schema` (PostgreSQL)
 * names the schema of Kysely's bookkeeping tables: Kysely looks for them in every schema, so
 * tests that each use their own schema must say which is theirs.
 */
export async function migrateToLatest(db: Kysely<Database>, options: { schema?: string } = {}): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new DirectoryMigrationProvider(),
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? '?';
    throw new MigrationError(`数据库迁移失败 (migration failed): ${failed}: ${String(error instanceof Error ? error.message : error)}`, { cause: error });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
