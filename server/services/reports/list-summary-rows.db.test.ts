/**
 * The summary from the kept figures (list-summary-rows.ts) answers exactly what the summary
 * computed from the bodies did (summary-rows-from-bodies-test-support.ts), on a generated
 * province with revisions and bodies changed through the repository after the seeding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config.ts';
import { seedProvince } from '../../demo/province/seed-province.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import { createServiceDeps, type ServiceDeps } from '../deps.ts';
import { actorAt, changeThroughRepository } from './summary-province-test-support.ts';
import { listSummaryRows } from './list-summary-rows.ts';
import { listSummaryRowsFromBodies } from './summary-rows-from-bodies-test-support.ts';

describe.each(await listTestDialects())('summary from kept figures on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let deps: ServiceDeps;

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    await seedProvince(database.db, { units: 40, years: 2, seed: 5, passwordHash: 'not-a-real-hash' });
    deps = createServiceDeps({ db: database.db, config: readConfig({ DEMO_DATA: 'false' }) });
    await changeThroughRepository(deps);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(!isAvailable)('gives the rows and units the body-reading summary gave, for the province, a city, a county and the admin', async () => {
    const actors = [
      await actorAt(deps, 'o000001', 'finance-reviewer'),
      await actorAt(deps, 'o000002', 'finance-reviewer'),
      await actorAt(deps, 'o000003', 'finance-reviewer'),
      await actorAt(deps, 'o000001', 'admin'),
    ];
    for (const actor of actors) {
      for (const year of [2025, 2026, undefined]) {
        const input = { actor, ...(year === undefined ? {} : { year }) };
        const fromColumns = await listSummaryRows(deps, input);
        const fromBodies = await listSummaryRowsFromBodies(deps, input);
        expect(fromColumns.rows.length, `${actor.organisationId} ${actor.role} ${year}`).toBeGreaterThan(0);
        expect(fromColumns, `${actor.organisationId} ${actor.role} ${year}`).toEqual(fromBodies);
      }
    }
    // The changed documents are in it with the figures of their new bodies.
    const { rows } = await listSummaryRows(deps, { actor: actors[3]!, year: 2025 });
    const revised = rows.find((row) => row.documentId.endsWith('-r2'));
    expect(revised).toMatchObject({ revision: 2, executionRate: '62.5', score: '77.5', grade: '中' });
    expect(rows.some((row) => row.executionRate === '88.8' && row.findings.error >= 1 && row.findings.info >= 1)).toBe(true);
  });
});
