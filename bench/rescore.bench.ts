/**
 * Rescoring at province scale (issue 12): a city bureau with N units, one draft self-evaluation of
 * ~20 indicators each, then the city's rule pack is set (rescore-drafts.ts: collect, analyse in the
 * worker pool, write every body with its audit entry in one transaction). Prints the dry run and
 * the real change with their rates, and how long the server stalled meanwhile: a GET /api/health
 * (one `select 1`) sent every 50 ms through app.inject, its slowest answer, the event loop's
 * longest delay, and the process's peak resident memory.
 * `npm run bench -- rescore`; BENCH_RESCORE_DRAFTS sizes it (default 10,000), BENCH_RESCORE_DIALECTS
 * picks sqlite and/or postgres (BENCH_RESCORE_PG_URL or DATABASE_URL: a throwaway database).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { analyseWithPack, getRulePack } from '../core/rule-packs/index.ts';
import { buildPackDocument, type PackRow } from '../core/rule-packs/testing.ts';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { connectPostgres, connectSqlite, type DatabaseConnection } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import type { Actor } from '../server/services/actor.ts';
import { setRegionRulePack } from '../server/services/rule-packs/set-region-rule-pack.ts';
import type { Measurement } from './measurement.ts';
import { documentFigures } from '../server/db/document-figures.ts';

const drafts = Number(process.env.BENCH_RESCORE_DRAFTS ?? 10_000);
const dialects = (process.env.BENCH_RESCORE_DIALECTS ?? 'sqlite,postgres').split(',');
const year = 2030;
const at = '2030-01-01T00:00:00.000Z';

/** 20 indicators: 产出 12 × 5 分, 效益 6 × 5 分, 满意度 2 × 5 分, some short of target (the scores move). */
function buildRows(): PackRow[] {
  return Array.from({ length: 20 }, (_, index) => {
    const level1 = index < 12 ? '产出指标' : index < 18 ? '效益指标' : '满意度指标';
    return { level1, name: `指标${index + 1}`, target: '≥100次', actual: `${90 + (index % 11)}次`, weight: index < 12 ? '4' : '5' };
  });
}

async function seed(connection: DatabaseConnection): Promise<void> {
  const { db } = connection;
  await db.insertInto('organisations').values({ id: 'bench-province', parent_id: null, kind: 'finance-bureau', name: '基准省财政厅', path: '/bench-province/', created_at: at }).execute();
  await db.insertInto('users').values({ id: 'bench-admin', username: 'bench-admin', password_hash: '-', display_name: '基准', role: 'admin', organisation_id: 'bench-province', created_at: at, password_changed_at: null }).execute();
  await db.insertInto('organisations').values({ id: 'bench-city', parent_id: 'bench-province', kind: 'finance-bureau', name: '基准市财政局', path: '/bench-province/bench-city/', created_at: at }).execute();
  const body = analyseWithPack({ ...buildPackDocument({ executed: '93', rows: buildRows() }), year }, getRulePack('national'));
  const bodyText = JSON.stringify(body);
  const figures = documentFigures(body);
  for (let start = 0; start < drafts; start += 500) {
    const ids = Array.from({ length: Math.min(500, drafts - start) }, (_, offset) => `bench-unit-${start + offset}`);
    await db
      .insertInto('organisations')
      .values(ids.map((id) => ({ id, parent_id: 'bench-city', kind: 'unit' as const, name: `基准单位${id.slice(11)}`, path: `/bench-province/bench-city/${id}/`, created_at: at })))
      .execute();
    await db
      .insertInto('documents')
      .values(
        ids.map((id) => ({
          id: `draft-${id}`, organisation_id: id, year, kind: 'self-evaluation', project: '', revision: 1, state: 'draft', version: 1,
          body: bodyText, ...figures, score: body.totals.suggestedScore ?? null, grade: body.totals.suggestedGrade ?? null, created_at: at, updated_at: at, updated_by: null,
        })),
      )
      .execute();
  }
}

