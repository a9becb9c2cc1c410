/**
 * The year view and 催报 of all outstanding units (issue 10): a 主管部门 sees its own units only, with
 * each document's state, overdue days from the year's deadlines and no link to a unit's draft;
 * finance chooses any subtree; reminding all outstanding units reminds exactly those, once a day.
 * Who may call each route is in the route matrix.
 */
import type { YearUnitStatus } from '../../contract/year-status.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

const dayMs = 24 * 60 * 60 * 1000;

describe.each(await listTestDialects())('year view on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  const it = isAvailable ? test : test.skip;
  const call = async (as: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    testApp.app.inject({ method, url, headers: (await signIn(as)).headers, ...(payload ? { payload } : {}) });
  const unitsByName = (body: { units: YearUnitStatus[] }): Record<string, YearUnitStatus> =>
    Object.fromEntries(body.units.map((unit) => [unit.organisationName, unit]));

  beforeAll(async () => {
    if (!isAvailable) return;
    // 2 December 2026 in China: the 2027 目标表 was due on 30 November.
    testApp = await createTestApp({ dialect, startAt: '2026-12-02T02:00:00.000Z' });
    signIn = createSessionCache(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('shows a 主管部门 each of its units with states, overdue days and no link to a draft', async () => {
    const year = 2027;
    await testApp.deps.repositories.fiscalYears.save({ year, isOpen: true });
    const submitted = await createDocumentInState(testApp, { unitKey: 'police', state: 'submitted', year });
    await createDocumentInState(testApp, { unitKey: 'justice', state: 'returned', year });
    await createDocumentInState(testApp, { unitKey: 'school', state: 'draft', year });

    const response = await call('politics-reviewer', 'GET', `/api/reports/year-status?year=${year}`);
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view.scope.organisationName).toBe('示范县政法委员会');
    expect(view.units.map((unit: { organisationName: string }) => unit.organisationName).sort()).toEqual(['示范县公安局', '示范县司法局']);
    const units = unitsByName(view);
    expect(units['示范县公安局']!.documents['target-table']).toMatchObject({ status: 'handed-in', state: 'submitted', stateName: '已提交', documentId: submitted.id, daysOverdue: 0, dueDate: '2026-11-30' });
    expect(units['示范县司法局']!.documents['target-table']).toMatchObject({ status: 'returned', stateName: '已退回', daysOverdue: 2 });
    expect(units['示范县司法局']).toMatchObject({ isReturned: true, isOverdue: true, isOutstanding: true, canRemind: true, supervisor: '示范县政法委员会' });
    // The 自评表 is not due until 2028-04-30: outstanding but not overdue.
    expect(units['示范县公安局']!.documents['self-evaluation']).toMatchObject({ status: 'missing', stateName: '未填报', daysOverdue: 0, documentId: null });
    expect(units['示范县公安局']).toMatchObject({ isOverdue: false, isOutstanding: true, isReturned: false });
    expect(view.round).toBeNull();

    // Finance: any subtree of its tree, here the education bureau, whose school has only a draft (no link for finance).
    const education = testApp.demo.organisations.education!.id;
    const byFinance = (await call('finance', 'GET', `/api/reports/year-status?year=${year}&organisationId=${education}`)).json();
    const school = unitsByName(byFinance)['示范县第一中学'];
    expect(school!.documents['target-table']).toMatchObject({ status: 'draft', stateName: '未提交', documentId: null, daysOverdue: 2 });
    expect(school!.canRemind).toBe(true);
    expect((await call('politics-reviewer', 'GET', `/api/reports/year-status?year=${year}&organisationId=${education}`)).statusCode).toBe(404);
    expect((await call('politics-reviewer', 'GET', '/api/reports/year-status?year=abc')).statusCode).toBe(400);
    // One page of at most 200 units; a kind's status needs the kind and the status together.
    expect((await call('politics-reviewer', 'GET', `/api/reports/year-status?year=${year}&pageSize=201`)).statusCode).toBe(400);
    expect((await call('politics-reviewer', 'GET', `/api/reports/year-status?year=${year}&kind=target-table`)).statusCode).toBe(400);
    const returned = (await call('politics-reviewer', 'GET', `/api/reports/year-status?year=${year}&kind=target-table&status=returned&pageSize=1`)).json();
    expect(returned.units.map((unit: YearUnitStatus) => unit.organisationName)).toEqual(['示范县司法局']);
    expect(returned.page).toEqual({ page: 1, pageSize: 1, total: 1 });
    expect(returned.counts).toEqual({ all: 2, outstanding: 2, returned: 1, overdue: 1, remindable: 2 });
    expect(returned.dueDates).toEqual({ 'target-table': '2026-11-30', 'self-evaluation': '2028-04-30', 'evaluation-report': null });
    // The administrator sees every unit but may remind none.
    const byAdmin = (await call('admin', 'GET', `/api/reports/year-status?year=${year}`)).json();
    expect(byAdmin.units).toHaveLength(4);
    expect(byAdmin.units.every((unit: { canRemind: boolean }) => !unit.canRemind)).toBe(true);
  });

  it('reminds every outstanding unit of the chosen organisation once a day, and the view shows when', async () => {
    const year = 2028;
    await testApp.deps.repositories.fiscalYears.save({ year, isOpen: true });
    const draft = await createDocumentInState(testApp, { unitKey: 'primary', state: 'draft', year });
    for (const kind of ['target-table', 'self-evaluation', 'evaluation-report'] as const) {
      await createDocumentInState(testApp, { unitKey: 'school', kind, state: kind === 'target-table' ? 'approved' : 'submitted', year });
    }
    const education = testApp.demo.organisations.education!.id;
    const first = await call('education-reviewer', 'POST', '/api/reports/reminders/outstanding', { year, organisationId: education });
    expect(first.statusCode).toBe(201);
    // The school has everything in: only the primary school is reminded.
    expect(first.json().reminded.map((reminder: { organisationName: string }) => reminder.organisationName)).toEqual(['示范县实验小学']);
    expect(first.json().reminded[0].message).toBe(`请尽快提交${year}年度绩效目标表（截止日期 ${year - 1}-11-30）、绩效自评表（截止日期 ${year + 1}-04-30）、绩效评价报告。`);
    expect(first.json().skipped).toEqual([]);
    const notifications = (await call('primary-filler', 'GET', '/api/notifications')).json().items as Array<{ kind: string; title: string; link: string }>;
    expect(notifications.filter((item) => item.kind === 'reminder').map((item) => [item.title, item.link])).toEqual([
      [`催报：${year}年度绩效目标表、绩效自评表、绩效评价报告`, `/documents/${draft.id}`],
    ]);
    expect((await testApp.deps.repositories.auditEntries.listByDocument(draft.id)).at(-1)).toMatchObject({ action: 'remind', fromState: 'draft', toState: 'draft' });
    expect((await call('school-filler', 'GET', '/api/notifications')).json().items.some((item: { kind: string }) => item.kind === 'reminder')).toBe(false);

    // Later the same day: finance's 催报 of all skips the unit, and a single 催报 is refused with 429.
    const again = (await call('finance', 'POST', '/api/reports/reminders/outstanding', { year })).json();
    expect(again.reminded.map((reminder: { organisationName: string }) => reminder.organisationName).sort()).toEqual(['示范县公安局', '示范县司法局']);
    expect(again.skipped.map((skipped: { organisationName: string }) => skipped.organisationName)).toEqual(['示范县实验小学']);
    const single = await call('finance', 'POST', '/api/reports/reminders', { organisationId: draft.organisationId, year });
    expect([single.statusCode, single.json().code]).toEqual([429, 'reminded-today']);
    expect(Number(single.headers['retry-after'])).toBeGreaterThan(0);
    expect((await testApp.deps.repositories.auditEntries.listByDocument(draft.id)).filter((entry) => entry.action === 'remind')).toHaveLength(1);

    const view = unitsByName((await call('education-reviewer', 'GET', `/api/reports/year-status?year=${year}`)).json());
    expect(view['示范县实验小学']!.lastRemindedAt).toBe(testApp.clock.now.toISOString());
    expect(view['示范县第一中学']!.lastRemindedAt).toBeNull();

    // The next day (China time) the unit may be reminded again.
    testApp.advanceClock(dayMs);
    signIn = createSessionCache(testApp);
    expect((await call('finance', 'POST', '/api/reports/reminders', { organisationId: draft.organisationId, year })).statusCode).toBe(201);
  });

  it('holds no unit to a deadline that passed before it was set up: no overdue days, not under 已逾期, none in its 催报', async () => {
    // 2026's 目标表 was due on 2025-11-30. The politics committee gets a unit set up today, one set up
    // in 2020 with nothing filed, and 公安局 (set up with the demo today) has a 2026 draft: it owed it.
    const year = 2026;
    await testApp.deps.repositories.fiscalYears.save({ year, isOpen: true });
    const politics = testApp.demo.organisations.politics!;
    const now = testApp.clock.now;
    await testApp.deps.repositories.organisations.insert({ id: 'new-unit', parentPath: politics.path, kind: 'unit', name: '示范县新设中心', createdAt: now.toISOString() });
    await testApp.deps.repositories.organisations.insert({ id: 'old-unit', parentPath: politics.path, kind: 'unit', name: '示范县老单位', createdAt: '2020-03-01T02:00:00.000Z' });
    await createDocumentInState(testApp, { unitKey: 'police', state: 'draft', year });
    const daysPast = Math.floor((now.getTime() - Date.parse('2025-11-30T16:00:00.000Z')) / dayMs) + 1;
    expect(daysPast).toBeGreaterThan(360);

    const view = (await call('politics-reviewer', 'GET', `/api/reports/year-status?year=${year}`)).json();
    const units = unitsByName(view);
    expect(units['示范县新设中心']!.documents['target-table']).toMatchObject({ status: 'missing', dueDate: '2025-11-30', daysOverdue: 0 });
    expect(units['示范县新设中心']).toMatchObject({ isOutstanding: true, isOverdue: false });
    expect(units['示范县老单位']!.documents['target-table']).toMatchObject({ status: 'missing', daysOverdue: daysPast });
    expect(units['示范县公安局']!.documents['target-table']).toMatchObject({ status: 'draft', daysOverdue: daysPast });
    const overdue = (await call('politics-reviewer', 'GET', `/api/reports/year-status?year=${year}&filter=overdue`)).json();
    expect(overdue.units.map((unit: YearUnitStatus) => unit.organisationName).sort()).toEqual(['示范县公安局', '示范县老单位']);
    expect(overdue.counts.overdue).toBe(2);

    const reminded = await call('politics-reviewer', 'POST', '/api/reports/reminders', { organisationId: 'new-unit', year });
    expect(reminded.statusCode).toBe(201);
    expect(reminded.json().message).toBe(`请尽快提交${year}年度绩效目标表（截止日期 2025-11-30）、绩效自评表（截止日期 2027-04-30）、绩效评价报告。`);
    const all = (await call('politics-reviewer', 'POST', '/api/reports/reminders/outstanding', { year })).json();
    const oldUnit = all.reminded.find((reminder: { organisationName: string }) => reminder.organisationName === '示范县老单位');
    expect(oldUnit.message).toContain(`绩效目标表（截止日期 2025-11-30，已逾期 ${daysPast} 天）`);
  });
});
