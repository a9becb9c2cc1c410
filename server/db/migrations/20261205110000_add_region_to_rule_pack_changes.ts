/**
 * Issue 12, per region: a region's pack change is the same audited action as a year's, so it is
 * kept in rule_pack_changes too, with the bureau whose choice changed (null: the year's pack).
 */
import type { MigrationDb } from './helpers.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('rule_pack_changes').addColumn('organisation_id', 'text').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('rule_pack_changes').dropColumn('organisation_id').execute();
}
