/**
 * The demo follows the day it is loaded as: in March the 自评 of last year is being written and
 * this year's targets are in; in December next year's targets are being declared and last year's
 * 自评 are in. On either day no unit is shown overdue by more than a month (the demo once showed
 * its 2026 目标表 "已逾期 371 天" in December 2026), and every year of a document is one the demo opened.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { YearStatus } from '../../contract/year-status.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { describeDemoCycle } from './demo-cycle.ts';
import { describeDemoLoad } from './load-demo-data.ts';

/** A unit late by a month at most: a draft 目标表 in December, a draft 自评表 in May. */
const plausibleDaysLate = 31;

async function loadAt(startAt: string): Promise<TestApp> {
  return createTestApp({ startAt, config: { demoDate: null }, withDemoDocuments: true });
}

async function listDaysOverdue(testApp: TestApp, year: number): Promise<Array<{ unit: string; kind: string; days: number }>> {
  const { headers } = await testApp.signIn('finance');
  const response = await testApp.app.inject({ method: 'GET', url: `/api/reports/year-status?year=${year}&pageSize=50`, headers });
  expect(response.statusCode).toBe(200);
  const status = response.json() as YearStatus;
  return status.units.flatMap((unit) =>
    Object.entries(unit.documents).map(([kind, document]) => ({ unit: unit.organisationName, kind, days: document.daysOverdue })),
  );
}

/** The states of the demo's documents of one year and kind, sorted. */
async function listStates(testApp: TestApp): Promise<(year: number, kind: string) => string[]> {
  const documents = (await testApp.deps.repositories.documents.list({ limit: 1000 })).items;
  return (year, kind) => documents.filter((document) => document.year === year && document.kind === kind).map((document) => document.state).sort();
}

