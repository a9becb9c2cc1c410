import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './helpers.ts';

/**
 * Issue 14 item 2: the first summary download after a write rebuilt a province's whole year
 * (22,000 rows, 0.4–1 s) although a write changes one unit's documents. With the units whose
 * documents changed noted beside the generation, an instance patches its kept answer: it reads
 * those units' rows again and replaces theirs (services/reports/patch-kept-summary.ts).
 *
 * summary_unit_changes: one row per writing transaction, year and unit, from the same trigger as
 * summary_changes (in the writer's transaction, whatever code wrote). Which rows an instance has
 * not seen yet:
 * - PostgreSQL: transaction ids do not commit in their order, so a kept answer remembers the
 *   snapshot it was read after (txid_current_snapshot) and later asks for the rows whose
 *   transaction that snapshot did not see (txid_visible_in_snapshot), from the snapshot's xmin on.
 * - SQLite: one writer at a time, so a number that grows is commit order: `transaction_id` is the
 *   row's own number (AUTOINCREMENT, never reused), and a kept answer remembers the highest.
 * summary_change_horizons: per year, below which transaction (PostgreSQL) or number (SQLite) the
 * rows were deleted; a kept answer from before that is rebuilt, not patched.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) {
    await db.schema
      .createTable('summary_unit_changes')
      .addColumn('year', 'integer', (column) => column.notNull())
      .addColumn('transaction_id', 'bigint', (column) => column.notNull())
      .addColumn('organisation_id', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('summary_unit_changes_key', ['year', 'transaction_id', 'organisation_id'])
      .execute();
    // The trigger of migration 20261206100000, noting the unit besides the year: one trigger call per row.
    await sql`create or replace function note_document_summary_change() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'DELETE' then
          insert into summary_changes (year, transaction_id) values (new.year, txid_current()) on conflict do nothing;
          insert into summary_unit_changes (year, transaction_id, organisation_id)
            values (new.year, txid_current(), new.organisation_id) on conflict do nothing;
        end if;
        if tg_op = 'DELETE' or (tg_op = 'UPDATE' and (old.year <> new.year or old.organisation_id <> new.organisation_id)) then
          insert into summary_changes (year, transaction_id) values (old.year, txid_current()) on conflict do nothing;
          insert into summary_unit_changes (year, transaction_id, organisation_id)
            values (old.year, txid_current(), old.organisation_id) on conflict do nothing;
        end if;
        return null;
      end $$`.execute(db);
  } else {
    await sql`create table summary_unit_changes (
      transaction_id integer primary key autoincrement,
      year integer not null,
      organisation_id text not null)`.execute(db);
    await db.schema
      .createIndex('summary_unit_changes_year_index')
      .on('summary_unit_changes')
      .columns(['year', 'transaction_id'])
      .execute();
    const note = (row: 'new' | 'old') =>
      `insert into summary_unit_changes (year, organisation_id) values (${row}.year, ${row}.organisation_id);`;
    await sql.raw(`create trigger documents_summary_unit_insert after insert on documents begin ${note('new')} end`).execute(db);
    await sql
      .raw(
        `create trigger documents_summary_unit_update after update on documents begin ${note('new')}
          insert into summary_unit_changes (year, organisation_id) select old.year, old.organisation_id
            where old.year <> new.year or old.organisation_id <> new.organisation_id; end`,
      )
      .execute(db);
    await sql.raw(`create trigger documents_summary_unit_delete after delete on documents begin ${note('old')} end`).execute(db);
  }
  await db.schema
    .createTable('summary_change_horizons')
    .addColumn('year', 'integer', (column) => column.primaryKey())
    // Rows below this were deleted: kept answers from before it are rebuilt.
    .addColumn('pruned_below', 'bigint', (column) => column.notNull())
    // Where the next pruning will cut (set by the last one), so a kept answer outlives one pruning.
    .addColumn('next_cut', 'bigint', (column) => column.notNull())
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`create or replace function note_document_summary_change() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'DELETE' then
          insert into summary_changes (year, transaction_id) values (new.year, txid_current()) on conflict do nothing;
        end if;
        if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.year <> new.year) then
          insert into summary_changes (year, transaction_id) values (old.year, txid_current()) on conflict do nothing;
        end if;
        return null;
      end $$`.execute(db);
  } else {
    for (const name of ['documents_summary_unit_insert', 'documents_summary_unit_update', 'documents_summary_unit_delete']) {
      await sql.raw(`drop trigger ${name}`).execute(db);
    }
  }
  await db.schema.dropTable('summary_change_horizons').execute();
  await db.schema.dropTable('summary_unit_changes').execute();
}
