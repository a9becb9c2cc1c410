import type { PerformanceDocument } from '../../../core/model.ts';
import { toMonitoringSummaryColumns } from '../monitoring-summary-columns.ts';
import type { MigrationDb } from './helpers.ts';

/**
 * Issue 11, the monitoring overview at 10,000 units: a monitoring table's lights, counts of red and
 * yellow indicator lights, 执行数 / 基数 / 执行率 and 序时进度 as columns of its documents row, so
 * the overview reads rows, not bodies. Existing monitoring tables are filled from their bodies
 * (core summariseMonitoring), in pages by id so a large database is never read whole.
 */
const textColumns = [
  'monitoring_budget_light',
  'monitoring_target_light',
  'monitoring_worst_light',
  'monitoring_executed',
  'monitoring_budget_base',
  'monitoring_execution_rate',
  'monitoring_time_progress',
] as const;
const integerColumns = ['monitoring_red_count', 'monitoring_yellow_count'] as const;
const pageSize = 500;

export async function up(db: MigrationDb): Promise<void> {
  for (const column of textColumns) await db.schema.alterTable('documents').addColumn(column, 'text').execute();
  for (const column of integerColumns) await db.schema.alterTable('documents').addColumn(column, 'integer').execute();
  let after = '';
  for (;;) {
    const rows: Array<{ id: string; body: string }> = await db
      .selectFrom('documents')
      .select(['id', 'body'])
      .where('kind', '=', 'monitoring')
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      await db
        .updateTable('documents')
        .set(toMonitoringSummaryColumns(JSON.parse(row.body) as PerformanceDocument))
        .where('id', '=', row.id)
        .execute();
    }
    if (rows.length < pageSize) break;
    after = rows.at(-1)!.id;
  }
}

export async function down(db: MigrationDb): Promise<void> {
  for (const column of [...integerColumns, ...textColumns].reverse()) await db.schema.alterTable('documents').dropColumn(column).execute();
}
