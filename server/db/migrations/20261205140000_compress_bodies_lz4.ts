import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './helpers.ts';

/**
 * PostgreSQL compresses a stored body (≈ 40 KB of JSON) on every save, and its default (pglz)
 * made that most of PostgreSQL's own CPU per save: 740–1,030 µs per 40 KB update against
 * 450 µs with lz4 for the same table size (issue 14 item 3; BENCHMARKS.md, 2026-12-03 20:42).
 * lz4 also decompresses faster for reads. Rows keep the compression they were written with
 * until their next save; both kinds read alike. Only where the server was built with lz4
 * (PostgreSQL 14+, --with-lz4); SQLite stores bodies uncompressed and has nothing to change.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (!isPostgres(db) || !(await hasLz4(db))) return;
  await sql`alter table documents alter column body set compression lz4`.execute(db);
  await sql`alter table audit_entries alter column changes set compression lz4`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  if (!isPostgres(db) || !(await hasLz4(db))) return;
  await sql`alter table documents alter column body set compression default`.execute(db);
  await sql`alter table audit_entries alter column changes set compression default`.execute(db);
}

/** Whether this PostgreSQL can compress with lz4 (a choice of default_toast_compression). */
async function hasLz4(db: MigrationDb): Promise<boolean> {
  const { rows } = await sql<{ available: boolean }>`
    select coalesce((select 'lz4' = any(enumvals) from pg_settings where name = 'default_toast_compression'), false) as available
  `.execute(db);
  return rows[0]?.available === true;
}
