/**
 * No N+1 in the year view (issue 14 item 2): GET /api/reports/year-status sends as many SQL
 * statements for a province of 40 units as for one of 10, with a monitoring round, every filter
 * and a page holding every unit (pageSize 200), as the province, a county and a 主管部门.
 */
import { describe, expect, it } from 'vitest';
import { seedMonitoringRound } from '../demo/province/seed-monitoring-round.ts';
import { seedProvince } from '../demo/province/seed-province.ts';
import { countStatements, openCountedApp, useCountedProvincePair, type CountedApp } from '../test-support/counted-app.ts';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';

const accounts = { province: 'finance-reviewer-o000001', county: 'finance-reviewer-o000003', supervisor: 'supervisor-reviewer-o000004' };
type Province = CountedApp<keyof typeof accounts>;

const requests: Array<{ as: keyof typeof accounts; query: string }> = [
  { as: 'province', query: 'year=2026' },
  { as: 'province', query: 'year=2026&pageSize=200' },
  { as: 'province', query: 'year=2026&filter=outstanding&search=%E5%B1%80&pageSize=200' },
  { as: 'province', query: 'year=2026&organisationId=o000003&kind=target-table&status=handed-in' },
  { as: 'province', query: 'year=2026&organisationId=o000003&page=2&pageSize=3' },
  { as: 'county', query: 'year=2025&filter=overdue' },
  { as: 'supervisor', query: 'year=2026&pageSize=200' },
];

/** The session, the chosen organisation, the bureaus and 主管部门, the year, its rounds, the round with units, the counts, the page, its documents and 催报. */
const maxStatements = 12;

async function openProvince(dialect: 'sqlite' | 'postgres', units: number, passwordHash: string): Promise<Province> {
  const database = await createTestDatabase(dialect);
  await seedProvince(database.db, { units, years: 2, lastYear: 2026, seed: 5, passwordHash });
  await seedMonitoringRound(database.db, { year: 2026, seed: 5 });
  return openCountedApp(database, { accounts });
}

describe.each(await listTestDialects())('statements per year view request on $dialect', ({ dialect, isAvailable }) => {
  const provinces = useCountedProvincePair({ isAvailable, open: (units, passwordHash) => openProvince(dialect, units, passwordHash), timeoutMs: 120_000 });

  it.skipIf(!isAvailable)('sends as many statements for 40 units as for 10, whatever the filter and page size', async () => {
    for (const request of requests) {
      const counted = [];
      for (const province of [provinces.small, provinces.large]) {
        const { statements, response } = await countStatements(province, { method: 'GET', url: `/api/reports/year-status?${request.query}`, headers: province.headers[request.as] });
        expect(response.statusCode, `${request.query}: ${response.body.slice(0, 200)}`).toBe(200);
        counted.push({ statements, units: response.json().units.length as number });
      }
      const label = `${request.as} ${request.query}`;
      expect(counted[1]!.statements, label).toBe(counted[0]!.statements);
      expect(counted[1]!.statements, label).toBeLessThanOrEqual(maxStatements);
      // The larger province's page held more units: the count did not grow with them.
      if (request.query.includes('pageSize=200') && !request.query.includes('filter')) expect(counted[1]!.units, label).toBeGreaterThan(counted[0]!.units);
    }
  });
});