describe('the demo loaded at two dates', () => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  it.each([
    { date: '2027-03-10T02:00:00.000Z', open: [2026, 2027], closed: [2025], documentYears: [2025, 2026, 2027] },
    { date: '2027-05-31T02:00:00.000Z', open: [2026, 2027], closed: [2025], documentYears: [2025, 2026, 2027] },
    { date: '2026-12-07T02:00:00.000Z', open: [2025, 2026, 2027], closed: [], documentYears: [2025, 2026, 2027] },
    { date: '2026-09-15T02:00:00.000Z', open: [2025, 2026, 2027], closed: [], documentYears: [2025, 2026, 2027] },
    { date: '2031-12-31T10:00:00.000Z', open: [2030, 2031, 2032], closed: [], documentYears: [2030, 2031, 2032] },
  ])('on $date opens $open and shows nothing overdue by more than a month', async ({ date, open, closed, documentYears }) => {
    testApp = await loadAt(date);
    const years = await testApp.deps.repositories.fiscalYears.list();
    expect(years.filter((year) => year.isOpen).map((year) => year.year).sort()).toEqual(open);
    expect(years.filter((year) => !year.isOpen).map((year) => year.year)).toEqual(closed);
    const documents = (await testApp.deps.repositories.documents.list({ limit: 1000 })).items;
    expect([...new Set(documents.map((document) => document.year))].sort()).toEqual(documentYears);

    const late = (await Promise.all(open.map((year) => listDaysOverdue(testApp!, year)))).flat().filter((entry) => entry.days > 0);
    expect(late.filter((entry) => entry.days > plausibleDaysLate)).toEqual([]);
  });

  it('in December shows next year being declared, last year published and this year running', async () => {
    testApp = await loadAt('2026-12-07T02:00:00.000Z');
    const states = await listStates(testApp);
    expect(states(2027, 'target-table')).toEqual(['draft', 'returned', 'submitted', 'supervisor-reviewed']);
    expect(states(2026, 'target-table')).toEqual(['approved', 'approved', 'approved', 'approved']);
    expect(states(2025, 'self-evaluation')).toEqual(['finance-reviewed', 'published', 'submitted', 'supervisor-reviewed']);
    // The late one is the draft 目标表 of 2027, due 30 November: a week late, not a year.
    const late = (await listDaysOverdue(testApp, 2027)).filter((entry) => entry.days > 0).sort((a, b) => a.unit.localeCompare(b.unit, 'zh'));
    expect(late).toEqual([
      { unit: '示范县公安局', kind: 'target-table', days: 7 },
      { unit: '示范县实验小学', kind: 'target-table', days: 7 },
    ]);
  });

  it('in March shows last year being self-evaluated and this year on its targets', async () => {
    testApp = await loadAt('2027-03-10T02:00:00.000Z');
    const states = await listStates(testApp);
    expect(states(2026, 'self-evaluation')).toEqual(['draft', 'finance-reviewed', 'returned', 'supervisor-reviewed']);
    expect(states(2027, 'target-table')).toEqual(['approved', 'approved', 'submitted', 'supervisor-reviewed']);
    expect(states(2026, 'target-table')).toEqual(['published', 'published', 'published', 'published']);
    expect(states(2025, 'self-evaluation')).toEqual(['published']);
    expect((await listDaysOverdue(testApp, 2026)).filter((entry) => entry.days > 0)).toEqual([]);
  });

  it('in December shows last year\'s monitoring over and this year\'s under way, with its 整改', async () => {
    testApp = await loadAt('2026-12-07T02:00:00.000Z');
    const { headers } = await testApp.signIn('finance');
    const get = async (url: string) => (await testApp!.app.inject({ method: 'GET', url, headers })).json();
    const rounds = (year: number) => get(`/api/monitoring-rounds?year=${year}`);
    expect((await rounds(2025)).items.map((round: { periodName: string; tables: number; submitted: number }) => [round.periodName, round.tables, round.submitted])).toEqual([['1-7月', 4, 4]]);
    const [current] = (await rounds(2026)).items;
    expect([current.periodName, current.deadline, current.tables, current.submitted]).toEqual(['1-7月', '2026-08-31', 4, 4]);
    const detail = await get(`/api/monitoring-rounds/${current.id}`);
    const byUnit = Object.fromEntries(detail.entries.map((entry: { organisationName: string; state: string; conclusionName: string | null }) => [entry.organisationName, [entry.state, entry.conclusionName]]));
    expect(byUnit).toEqual({
      示范县公安局: ['supervisor-reviewed', '整改'],
      示范县司法局: ['supervisor-reviewed', '无问题'],
      示范县第一中学: ['submitted', null],
      示范县实验小学: ['supervisor-reviewed', null],
    });
    // The police table's lagging count is red, with the unit's reasons; the others are on course.
    const policeEntry = detail.entries.find((entry: { organisationName: string }) => entry.organisationName === '示范县公安局');
    const table = await get(`/api/documents/${policeEntry.documentId}`);
    const lights = table.body.goals.flatMap((goal: { indicators: Array<{ name: string; monitoring: { light: string | null; explanation: string | null } }> }) => goal.indicators.map((indicator) => [indicator.name, indicator.monitoring.light, Boolean(indicator.monitoring.explanation)]));
    expect(lights.filter(([, light]: [string, string]) => light !== 'green')).toEqual([['侦破刑事案件数', 'red', true]]);

    // 整改: last year's notice closed with its money, this year's under way (one answer waiting for 验收).
    const notices = (await get('/api/rectification-notices')).items.map((notice: { year: number; state: string; items: number; itemsAccepted: number; daysOverdue: number }) => [notice.year, notice.state, notice.items, notice.itemsAccepted, notice.daysOverdue]);
    expect(notices.sort()).toEqual([[2025, 'closed', 2, 2, 0], [2026, 'open', 2, 0, 0]]);
    const open = (await get('/api/rectification-notices')).items.find((notice: { year: number }) => notice.year === 2026);
    const openDetail = await get(`/api/rectification-notices/${open.id}`);
    expect(openDetail.itemList.map((item: { state: string; indicatorName: string | null }) => [item.state, item.indicatorName])).toEqual([['answered', '侦破刑事案件数'], ['open', null]]);
    // What the home pages list: one item for the unit to answer, one for finance to accept.
    expect([open.itemsToAnswer, open.itemsToReview]).toEqual([1, 1]);
    expect((await get('/api/rectification-ledger?year=2025')).notices).toBe(1);
  });

  it('in September shows a unit at most a month late with its monitoring table, and none before August', async () => {
    testApp = await loadAt('2026-09-15T02:00:00.000Z');
    expect((await listStates(testApp))(2026, 'monitoring')).toEqual(['draft', 'submitted', 'supervisor-reviewed', 'supervisor-reviewed']);
    await testApp.close();
    testApp = await loadAt('2026-07-15T02:00:00.000Z');
    const inJuly = (await testApp.deps.repositories.documents.list({ limit: 1000 })).items.filter((document) => document.kind === 'monitoring');
    expect([...new Set(inJuly.map((document) => document.year))]).toEqual([2025]);
  });

  it('says at start-up which years the demo shows and as of which day', () => {
    expect(describeDemoLoad({ documentCount: 28, cycle: describeDemoCycle(new Date('2026-12-07T02:00:00.000Z')) })).toBe(
      '已载入演示数据（演示文档 28 份，2025–2027 年度，按 2026-12-07 的年度进度）。',
    );
    expect(describeDemoLoad({ documentCount: 22, cycle: describeDemoCycle(new Date('2027-03-10T02:00:00.000Z')) })).toContain('2025–2027 年度，按 2027-03-10');
  });

  it('reads the day in China time: 31 May 23:00 in Beijing is still the 自评 season', () => {
    expect(describeDemoCycle(new Date('2027-05-31T15:00:00.000Z')).season).toBe('self-evaluation');
    expect(describeDemoCycle(new Date('2027-05-31T16:00:00.000Z'))).toMatchObject({ season: 'targets', date: '2027-06-01', comingYear: 2028 });
  });
});
