/**
 * The monitoring overview at 10,000 units (issue 11: < 200 ms on PostgreSQL): seeds a generated
 * province of one year with a round of monitoring tables (one per unit, server/demo/province) into
 * SQLite and PostgreSQL once (a seeded database is reused), then times the round's overview, its
 * overview by level and its page (first page, filtered pages, a page deep in, one county's subtree)
 * in-process with app.inject: p50/p95 and SQL statements per request. Then opens a later round
 * (1-9月, every unit's table carried forward: bench/monitoring-open-round.ts) once per database,
 * and puts the database back as it was.
 * Not in the default `npm run bench`: run `npm run bench -- monitoring-overview` (minutes).
 * BENCH_MONITORING_UNITS sizes it; BENCH_MONITORING_PG_URL names a throwaway PostgreSQL database
 * (default: DATABASE_URL); BENCH_MONITORING_SQLITE the SQLite file; BENCH_MONITORING_SAMPLES the
 * samples per route; BENCH_MONITORING_DIALECTS=postgres (or sqlite) runs one database only;
 * BENCH_MONITORING_OPEN_ROUND=0 leaves out opening a later round (it writes, then deletes, 10,000 tables:
 * never point it at a database others read).
 */
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { connectPostgres, connectSqlite, type DatabaseConnection } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { createQueryCounter } from '../server/db/query-counter.ts';
import { testDemoPassword as demoPassword } from '../server/demo/demo-organisations.ts';
import { seedMonitoringRound } from '../server/demo/province/seed-monitoring-round.ts';
import { seedProvince } from '../server/demo/province/seed-province.ts';
import { hashPassword } from '../server/services/sessions/password.ts';
import { toSignedIn } from '../server/test-support/create-test-app.ts';
import type { Measurement } from './measurement.ts';
import { benchOpenLaterRound } from './monitoring-open-round.ts';

const units = Number(process.env.BENCH_MONITORING_UNITS ?? 10_000);
const samplesPerRoute = Number(process.env.BENCH_MONITORING_SAMPLES ?? 30);
const dialects = (process.env.BENCH_MONITORING_DIALECTS ?? 'sqlite,postgres').split(',');
const year = 2026;
const seed = 1;

interface Route {
  label: string;
  /** The province's finance bureau (every unit) or one county's. */
  as: 'province' | 'county';
  path: string;
}

const routes: Route[] = [
  { label: 'overview, province finance (every unit)', as: 'province', path: '/overview' },
  { label: 'overview, one county', as: 'county', path: '/overview' },
  // The round page, paged on the server (50 rows a page) with its counts over the whole scope.
  { label: 'round page, first page of 50, province finance', as: 'province', path: '' },
  { label: 'round page filtered (red 绩效目标 light, no conclusion yet), province finance', as: 'province', path: '?light=red&lightSide=target&conclusion=none' },
  { label: 'round page filtered (逾期未提交, name contains 小学), province finance', as: 'province', path: `?late=true&search=${encodeURIComponent('小学')}` },
  { label: 'round page deep in (page 150 of 50 rows), province finance', as: 'province', path: '?page=150&pageSize=50' },
  { label: 'round page narrowed to one county (under=o000003), province finance', as: 'province', path: '?under=o000003' },
  // The overview by level (get-round-rollup.ts): the province's cities, and one county's 主管部门 (o000003, the generator's first county).
  { label: 'overview by level, province finance (its cities)', as: 'province', path: '/rollup' },
  { label: "overview by level, province finance drilled to one county (its 主管部门)", as: 'province', path: '/rollup?under=o000003' },
];

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

function openDatabases(): Array<{ name: string; connection: DatabaseConnection }> {
  const databases = dialects.includes('sqlite') ? [{ name: 'sqlite', connection: connectSqlite(process.env.BENCH_MONITORING_SQLITE ?? `/tmp/jixiao-monitoring-${units}.sqlite`) }] : [];
  const url = process.env.BENCH_MONITORING_PG_URL ?? process.env.DATABASE_URL;
  if (!dialects.includes('postgres')) return databases;
  if (url) databases.push({ name: 'postgres', connection: connectPostgres({ url }) });
  else console.log('(PostgreSQL skipped: set BENCH_MONITORING_PG_URL or DATABASE_URL to a throwaway database)');
  return databases;
}

