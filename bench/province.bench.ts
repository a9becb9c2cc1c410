/**
 * The finance pages at province size (issue 14 item 2): seeds 10,000 units × 5 years once into
 * SQLite and PostgreSQL (kept between runs: a seeded database is reused), then times each page's
 * API in-process with app.inject and reports p50/p95 and SQL statements per request.
 * Not in the default `npm run bench`: run `npm run bench -- province` (minutes, gigabytes).
 * BENCH_PROVINCE_UNITS / _YEARS size it; BENCH_PROVINCE_PG_URL names the PostgreSQL database
 * (default: DATABASE_URL); BENCH_PROVINCE_SQLITE the SQLite file; BENCH_PROVINCE_SECONDS bounds
 * each route's sampling; BENCH_PROVINCE_DIALECTS=postgres (or sqlite) runs one database only;
 * BENCH_PROVINCE_ROUTES=overview,workbook runs only the routes whose label contains one of the words.
 * The summary downloads are kept per instance until a write (services/reports/kept-summaries.ts):
 * they are timed twice, warm (the same download again, nothing written) and cold (each download
 * right after an UPDATE of one document of the year, which moves the year's generation on: the kept
 * answer is then patched with that unit's rows, services/reports/read-kept-summary.ts).
 * BENCH_PROVINCE_OVER_HTTP=1 times each request over a loopback socket (the server listening, the
 * body read as bytes and dropped) instead of app.inject, which concatenates and decodes the whole
 * body into a string: for a 10 MB answer that alone is about 100 ms no client pays.
 */
import { readConfig } from '../server/config.ts';
import { createApp } from '../server/app.ts';
import { connectPostgres, connectSqlite, type DatabaseConnection } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { createDocumentsRepository } from '../server/db/documents.repository.ts';
import { createQueryCounter } from '../server/db/query-counter.ts';
import { testDemoPassword as demoPassword } from '../server/demo/demo-organisations.ts';
import { seedProvince } from '../server/demo/province/seed-province.ts';
import { encodeListCursor } from '../server/services/documents/list-cursor.ts';
import { toSignedIn } from '../server/test-support/create-test-app.ts';
import { hashPassword } from '../server/services/sessions/password.ts';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Measurement } from './measurement.ts';

const units = Number(process.env.BENCH_PROVINCE_UNITS ?? 10_000);
const years = Number(process.env.BENCH_PROVINCE_YEARS ?? 5);
const samplesPerRoute = Number(process.env.BENCH_PROVINCE_SAMPLES ?? 20);
const secondsPerRoute = Number(process.env.BENCH_PROVINCE_SECONDS ?? 20);
const dialects = (process.env.BENCH_PROVINCE_DIALECTS ?? 'sqlite,postgres').split(',');
const routeWords = process.env.BENCH_PROVINCE_ROUTES?.split(',').filter(Boolean) ?? [];
const isOverHttp = process.env.BENCH_PROVINCE_OVER_HTTP === '1';
const lastYear = 2026;
const pastYear = lastYear - 1;

interface Route {
  label: string;
  /** Which account asks: the province, a city or a county finance bureau, a supervisor, a unit, or nobody. */
  as: 'province' | 'city' | 'county' | 'supervisor' | 'unit' | 'public';
  url: string;
  /** The url ends in after=: the cursor of this row is appended (keyset paging). */
  cursorAt?: { offset: number; state?: 'published' };
  /** Kept until a write: timed warm and cold (after a write) apart. */
  isKept?: boolean;
}

