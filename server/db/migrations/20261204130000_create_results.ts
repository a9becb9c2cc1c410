import type { MigrationDb } from './helpers.ts';

/**
 * 评价结果通报 and 结果应用 (issue 11): the published notice of a year (a snapshot as JSON text, so
 * what the public reads does not change when data changes later), and finance's record of each
 * evaluated unit or project: grade → budget suggestion for the next year.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('results_notices')
    .addColumn('year', 'integer', (column) => column.primaryKey())
    .addColumn('notice', 'text', (column) => column.notNull())
    .addColumn('published_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('published_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('results_applications')
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (column) => column.notNull())
    /** '' for 部门整体. */
    .addColumn('project', 'text', (column) => column.notNull())
    .addColumn('grade', 'text')
    .addColumn('suggestion', 'text', (column) => column.notNull())
    .addColumn('change_percent', 'integer')
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('results_applications_primary_key', ['organisation_id', 'year', 'project'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('results_applications').execute();
  await db.schema.dropTable('results_notices').execute();
}
