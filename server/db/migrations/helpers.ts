/** Small helpers so one migration set writes the same schema on SQLite and PostgreSQL. */
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Migrations are written against an untyped Kysely: they describe history, not today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MigrationDb = Kysely<any>;

export function isPostgres(db: MigrationDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-numbered integer key: IDENTITY on PostgreSQL, AUTOINCREMENT on SQLite. */
export function defineSerialKey(db: MigrationDb) {
  return (column: ColumnDefinitionBuilder) =>
    isPostgres(db) ? column.generatedByDefaultAsIdentity().primaryKey() : column.autoIncrement().primaryKey();
}
