/**
 * The overview by level (issue 11) gives the same answers as the per-unit computation of the round
 * (loadRoundEntries + sumExecutionRate, what get-round-overview.ts shows per unit), grouped by
 * child organisation, at every level a reader can drill into, for finance at the province and at a
 * county, a 主管部门 and the administrator; on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lights } from '../../../core/monitoring/index.ts';
import type { RollupRow } from '../../../contract/monitoring-rollup.ts';
import { createApp } from '../../app.ts';
import { readConfig } from '../../config.ts';
import { seedMonitoringRound } from '../../demo/province/seed-monitoring-round.ts';
import { seedProvince } from '../../demo/province/seed-province.ts';
import { loadActor } from '../../test-support/load-actor.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import type { ServiceDeps } from '../deps.ts';
import { getRoundRollup } from './get-round-rollup.ts';
import { loadRoundEntries, sumExecutionRate, type LoadedEntry } from './load-round-entries.ts';

const year = 2026;
/** Accounts by the generator's naming: role + organisation id (ids in creation order). */
const usernames = ['finance-reviewer-o000001', 'finance-reviewer-o000003', 'supervisor-reviewer-o000004', 'admin-o000001'];

/** What the per-unit computation says for the entries of one child, in the rollup's shape. */
function expectRow(entries: readonly LoadedEntry[]) {
  const withTable = entries.filter((entry) => entry.documentId !== null);
  const count = (side: 'budgetLight' | 'targetLight') => {
    const counts = { green: 0, yellow: 0, red: 0, blue: 0, none: 0 };
    for (const entry of withTable) counts[entry[side] && lights.includes(entry[side]) ? entry[side] : 'none']++;
    return counts;
  };
  return {
    units: new Set(withTable.map((entry) => entry.organisationId)).size,
    tables: withTable.length,
    withoutTable: entries.length - withTable.length,
    budget: count('budgetLight'),
    target: count('targetLight'),
    executionRate: sumExecutionRate(withTable),
    lateUnits: new Set(entries.filter((entry) => entry.isLate).map((entry) => entry.organisationId)).size,
  };
}

function pick(row: RollupRow) {
  const { units, tables, withoutTable, budget, target, executionRate, lateUnits } = row;
  return { units, tables, withoutTable, budget, target, executionRate, lateUnits };
}

describe.each(await listTestDialects())('the monitoring overview by level on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let deps: ServiceDeps;
  let roundId: string;
  let paths: Map<string, string[]>;

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    // Lowest cost of a password hash: the test never signs in.
    await seedProvince(database.db, { units: 60, years: 1, lastYear: year, seed: 7, passwordHash: 'unused' });
    ({ roundId } = await seedMonitoringRound(database.db, { year, seed: 7 }));
    // A second table for some units (a project's), so Σ 执行数 / Σ 基数 spans tables, and one entry without a table.
    const entries = await database.db.selectFrom('monitoring_round_entries').selectAll().where('round_id', '=', roundId).orderBy('organisation_id').execute();
    const documents = await database.db.selectFrom('documents').selectAll().where('kind', '=', 'monitoring').execute();
    for (const [index, entry] of entries.slice(0, 6).entries()) {
      const source = documents[(index * 7) % documents.length]!;
      const copyId = `${source.id}-project`;
      await database.db.insertInto('documents').values({ ...source, id: copyId, organisation_id: entry.organisation_id, project: '第二个项目' }).execute();
      await database.db.insertInto('monitoring_round_entries').values({ round_id: roundId, organisation_id: entry.organisation_id, project: '第二个项目', document_id: copyId, conclusion: null, conclusion_note: null, concluded_by: null, concluded_at: null }).execute();
    }
    const last = entries.at(-1)!;
    await database.db.insertInto('monitoring_round_entries').values({ round_id: roundId, organisation_id: last.organisation_id, project: '无目标项目', document_id: null, conclusion: null, conclusion_note: null, concluded_by: null, concluded_at: null }).execute();
    const config = readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false' });
    ({ deps } = await createApp({ config, connection: database, isLogging: false }));
    const organisations = await database.db.selectFrom('organisations').select(['id', 'path']).execute();
    paths = new Map(organisations.map((row) => [row.id, row.path.split('/').filter(Boolean)]));
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(!isAvailable)('sums each child as the per-unit overview does, at every level each reader can drill into', async () => {
    const round = (await deps.repositories.monitoringRounds.getRound(roundId))!;
    for (const username of usernames) {
      const actor = await loadActor(database, username);
      const entries = await loadRoundEntries(deps, { actor, round });
      const queue: Array<string | undefined> = [undefined];
      let levels = 0;
      let unitRows = 0;
      while (queue.length > 0) {
        const under = queue.shift();
        const rollup = await getRoundRollup(deps, { actor, id: roundId, under });
        levels++;
        const underPath = paths.get(rollup.organisation.id)!;
        const below = entries.filter((entry) => underPath.every((id, index) => paths.get(entry.organisationId)![index] === id));
        const byChild = new Map<string, LoadedEntry[]>();
        for (const entry of below) {
          const child = paths.get(entry.organisationId)![underPath.length] ?? rollup.organisation.id;
          byChild.set(child, [...(byChild.get(child) ?? []), entry]);
        }
        expect(rollup.children.map((row) => row.organisationId).sort(), `${username} under ${rollup.organisation.name}`).toEqual([...byChild.keys()].sort());
        for (const row of rollup.children) {
          const childEntries = byChild.get(row.organisationId)!;
          expect(pick(row), `${username}: ${row.organisationName}`).toEqual(expectRow(childEntries));
          expect(row.hasSubordinates).toBe(!row.isSelf && childEntries.some((entry) => entry.organisationId !== row.organisationId));
          if (row.hasSubordinates) queue.push(row.organisationId);
          if (!row.hasSubordinates && !row.isSelf) unitRows++;
        }
        expect(pick(rollup.total), `${username}: total under ${rollup.organisation.name}`).toEqual(expectRow(below));
      }
      // Down to the units: the province's tree is province → city → county → 主管部门 → unit.
      expect(levels, username).toBeGreaterThanOrEqual(username === 'supervisor-reviewer-o000004' ? 1 : 4);
      expect(unitRows, username).toBe(new Set(entries.map((entry) => entry.organisationId)).size);
    }
  });

  it.skipIf(!isAvailable)('counts lights only of tables the reader may read: a 主管部门 never sees a draft light', async () => {
    const actor = await loadActor(database, 'supervisor-reviewer-o000004');
    const rollup = await getRoundRollup(deps, { actor, id: roundId });
    const drafts = await database.db
      .selectFrom('monitoring_round_entries as entries')
      .innerJoin('documents', 'documents.id', 'entries.document_id')
      .innerJoin('organisations', 'organisations.id', 'entries.organisation_id')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('entries.round_id', '=', roundId)
      .where('documents.state', '=', 'draft')
      .where('organisations.path', 'like', `%/${actor.organisationId}/%`)
      .executeTakeFirstOrThrow();
    expect(Number(drafts.count)).toBeGreaterThan(0);
    expect(rollup.total.budget.none).toBeGreaterThanOrEqual(Number(drafts.count));
  });

  it.skipIf(!isAvailable)('refuses an organisation outside the reader’s own as not found', async () => {
    const actor = await loadActor(database, 'finance-reviewer-o000003');
    await expect(getRoundRollup(deps, { actor, id: roundId, under: 'o000001' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(getRoundRollup(deps, { actor, id: 'no-such-round' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
