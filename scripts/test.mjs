#!/usr/bin/env node
// `npm test`: type check, lint, unit and database tests (vitest; PostgreSQL variants run when DATABASE_URL
// or a local PostgreSQL answers), then the browser journeys (Playwright with Debian's Chromium) when
// Chromium is installed. Ends with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'jixiao-test-'));
let passed = 0;
let failed = 0;

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return result.status ?? 1;
}

/** A port nothing listens on now: a server left over from an earlier run on 3100 must not fail the journeys. */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Types: a type error is a failed test, not a warning.
console.log('\n== 类型检查 (tsc) ==');
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) === 0) passed += 1;
else failed += 1;

// 1b. Lint: type-aware rules and the one-way import direction (core ← documents ← server/cli/web).
console.log('\n== 代码检查 (eslint) ==');
if (run('npx', ['eslint', '.']) === 0) passed += 1;
else failed += 1;

// 2. Unit, route and database tests.
console.log('\n== 单元与数据库测试 (vitest) ==');
if (!process.env.DATABASE_URL) {
  console.log('提示：未设置 DATABASE_URL；若本机 PostgreSQL (127.0.0.1:5432 或 54329) 可连接则自动使用，否则跳过 PostgreSQL 测试。');
}
const vitestReport = path.join(scratch, 'vitest.json');
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0);
  if (vitestStatus !== 0 && (vitest.numFailedTests ?? 0) === 0 && (vitest.numRuntimeErrorTestSuites ?? 0) === 0) failed += 1;
} else {
  failed += 1;
}

// 3. Browser journeys.
console.log('\n== 浏览器测试 (Playwright + Chromium) ==');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasJourneys = existsSync(path.join(root, 'e2e')) && readdirSync(path.join(root, 'e2e')).some((f) => f.endsWith('.spec.ts'));
if (!hasJourneys) {
  console.log('没有浏览器测试。');
} else if (!existsSync(chromium)) {
  if (process.env.JIXIAO_REQUIRE_E2E) {
    console.log(`找不到 Chromium (${chromium})：CI 要求运行浏览器测试，记为失败。`);
    failed += 1;
  } else {
    console.log(`跳过浏览器测试：找不到 Chromium (${chromium})。安装：apt-get install -y chromium fonts-noto-cjk`);
  }
} else {
  const playwrightReport = path.join(scratch, 'playwright.json');
  const port = process.env.E2E_PORT ?? String(await findFreePort());
  const status = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport, E2E_PORT: port });
  const report = readJson(playwrightReport);
  if (report?.stats) {
    passed += report.stats.expected ?? 0;
    failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
    if (status !== 0 && (report.stats.unexpected ?? 0) === 0) failed += 1;
  } else {
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
