/**
 * The summary workbook of a generated province, written by the direct writer (documents/summary)
 * through deps.heavyWork, reads back cell for cell as the exceljs writer it replaced wrote the same
 * rows: values, number formats, fonts, widths, frozen header and filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookView } from '../../../documents/summary/workbook-view-test-support.ts';
import { exportSummary as exportSummaryWithExceljs } from '../../../documents/summary/write-summary-exceljs-test-support.ts';
import { readConfig } from '../../config.ts';
import { seedProvince } from '../../demo/province/seed-province.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import { createServiceDeps, type ServiceDeps } from '../deps.ts';
import { listSummaryRows } from '../reports/list-summary-rows.ts';
import { actorAt, changeThroughRepository } from '../reports/summary-province-test-support.ts';
import { exportSummaryWorkbook, toSummaryRow } from './export-summary-workbook.ts';

describe.each(await listTestDialects())('summary workbook of a province on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let deps: ServiceDeps;

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    await seedProvince(database.db, { units: 30, years: 2, seed: 7, passwordHash: 'not-a-real-hash' });
    deps = createServiceDeps({ db: database.db, config: readConfig({ DEMO_DATA: 'false' }) });
    await changeThroughRepository(deps);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(!isAvailable)('reads back as the exceljs writer wrote it, for the province and a county, one year and all', async () => {
    for (const actor of [await actorAt(deps, 'o000001', 'finance-reviewer'), await actorAt(deps, 'o000003', 'finance-reviewer')]) {
      for (const year of [2025, undefined]) {
        const input = { actor, ...(year === undefined ? {} : { year }) };
        const { rows } = await listSummaryRows(deps, input);
        expect(rows.length, `${actor.organisationId} ${year}`).toBeGreaterThan(0);
        const written = await readWorkbookView((await exportSummaryWorkbook(deps, input)).bytes);
        expect(written, `${actor.organisationId} ${year}`).toEqual(await readWorkbookView(await exportSummaryWithExceljs(rows.map(toSummaryRow))));
        expect(written.sheets[0]!.rows).toHaveLength(rows.length + 1);
      }
    }
  }, 60_000);
});
