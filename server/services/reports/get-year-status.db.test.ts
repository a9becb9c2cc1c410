/**
 * The year view paged in SQL (issue 14 item 2) shows what the full list built in memory shows
 * (year-status-full-list-test-support.ts: loadYearScope, loadRoundEntries, the read rules): every
 * filter, page after page, and the counts over the whole scope, for finance at the province and a
 * county, a 主管部门 and the administrator; before and after the deadlines; on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearStatusQuerySchema, type YearStatusQueryInput } from '../../../contract/year-status.ts';
import { describeChinaDay } from '../../../core/monitoring/overdue.ts';
import { createApp } from '../../app.ts';
import { readConfig } from '../../config.ts';
import { seedMonitoringRound } from '../../demo/province/seed-monitoring-round.ts';
import { seedProvince } from '../../demo/province/seed-province.ts';
import { loadActor } from '../../test-support/load-actor.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import type { ServiceDeps } from '../deps.ts';
import { getYearStatus } from './get-year-status.ts';
import { listFullYearUnits, type FullYearUnit } from './year-status-full-list-test-support.ts';

const year = 2026;
const usernames = ['finance-reviewer-o000001', 'finance-reviewer-o000003', 'supervisor-reviewer-o000004', 'admin-o000001'];
/** Targets due 31 May, the round 31 July, self-evaluations 15 August: a clock before each and one after all. */
const clocks = { spring: new Date('2026-04-01T04:00:00.000Z'), summer: new Date('2026-07-15T04:00:00.000Z'), autumn: new Date('2026-09-01T04:00:00.000Z') };

type Query = Omit<YearStatusQueryInput, 'year'>;

/** Units set up around and after 2026's 目标表 deadline (31 May, China time); the third with a 2026 draft. */
const lateUnits = [
  ['o999991', '晚设单位甲', '2026-05-31T15:59:59.999Z'],
  ['o999992', '晚设单位乙', '2026-05-31T16:00:00.000Z'],
  ['o999993', '晚设单位丙', '2026-06-10T02:00:00.000Z'],
] as const;

/** The filters as the page means them, applied to the full list. */
function matches(unit: FullYearUnit, query: Query): boolean {
  if (query.filter === 'outstanding' && !unit.isOutstanding) return false;
  if (query.filter === 'returned' && !unit.isReturned) return false;
  if (query.filter === 'overdue' && !unit.isOverdue) return false;
  if (query.kind && unit.documents[query.kind].status !== query.status) return false;
  const text = query.search?.trim().toLowerCase();
  if (text && !unit.organisationName.toLowerCase().includes(text) && !(unit.supervisor ?? '').toLowerCase().includes(text)) return false;
  return true;
}

const strip = ({ organisationPath: _path, ...unit }: FullYearUnit) => unit;

