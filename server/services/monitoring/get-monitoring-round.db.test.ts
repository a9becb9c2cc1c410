/**
 * The round's page in SQL (issue 11 at 10,000 units) shows what the full list in memory shows
 * (loadRoundEntries: the read rule, canActorRead for lights, lateness at `now`): every filter, page
 * after page, and the counts over the whole scope, for finance at the province and at a county, a
 * 主管部门, a unit and the administrator; before and after the deadline; on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundEntriesQuerySchema, type RoundEntriesQueryInput } from '../../../contract/monitoring-rounds.ts';
import { createApp } from '../../app.ts';
import { readConfig } from '../../config.ts';
import { seedMonitoringRound } from '../../demo/province/seed-monitoring-round.ts';
import { seedProvince } from '../../demo/province/seed-province.ts';
import { loadActor } from '../../test-support/load-actor.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import type { ServiceDeps } from '../deps.ts';
import { getMonitoringRound } from './get-monitoring-round.ts';
import { loadRoundEntries, unsubmittedStates, type LoadedEntry } from './load-round-entries.ts';

const year = 2026;
const usernames = ['finance-reviewer-o000001', 'finance-reviewer-o000003', 'supervisor-reviewer-o000004', 'unit-filler-o000005', 'admin-o000001'];
/** The seeded round's deadline is 2026-07-31: one clock before it, one after. */
const clocks = { before: new Date('2026-07-15T04:00:00.000Z'), after: new Date('2026-09-01T04:00:00.000Z') };

type Query = RoundEntriesQueryInput & { under?: string };

/** The filters as the page means them, applied to the full list. */
function matches(entry: LoadedEntry, query: Query, paths: ReadonlyMap<string, string[]>): boolean {
  if (query.state === 'unsubmitted' && !(entry.state !== null && unsubmittedStates.includes(entry.state))) return false;
  if (query.state === 'no-table' && entry.documentId !== null) return false;
  if (query.state && query.state !== 'unsubmitted' && query.state !== 'no-table' && entry.state !== query.state) return false;
  if (query.late !== undefined && entry.isLate !== (query.late === 'true')) return false;
  if (query.light) {
    const lit = query.lightSide === 'budget' ? [entry.budgetLight] : query.lightSide === 'target' ? [entry.targetLight] : [entry.budgetLight, entry.targetLight];
    if (!lit.includes(query.light)) return false;
  }
  if (query.conclusion && (query.conclusion === 'none' ? entry.conclusion !== null : entry.conclusion !== query.conclusion)) return false;
  if (query.search && !`${entry.organisationName}\n${entry.project ?? ''}`.toLowerCase().includes(query.search.toLowerCase())) return false;
  if (query.under && !paths.get(entry.organisationId)!.includes(query.under)) return false;
  return true;
}

const strip = ({ executedToDate: _executed, budgetBase: _base, ...entry }: LoadedEntry) => entry;

