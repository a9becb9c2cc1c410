import type { MigrationDb } from './helpers.ts';
import { defineSerialKey } from './helpers.ts';

/**
 * Issue 12: each fiscal year scores by one rule pack (core/rule-packs), the national default
 * until finance chooses another; every change of a year's pack is kept with the totals and
 * grades it changed (rule_pack_changes), whether or not any document was rescored.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('fiscal_years')
    .addColumn('rule_pack', 'text', (column) => column.notNull().defaultTo('national'))
    .execute();
  await db.schema
    .createTable('rule_pack_changes')
    .addColumn('id', 'integer', defineSerialKey(db))
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('from_pack', 'text', (column) => column.notNull())
    .addColumn('to_pack', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('rescored', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('rule_pack_changes_year_index').on('rule_pack_changes').columns(['year', 'id']).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('rule_pack_changes').execute();
  await db.schema.alterTable('fiscal_years').dropColumn('rule_pack').execute();
}
