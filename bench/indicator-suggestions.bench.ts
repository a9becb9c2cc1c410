/**
 * Indicator suggestions at province size (issue 13 "Speed"): 1,000,000 past indicators (10,000
 * units × 5 years × 20 indicators; about 20,000 distinct names: the province vocabulary's names in
 * several wordings plus project-specific ones) in SQLite and PostgreSQL, then the suggestions use
 * case (trigram search + statistics + the unit's own rows + entries: every SQL statement, without
 * HTTP) timed for a mix of typed fragments; p50/p95. The seeded databases are kept and reused.
 * BENCH_SUGGESTIONS_ROWS sizes it; BENCH_SUGGESTIONS_PG_URL (default DATABASE_URL) names a
 * throwaway PostgreSQL database; BENCH_SUGGESTIONS_DIALECTS=sqlite (or postgres) runs one.
 */
import { normaliseIndicatorName } from '../core/indicator-library/normalise-name.ts';
import { inferSector } from '../core/indicator-library/sectors.ts';
import { readConfig } from '../server/config.ts';
import { connectPostgres, connectSqlite, type DatabaseConnection } from '../server/db/connect.ts';
import type { HistoryRow, StatisticsRow } from '../server/db/indicator-history.repository.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { commonIndicators, sectors as provinceSectors } from '../server/demo/province/vocabulary.ts';
import { createServiceDeps, type ServiceDeps } from '../server/services/deps.ts';
import { buildStatisticsRows } from '../server/services/indicator-library/refresh-statistics.ts';
import { suggestIndicators } from '../server/services/indicator-library/suggest-indicators.ts';
import type { Measurement } from './measurement.ts';
import { pick } from './pick.ts';

const totalRows = Number(process.env.BENCH_SUGGESTIONS_ROWS ?? 1_000_000);
const dialects = (process.env.BENCH_SUGGESTIONS_DIALECTS ?? 'sqlite,postgres').split(',');
const YEARS = [2021, 2022, 2023, 2024, 2025] as const;
const INDICATORS_PER_DOCUMENT = 20;
const PROJECT_NAMES = 20_000;
const SAMPLES_PER_QUERY = 40;
const units = Math.max(1, Math.floor(totalRows / YEARS.length / INDICATORS_PER_DOCUMENT));
const queries = ['满意度', '满意', '接处警', '学生', '巩固率', '资助', '及时率', '医疗', '养护里程', '群众对', '建设项目', '培训'];

interface NameTemplate {
  name: string;
  level1: string;
  level2: string;
  unit: string;
  direction: 'higher-better' | 'lower-better' | 'qualitative';
  low: number;
  high: number;
}

const sectorNames = ['公安', '教育', '卫生健康', '水利', '交通', '农业农村', '民政', '文化旅游'];
const places = ['城区', '东部', '西部', '南片', '北片', '中心', '沿河', '山区', '乡镇', '开发区'];
const things = ['道路养护', '河道治理', '学校改造', '医疗设备', '农田水利', '社区服务', '文化惠民', '就业培训', '治安防控', '养老服务', '污水管网', '饮水安全', '人才引进', '建设项目', '应急物资'];
const measures: Array<[string, string, 'higher-better' | 'lower-better', number, number]> = [
  ['完成率', '%', 'higher-better', 85, 100],
  ['验收合格率', '%', 'higher-better', 90, 100],
  ['覆盖人数', '人', 'higher-better', 100, 5000],
  ['养护里程', '公里', 'higher-better', 10, 300],
  ['群众满意度', '%', 'higher-better', 85, 98],
  ['单位成本', '万元', 'lower-better', 5, 200],
  ['完成时间', '天', 'lower-better', 30, 300],
];

function buildNameTemplates(): NameTemplate[] {
  const templates: NameTemplate[] = [];
  const vocabulary = [...commonIndicators, ...provinceSectors.flatMap((sector) => sector.indicators)];
  for (const template of vocabulary) {
    const base = { level1: template.level1, level2: template.level2, unit: template.unit, low: template.range?.[0] ?? 0, high: template.range?.[1] ?? 0 };
    const direction = template.operator === null ? 'qualitative' : template.operator === '<=' ? 'lower-better' : 'higher-better';
    // The wordings units use for one indicator (clustered to one key by the library).
    for (const name of [template.name, `群众对${template.name}`, `${template.name}（%）`]) templates.push({ ...base, name, direction });
  }
  for (let index = 0; index < PROJECT_NAMES; index += 1) {
    const [measure, unit, direction, low, high] = measures[index % measures.length]!;
    const place = places[Math.floor(index / measures.length) % places.length]!;
    const thing = things[Math.floor(index / measures.length / places.length) % things.length]!;
    const batch = Math.floor(index / (measures.length * places.length * things.length));
    templates.push({ name: `${place}${thing}${batch > 0 ? `（${batch + 1}期）` : ''}${measure}`, level1: '产出指标', level2: '数量指标', unit, direction, low, high });
  }
  return templates;
}

function openDatabases(): Array<{ name: string; connection: DatabaseConnection }> {
  const databases = dialects.includes('sqlite') ? [{ name: 'sqlite', connection: connectSqlite(process.env.BENCH_SUGGESTIONS_SQLITE ?? `/tmp/jixiao-suggestions-${totalRows}.sqlite`) }] : [];
  const url = process.env.BENCH_SUGGESTIONS_PG_URL ?? process.env.DATABASE_URL;
  if (dialects.includes('postgres') && url) databases.push({ name: 'postgres', connection: connectPostgres({ url }) });
  else if (dialects.includes('postgres')) console.log('(PostgreSQL skipped: set BENCH_SUGGESTIONS_PG_URL or DATABASE_URL to a throwaway database)');
  return databases;
}

