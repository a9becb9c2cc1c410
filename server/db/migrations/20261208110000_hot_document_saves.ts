import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './helpers.ts';

/** What the year's readers take from the summary index (20261205130100): every summary column but what each save moves. */
const yearFigureColumns = [
  'year',
  'organisation_id',
  'kind',
  'project',
  'revision',
  'state',
  'score',
  'grade',
  'updated_at',
  'execution_rate',
  'stated_score',
  'stated_grade',
  'error_count',
  'warning_count',
  'info_count',
  'id',
];

/**
 * Autosaves as HOT updates on PostgreSQL (issue 14 item 3). An autosave rewrites its document's row,
 * and on PostgreSQL a row version that changes any indexed column gets an entry in EVERY index of the
 * table (eight on documents): about 400 µs of PostgreSQL's CPU a save, its largest part after the body
 * (BENCHMARKS.md 2026-12-06, 2026-12-07). A version that changes no indexed column and fits on the
 * row's page is a HOT update: no index entry at all. What a save moves:
 * - `version`, always: the summary index held it, and no year reader needs it (a list of 20 rows reads
 *   the table). The index is made again without it, and without `updated_by` and `created_at`, which
 *   no year reader shows;
 * - `updated_at`: a save keeps the stored one while the clock is in its minute (store-edited-body.ts
 *   keepWithinMinute), so the listing indexes and this one see the same value;
 * - the score, grade and figures: only when the edit changes them (a typed value of a self-evaluation);
 *   such a save is not HOT, as every save was before.
 * Each page keeps a fifth free (fillfactor 80) for the next versions of its rows. SQLite has no HOT
 * update; it gets the same narrower index (its year readers read the index alone, as before).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('documents_summary_index').execute();
  await db.schema.createIndex('documents_summary_index').on('documents').columns(yearFigureColumns).execute();
  if (isPostgres(db)) await sql`alter table documents set (fillfactor = 80)`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) await sql`alter table documents reset (fillfactor)`.execute(db);
  await db.schema.dropIndex('documents_summary_index').execute();
  await db.schema
    .createIndex('documents_summary_index')
    .on('documents')
    .columns([
      'year',
      'organisation_id',
      'kind',
      'project',
      'revision',
      'state',
      'version',
      'score',
      'grade',
      'created_at',
      'updated_at',
      'updated_by',
      'execution_rate',
      'stated_score',
      'stated_grade',
      'error_count',
      'warning_count',
      'info_count',
      'id',
    ])
    .execute();
}
