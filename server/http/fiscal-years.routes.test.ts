import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

describe('fiscal year routes', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('lists the demo years newest first to anyone signed in', async () => {
    const { headers } = await testApp.signIn('school-filler');
    const response = await testApp.app.inject({ method: 'GET', url: '/api/fiscal-years', headers });
    expect(response.json().items.map((item: { year: number; isOpen: boolean }) => ({ year: item.year, isOpen: item.isOpen }))).toEqual([
      { year: 2026, isOpen: true },
      { year: 2025, isOpen: true },
      { year: 2024, isOpen: true },
    ]);
  });

  it('lets the administrator add a year and close one', async () => {
    const { headers } = await testApp.signIn('admin');
    expect((await testApp.app.inject({ method: 'PUT', url: '/api/fiscal-years/2027', headers, payload: { isOpen: true } })).json()).toEqual({
      year: 2027,
      isOpen: true,
      deadlines: { 'target-table': '2026-11-30', monitoring: '2027-08-31', 'self-evaluation': '2028-04-30' },
    });
    await testApp.app.inject({ method: 'PUT', url: '/api/fiscal-years/2024', headers, payload: { isOpen: false } });
    const years = (await testApp.app.inject({ method: 'GET', url: '/api/fiscal-years', headers })).json().items;
    expect(years[0]).toMatchObject({ year: 2027, isOpen: true });
    expect(years.at(-1)).toMatchObject({ year: 2024, isOpen: false });
  });

  it('refuses a year outside 1990–2100 with 400 and other roles with 403', async () => {
    const admin = await testApp.signIn('admin');
    const bad = await testApp.app.inject({ method: 'PUT', url: '/api/fiscal-years/3000', headers: admin.headers, payload: { isOpen: true } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/年度须在 1990–2100 之间/);
    const finance = await testApp.signIn('finance');
    expect((await testApp.app.inject({ method: 'PUT', url: '/api/fiscal-years/2028', headers: finance.headers, payload: { isOpen: true } })).statusCode).toBe(403);
  });

  it('lets finance set a year’s deadlines as settings: stored, listed, audited with each date before and after', async () => {
    const finance = await testApp.signIn('finance');
    const deadlines = { 'target-table': '2025-12-10', monitoring: null, 'self-evaluation': '2027-05-15' };
    const response = await testApp.app.inject({ method: 'PUT', url: '/api/fiscal-years/2026/deadlines', headers: finance.headers, payload: { deadlines } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ year: 2026, isOpen: true, deadlines });
    const unit = await testApp.signIn('school-filler');
    const listed = (await testApp.app.inject({ method: 'GET', url: '/api/fiscal-years', headers: unit.headers })).json().items;
    expect(listed.find((item: { year: number }) => item.year === 2026).deadlines).toEqual(deadlines);
    const changes = await testApp.deps.repositories.adminChanges.listBySubject({ subjectKind: 'fiscal-year', subjectId: '2026' });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      action: 'set-deadlines',
      actorId: testApp.demo.users.finance!.id,
      changes: [
        { path: 'deadlines.target-table', before: '2025-11-30', after: '2025-12-10' },
        { path: 'deadlines.monitoring', before: '2026-08-31', after: null },
        { path: 'deadlines.self-evaluation', before: '2027-04-30', after: '2027-05-15' },
      ],
    });
  });

  it('refuses an impossible date with 400, a year not yet added with 404, units and reviewers of 主管部门 with 403', async () => {
    const admin = await testApp.signIn('admin');
    const put = (headers: Record<string, string>, year: number, deadlines: unknown) =>
      testApp.app.inject({ method: 'PUT', url: `/api/fiscal-years/${year}/deadlines`, headers, payload: { deadlines } as Record<string, unknown> });
    const bad = await put(admin.headers, 2025, { 'target-table': '2024-02-30', monitoring: null, 'self-evaluation': null });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/日期须为 YYYY-MM-DD 的有效日期/);
    const missing = await put(admin.headers, 2040, { 'target-table': null, monitoring: null, 'self-evaluation': null });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'year-not-found', message: '2040年度尚未设立，请先新增该年度。' });
    for (const username of ['police-filler', 'police-leader', 'politics-reviewer']) {
      const { headers } = await testApp.signIn(username);
      expect((await put(headers, 2025, { 'target-table': null, monitoring: null, 'self-evaluation': null })).statusCode).toBe(403);
    }
  });
});