/** Runs `work` while probing the server every 50 ms; the slowest probe and the event loop's longest delay. */
async function whileProbing<T>(app: Awaited<ReturnType<typeof createApp>>['app'], work: () => Promise<T>) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let slowest = 0;
  let peakRss = process.memoryUsage().rss;
  let isRunning = true;
  const probing = (async () => {
    while (isRunning) {
      const sentAt = performance.now();
      await app.inject({ method: 'GET', url: '/api/health' });
      slowest = Math.max(slowest, performance.now() - sentAt);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const startedAt = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - startedAt, slowestProbeMs: slowest, loopMaxMs: loop.max / 1e6, peakRssMb: peakRss / 2 ** 20 };
  } finally {
    isRunning = false;
    await probing;
    loop.disable();
  }
}

async function benchOne(name: string, connection: DatabaseConnection): Promise<Measurement[]> {
  await migrateToLatest(connection.db);
  const seededAt = performance.now();
  await seed(connection);
  const seedSeconds = (performance.now() - seededAt) / 1000;
  const config = readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false' });
  const { app, deps } = await createApp({ config, connection, isLogging: false, responseCheck: 'fast' });
  await app.ready();
  const admin = { userId: 'bench-admin', username: 'bench', displayName: '基准', role: 'admin', isDemo: false, organisationId: 'bench-province', organisationName: '基准省财政厅', organisationKind: 'finance-bureau', organisationPath: ['bench-province'] } as Actor;
  const change = (dryRun: boolean) => () => setRegionRulePack(deps, { actor: admin, organisationId: 'bench-city', year, pack: 'execution-20', dryRun });
  try {
    const dry = await whileProbing(app, change(true));
    const real = await whileProbing(app, change(false));
    const audit = await connection.db.selectFrom('audit_entries').select((eb) => eb.fn.countAll<number>().as('count')).where('action', '=', 'rescore').executeTakeFirstOrThrow();
    return [
      { name: `${name}: seed ${drafts.toLocaleString('en')} drafts of 20 indicators`, value: Math.round(seedSeconds * 10) / 10, unit: 's' },
      { name: `${name}: dry run (${dry.result.rescoredCount.toLocaleString('en')} analysed, ${dry.result.changed.length.toLocaleString('en')} changed)`, value: Math.round(dry.ms), unit: 'ms' },
      { name: `${name}: dry run rate`, value: Math.round((dry.result.rescoredCount / dry.ms) * 1000), unit: 'drafts/s' },
      { name: `${name}: dry run, slowest /api/health meanwhile`, value: Math.round(dry.slowestProbeMs), unit: 'ms' },
      { name: `${name}: set the city's pack and rescore (${Number(audit.count).toLocaleString('en')} audit entries)`, value: Math.round(real.ms), unit: 'ms' },
      { name: `${name}: rescore rate`, value: Math.round((real.result.rescoredCount / real.ms) * 1000), unit: 'drafts/s' },
      { name: `${name}: rescore, slowest /api/health meanwhile`, value: Math.round(real.slowestProbeMs), unit: 'ms' },
      { name: `${name}: rescore, longest event-loop delay`, value: Math.round(real.loopMaxMs), unit: 'ms' },
      { name: `${name}: rescore, peak resident memory of the process`, value: Math.round(real.peakRssMb), unit: 'MB' },
    ];
  } finally {
    await app.close();
  }
}

export async function benchRescore(): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  if (dialects.includes('sqlite')) {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'jixiao-rescore-'));
    const connection = connectSqlite(path.join(directory, 'bench.sqlite'));
    try {
      measurements.push(...(await benchOne('sqlite (file, WAL)', connection)));
    } finally {
      await connection.db.destroy();
      rmSync(directory, { recursive: true, force: true });
    }
  }
  const url = process.env.BENCH_RESCORE_PG_URL ?? process.env.DATABASE_URL;
  if (dialects.includes('postgres')) {
    if (!url) console.log('(PostgreSQL skipped: set BENCH_RESCORE_PG_URL or DATABASE_URL to a throwaway database)');
    else {
      const connection = connectPostgres({ url });
      try {
        measurements.push(...(await benchOne('postgres', connection)));
      } finally {
        await connection.db.destroy();
      }
    }
  }
  return measurements;
}