const routes: Route[] = [
  // The summary rows (GET /api/reports/summary): every document of the year, one row each (an export
  // for API clients and the workbook; the web's overview, rankings and roll-up use /api/reports/overview).
  { label: 'summary rows (every document), province, past year', as: 'province', url: `/api/reports/summary?year=${pastYear}`, isKept: true },
  { label: 'summary rows (every document), one city, past year', as: 'city', url: `/api/reports/summary?year=${pastYear}`, isKept: true },
  { label: 'summary rows (every document), one county, past year', as: 'county', url: `/api/reports/summary?year=${pastYear}`, isKept: true },
  // The overview by level (GET /api/reports/overview): counts per child organisation, counted in SQL.
  { label: 'overview by level, province, past year', as: 'province', url: `/api/reports/overview?year=${pastYear}` },
  { label: 'overview by level, province, default year', as: 'province', url: '/api/reports/overview' },
  { label: 'overview by level, province viewing one city', as: 'province', url: `/api/reports/overview?year=${pastYear}&organisationId=o000002` },
  { label: 'overview by level, one city', as: 'city', url: `/api/reports/overview?year=${pastYear}` },
  { label: 'overview by level, one county', as: 'county', url: `/api/reports/overview?year=${pastYear}` },
  { label: 'summary workbook .xlsx, one county', as: 'county', url: `/api/reports/summary.xlsx?year=${pastYear}`, isKept: true },
  { label: 'summary workbook .xlsx, one city', as: 'city', url: `/api/reports/summary.xlsx?year=${pastYear}`, isKept: true },
  { label: 'summary workbook .xlsx, province', as: 'province', url: `/api/reports/summary.xlsx?year=${pastYear}`, isKept: true },
  // 年度报送 (GET /api/reports/year-status): the scope's counts and one page of its units.
  { label: 'year status, one county', as: 'county', url: `/api/reports/year-status?year=${pastYear}` },
  { label: 'year status, one city', as: 'city', url: `/api/reports/year-status?year=${pastYear}` },
  { label: 'year status, province', as: 'province', url: `/api/reports/year-status?year=${pastYear}` },
  // Paged in SQL (issue 14): a later page under a filter, and a search in unit and 主管部门 names.
  { label: 'year status, province, not submitted, page 40', as: 'province', url: `/api/reports/year-status?year=${lastYear}&filter=outstanding&page=40&pageSize=50` },
  { label: 'year status, province, search', as: 'province', url: `/api/reports/year-status?year=${pastYear}&search=${encodeURIComponent('卫生')}` },
  { label: 'review queue: finance, supervisor-reviewed self-evaluations', as: 'province', url: `/api/documents?year=${pastYear}&kind=self-evaluation&state=supervisor-reviewed&pageSize=20` },
  { label: 'review queue: supervisor, submitted target tables', as: 'supervisor', url: `/api/documents?year=${lastYear}&kind=target-table&state=submitted&pageSize=20` },
  { label: 'document list: province, year filter, first page', as: 'province', url: `/api/documents?year=${lastYear}&pageSize=20` },
  { label: 'document list: province, no filter, page 200', as: 'province', url: '/api/documents?page=200&pageSize=20' },
  { label: 'document list: county, kind filter', as: 'county', url: `/api/documents?year=${pastYear}&kind=self-evaluation&pageSize=20` },
  { label: "document list: a unit's own", as: 'unit', url: '/api/documents?pageSize=20' },
  // The search box: text in the unit's or the project's name (LIKE %…%), a rare and a common word.
  { label: 'document list: province, search a unit name', as: 'province', url: `/api/documents?year=${pastYear}&search=${encodeURIComponent('疾病预防控制中心2')}&pageSize=20` },
  { label: 'document list: province, search a common word, no year', as: 'province', url: `/api/documents?search=${encodeURIComponent('医院')}&pageSize=20` },
  { label: 'document list: county, search', as: 'county', url: `/api/documents?search=${encodeURIComponent('中心')}&pageSize=20` },
  { label: 'public list, year filter', as: 'public', url: `/api/public/documents?year=${pastYear}&pageSize=20` },
  { label: 'public list, page 100', as: 'public', url: '/api/public/documents?page=100&pageSize=20' },
  // Keyset paging (after=): the same depth as the offset pages above, from a cursor at that row.
  { label: 'document list: province, no filter, cursor at row 4,000', as: 'province', url: '/api/documents?pageSize=20&after=', cursorAt: { offset: 3_999 } },
  { label: 'public list, cursor at row 2,000', as: 'public', url: '/api/public/documents?pageSize=20&after=', cursorAt: { offset: 1_999, state: 'published' } },
];

/** The cursor of the row at `offset` in the lists' order (all documents, or one state's), found once before timing. */
async function findCursor(connection: DatabaseConnection, at: NonNullable<Route['cursorAt']>): Promise<string> {
  const { items } = await createDocumentsRepository(connection.db).list({ ...(at.state ? { state: at.state } : {}), limit: 1, offset: at.offset, countCap: 1 });
  if (!items[0]) throw new Error(`no document at row ${at.offset}`);
  return encodeURIComponent(encodeListCursor(items[0]));
}