describe.each(await listTestDialects())('the year view on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let deps: ServiceDeps;
  let unitName: string;
  let supervisorName: string;
  let secondSupervisorId: string;
  let remindedUnitIds: string[];

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    await seedProvince(database.db, { units: 40, years: 1, lastYear: year, seed: 14, passwordHash: 'unused' });
    const { roundId } = await seedMonitoringRound(database.db, { year, seed: 14, deadline: '2026-07-31' });
    const config = readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false' });
    ({ deps } = await createApp({ config, connection: database, isLogging: false }));
    await deps.repositories.fiscalYears.setDeadlines({ year, deadlines: { 'target-table': '2026-05-31', monitoring: null, 'self-evaluation': '2026-08-15' } });
    const units = await database.db.selectFrom('organisations').selectAll().where('kind', '=', 'unit').orderBy('id').execute();
    const documents = await database.db.selectFrom('documents').selectAll().where('project', '=', '').where('kind', 'in', ['target-table', 'self-evaluation', 'evaluation-report']).orderBy('id').execute();
    // Second revisions over handed-in and open ones (a draft revision 2 does not undo an approved 1;
    // a returned revision 2 over a draft 1 shows 已退回), units with no documents, a unit under the
    // county's finance bureau itself (no 主管部门), and (in the counts test) 催报 of some units on each clock's day.
    for (const [index, document] of documents.entries()) {
      // Every returned table gets a draft revision 2 (the unit started again: 未提交, not 已退回).
      if (document.state === 'returned') await database.db.insertInto('documents').values({ ...document, id: `${document.id}-r2`, revision: 2, state: 'draft' }).execute();
      else if (index % 4 === 0) await database.db.insertInto('documents').values({ ...document, id: `${document.id}-r2`, revision: 2, state: index % 8 === 0 ? 'draft' : 'returned' }).execute();
    }
    expect(documents.filter((document) => document.state === 'returned').length).toBeGreaterThan(0);
    for (const unit of units.slice(30, 34)) await database.db.deleteFrom('documents').where('organisation_id', '=', unit.id).where('kind', '<>', 'monitoring').execute();
    await database.db.insertInto('organisations').values({ id: 'o999999', parent_id: 'o000003', kind: 'unit', name: '直属事业单位100%_', path: '/o000001/o000002/o000003/o999999/', has_supervisor: 0, created_at: '2026-01-05T00:00:00.000Z' }).execute();
    // Units set up after 2026's 目标表 was due (core/unit-deadlines.ts): at the last minute of the deadline
    // day in China (it owed it), at the midnight after (it did not), and later but entered with a 2026 draft (it did).
    const supervisorPath = (await database.db.selectFrom('organisations').select('path').where('id', '=', 'o000004').executeTakeFirstOrThrow()).path;
    for (const [id, name, createdAt] of lateUnits) {
      await database.db.insertInto('organisations').values({ id, parent_id: 'o000004', kind: 'unit', name, path: `${supervisorPath}${id}/`, has_supervisor: 1, created_at: createdAt }).execute();
    }
    const targetTable = documents.find((document) => document.kind === 'target-table')!;
    await database.db.insertInto('documents').values({ ...targetTable, id: 'late-unit-draft', organisation_id: lateUnits[2][0], revision: 1, state: 'draft' }).execute();
    // In the round: a unit monitored for projects only (its first project's table is shown: one
    // returned, one without a table), and a unit whose department entry has no table (未生成).
    const entries = await database.db.selectFrom('monitoring_round_entries').selectAll().where('round_id', '=', roundId).orderBy('organisation_id').execute();
    const projectUnit = entries[2]!;
    const monitoringTable = await database.db.selectFrom('documents').selectAll().where('id', '=', projectUnit.document_id!).executeTakeFirstOrThrow();
    await database.db.deleteFrom('monitoring_round_entries').where('round_id', '=', roundId).where('organisation_id', '=', projectUnit.organisation_id).execute();
    await database.db.updateTable('documents').set({ project: '乙项目', state: 'returned' }).where('id', '=', monitoringTable.id).execute();
    await database.db.insertInto('monitoring_round_entries').values([
      { round_id: roundId, organisation_id: projectUnit.organisation_id, project: '乙项目', document_id: monitoringTable.id, conclusion: null, conclusion_note: null, concluded_by: null, concluded_at: null },
      { round_id: roundId, organisation_id: projectUnit.organisation_id, project: '甲项目', document_id: null, conclusion: null, conclusion_note: null, concluded_by: null, concluded_at: null },
    ]).execute();
    await database.db.updateTable('monitoring_round_entries').set({ document_id: null }).where('round_id', '=', roundId).where('organisation_id', '=', entries[5]!.organisation_id).execute();
    remindedUnitIds = units.slice(0, 12).map((unit) => unit.id);
    unitName = units[7]!.name.slice(-3);
    const supervisors = await database.db.selectFrom('organisations').select(['id', 'name']).where('kind', '=', 'supervisor').orderBy('id').execute();
    secondSupervisorId = supervisors[1]!.id;
    // A 主管部门's name without its county: it finds that 主管部门's units (and namesakes).
    supervisorName = supervisors[1]!.name.slice(-4);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  const queries = (): Query[] => [
    {},
    { filter: 'outstanding' },
    { filter: 'returned' },
    { filter: 'overdue' },
    { kind: 'target-table', status: 'handed-in' },
    { kind: 'target-table', status: 'returned' },
    { kind: 'self-evaluation', status: 'draft' },
    { kind: 'evaluation-report', status: 'missing' },
    { filter: 'overdue', kind: 'self-evaluation', status: 'missing' },
    { search: unitName },
    { search: supervisorName },
    { search: ` ${supervisorName} `, filter: 'outstanding' },
    { search: '100%_' },
    { search: '无此单位' },
    { organisationId: 'o000004' },
    { organisationId: secondSupervisorId, filter: 'overdue' },
    { organisationId: 'o000003', search: supervisorName },
  ];

  it.skipIf(!isAvailable)('counts every unit of the scope, whatever the filter and page, and those 催报 of all would remind', async () => {
    // Clocks in order, each day's 催报 written when its clock comes (never one in the future).
    for (const [clockIndex, [clock, now]] of Object.entries(clocks).entries()) {
      const clocked: ServiceDeps = { ...deps, now: () => now };
      const at = new Date(now.getTime() - 3_600_000);
      for (const [index, organisationId] of remindedUnitIds.entries()) {
        if (index % (clockIndex + 2) !== 0) continue;
        await database.db
          .insertInto('notifications')
          .values({ organisation_id: organisationId, kind: 'reminder', title: '催报', message: '请尽快提交', link: '/', document_id: null, notice_id: null, actor_id: null, dedupe_key: `reminder:year:${year}:${describeChinaDay(at)}`, created_at: at.toISOString() })
          .execute();
      }
      for (const username of usernames) {
        const actor = await loadActor(database, username);
        const { units } = await listFullYearUnits(clocked, { actor, year });
        const today = describeChinaDay(now);
        const expected = {
          all: units.length,
          outstanding: units.filter((unit) => unit.isOutstanding).length,
          returned: units.filter((unit) => unit.isReturned).length,
          overdue: units.filter((unit) => unit.isOverdue).length,
          remindable: units.filter((unit) => unit.isOutstanding && unit.canRemind && (unit.lastRemindedAt === null || describeChinaDay(new Date(unit.lastRemindedAt)) !== today)).length,
        };
        const view = await getYearStatus(clocked, { actor, query: yearStatusQuerySchema.parse({ year, filter: 'returned', search: '站', page: 2, pageSize: 3 }) });
        expect(view.counts, `${clock} ${username}`).toEqual(expected);
        expect(view.hasSeveralSupervisors, `${clock} ${username}`).toBe(new Set(units.map((unit) => unit.supervisor)).size > 1);
        if (clock === 'autumn' && actor.role === 'finance-reviewer') expect(expected.overdue, username).toBeGreaterThan(0);
        if (actor.role !== 'admin') expect(expected.remindable, `${clock} ${username}`).toBeGreaterThan(0);
        if (actor.role === 'finance-reviewer') expect(expected.remindable, `${clock} ${username}`).toBeLessThan(expected.outstanding);
      }
    }
  });

  it.skipIf(!isAvailable)('pages through every filter as the full list filters, for every reader, at every clock', async () => {
    let compared = 0;
    for (const [clock, now] of Object.entries(clocks)) {
      const clocked: ServiceDeps = { ...deps, now: () => now };
      for (const username of usernames) {
        const actor = await loadActor(database, username);
        for (const query of queries()) {
          const { organisationId } = query;
          // The 主管部门 may narrow only to itself.
          if (organisationId && actor.role === 'supervisor-reviewer' && organisationId !== actor.organisationId) continue;
          const label = `${clock} ${username} ${JSON.stringify(query)}`;
          const full = await listFullYearUnits(clocked, { actor, year, organisationId });
          const expected = full.units.filter((unit) => matches(unit, query)).map(strip);
          const shown = [];
          for (let page = 1; page <= Math.ceil(expected.length / 7) + 1; page++) {
            const view = await getYearStatus(clocked, { actor, query: yearStatusQuerySchema.parse({ year, ...query, page, pageSize: 7 }) });
            expect(view.page.total, label).toBe(expected.length);
            expect(view.units.length, label).toBeLessThanOrEqual(7);
            expect(view.round?.id ?? null, label).toBe(full.round?.id ?? null);
            shown.push(...view.units);
          }
          expect(shown, label).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    // The filters found rows: a test over empty pages would prove nothing.
    expect(compared).toBeGreaterThan(1000);
    const finance = await loadActor(database, 'finance-reviewer-o000001');
    const { units } = await listFullYearUnits({ ...deps, now: () => clocks.autumn }, { actor: finance, year });
    const states = new Set(units.map((unit) => (unit.monitoring ? unit.monitoring.stateName : 'none')));
    for (const shown of ['未生成', '已退回', '未提交', 'none']) expect(states, shown).toContain(shown);
    // Every page of 17 queries × 4 readers × the clocks: 11 s on SQLite and past 30 s on PostgreSQL in a
    // loaded dry run of CI (2026-12-05), so its own bound.
  }, 120_000);

  it.skipIf(!isAvailable)('refuses an organisation outside the reader’s own, and a page past the end is empty', async () => {
    const supervisor = await loadActor(database, 'supervisor-reviewer-o000004');
    await expect(getYearStatus(deps, { actor: supervisor, query: yearStatusQuerySchema.parse({ year, organisationId: 'o000003' }) })).rejects.toMatchObject({ code: 'not-found' });
    await expect(getYearStatus(deps, { actor: supervisor, query: yearStatusQuerySchema.parse({ year, organisationId: 'no-such-unit' }) })).rejects.toMatchObject({ code: 'not-found' });
    const past = await getYearStatus(deps, { actor: supervisor, query: yearStatusQuerySchema.parse({ year, page: 999 }) });
    expect(past.units).toEqual([]);
    expect(past.page.total).toBe(past.counts.all);
  });

  it.skipIf(!isAvailable)('holds a unit to a deadline only if it existed by the end of that day in China or has documents of the year', async () => {
    const finance = await loadActor(database, 'finance-reviewer-o000001');
    const view = async (now: Date, query: Query) =>
      getYearStatus({ ...deps, now: () => now }, { actor: finance, query: yearStatusQuerySchema.parse({ year, search: '晚设单位', ...query }) });
    const daysOf = (status: Awaited<ReturnType<typeof view>>) =>
      status.units.map((unit) => [unit.organisationName, unit.documents['target-table'].daysOverdue, unit.documents['self-evaluation'].daysOverdue, unit.isOverdue]);
    // Summer: the 目标表 is 45 days past; the 自评表 (15 August) is not due yet.
    expect(daysOf(await view(clocks.summer, {}))).toEqual([
      ['晚设单位甲', 45, 0, true],
      ['晚设单位丙', 45, 0, true],
      ['晚设单位乙', 0, 0, false],
    ]);
    expect((await view(clocks.summer, { filter: 'overdue' })).units.map((unit) => unit.organisationName)).toEqual(['晚设单位甲', '晚设单位丙']);
    // Autumn: the 自评表 fell after all three were set up, so every one is overdue for it.
    expect(daysOf(await view(clocks.autumn, {}))).toEqual([
      ['晚设单位甲', 93, 17, true],
      ['晚设单位乙', 0, 17, true],
      ['晚设单位丙', 93, 17, true],
    ]);
  });
});
