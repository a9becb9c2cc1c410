/**
 * The monitoring overview at scale (issue 11): lights come from the tables' summary columns, so the
 * overview and the round's page send as many SQL statements for 40 units as for 10 (no body read,
 * nothing per unit), and what they show is what the tables' bodies say.
 */
import { describe, expect, it } from 'vitest';
import { summariseMonitoring } from '../../core/monitoring/index.ts';
import { seedMonitoringRound } from '../demo/province/seed-monitoring-round.ts';
import { seedProvince } from '../demo/province/seed-province.ts';
import { countStatements as countRequest, openCountedApp, useCountedProvincePair, type CountedApp } from '../test-support/counted-app.ts';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';

const year = 2026;
/** Accounts by the generator's naming: role + organisation id (ids in creation order). */
const accounts = { province: 'finance-reviewer-o000001', county: 'finance-reviewer-o000003', unit: 'unit-filler-o000005' };

interface Province extends CountedApp<keyof typeof accounts> {
  roundId: string;
  tables: number;
}

async function openProvince(dialect: 'sqlite' | 'postgres', units: number, passwordHash: string): Promise<Province> {
  const database = await createTestDatabase(dialect);
  await seedProvince(database.db, { units, years: 1, lastYear: year, seed: 5, passwordHash });
  const { roundId, tables } = await seedMonitoringRound(database.db, { year, seed: 5 });
  return { ...(await openCountedApp(database, { accounts })), roundId, tables };
}

async function countStatements(province: Province, as: keyof typeof accounts, path: string): Promise<number> {
  const { statements, response } = await countRequest(province, { method: 'GET', url: `/api/monitoring-rounds/${province.roundId}${path}`, headers: province.headers[as] });
  expect(response.statusCode, `${as} ${path}: ${response.body.slice(0, 200)}`).toBe(200);
  return statements;
}

describe.each(await listTestDialects())('monitoring overview at scale on $dialect', ({ dialect, isAvailable }) => {
  const provinces = useCountedProvincePair({ isAvailable, open: (units, passwordHash) => openProvince(dialect, units, passwordHash), timeoutMs: 60_000 });

  it.skipIf(!isAvailable)('sends as many statements for 40 units as for 10 for the overview and the round page', async () => {
    expect(provinces.large.tables).toBe(4 * provinces.small.tables);
    for (const as of ['province', 'county', 'unit'] as const) {
      // The round page: its counts and one page, filtered or not, whatever the round's size.
      for (const path of ['/overview', '', '?page=2&pageSize=5', '?state=unsubmitted&late=true&search=%E5%B1%80', '?light=red&lightSide=target&conclusion=none&under=o000003']) {
        if (as === 'unit' && (path === '/overview' || path.includes('under='))) continue;
        const counts = { small: await countStatements(provinces.small, as, path), large: await countStatements(provinces.large, as, path) };
        expect(counts.large, `${as} ${path}`).toBe(counts.small);
        expect(counts.small, `${as} ${path}`).toBeLessThanOrEqual(6);
      }
    }
  });

  it.skipIf(!isAvailable)('answers the overview by level in as many statements for 40 units as for 10, at every level', async () => {
    // The session, the round, the organisation viewed, the entries and the sums below it; one more for the way back up.
    const paths = ['/rollup', '/rollup?under=o000002', '/rollup?under=o000003', '/rollup?under=o000004'];
    for (const path of paths) {
      const counts = { small: await countStatements(provinces.small, 'province', path), large: await countStatements(provinces.large, 'province', path) };
      expect(counts.large, path).toBe(counts.small);
      expect(counts.small, path).toBeLessThanOrEqual(6);
    }
    expect(await countStatements(provinces.large, 'county', '/rollup')).toBeLessThanOrEqual(5);
  });

  it.skipIf(!isAvailable)("shows each readable table's lights and 执行率 as its body gives them", async () => {
    const response = await provinces.large.app.inject({ method: 'GET', url: `/api/monitoring-rounds/${provinces.large.roundId}?pageSize=200`, headers: provinces.large.headers.province });
    const entries: Array<{ documentId: string | null; budgetLight: string | null; targetLight: string | null; executionRate: string | null; timeProgress: string | null; state: string }> =
      response.json().entries;
    const bodies = await provinces.large.database.db.selectFrom('documents').select(['id', 'body']).where('kind', '=', 'monitoring').execute();
    const summaries = new Map(bodies.map((row) => [row.id, summariseMonitoring(JSON.parse(row.body))]));
    const shown = entries.filter((entry) => entry.timeProgress !== null);
    // Finance reads every table handed in; drafts stay the unit's.
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((entry) => entry.state !== 'draft')).toBe(true);
    for (const entry of shown) {
      const summary = summaries.get(entry.documentId!)!;
      expect({ budgetLight: entry.budgetLight, targetLight: entry.targetLight, executionRate: entry.executionRate, timeProgress: entry.timeProgress }).toEqual({
        budgetLight: summary.budgetLight,
        targetLight: summary.targetLight,
        executionRate: summary.executionRate,
        timeProgress: summary.timeProgress,
      });
    }
    const overview = (await provinces.large.app.inject({ method: 'GET', url: `/api/monitoring-rounds/${provinces.large.roundId}/overview`, headers: provinces.large.headers.province })).json();
    const counted = overview.units.reduce((sum: number, unit: { target: Record<string, number> }) => sum + Object.values(unit.target).reduce((a, b) => a + b, 0), 0);
    expect(counted).toBe(entries.filter((entry) => entry.documentId !== null).length);
    expect(response.json().page.total).toBe(entries.length);
    const red = shown.filter((entry) => entry.targetLight === 'red').length;
    expect(overview.units.reduce((sum: number, unit: { target: { red: number } }) => sum + unit.target.red, 0)).toBe(red);
  });
  it.skipIf(!isAvailable)('refuses a bad page or filter with 400 and an organisation outside the reader’s with 404', async () => {
    const ask = (as: keyof typeof accounts, query: string) =>
      provinces.small.app.inject({ method: 'GET', url: `/api/monitoring-rounds/${provinces.small.roundId}${query}`, headers: provinces.small.headers[as] });
    for (const query of ['?pageSize=1000', '?page=0', '?state=finished', '?late=yes', '?light=purple', '?conclusion=maybe']) {
      expect((await ask('province', query)).statusCode, query).toBe(400);
    }
    expect((await ask('county', '?under=o000001')).statusCode).toBe(404);
    expect((await ask('unit', '?under=o000003')).statusCode).toBe(404);
    const page = (await ask('province', '?pageSize=3&page=2')).json();
    expect(page.entries).toHaveLength(3);
    expect(page.page).toEqual({ page: 2, pageSize: 3, total: page.counts.entries });
    expect((await provinces.small.app.inject({ method: 'GET', url: `/api/monitoring-rounds/${provinces.small.roundId}?page=2` })).statusCode).toBe(401);
  });
});