/** Seeds the history unless present; returns the seconds it took (0 when reused). */
async function ensureSeeded(deps: ServiceDeps, connection: DatabaseConnection): Promise<number> {
  await migrateToLatest(connection.db);
  const existing = await connection.db.selectFrom('indicator_history').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  if (Number(existing.count) >= totalRows) return 0;
  const startedAt = performance.now();
  await deps.repositories.organisations.insert({ id: 'bench-unit', parentPath: [], kind: 'unit', name: '示范市公安局', createdAt: '2026-01-01T00:00:00.000Z' });
  const templates = buildNameTemplates();
  const vocabularyCount = templates.length - PROJECT_NAMES;
  const uses = new Map<string, { template: NameTemplate; uses: number }>();
  const observations = new Map<string, { direction: NameTemplate['direction']; rows: Array<{ organisationId: string; sector: string; target: number | null; actual: number | null }> }>();
  await deps.transaction(async (repositories) => {
    let batch: HistoryRow[] = [];
    for (let unit = 0; unit < units; unit += 1) {
      const organisationId = unit === 0 ? 'bench-unit' : `u${unit}`;
      const sector = unit === 0 ? inferSector('示范市公安局') : sectorNames[unit % sectorNames.length]!;
      for (const year of YEARS) {
        for (let slot = 0; slot < INDICATORS_PER_DOCUMENT; slot += 1) {
          // Half the rows from the vocabulary's names (common), half from project-specific ones (rare).
          const index = slot % 2 === 0 ? pick(unit * 31 + slot, 1, vocabularyCount) : vocabularyCount + pick(unit * 37 + slot, 2, PROJECT_NAMES);
          const template = templates[index]!;
          const target = template.direction === 'qualitative' ? null : template.low + pick(unit + year, slot + 3, Math.max(1, template.high - template.low + 1));
          const actual = target === null ? null : target + (pick(unit, year + slot, 5) - 1);
          const nameKey = normaliseIndicatorName(template.name);
          batch.push({
            documentId: `d${unit}-${year}`, organisationId, year, kind: 'self-evaluation', project: '', sector, nameKey, name: template.name,
            level1: template.level1, level2: template.level2, unit: template.unit, direction: template.direction,
            targetText: target === null ? '健全' : String(target), targetValue: target, actualText: actual === null ? null : String(actual), actualValue: actual,
          });
          const used = uses.get(nameKey) ?? { template, uses: 0 };
          used.uses += 1;
          uses.set(nameKey, used);
          const key = `${nameKey}\u0000${year}`;
          const observed = observations.get(key) ?? { direction: template.direction, rows: [] };
          observed.rows.push({ organisationId, sector, target, actual });
          observations.set(key, observed);
        }
      }
      if (batch.length >= 10_000) {
        await repositories.indicatorHistory.insertMany(batch);
        batch = [];
      }
    }
    await repositories.indicatorHistory.insertMany(batch);
    await repositories.indicatorHistory.addNameUses(
      [...uses.entries()].map(([nameKey, { template, uses: count }]) => ({ nameKey, name: template.name, level1: template.level1, level2: template.level2, unit: template.unit, direction: template.direction, uses: count })),
    );
    const statistics: StatisticsRow[] = [];
    for (const [key, observed] of observations) {
      const [nameKey, year] = key.split('\u0000') as [string, string];
      statistics.push(...buildStatisticsRows({ nameKey, year: Number(year), direction: observed.direction, observations: observed.rows }));
    }
    await repositories.indicatorHistory.insertStatistics(statistics);
  });
  return (performance.now() - startedAt) / 1000;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

export async function benchIndicatorSuggestions(): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const { name, connection } of openDatabases()) {
    try {
      const deps = createServiceDeps({ db: connection.db, config: readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false' }) });
      const seedSeconds = await ensureSeeded(deps, connection);
      if (seedSeconds > 0) measurements.push({ name: `${name}: seed ${totalRows.toLocaleString('en')} past indicators`, value: Math.round(seedSeconds), unit: 's' });
      const names = await connection.db.selectFrom('indicator_names').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
      measurements.push({ name: `${name}: distinct name keys`, value: Number(names.count), unit: 'names' });
      // As a signed-in session carries it: the unit's name says its sector (公安).
      const actor = { organisationId: 'bench-unit', organisationName: '示范市公安局', organisationPath: ['bench-unit'] };
      for (const q of queries) await suggestIndicators(deps, { actor, q, year: 2026, limit: 8 }); // warm-up
      const times: number[] = [];
      let found = 0;
      for (let round = 0; round < SAMPLES_PER_QUERY; round += 1) {
        for (const q of queries) {
          const began = performance.now();
          const result = await suggestIndicators(deps, { actor, q, year: 2026, limit: 8 });
          times.push(performance.now() - began);
          found += result.items.length;
        }
      }
      times.sort((a, b) => a - b);
      measurements.push({ name: `${name}: suggestions p50 (${times.length} calls, ${queries.length} fragments)`, value: Math.round(percentile(times, 0.5) * 10) / 10, unit: 'ms' });
      measurements.push({ name: `${name}: suggestions p95`, value: Math.round(percentile(times, 0.95) * 10) / 10, unit: 'ms' });
      measurements.push({ name: `${name}: suggestions max`, value: Math.round(times.at(-1)! * 10) / 10, unit: 'ms' });
      measurements.push({ name: `${name}: items per call (mean)`, value: Math.round((found / times.length) * 10) / 10, unit: 'items' });
    } finally {
      await connection.db.destroy();
    }
  }
  return measurements;
}
