import { defineSerialKey, type MigrationDb } from './helpers.ts';

/**
 * 监控轮次 (issue 11): finance opens a round for a year and window with a deadline; each unit in it
 * gets a monitoring table per approved target table (an entry; a unit without approved targets is an
 * entry without a table). Finance's conclusion per table is kept on its entry; 催报 reminders are rows.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('monitoring_rounds')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('period', 'text', (column) => column.notNull())
    .addColumn('deadline', 'text', (column) => column.notNull())
    .addColumn('is_selective', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('monitoring_rounds_year_index').on('monitoring_rounds').columns(['year', 'created_at']).execute();

  await db.schema
    .createTable('monitoring_round_entries')
    .addColumn('round_id', 'text', (column) => column.notNull().references('monitoring_rounds.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('project', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('document_id', 'text', (column) => column.references('documents.id'))
    .addColumn('conclusion', 'text')
    .addColumn('conclusion_note', 'text')
    .addColumn('concluded_by', 'text', (column) => column.references('users.id'))
    .addColumn('concluded_at', 'text')
    .addPrimaryKeyConstraint('monitoring_round_entries_key', ['round_id', 'organisation_id', 'project'])
    .execute();
  await db.schema.createIndex('monitoring_round_entries_document_index').on('monitoring_round_entries').column('document_id').execute();
  await db.schema.createIndex('monitoring_round_entries_organisation_index').on('monitoring_round_entries').column('organisation_id').execute();

  await db.schema
    .createTable('monitoring_reminders')
    .addColumn('id', 'integer', defineSerialKey(db))
    .addColumn('round_id', 'text', (column) => column.notNull().references('monitoring_rounds.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('message', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('monitoring_reminders_organisation_index').on('monitoring_reminders').columns(['organisation_id', 'at']).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('monitoring_reminders').execute();
  await db.schema.dropTable('monitoring_round_entries').execute();
  await db.schema.dropTable('monitoring_rounds').execute();
}
