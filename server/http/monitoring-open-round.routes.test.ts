/**
 * Opening a later round of the year at scale (issue 11): 1-9月 after 1-6月 gives every unit the next
 * revision of its table, carried forward from the one before. Nothing is done per unit in SQL: the
 * request sends as many statements for 40 units as for 10, and what it writes is whole (a table,
 * lit and summarised, and one audit entry per unit).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { summariseMonitoring } from '../../core/monitoring/index.ts';
import type { PerformanceDocument } from '../../core/model.ts';
import { seedMonitoringRound } from '../demo/province/seed-monitoring-round.ts';
import { seedProvince } from '../demo/province/seed-province.ts';
import { analysesInFlight } from '../services/monitoring/open-monitoring-round.ts';
import { createInProcessHeavyWork, type HeavyWork } from '../workers/heavy-work.ts';
import { countStatements, openCountedApp, useCountedProvincePair, type CountedApp } from '../test-support/counted-app.ts';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';

const year = 2026;
/** A round opened now, one table per unit and project, sends this many statements at most (the session, the reads, a few INSERTs, the answer's page). */
const maxStatements = 20;

interface Province extends CountedApp<'province'> {
  approvedTargets: number;
  /** The most analyses waiting at once (the worker pool refuses past 128 queued per thread). */
  mostInFlight: () => number;
}

/** The work in this thread, each analysis held a moment so waiting ones pile up if nothing bounds them. */
function createCountingHeavyWork(): { heavyWork: HeavyWork; mostInFlight: () => number } {
  const base = createInProcessHeavyWork();
  let inFlight = 0;
  let most = 0;
  const heavyWork: HeavyWork = {
    ...base,
    analyse: async (...input) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return await base.analyse(...input);
      } finally {
        inFlight--;
      }
    },
  };
  return { heavyWork, mostInFlight: () => most };
}

async function openProvince(dialect: 'sqlite' | 'postgres', units: number, passwordHash: string): Promise<Province> {
  const database = await createTestDatabase(dialect);
  await seedProvince(database.db, { units, years: 1, lastYear: year, seed: 9, passwordHash });
  await seedMonitoringRound(database.db, { year, seed: 9 });
  // Every unit's targets approved and its 1-6月 table handed in: the next round may open for all.
  await database.db.updateTable('documents').set({ state: 'approved' }).where('kind', '=', 'target-table').where('year', '=', year).execute();
  await database.db.updateTable('documents').set({ state: 'submitted' }).where('kind', '=', 'monitoring').where('year', '=', year).where('state', 'in', ['draft', 'returned']).execute();
  const approved = await database.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('count')).where('kind', '=', 'target-table').where('year', '=', year).executeTakeFirstOrThrow();
  const { heavyWork, mostInFlight } = createCountingHeavyWork();
  const counted = await openCountedApp(database, { accounts: { province: 'finance-reviewer-o000001' }, heavyWork });
  return { ...counted, approvedTargets: Number(approved.count), mostInFlight };
}

async function openLaterRound(province: Province) {
  const { statements, response } = await countStatements(province, {
    method: 'POST',
    url: '/api/monitoring-rounds',
    headers: province.headers.province,
    payload: { year, period: { throughMonth: 9 }, deadline: `${year}-10-31` },
  });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
  return { statements, answer: response.json() };
}

describe.each(await listTestDialects())('opening a later round on $dialect', ({ dialect, isAvailable }) => {
  const provinces = useCountedProvincePair({ isAvailable, open: (units, passwordHash) => openProvince(dialect, units, passwordHash), timeoutMs: 120_000 });
  let opened: { small: Awaited<ReturnType<typeof openLaterRound>>; large: Awaited<ReturnType<typeof openLaterRound>> };

  beforeAll(async () => {
    if (!isAvailable) return;
    opened = { small: await openLaterRound(provinces.small), large: await openLaterRound(provinces.large) };
  }, 120_000);

  it.skipIf(!isAvailable)('sends as many statements for 40 units as for 10', () => {
    expect(provinces.large.approvedTargets).toBe(4 * provinces.small.approvedTargets);
    expect(opened.large.answer.created).toBe(provinces.large.approvedTargets);
    expect(opened.large.statements).toBe(opened.small.statements);
    expect(opened.small.statements).toBeLessThanOrEqual(maxStatements);
    // The answer is the round's counts and its first page, not every table.
    expect(opened.large.answer.round.counts.tables).toBe(provinces.large.approvedTargets);
    expect(opened.large.answer.round.entries.length).toBeLessThanOrEqual(50);
  });

  it.skipIf(!isAvailable)('keeps the analyses waiting in the worker pool bounded, so a round of 10,000 tables is not refused as busy', () => {
    expect(provinces.large.approvedTargets).toBeGreaterThan(analysesInFlight);
    expect(provinces.large.mostInFlight()).toBeGreaterThan(1);
    expect(provinces.large.mostInFlight()).toBeLessThanOrEqual(analysesInFlight);
  });

  it.skipIf(!isAvailable)("carries each unit's table forward as its next revision, lit and summarised, with one audit entry each", async () => {
    const db = provinces.large.database.db;
    const roundId: string = opened.large.answer.round.id;
    const rows = await db
      .selectFrom('monitoring_round_entries as entries')
      .innerJoin('documents', 'documents.id', 'entries.document_id')
      .select(['documents.id', 'documents.organisation_id', 'documents.revision', 'documents.state', 'documents.body', 'documents.monitoring_target_light', 'documents.monitoring_execution_rate', 'documents.monitoring_time_progress'])
      .where('entries.round_id', '=', roundId)
      .execute();
    expect(rows).toHaveLength(provinces.large.approvedTargets);
    const before = await db.selectFrom('documents').select(['organisation_id', 'project', 'body']).where('kind', '=', 'monitoring').where('revision', '=', 1).execute();
    const firstBodies = new Map(before.map((row) => [row.organisation_id, JSON.parse(row.body) as PerformanceDocument]));
    for (const row of rows) {
      const body = JSON.parse(row.body) as PerformanceDocument;
      expect({ revision: row.revision, state: row.state, throughMonth: body.monitoring?.period?.throughMonth }).toEqual({ revision: 2, state: 'draft', throughMonth: 9 });
      // Carried forward: the unit's indicators as its 1-6月 table had them, and its own figures.
      const names = (document: PerformanceDocument) => document.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.name));
      expect(names(body)).toEqual(names(firstBodies.get(row.organisation_id)!));
      const summary = summariseMonitoring(body);
      expect({ light: row.monitoring_target_light, rate: row.monitoring_execution_rate, progress: row.monitoring_time_progress }).toEqual({
        light: summary.targetLight,
        rate: summary.executionRate,
        progress: summary.timeProgress,
      });
    }
    const audited = await db
      .selectFrom('audit_entries')
      .select(['document_id', 'reason'])
      .where('action', '=', 'open-monitoring-round')
      .where('document_id', 'in', rows.map((row) => row.id))
      .execute();
    expect(audited).toHaveLength(rows.length);
    expect(audited.every((entry) => entry.reason?.includes('由上一轮监控表（第 1 版）带入'))).toBe(true);
  });
});
