import { defineSerialKey, type MigrationDb } from './helpers.ts';

/**
 * 消息通知 (issue 10): a notification is addressed to an organisation (every user of the unit sees
 * it); read state is per user, one row per (notification, user) once read. `dedupe_key` lets a
 * computed notice (a deadline near) be written once per organisation however often it is checked.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'integer', defineSerialKey(db))
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('message', 'text', (column) => column.notNull())
    .addColumn('link', 'text', (column) => column.notNull())
    .addColumn('document_id', 'text', (column) => column.references('documents.id'))
    .addColumn('notice_id', 'text', (column) => column.references('rectification_notices.id'))
    .addColumn('actor_id', 'text', (column) => column.references('users.id'))
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('notifications_organisation_index').on('notifications').columns(['organisation_id', 'created_at']).execute();
  // NULLs are distinct on both dialects: only computed notices (with a key) are unique.
  await db.schema.createIndex('notifications_dedupe_index').on('notifications').columns(['organisation_id', 'dedupe_key']).unique().execute();

  await db.schema
    .createTable('notification_reads')
    .addColumn('notification_id', 'integer', (column) => column.notNull().references('notifications.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('read_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('notification_reads_key', ['notification_id', 'user_id'])
    .execute();
  await db.schema.createIndex('notification_reads_user_index').on('notification_reads').column('user_id').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('notification_reads').execute();
  await db.schema.dropTable('notifications').execute();
}
