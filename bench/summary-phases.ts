/**
 * Where the whole-province summary download spends its time (issue 14 item 2): each phase of
 * GET /api/reports/summary and summary.xlsx timed apart, in-process, on a seeded province.
 * `npx tsx bench/summary-phases.ts postgres://…` (or a SQLite file) [year] [rounds];
 * SUMMARY_PHASES_EXCELJS=1 times the exceljs writer the summary used before as well.
 */
import { connectPostgres, connectSqlite } from '../server/db/connect.ts';
import { readConfig } from '../server/config.ts';
import { createServiceDeps } from '../server/services/deps.ts';
import { listSummaryRows } from '../server/services/reports/list-summary-rows.ts';
import { listOrganisations } from '../server/services/organisations/list-organisations.ts';
import { packSummaryRows } from '../documents/summary/pack-summary-rows.ts';
import { writeSummaryWorkbook } from '../documents/summary/write-summary.ts';
import { exportSummary as exportSummaryWithExceljs } from '../documents/summary/write-summary-exceljs-test-support.ts';
import { toSummaryRow } from '../server/services/exports/export-summary-workbook.ts';
import type { Actor } from '../server/services/actor.ts';
import { toSummaryJson } from '../server/services/reports/summary-json.ts';
import { stringifyResponse } from '../server/http/response-serializer.ts';

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
  await time('figures SQL + rows (listSummaryFigures)', () => deps.repositories.documents.listSummaryFigures({ year, withinOrganisationPath: actor.organisationPath }), timings);
  const summary = await time('listSummaryRows (all)', () => listSummaryRows(deps, { actor, year }), timings);
  const json = await time('JSON.stringify (before)', () => JSON.stringify(summary), timings);
  await time('toSummaryJson + serializer (bytes sent)', () => stringifyResponse(toSummaryJson(summary)), timings);
  if (round === 0) console.log(`rows ${summary.rows.length}, units ${summary.units.length}, JSON ${(json.length / 1e6).toFixed(1)} MB chars`);
  const rows = await time('toSummaryRow', () => summary.rows.map(toSummaryRow), timings);
  await time('structuredClone rows (objects, as before)', () => structuredClone(rows), timings);
  const table = await time('packSummaryRows', () => packSummaryRows(rows), timings);
  await time('structuredClone table (worker message)', () => structuredClone(table), timings);
  const bytes = await time('writeSummaryWorkbook (in thread)', () => writeSummaryWorkbook(table), timings);
  if (round === 0) console.log(`xlsx ${(bytes.length / 1e6).toFixed(2)} MB`);
  if (process.env.SUMMARY_PHASES_EXCELJS) await time('exceljs streaming writer (before)', () => exportSummaryWithExceljs(rows), timings);
}
for (const [name, list] of timings) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${name.padEnd(42)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(5)} ms  min ${sorted[0]!.toFixed(0).padStart(5)} ms`);
}
await connection.db.destroy();
