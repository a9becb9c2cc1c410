import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './helpers.ts';

/**
 * Issue 14 item 2: the whole-province summary downloads are kept per server instance
 * (services/reports/kept-summaries.ts) and must never be served stale. Every write that changes
 * what the summary shows (a document's row inserted, updated or deleted; an organisation added,
 * renamed or moved) notes its year in summary_changes from a trigger, so in the writer's own
 * transaction and whatever code path wrote. A year's generation is the sum of its weights (year 0:
 * organisations, which every year shows); it grows with every committed write, and one small
 * query tells any instance whether its kept bytes are current.
 *
 * PostgreSQL: one row per writing transaction and year (insert … on conflict do nothing), so
 * concurrent saves never wait on a shared counter row, and a transaction writing several years
 * cannot deadlock on it. A year's rows are folded into one with the same total now and then
 * (summary-changes.repository.ts). SQLite has one writer at a time: one counter row per year.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('summary_changes')
    // 0: organisations (names and the tree every year's summary shows).
    .addColumn('year', 'integer', (column) => column.notNull())
    // PostgreSQL: the writing transaction's id (txid_current); SQLite: always 0.
    .addColumn('transaction_id', 'bigint', (column) => column.notNull())
    .addColumn('weight', 'bigint', (column) => column.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('summary_changes_key', ['year', 'transaction_id'])
    .execute();

  if (isPostgres(db)) {
    await sql`create function note_document_summary_change() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'DELETE' then
          insert into summary_changes (year, transaction_id) values (new.year, txid_current()) on conflict do nothing;
        end if;
        if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.year <> new.year) then
          insert into summary_changes (year, transaction_id) values (old.year, txid_current()) on conflict do nothing;
        end if;
        return null;
      end $$`.execute(db);
    await sql`create function note_organisation_summary_change() returns trigger language plpgsql as $$
      begin
        insert into summary_changes (year, transaction_id) values (0, txid_current()) on conflict do nothing;
        return null;
      end $$`.execute(db);
    await sql`create trigger documents_summary_change after insert or update or delete on documents
      for each row execute function note_document_summary_change()`.execute(db);
    await sql`create trigger organisations_summary_change after insert or update or delete on organisations
      for each row execute function note_organisation_summary_change()`.execute(db);
    return;
  }
  const bump = (year: string) =>
    `insert into summary_changes (year, transaction_id, weight) values (${year}, 0, 1) on conflict (year, transaction_id) do update set weight = weight + 1;`;
  await sql
    .raw(`create trigger documents_summary_insert after insert on documents begin ${bump('new.year')} end`)
    .execute(db);
  // A document never changes year today; should one, both years change.
  await sql
    .raw(
      `create trigger documents_summary_update after update on documents begin ${bump('new.year')}
        insert into summary_changes (year, transaction_id, weight) select old.year, 0, 1 where old.year <> new.year
          on conflict (year, transaction_id) do update set weight = weight + 1; end`,
    )
    .execute(db);
  await sql
    .raw(`create trigger documents_summary_delete after delete on documents begin ${bump('old.year')} end`)
    .execute(db);
  for (const event of ['insert', 'update', 'delete']) {
    await sql
      .raw(
        `create trigger organisations_summary_${event} after ${event} on organisations begin ${bump('0')} end`,
      )
      .execute(db);
  }
}

export async function down(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger documents_summary_change on documents`.execute(db);
    await sql`drop trigger organisations_summary_change on organisations`.execute(db);
    await sql`drop function note_document_summary_change()`.execute(db);
    await sql`drop function note_organisation_summary_change()`.execute(db);
  } else {
    for (const name of [
      'documents_summary_insert',
      'documents_summary_update',
      'documents_summary_delete',
      'organisations_summary_insert',
      'organisations_summary_update',
      'organisations_summary_delete',
    ]) {
      await sql.raw(`drop trigger ${name}`).execute(db);
    }
  }
  await db.schema.dropTable('summary_changes').execute();
}
