/**
 * No N+1 (issue 14): the SQL statements a list or overview request sends must not grow with the
 * rows it covers. The same requests run against a small and a four times larger generated
 * province and must send the same number of statements.
 */
import { describe, expect, it } from 'vitest';
import { seedProvince } from '../demo/province/seed-province.ts';
import { encodeListCursor } from '../services/documents/list-cursor.ts';
import { countStatements as countRequest, openCountedApp, useCountedProvincePair, type CountedApp } from '../test-support/counted-app.ts';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';

type Province = CountedApp<keyof typeof accounts>;

/** Accounts by the generator's naming: role + organisation id (ids in creation order). */
const accounts = { province: 'finance-reviewer-o000001', city: 'finance-reviewer-o000002', county: 'finance-reviewer-o000003', supervisor: 'supervisor-reviewer-o000004', unit: 'unit-filler-o000005' };

const requests: Array<{ as: keyof typeof accounts | 'public'; url: string }> = [
  { as: 'province', url: '/api/reports/summary?year=2025' },
  { as: 'province', url: '/api/reports/summary' },
  { as: 'county', url: '/api/reports/summary?year=2025' },
  { as: 'province', url: '/api/reports/overview' },
  { as: 'province', url: '/api/reports/overview?year=2025&organisationId=o000002' },
  { as: 'county', url: '/api/reports/overview?year=2026' },
  { as: 'province', url: '/api/documents?year=2025&kind=self-evaluation&state=supervisor-reviewed' },
  { as: 'province', url: '/api/documents?page=2&pageSize=20' },
  { as: 'supervisor', url: '/api/documents?year=2026&state=submitted' },
  { as: 'unit', url: '/api/documents' },
  { as: 'public', url: '/api/public/documents?year=2025' },
  { as: 'province', url: '/api/organisations' },
  // Keyset paging from the middle of the seeded years (the cursor of a row dated mid-2025).
  { as: 'province', url: `/api/documents?pageSize=20&after=${encodeListCursor({ updatedAt: '2025-06-15T00:00:00.000Z', id: 'd00000001' })}` },
  { as: 'public', url: `/api/public/documents?pageSize=20&after=${encodeListCursor({ updatedAt: '2025-06-15T00:00:00.000Z', id: 'd00000001' })}` },
];

/** The overview by level: the session, the level and its trail, the years, the children and one counting statement. */
const maxOverviewStatements = 6;

/** The summary reads the figures kept on the documents rows: the session, the organisations and one list query, no bodies. */
const maxSummaryStatements = 4;

async function openProvince(dialect: 'sqlite' | 'postgres', units: number, passwordHash: string): Promise<Province> {
  const database = await createTestDatabase(dialect);
  await seedProvince(database.db, { units, years: 2, seed: 3, passwordHash });
  return openCountedApp(database, { accounts });
}

async function countStatements(province: Province, request: (typeof requests)[number]): Promise<number> {
  const headers = request.as === 'public' ? {} : province.headers[request.as];
  const { statements, response } = await countRequest(province, { method: 'GET', url: request.url, headers });
  expect(response.statusCode, `${request.url}: ${response.body.slice(0, 200)}`).toBe(200);
  return statements;
}

describe.each(await listTestDialects())('statements per list request on $dialect', ({ dialect, isAvailable }) => {
  const provinces = useCountedProvincePair({ isAvailable, open: (units, passwordHash) => openProvince(dialect, units, passwordHash), timeoutMs: 60_000 });

  it.skipIf(!isAvailable)('sends as many statements for 40 units as for 10 on every list and overview route', async () => {
    const rows = [];
    for (const request of requests) rows.push({ ...request, small: await countStatements(provinces.small, request), large: await countStatements(provinces.large, request) });
    for (const row of rows) expect(row.large, `${row.as} ${row.url}`).toBe(row.small);
    // A session lookup and a handful of queries, not one per document.
    for (const row of rows) expect(row.small, `${row.as} ${row.url}`).toBeLessThanOrEqual(8);
    for (const row of rows.filter((candidate) => candidate.url.startsWith('/api/reports/summary'))) expect(row.large, row.url).toBeLessThanOrEqual(maxSummaryStatements);
    for (const row of rows.filter((candidate) => candidate.url.startsWith('/api/reports/overview'))) expect(row.large, row.url).toBeLessThanOrEqual(maxOverviewStatements);
  });
});
