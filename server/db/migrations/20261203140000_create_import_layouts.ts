import type { MigrationDb } from './helpers.ts';

/**
 * Named layouts of the import review screen (issue 8 item 9): a column-role mapping keyed by the
 * header signature of the file's header band, kept for one organisation or shared by a finance
 * bureau with every unit under it, so the next file of the same layout reads without help.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('import_layouts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('scope', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('header_signature', 'text', (column) => column.notNull())
    .addColumn('header_text', 'text', (column) => column.notNull())
    .addColumn('column_roles', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('import_layouts_signature_unique', ['organisation_id', 'scope', 'header_signature'])
    .execute();
  await db.schema.createIndex('import_layouts_signature_index').on('import_layouts').column('header_signature').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('import_layouts').execute();
}
