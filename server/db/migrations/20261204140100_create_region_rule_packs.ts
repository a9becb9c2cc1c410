/**
 * Issue 12, per region: in a deployment with several regions a finance bureau (a province's or a
 * city's) sets the rule pack of a fiscal year for its subtree, overriding the year's pack
 * (fiscal_years.rule_pack); the nearest bureau above a document's unit wins.
 */
import type { MigrationDb } from './helpers.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('region_rule_packs')
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('pack', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('region_rule_packs_key', ['organisation_id', 'year'])
    .execute();
  await db.schema.createIndex('region_rule_packs_year_index').on('region_rule_packs').columns(['year', 'organisation_id']).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('region_rule_packs').execute();
}
