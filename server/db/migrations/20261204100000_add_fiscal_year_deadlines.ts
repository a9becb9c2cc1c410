import { sql } from 'kysely';
import type { MigrationDb } from './helpers.ts';

/**
 * Issue 10 "fiscal years with their deadlines as settings": each year stores its deadlines
 * (YYYY-MM-DD, null = none). Existing years get the calendar the home page derived until now
 * (core/fiscal-year-deadlines.ts), so nothing a user saw moves.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('fiscal_years').addColumn('target_table_due', 'text').execute();
  await db.schema.alterTable('fiscal_years').addColumn('monitoring_due', 'text').execute();
  await db.schema.alterTable('fiscal_years').addColumn('self_evaluation_due', 'text').execute();
  await sql`update fiscal_years set target_table_due = cast(year - 1 as text) || '-11-30', monitoring_due = cast(year as text) || '-08-31', self_evaluation_due = cast(year + 1 as text) || '-04-30'`.execute(
    db,
  );
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('fiscal_years').dropColumn('self_evaluation_due').execute();
  await db.schema.alterTable('fiscal_years').dropColumn('monitoring_due').execute();
  await db.schema.alterTable('fiscal_years').dropColumn('target_table_due').execute();
}