/** Seeds the province and its round unless they are there; returns the round id and the seconds seeding took (0 when reused). */
async function ensureSeeded(connection: DatabaseConnection): Promise<{ roundId: string; seconds: number }> {
  await migrateToLatest(connection.db);
  const existing = await connection.db.selectFrom('monitoring_rounds').select('id').where('year', '=', year).executeTakeFirst();
  if (existing) return { roundId: existing.id, seconds: 0 };
  const startedAt = performance.now();
  await seedProvince(connection.db, { units, years: 1, lastYear: year, seed, passwordHash: await hashPassword(demoPassword) });
  const { roundId } = await seedMonitoringRound(connection.db, {
    year,
    seed,
    onProgress: ({ done, total }) => process.stdout.write(`\r  monitoring tables ${done}/${total}`),
  });
  process.stdout.write('\n');
  return { roundId, seconds: (performance.now() - startedAt) / 1000 };
}

async function findUsername(connection: DatabaseConnection, depth: number): Promise<string> {
  const row = await connection.db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select('users.username')
    .where('users.role', '=', 'finance-reviewer')
    .where('organisations.path', 'like', `${'/%'.repeat(depth)}/`)
    .where('organisations.path', 'not like', `${'/%'.repeat(depth + 1)}/`)
    .orderBy('users.id')
    .executeTakeFirstOrThrow();
  return row.username;
}

export async function benchMonitoringOverview(): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const { name, connection } of openDatabases()) {
    const { roundId, seconds } = await ensureSeeded(connection);
    if (seconds > 0) measurements.push({ name: `${name}: seed ${units} units and their monitoring tables`, value: Math.round(seconds), unit: 's' });
    const tables = await connection.db.selectFrom('monitoring_round_entries').select((eb) => eb.fn.countAll<number>().as('count')).where('round_id', '=', roundId).executeTakeFirstOrThrow();
    measurements.push({ name: `${name}: monitoring tables in the round`, value: Number(tables.count), unit: 'tables' });
    const counter = createQueryCounter();
    const config = readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false' });
    const { app } = await createApp({ config, connection: { ...connection, db: connection.db.withPlugin(counter.plugin) }, isLogging: false, responseCheck: 'fast' });
    try {
      const headers: Record<Route['as'], Record<string, string>> = { province: {}, county: {} };
      for (const [as, depth] of [['province', 1], ['county', 3]] as const) {
        const response = await app.inject({ method: 'POST', url: '/api/login', payload: { username: await findUsername(connection, depth), password: demoPassword } });
        if (response.statusCode !== 200) throw new Error(`login ${as}: ${response.statusCode} ${response.body}`);
        headers[as] = toSignedIn(response).headers;
      }
      for (const route of routes) {
        const url = `/api/monitoring-rounds/${roundId}${route.path}`;
        const times: number[] = [];
        // CPU of this process per request (the whole request on SQLite; without the server's part on
        // PostgreSQL): on a machine shared with other work, wall time mostly measures the wait for a core.
        const cpuTimes: number[] = [];
        let queries = 0;
        let bytes = 0;
        // Two warm-up requests (plans, caches), then the samples.
        for (let index = 0; index < samplesPerRoute + 2; index++) {
          counter.reset();
          const began = performance.now();
          const cpuBefore = process.cpuUsage();
          const response = await app.inject({ method: 'GET', url, headers: headers[route.as] });
          const cpu = process.cpuUsage(cpuBefore);
          if (index >= 2) {
            times.push(performance.now() - began);
            cpuTimes.push((cpu.user + cpu.system) / 1000);
          }
          queries = counter.count;
          bytes = response.rawPayload.length;
          if (response.statusCode !== 200) throw new Error(`${url} as ${route.as}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        }
        times.sort((a, b) => a - b);
        cpuTimes.sort((a, b) => a - b);
        const label = `${name}: ${route.label}`;
        measurements.push(
          { name: `${label} p50`, value: Math.round(percentile(times, 0.5)), unit: 'ms' },
          { name: `${label} p95 (${times.length} samples, ${queries} SQL statements, ${Math.round(bytes / 1024)} KB)`, value: Math.round(percentile(times, 0.95)), unit: 'ms' },
          { name: `${label} CPU of this process p50`, value: Math.round(percentile(cpuTimes, 0.5)), unit: 'ms' },
        );
      }
      if (process.env.BENCH_MONITORING_OPEN_ROUND !== '0') {
        measurements.push(...(await benchOpenLaterRound({ name, app, db: connection.db, counter, headers: headers.province, year })));
      }
    } finally {
      await app.close();
      await connection.db.destroy();
    }
  }
  return measurements;
}
