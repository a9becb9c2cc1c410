/**
 * The overview counted in SQL (get-report-overview.ts) answers what the overview computed in
 * memory from the body-reading summary rows did, at every level, on both databases: a generated
 * province with revisions, rewritten bodies and stated 执行率 written with spaces or as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportOverview } from '../../../contract/report-overview.ts';
import { readConfig } from '../../config.ts';
import { seedProvince } from '../../demo/province/seed-province.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import type { Actor } from '../actor.ts';
import { createServiceDeps, type ServiceDeps } from '../deps.ts';
import { getReportOverview } from './get-report-overview.ts';
import { computeOverviewFromRows } from './overview-from-rows-test-support.ts';
import { actorAt, changeThroughRepository } from './summary-province-test-support.ts';
import { listSummaryRowsFromBodies } from './summary-rows-from-bodies-test-support.ts';

/** Stated 执行率 the way readers may keep them: with (ideographic) spaces, at a band edge, as words. */
async function writeStatedRates(deps: ServiceDeps): Promise<void> {
  const { items } = await deps.repositories.documents.list({ year: 2025, kind: 'self-evaluation', limit: 40 });
  const rates = [' 90 ', '\u300060', '约95%', '100.00', '59.999', '79.995'];
  for (const [index, executionRate] of rates.entries()) {
    const document = (await deps.repositories.documents.getById(items[10 + index]!.id))!;
    const body = { ...document.body, budget: { ...document.body.budget, executionRate } };
    const result = await deps.repositories.documents.updateWithVersion({ id: document.id, expectedVersion: document.version, changes: { body, updatedAt: '2026-03-03T00:00:00.000Z', updatedBy: null } });
    expect(result.status).toBe('updated');
  }
}

function sortForComparison(overview: Pick<ReportOverview, 'totals' | 'children' | 'units'>) {
  const byKey = (key: (item: { kind: string; state: string }) => string) => (a: { kind: string; state: string }, b: { kind: string; state: string }) => key(a).localeCompare(key(b));
  return {
    totals: { ...overview.totals, states: [...overview.totals.states].sort(byKey((item) => `${item.kind} ${item.state}`)) },
    children: [...overview.children].sort((a, b) => a.organisationId.localeCompare(b.organisationId)),
    units: [...overview.units].sort((a, b) => a.unitId.localeCompare(b.unitId)),
  };
}

describe.each(await listTestDialects())('overview counted in SQL on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let deps: ServiceDeps;

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    await seedProvince(database.db, { units: 40, years: 2, seed: 5, passwordHash: 'not-a-real-hash' });
    deps = createServiceDeps({ db: database.db, config: readConfig({ DEMO_DATA: 'false' }) });
    await changeThroughRepository(deps);
    await writeStatedRates(deps);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  async function expectSameAsRows(actor: Actor, viewedPath: string[], year: number): Promise<ReportOverview> {
    const organisationId = viewedPath.at(-1);
    const overview = await getReportOverview(deps, { actor, year, ...(organisationId ? { organisationId } : {}) });
    const expected = computeOverviewFromRows({
      summary: await listSummaryRowsFromBodies(deps, { actor, year }),
      organisations: await deps.repositories.organisations.listAll(),
      viewedPath,
    });
    const label = `${actor.role} at ${actor.organisationId}, viewing ${viewedPath.join('/') || '全部'} in ${year}`;
    expect(sortForComparison(overview), label).toEqual(sortForComparison(expected));
    return overview;
  }

  it.skipIf(!isAvailable)('gives the counts the summary rows give, at the province, its cities, a county and for the admin', async () => {
    const organisations = await deps.repositories.organisations.listAll();
    const province = await actorAt(deps, 'o000001', 'finance-reviewer');
    const city = await actorAt(deps, 'o000002', 'finance-reviewer');
    const admin = await actorAt(deps, 'o000001', 'admin');
    let levelsWithUnits = 0;
    for (const year of [2025, 2026]) {
      const top = await expectSameAsRows(province, ['o000001'], year);
      expect(top.totals.units, 'the province has units').toBeGreaterThan(0);
      // Down every level of the tree: cities, counties, 主管部门, to the units.
      const visit = async (children: ReportOverview['children']): Promise<void> => {
        for (const child of children) {
          const below = await expectSameAsRows(province, organisations.find((organisation) => organisation.id === child.organisationId)!.path, year);
          if (below.units.length > 0) levelsWithUnits++;
          await visit(below.children);
        }
      };
      await visit(top.children);
      await expectSameAsRows(city, ['o000001', 'o000002'], year);
      await expectSameAsRows(admin, [], year);
      await expectSameAsRows(admin, ['o000001'], year);
    }
    expect(levelsWithUnits, 'some levels list units').toBeGreaterThan(0);
  }, 60_000);

  it.skipIf(!isAvailable)('counts the stated rates written with spaces and leaves out the one written as words', async () => {
    const admin = await actorAt(deps, 'o000001', 'admin');
    const overview = await getReportOverview(deps, { actor: admin, year: 2025 });
    const summary = await listSummaryRowsFromBodies(deps, { actor: admin, year: 2025 });
    const selfEvaluations = summary.rows.filter((row) => row.kind === 'self-evaluation');
    expect(selfEvaluations.some((row) => row.executionRate === '约95%')).toBe(true);
    expect(overview.totals.executionRateBands.reduce((sum, count) => sum + count, 0)).toBe(selfEvaluations.filter((row) => row.executionRate !== null && row.executionRate !== '约95%').length);
  });

  it.skipIf(!isAvailable)('picks the latest year with self-evaluations and refuses a level outside the reader’s tree', async () => {
    const city = await actorAt(deps, 'o000002', 'finance-reviewer');
    const overview = await getReportOverview(deps, { actor: city });
    // The generated current year has target tables only: the cycle being reviewed is the year before.
    expect(overview.years.slice(0, 2)).toEqual([2026, 2025]);
    expect(overview.year).toBe(2025);
    expect(overview.trail.map((step) => step.organisationId)).toEqual(['o000002']);
    await expect(getReportOverview(deps, { actor: city, organisationId: 'o000001' })).rejects.toMatchObject({ httpStatus: 404 });
    await expect(getReportOverview(deps, { actor: city, organisationId: 'no-such-organisation' })).rejects.toMatchObject({ httpStatus: 404 });
  });
});
