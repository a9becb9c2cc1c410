/**
 * `npm run seed:province -- --units 10000 --years 5 [--seed N] [--indicators N]
 * [--database-url postgres://…] [--sqlite file]`: a generated province for load tests, into the
 * configured database (DATABASE_URL, else ./data) or the one given. Prints a progress bar and
 * its own timing. Every generated account gets one random password, printed once at the end
 * (JIXIAO_DEMO_PASSWORD, as in the test scripts, fixes it instead).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { readConfig } from '../../config.ts';
import { connectDatabase, connectPostgres, connectSqlite } from '../../db/connect.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { hashPassword } from '../../services/sessions/password.ts';
import { seedProvince } from './seed-province.ts';

const usage = '用法: npm run seed:province -- --units 10000 --years 5 [--seed 1] [--indicators 12] [--database-url postgres://…] [--sqlite 文件]';
const barWidth = 30;

function readPositiveInteger(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} 应为正整数，收到 "${text}"。${usage}`);
  return value;
}

let printedTenths = -1;

function drawProgress(done: number, total: number, startedAt: number): void {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * barWidth);
  const seconds = (performance.now() - startedAt) / 1000;
  const line = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} 单位·年 ${seconds.toFixed(1)} s`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
  else if (Math.floor(share * 10) > printedTenths) {
    // Not a terminal (CI, a log file): one line per tenth instead of redrawing.
    printedTenths = Math.floor(share * 10);
    console.log(line);
  }
}

try {
  const { values } = parseArgs({
    options: {
      units: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
      indicators: { type: 'string' },
      'database-url': { type: 'string' },
      sqlite: { type: 'string' },
    },
  });
  const units = readPositiveInteger(values.units, 'units', 10_000);
  const years = readPositiveInteger(values.years, 'years', 5);
  const seed = readPositiveInteger(values.seed, 'seed', 1);
  const indicators = readPositiveInteger(values.indicators, 'indicators', 12);
  const connection = values['database-url']
    ? connectPostgres({ url: values['database-url'] })
    : values.sqlite
      ? connectSqlite(path.resolve(values.sqlite))
      : connectDatabase(readConfig());
  const startedAt = performance.now();
  try {
    await migrateToLatest(connection.db);
    const password = process.env.JIXIAO_DEMO_PASSWORD ?? randomBytes(9).toString('base64url');
    console.log(`生成省级数据: ${units} 个单位 × ${years} 年，种子 ${seed} → ${connection.location}`);
    const counts = await seedProvince(connection.db, {
      units,
      years,
      seed,
      indicatorsPerDocument: indicators,
      passwordHash: await hashPassword(password),
      onProgress: ({ done, total }) => drawProgress(done, total, startedAt),
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    const seconds = (performance.now() - startedAt) / 1000;
    console.log(
      `完成: ${counts.organisations} 个组织, ${counts.users} 个账号, ${counts.fiscalYears} 个年度, ${counts.documents} 份文档, ${counts.indicators} 个指标, ${counts.findings} 条检查发现; 用时 ${seconds.toFixed(1)} s`,
    );
    console.log(`所有生成账号的密码（只显示这一次）: ${password}`);
  } finally {
    await connection.db.destroy();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