describe.each(await listTestDialects())('the round page on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let deps: ServiceDeps;
  let roundId: string;
  let paths: Map<string, string[]>;
  let searchText: string;

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    await seedProvince(database.db, { units: 40, years: 1, lastYear: year, seed: 11, passwordHash: 'unused' });
    ({ roundId } = await seedMonitoringRound(database.db, { year, seed: 11 }));
    const entries = await database.db.selectFrom('monitoring_round_entries').selectAll().where('round_id', '=', roundId).orderBy('organisation_id').execute();
    // Conclusions on some entries, 催报 of some units, a project's entry and an entry without a table.
    for (const [index, entry] of entries.entries()) {
      if (index % 5 === 0) await database.db.updateTable('monitoring_round_entries').set({ conclusion: index % 2 ? 'rectification' : 'no-problem' }).where('round_id', '=', roundId).where('organisation_id', '=', entry.organisation_id).execute();
    }
    const financeId = (await database.db.selectFrom('users').select('id').where('username', '=', 'finance-reviewer-o000001').executeTakeFirstOrThrow()).id;
    for (const [index, entry] of entries.slice(0, 12).entries()) {
      for (const at of ['2026-08-02T01:00:00.000Z', '2026-08-0' + (3 + (index % 3)) + 'T01:00:00.000Z']) {
        await database.db.insertInto('monitoring_reminders').values({ round_id: roundId, organisation_id: entry.organisation_id, message: '请尽快提交', actor_id: financeId, at }).execute();
      }
    }
    const source = await database.db.selectFrom('documents').selectAll().where('kind', '=', 'monitoring').orderBy('id').executeTakeFirstOrThrow();
    const first = entries[3]!;
    await database.db.insertInto('documents').values({ ...source, id: `${source.id}-project`, organisation_id: first.organisation_id, project: '第二个项目' }).execute();
    await database.db.insertInto('monitoring_round_entries').values({ round_id: roundId, organisation_id: first.organisation_id, project: '第二个项目', document_id: `${source.id}-project`, conclusion: null, conclusion_note: null, concluded_by: null, concluded_at: null }).execute();
    await database.db.insertInto('monitoring_round_entries').values({ round_id: roundId, organisation_id: entries.at(-1)!.organisation_id, project: '无目标项目', document_id: null, conclusion: null, conclusion_note: null, concluded_by: null, concluded_at: null }).execute();
    const config = readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false' });
    ({ deps } = await createApp({ config, connection: database, isLogging: false }));
    const organisations = await database.db.selectFrom('organisations').select(['id', 'name', 'path']).execute();
    paths = new Map(organisations.map((row) => [row.id, row.path.split('/').filter(Boolean)]));
    // Part of one unit's name (the generator's names), to find it and its namesakes.
    const named = organisations.find((row) => row.id === entries[7]!.organisation_id)!.name;
    searchText = named.slice(-3);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  const queries = (): Query[] => [
    {},
    { state: 'unsubmitted' },
    { state: 'submitted' },
    { state: 'draft' },
    { state: 'no-table' },
    { late: 'true' },
    { late: 'false' },
    { late: 'true', state: 'returned' },
    { late: 'true', state: 'approved' },
    { light: 'red' },
    { light: 'yellow', lightSide: 'budget' },
    { light: 'green', lightSide: 'target' },
    { conclusion: 'none' },
    { conclusion: 'rectification' },
    { search: searchText },
    { search: '第二个' },
    { search: '100%_' },
    { under: 'o000002' },
    { under: 'o000003', light: 'red' },
    { under: 'o000004', state: 'unsubmitted', conclusion: 'none' },
  ];

  it.skipIf(!isAvailable)('pages through every filter as the full list filters, for every reader, before and after the deadline', async () => {
    const round = (await deps.repositories.monitoringRounds.getRound(roundId))!;
    let compared = 0;
    for (const [clock, now] of Object.entries(clocks)) {
      const clocked: ServiceDeps = { ...deps, now: () => now };
      for (const username of usernames) {
        const actor = await loadActor(database, username);
        const all = await loadRoundEntries(clocked, { actor, round });
        for (const query of queries()) {
          // The unit may narrow only to itself; the county's finance and the 主管部门 not to the province.
          if (query.under && !paths.get(query.under)!.some((id) => actor.role === 'admin' || id === actor.organisationId)) continue;
          const label = `${clock} ${username} ${JSON.stringify(query)}`;
          const expected = all.filter((entry) => matches(entry, query, paths)).map(strip);
          const shown = [];
          for (let page = 1; page <= Math.ceil(expected.length / 7) + 1; page++) {
            const detail = await getMonitoringRound(clocked, { actor, id: roundId, query: roundEntriesQuerySchema.parse({ ...query, page, pageSize: 7 }) });
            expect(detail.page.total, label).toBe(expected.length);
            expect(detail.entries.length, label).toBeLessThanOrEqual(7);
            shown.push(...detail.entries);
          }
          expect(shown, label).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    // The filters found rows: a test over empty pages would prove nothing.
    expect(compared).toBeGreaterThan(500);
  });

  it.skipIf(!isAvailable)('counts every entry the reader sees, whatever the filter and page', async () => {
    const round = (await deps.repositories.monitoringRounds.getRound(roundId))!;
    for (const [clock, now] of Object.entries(clocks)) {
      const clocked: ServiceDeps = { ...deps, now: () => now };
      for (const username of usernames) {
        const actor = await loadActor(database, username);
        const all = await loadRoundEntries(clocked, { actor, round });
        const tables = all.filter((entry) => entry.documentId !== null);
        const late = all.filter((entry) => entry.isLate);
        const expected = {
          entries: all.length,
          tables: tables.length,
          withoutTable: all.length - tables.length,
          submitted: tables.filter((entry) => !unsubmittedStates.includes(entry.state!)).length,
          unsubmitted: tables.filter((entry) => unsubmittedStates.includes(entry.state!)).length,
          late: late.length,
          lateUnits: new Set(late.map((entry) => entry.organisationId)).size,
          concluded: all.filter((entry) => entry.conclusion !== null).length,
        };
        const detail = await getMonitoringRound(clocked, { actor, id: roundId, query: roundEntriesQuerySchema.parse({ light: 'red', page: 3, pageSize: 5 }) });
        expect(detail.counts, `${clock} ${username}`).toEqual(expected);
        expect({ tables: detail.tables, submitted: detail.submitted }).toEqual({ tables: expected.tables, submitted: expected.submitted });
        if (clock === 'after' && actor.role === 'finance-reviewer') expect(late.length, username).toBeGreaterThan(0);
      }
    }
  });

  it.skipIf(!isAvailable)('shows the newest 催报 of each unit on the page', async () => {
    const actor = await loadActor(database, 'finance-reviewer-o000001');
    const detail = await getMonitoringRound(deps, { actor, id: roundId, query: roundEntriesQuerySchema.parse({ pageSize: 200 }) });
    const reminded = detail.entries.filter((entry) => entry.lastRemindedAt !== null);
    expect(reminded.length).toBeGreaterThanOrEqual(12);
    expect(reminded.every((entry) => entry.lastRemindedAt! > '2026-08-02T01:00:00.000Z')).toBe(true);
  });

  it.skipIf(!isAvailable)('refuses an organisation outside the reader’s own, and a page past the end is empty', async () => {
    const county = await loadActor(database, 'finance-reviewer-o000003');
    await expect(getMonitoringRound(deps, { actor: county, id: roundId, query: roundEntriesQuerySchema.parse({ under: 'o000001' }) })).rejects.toMatchObject({ code: 'not-found' });
    await expect(getMonitoringRound(deps, { actor: county, id: roundId, query: roundEntriesQuerySchema.parse({ under: 'no-such-unit' }) })).rejects.toMatchObject({ code: 'not-found' });
    const unit = await loadActor(database, 'unit-filler-o000005');
    await expect(getMonitoringRound(deps, { actor: unit, id: roundId, query: roundEntriesQuerySchema.parse({ under: 'o000004' }) })).rejects.toMatchObject({ code: 'not-found' });
    const past = await getMonitoringRound(deps, { actor: county, id: roundId, query: roundEntriesQuerySchema.parse({ page: 999 }) });
    expect(past.entries).toEqual([]);
    expect(past.page.total).toBe(past.counts.entries);
  });
});
