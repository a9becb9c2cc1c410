import type { MigrationDb } from './helpers.ts';

export async function up(db: MigrationDb): Promise<void> {
  // 财政部门 → 主管部门 → 预算单位; a city bureau may later hold county bureaus, hence a tree.
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('parent_id', 'text', (column) => column.references('organisations.id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('path', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('organisations_parent_id_index').on('organisations').column('parent_id').execute();

  await db.schema
    .createTable('fiscal_years')
    .addColumn('year', 'integer', (column) => column.primaryKey())
    .addColumn('is_open', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('fiscal_years').execute();
  await db.schema.dropTable('organisations').execute();
}
