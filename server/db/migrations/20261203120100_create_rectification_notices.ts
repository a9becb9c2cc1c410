import { defineSerialKey, type MigrationDb } from './helpers.ts';

/**
 * 整改通知 (issue 11): a notice to one unit with items, each answered by the unit and accepted or
 * returned by finance; money decided per item (万元, decimal text); every step is an event row.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('rectification_notices')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('round_id', 'text', (column) => column.references('monitoring_rounds.id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('deadline', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('issued_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('issued_at', 'text', (column) => column.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('rectification_notices_year_index').on('rectification_notices').columns(['year', 'organisation_id']).execute();

  await db.schema
    .createTable('rectification_items')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('notice_id', 'text', (column) => column.notNull().references('rectification_notices.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('document_id', 'text', (column) => column.references('documents.id'))
    .addColumn('indicator_path', 'text')
    .addColumn('finding_code', 'text')
    .addColumn('requirement', 'text', (column) => column.notNull())
    .addColumn('money_action', 'text')
    .addColumn('money_amount', 'text')
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text', (column) => column.references('users.id'))
    .addColumn('answered_at', 'text')
    .addColumn('attachment_name', 'text')
    .addColumn('attachment_type', 'text')
    .addColumn('attachment_content', 'text')
    .addColumn('review_reason', 'text')
    .addColumn('reviewed_by', 'text', (column) => column.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .execute();
  await db.schema.createIndex('rectification_items_notice_index').on('rectification_items').columns(['notice_id', 'position']).execute();

  await db.schema
    .createTable('rectification_events')
    .addColumn('id', 'integer', defineSerialKey(db))
    .addColumn('notice_id', 'text', (column) => column.notNull().references('rectification_notices.id').onDelete('cascade'))
    .addColumn('item_id', 'text')
    .addColumn('actor_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('rectification_events_notice_index').on('rectification_events').column('notice_id').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('rectification_events').execute();
  await db.schema.dropTable('rectification_items').execute();
  await db.schema.dropTable('rectification_notices').execute();
}
