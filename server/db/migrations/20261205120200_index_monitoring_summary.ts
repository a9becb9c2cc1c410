import { sql } from 'kysely';
import type { MigrationDb } from './helpers.ts';

/**
 * Issue 11, the monitoring overview at 10,000 units. A round's page joins each entry to its table
 * for the state and the summary columns; read from the documents rows, SQLite walks each row's body
 * (the summary columns sit after it) and PostgreSQL scans every document. This partial covering
 * index holds exactly what the join reads, for monitoring tables only, so SQLite answers from the
 * index ("SEARCH documents USING COVERING INDEX … (kind=? AND id=?)") and PostgreSQL scans the
 * index alone ("Index Only Scan"). kind leads: with id first, SQLite without statistics prefers the
 * primary key's index (one row) and reads the rows after all.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createIndex('documents_monitoring_summary_index')
    .on('documents')
    .columns([
      'kind',
      'id',
      'state',
      'monitoring_budget_light',
      'monitoring_target_light',
      'monitoring_worst_light',
      'monitoring_red_count',
      'monitoring_yellow_count',
      'monitoring_executed',
      'monitoring_budget_base',
      'monitoring_execution_rate',
      'monitoring_time_progress',
    ])
    .where(sql.ref('kind'), '=', sql.lit('monitoring'))
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('documents_monitoring_summary_index').execute();
}