/** GET over a socket: the status and the first bytes of the body (the rest is read and dropped). */
function getOverHttp(port: number, url: string, headers: Record<string, string> = {}): Promise<{ statusCode: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, path: url, headers }, (incoming) => {
      let start = '';
      incoming.on('data', (chunk: Buffer) => {
        if (start.length < 200) start += chunk.subarray(0, 200).toString('latin1');
      });
      incoming.on('end', () => resolve({ statusCode: incoming.statusCode ?? 0, body: start }));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

async function openDatabases(): Promise<Array<{ name: string; connection: DatabaseConnection }>> {
  const sqliteFile = process.env.BENCH_PROVINCE_SQLITE ?? `/tmp/jixiao-province-${units}x${years}.sqlite`;
  const databases = dialects.includes('sqlite') ? [{ name: 'sqlite', connection: connectSqlite(sqliteFile) }] : [];
  const url = process.env.BENCH_PROVINCE_PG_URL ?? process.env.DATABASE_URL;
  if (!dialects.includes('postgres')) return databases;
  if (url) databases.push({ name: 'postgres', connection: connectPostgres({ url }) });
  else console.log('(PostgreSQL skipped: set BENCH_PROVINCE_PG_URL or DATABASE_URL to a throwaway database)');
  return databases;
}

/** Seeds unless the province is already there; returns the seconds it took (0 when reused). */
async function ensureSeeded(connection: DatabaseConnection): Promise<number> {
  await migrateToLatest(connection.db);
  const existing = await connection.db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  if (Number(existing.count) > 0) return 0;
  const startedAt = performance.now();
  await seedProvince(connection.db, { units, years, seed: 1, passwordHash: await hashPassword(demoPassword) });
  return (performance.now() - startedAt) / 1000;
}

/** One account of each kind: the first organisation of that kind in the tree (ids are in creation order). */
async function findUsernames(connection: DatabaseConnection): Promise<Record<Exclude<Route['as'], 'public'>, string>> {
  const pick = async (role: string, depth: number) => {
    const row = await connection.db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select('users.username')
      .where('users.role', '=', role as 'finance-reviewer')
      .where('organisations.path', 'like', `${'/%'.repeat(depth)}/`)
      .where('organisations.path', 'not like', `${'/%'.repeat(depth + 1)}/`)
      .orderBy('users.id')
      .executeTakeFirstOrThrow();
    return row.username;
  };
  return { province: await pick('finance-reviewer', 1), city: await pick('finance-reviewer', 2), county: await pick('finance-reviewer', 3), supervisor: await pick('supervisor-reviewer', 4), unit: await pick('unit-filler', 5) };
}

export async function benchProvince(): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const { name, connection } of await openDatabases()) {
    const seedSeconds = await ensureSeeded(connection);
    if (seedSeconds > 0) measurements.push({ name: `${name}: seed ${units} units × ${years} years`, value: Math.round(seedSeconds), unit: 's' });
    const documents = await connection.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    measurements.push({ name: `${name}: documents in the province`, value: Number(documents.count), unit: 'documents' });
    const counter = createQueryCounter();
    const config = readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false' });
    const { app, deps } = await createApp({ config, connection: { ...connection, db: connection.db.withPlugin(counter.plugin) }, isLogging: false, responseCheck: 'fast' });
    try {
      // As a server that has been up a moment: its warm worker thread has loaded exceljs and the writers.
      await deps.heavyWork.warmUp();
      const port = isOverHttp ? ((await app.listen({ host: '127.0.0.1', port: 0 }), app.server.address()) as AddressInfo).port : 0;
      const get = (url: string, as: Route['as']) => (isOverHttp ? getOverHttp(port, url, headers[as]) : app.inject({ method: 'GET', url, headers: headers[as] }));
      const headers: Record<string, Record<string, string>> = { public: {} };
      for (const [as, username] of Object.entries(await findUsernames(connection))) {
        const response = await app.inject({ method: 'POST', url: '/api/login', payload: { username, password: demoPassword } });
        if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
        headers[as] = toSignedIn(response).headers;
      }
      for (const route of routes.filter((candidate) => routeWords.length === 0 || routeWords.some((word) => candidate.label.includes(word)))) {
        const url = route.cursorAt ? `${route.url}${await findCursor(connection, route.cursorAt)}` : route.url;
        // The first request apart: it pays what a cold process pays once (tsx compiling a module,
        // the first query plans), not what each request costs. The server's worker thread is warm
        // (createHeavyWorkPool isWarm): a workbook no longer waits for exceljs to load.
        const coldStartedAt = performance.now();
        await get(url, route.as);
        const firstMs = performance.now() - coldStartedAt;
        const sample = async (label: string, beforeEach?: () => Promise<void>) => {
          const times: number[] = [];
          let queries = 0;
          const startedAt = performance.now();
          while (times.length < samplesPerRoute && (times.length < 2 || performance.now() - startedAt < secondsPerRoute * 1000)) {
            await beforeEach?.();
            counter.reset();
            const began = performance.now();
            const response = await get(url, route.as);
            times.push(performance.now() - began);
            queries = counter.count;
            if (response.statusCode !== 200) throw new Error(`${route.url} as ${route.as}: ${response.statusCode} ${response.body.slice(0, 200)}`);
          }
          times.sort((a, b) => a - b);
          measurements.push(
            { name: `${label} p50`, value: Math.round(percentile(times, 0.5)), unit: 'ms' },
            { name: `${label} p95 (${times.length} samples, ${queries} SQL statements)`, value: Math.round(percentile(times, 0.95)), unit: 'ms' },
          );
          console.log(`  ${label}: p50 ${Math.round(percentile(times, 0.5))} ms, p95 ${Math.round(percentile(times, 0.95))} ms, ${queries} statements`);
        };
        const label = `${name}${isOverHttp ? ' (over http)' : ''}: ${route.label}`;
        measurements.push({ name: `${label} first request`, value: Math.round(firstMs), unit: 'ms' });
        console.log(`  ${label}: first ${Math.round(firstMs)} ms`);
        if (!route.isKept) {
          await sample(label);
          continue;
        }
        await sample(`${label}, warm (kept, nothing written)`);
        // A write that changes no value but is a write: the year's generation moves on, the kept answer is not used.
        const written = await connection.db.selectFrom('documents').select('id').where('year', '=', pastYear).orderBy('id').limit(1).executeTakeFirstOrThrow();
        await sample(`${label}, cold (each after a write)`, async () => {
          await connection.db.updateTable('documents').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('id', '=', written.id).execute();
        });
      }
    } finally {
      await app.close();
      await connection.db.destroy();
    }
  }
  return measurements;
}
