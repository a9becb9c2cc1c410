/**
 * A monitoring table's summary columns (migration 20261205120000) say what its body says after
 * every write: insert, a body update (save, import, rescoring by a pack change all write through
 * updateWithVersion), a state change (submit, review) that leaves them, and the backfill of rows
 * written before the columns existed.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lightDocument } from '../../core/monitoring/index.ts';
import { buildIndicator, buildMonitoringTable } from '../../core/monitoring/testing.ts';
import type { PerformanceDocument } from '../../core/model.ts';
import { insertDocument } from '../test-support/fixtures.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';
import * as migration from './migrations/20261205120000_add_monitoring_summary_columns.ts';
import * as indexMigration from './migrations/20261205120200_index_monitoring_summary.ts';

function buildTable(executedToDate: string, actuals: string[]): PerformanceDocument {
  return lightDocument(
    buildMonitoringTable({
      year: 2040,
      period: { throughMonth: 6 },
      budget: { adjusted: '200', executedToDate },
      indicators: actuals.map((actualToDate) => buildIndicator({ target: '≥1000人次', actualToDate })),
    }),
  );
}

describe.each(await listTestDialects())('monitoring summary columns on $dialect', ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);

  async function readColumns(id: string) {
    return testing.database.db
      .selectFrom('documents')
      .select([
        'monitoring_budget_light as budgetLight',
        'monitoring_target_light as targetLight',
        'monitoring_worst_light as worstLight',
        'monitoring_red_count as redCount',
        'monitoring_yellow_count as yellowCount',
        'monitoring_executed as executed',
        'monitoring_budget_base as base',
        'monitoring_execution_rate as executionRate',
        'monitoring_time_progress as timeProgress',
      ])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  async function insertTable(body: PerformanceDocument, year = 2040) {
    return testing.repositories.documents.insert({
      id: randomUUID(),
      organisationId: testing.tree.unit.id,
      year,
      kind: 'monitoring',
      project: null,
      revision: 1,
      state: 'draft',
      body: { ...body, year },
      score: null,
      grade: null,
      createdAt: '2040-07-01T00:00:00.000Z',
      updatedAt: '2040-07-01T00:00:00.000Z',
      updatedBy: null,
    });
  }

  it.skipIf(!isAvailable)('writes the summary with the body on insert, rewrites it with a new body, keeps it on a state change', async () => {
    const stored = await insertTable(buildTable('70', ['450', '100']));
    expect(await readColumns(stored.id)).toEqual({ budgetLight: 'yellow', targetLight: 'red', worstLight: 'red', redCount: 1, yellowCount: 0, executed: '70', base: '200', executionRate: '35', timeProgress: '50' });

    const saved = await testing.repositories.documents.updateWithVersion({ id: stored.id, expectedVersion: 1, changes: { body: buildTable('100', ['450', '350']), updatedAt: '2040-07-02T00:00:00.000Z', updatedBy: null } });
    expect(saved.status).toBe('updated');
    expect(await readColumns(stored.id)).toMatchObject({ budgetLight: 'green', targetLight: 'yellow', worstLight: 'yellow', redCount: 0, yellowCount: 1, executionRate: '50' });

    await testing.repositories.documents.updateWithVersion({ id: stored.id, expectedVersion: 2, changes: { state: 'submitted', updatedAt: '2040-07-03T00:00:00.000Z', updatedBy: null } });
    expect(await readColumns(stored.id)).toMatchObject({ budgetLight: 'green', targetLight: 'yellow', executionRate: '50' });
  });

  it.skipIf(!isAvailable)('leaves the columns empty on other kinds', async () => {
    const targets = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2041 });
    expect(await readColumns(targets.id)).toEqual({ budgetLight: null, targetLight: null, worstLight: null, redCount: null, yellowCount: null, executed: null, base: null, executionRate: null, timeProgress: null });
  });

  it.skipIf(!isAvailable)('fills the columns of monitoring tables stored before the migration', async () => {
    const tables = [];
    for (let index = 0; index < 3; index++) tables.push(await insertTable(buildTable(String(30 + index * 20), ['100', '600']), 2042 + index));
    // Back to before the columns (the later index over them first), then forward again.
    await indexMigration.down(testing.database.db);
    await migration.down(testing.database.db);
    await migration.up(testing.database.db);
    await indexMigration.up(testing.database.db);
    expect(await readColumns(tables[0]!.id)).toMatchObject({ budgetLight: 'red', targetLight: 'red', worstLight: 'red', redCount: 1, yellowCount: 0, executionRate: '15' });
    expect(await readColumns(tables[2]!.id)).toMatchObject({ budgetLight: 'yellow', executionRate: '35', timeProgress: '50' });
  });
});
