import type { MigrationDb } from './helpers.ts';
import { defineSerialKey } from './helpers.ts';

/**
 * Issue 10 admin screens: every change the administrator (or finance) makes to the settings —
 * a unit added, renamed or moved, a year's deadlines — is kept with who, when and what changed,
 * as document changes are kept in audit_entries.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('admin_changes')
    .addColumn('id', 'integer', defineSerialKey(db))
    .addColumn('actor_id', 'text')
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('subject_kind', 'text', (column) => column.notNull())
    .addColumn('subject_id', 'text', (column) => column.notNull())
    .addColumn('changes', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('admin_changes_subject_index')
    .on('admin_changes')
    .columns(['subject_kind', 'subject_id', 'id'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('admin_changes').execute();
}
