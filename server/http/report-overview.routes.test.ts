/** GET /api/reports/overview in-process on the demo county: the answer's shape, bad input, another tree. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reportOverviewSchema } from '../../contract/report-overview.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';

describe.each(await listTestDialects())('overview route on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect, withDemoDocuments: true });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const get = async (url: string, username?: string) => {
    const headers = username ? (await testApp.signIn(username)).headers : {};
    return testApp.app.inject({ method: 'GET', url, headers });
  };

  it('lists the county’s units through their 主管部门 with what each handed in, and counts them', async () => {
    const response = await get('/api/reports/overview', 'finance');
    expect(response.statusCode).toBe(200);
    const overview = reportOverviewSchema.parse(response.json());
    expect(overview.year).not.toBeNull();
    expect(overview.children).toEqual([]);
    expect(overview.units.map((unit) => unit.unit).sort()).toEqual(['示范县公安局', '示范县司法局', '示范县实验小学', '示范县第一中学'].sort());
    expect(overview.units.find((unit) => unit.unit === '示范县公安局')?.supervisor).toBe('示范县政法委员会');
    expect(overview.totals.units).toBe(4);
    expect(overview.totals.behindUnits).toBe(overview.units.filter((unit) => unit.pendingKinds.length > 0).length);
  });

  it('refuses a bad year, hides an organisation that does not exist, and keeps the overview to finance and the administrator', async () => {
    expect((await get('/api/reports/overview?year=abc', 'finance')).statusCode).toBe(400);
    expect((await get('/api/reports/overview?organisationId=nowhere', 'finance')).statusCode).toBe(404);
    expect((await get('/api/reports/overview')).statusCode).toBe(401);
    expect((await get('/api/reports/overview', 'politics-reviewer')).statusCode).toBe(403);
    const admin = reportOverviewSchema.parse((await get('/api/reports/overview', 'admin')).json());
    expect(admin.trail[0]).toEqual({ organisationId: null, name: '全部' });
  });
});
