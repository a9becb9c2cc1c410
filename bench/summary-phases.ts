/**
 * Where the whole-province summary download spends its time (issue 14 item 2): each phase of
 * GET /api/reports/summary and summary.xlsx timed apart, in-process, on a seeded province.
 * `npx tsx bench/summary-phases.ts postgres://…` (or a SQLite file) [year] [rounds].
 */
import { sql } from 'kysely';
import { connectPostgres, connectSqlite } from '../server/db/connect.ts';
import { readConfig } from '../server/config.ts';
import { createServiceDeps } from '../server/services/deps.ts';
import { listSummaryRows } from '../server/services/reports/list-summary-rows.ts';
import { listOrganisations } from '../server/services/organisations/list-organisations.ts';
import { exportSummary } from '../documents/summary/write-summary.ts';
import { toSummaryRow } from '../server/services/exports/export-summary-workbook.ts';
import type { Actor } from '../server/services/actor.ts';

const target = process.argv[2] ?? process.env.DATABASE_URL ?? '';
const year = Number(process.argv[3] ?? 2025);
const rounds = Number(process.argv[4] ?? 5);
const connection = target.startsWith('postgres') ? connectPostgres({ url: target }) : connectSqlite(target);
const deps = createServiceDeps({ db: connection.db, config: readConfig({ DEMO_DATA: 'false' }) });

const province = await connection.db
  .selectFrom('organisations')
  .selectAll()
  .where('path', 'like', '/%/')
  .where('path', 'not like', '/%/%/')
  .executeTakeFirstOrThrow();
const actor = {
  userId: 'bench',
  role: 'finance-reviewer',
  organisationId: province.id,
  organisationPath: province.path.split('/').filter(Boolean),
} as unknown as Actor;

async function time<T>(name: string, work: () => Promise<T> | T, into: Map<string, number[]>): Promise<T> {
  const began = performance.now();
  const result = await work();
  const list = into.get(name) ?? [];
  list.push(performance.now() - began);
  into.set(name, list);
  return result;
}

const timings = new Map<string, number[]>();
for (let round = 0; round < rounds; round += 1) {
  await time('organisations (SQL + map)', () => listOrganisations(deps, { actor }), timings);
  const pathPrefix = `/${actor.organisationPath.join('/')}/%`;
  await time('figures SQL only (raw rows)', () =>
    sql`select documents.id, documents.organisation_id, documents.year, documents.kind, documents.project, documents.revision, documents.state, documents.version, documents.score, documents.grade, documents.created_at, documents.updated_at, documents.updated_by, organisations.name, organisations.path, organisations.has_supervisor, documents.execution_rate, documents.stated_score, documents.stated_grade, documents.error_count, documents.warning_count, documents.info_count from documents inner join organisations on organisations.id = documents.organisation_id where documents.year = ${year} and organisations.path like ${pathPrefix}`.execute(connection.db), timings);
  await time('listFigures (SQL + map)', () => deps.repositories.documents.listFigures({ year, withinOrganisationPath: actor.organisationPath }), timings);
  const summary = await time('listSummaryRows (all)', () => listSummaryRows(deps, { actor, year }), timings);
  const json = await time('JSON.stringify', () => JSON.stringify(summary), timings);
  if (round === 0) console.log(`rows ${summary.rows.length}, units ${summary.units.length}, JSON ${(json.length / 1e6).toFixed(1)} MB chars`);
  const rows = await time('toSummaryRow', () => summary.rows.map(toSummaryRow), timings);
  await time('structuredClone rows (worker message)', () => structuredClone(rows), timings);
  const bytes = await time('exportSummary (exceljs, in thread)', () => exportSummary(rows), timings);
  if (round === 0) console.log(`xlsx ${(bytes.length / 1e6).toFixed(2)} MB`);
}
for (const [name, list] of timings) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${name.padEnd(42)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(5)} ms  min ${sorted[0]!.toFixed(0).padStart(5)} ms`);
}
await connection.db.destroy();
