import { sql } from 'kysely';
import { isPostgres, defineSerialKey, type MigrationDb } from './helpers.ts';

/**
 * The indicator library (issue 13, docs/indicator-library.md):
 * - indicator_library_entries: finance's entries (共性 and 个性), proposed → confirmed → retired;
 * - indicator_history: one row per indicator of an approved document (target and actual as numbers);
 * - indicator_names: one row per name key (clustered name) with how many times it was used, the
 *   entry it belongs to, searched by trigrams (SQLite FTS5 trigram table, PostgreSQL pg_trgm);
 * - indicator_statistics: per name key, year and sector ('' = all sectors) the target spread and
 *   completion, recomputed for the keys an approval touches, so a suggestion reads a few rows.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('indicator_library_entries')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('name_key', 'text', (column) => column.notNull())
    .addColumn('level1', 'text', (column) => column.notNull())
    .addColumn('level2', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('definition', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('formula', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('unit', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('direction', 'text', (column) => column.notNull())
    .addColumn('scoring_method', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('reference_values', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('sectors', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('function', 'text')
    .addColumn('scope', 'text')
    .addColumn('valid_from', 'integer')
    .addColumn('valid_to', 'integer')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('merged_into', 'text')
    .addColumn('proposed_by', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('indicator_library_entries_name_key_index').on('indicator_library_entries').columns(['name_key', 'status']).execute();
  await db.schema.createIndex('indicator_library_entries_status_index').on('indicator_library_entries').columns(['status', 'name']).execute();

  await db.schema
    .createTable('indicator_history')
    .addColumn('id', 'integer', defineSerialKey(db))
    .addColumn('document_id', 'text', (column) => column.notNull())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('project', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('sector', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('name_key', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('level1', 'text', (column) => column.notNull())
    .addColumn('level2', 'text', (column) => column.notNull())
    .addColumn('unit', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('direction', 'text', (column) => column.notNull())
    .addColumn('target_text', 'text')
    .addColumn('target_value', 'double precision')
    .addColumn('actual_text', 'text')
    .addColumn('actual_value', 'double precision')
    .execute();
  // The unit's own last values per name; the recomputation of one name's statistics; re-approval.
  await db.schema.createIndex('indicator_history_unit_index').on('indicator_history').columns(['organisation_id', 'name_key', 'year']).execute();
  await db.schema.createIndex('indicator_history_name_index').on('indicator_history').columns(['name_key', 'year']).execute();
  // A later revision of a document (same unit, year, kind and project) replaces its rows.
  await db.schema.createIndex('indicator_history_document_index').on('indicator_history').columns(['organisation_id', 'year', 'kind', 'project']).execute();

  await db.schema
    .createTable('indicator_names')
    .addColumn('name_key', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('level1', 'text', (column) => column.notNull())
    .addColumn('level2', 'text', (column) => column.notNull())
    .addColumn('unit', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('direction', 'text', (column) => column.notNull())
    .addColumn('uses', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('entry_id', 'text')
    .execute();
  await db.schema.createIndex('indicator_names_entry_index').on('indicator_names').column('entry_id').execute();
  // Suggestions list the most used names first: a common fragment stops after the first few rows,
  // and a short (1–2 character) one is matched on the index alone (it carries the name).
  await db.schema.createIndex('indicator_names_uses_index').on('indicator_names').expression(sql`uses desc, name, name_key`).execute();

  await db.schema
    .createTable('indicator_statistics')
    .addColumn('name_key', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('sector', 'text', (column) => column.notNull())
    .addColumn('users', 'integer', (column) => column.notNull())
    .addColumn('target_count', 'integer', (column) => column.notNull())
    .addColumn('target_p10', 'double precision')
    .addColumn('target_median', 'double precision')
    .addColumn('target_p90', 'double precision')
    .addColumn('completion_median', 'double precision')
    .addPrimaryKeyConstraint('indicator_statistics_key', ['name_key', 'year', 'sector'])
    .execute();

  if (isPostgres(db)) await createPostgresTrigramIndex(db);
  else await sql`create virtual table indicator_names_search using fts5(name, name_key unindexed, tokenize = 'trigram')`.execute(db);
}

/**
 * pg_trgm lets `name ilike '%…%'` use a GIN index. It ships with PostgreSQL (contrib) and is a
 * trusted extension, but a server may lack it or the account may not create it: then the search
 * still works by scanning indicator_names (one row per distinct name, not per indicator) and the
 * migration says so. Tried in a savepoint so a refusal does not abort the migration.
 */
async function createPostgresTrigramIndex(db: MigrationDb): Promise<void> {
  const findSchema = async () =>
    (await sql<{ schema: string }>`select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pg_trgm'`.execute(db)).rows[0]?.schema;
  let schema = await findSchema();
  for (const statement of [sql`create extension if not exists pg_trgm with schema public`, sql`create extension if not exists pg_trgm`]) {
    if (schema) break;
    await sql`savepoint indicator_trigram`.execute(db);
    try {
      await statement.execute(db);
      await sql`release savepoint indicator_trigram`.execute(db);
    } catch {
      await sql`rollback to savepoint indicator_trigram`.execute(db);
    }
    schema = await findSchema();
  }
  if (!schema) {
    console.warn('pg_trgm 扩展不可用：指标库检索不建三元组索引，改为逐行匹配指标名称（indicator_names）。');
    return;
  }
  await sql`create index indicator_names_trigram_index on indicator_names using gin (name ${sql.id(schema)}.gin_trgm_ops)`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) await sql`drop table indicator_names_search`.execute(db);
  for (const table of ['indicator_statistics', 'indicator_names', 'indicator_history', 'indicator_library_entries']) {
    await db.schema.dropTable(table).execute();
  }
}
