/**
 * Browser journeys (e2e/*.spec.ts) in the system Chromium against the real server with a fresh
 * data directory per run (SQLite; PostgreSQL when DATABASE_URL is set, as in CI).
 * Never `npx playwright install`: the CDN is unreachable here, /usr/bin/chromium is used.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { testDemoDate } from './server/demo/demo-organisations.ts';

const port = Number(process.env.E2E_PORT ?? 3100);
/** dist/web as `npm start` serves it; E2E_WEB_DIST points elsewhere when a shared checkout keeps rebuilding dist/web. */
const webDist = (process.env.E2E_WEB_DIST ??= 'dist/web');
// The config is evaluated again in each worker; keep one data directory per run.
const dataDirectory = (process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'jixiao-e2e-')));

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    // antd's zoom and slide effects off (the app follows the system's setting, web/lib/prefers-reduced-motion.ts):
    // a click during a popconfirm's or a dialog's zoom-in went nowhere, again and again, on loaded CI machines.
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx e2e/serve.ts',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDirectory,
      WEB_DIST: webDist,
      // Demo accounts get random passwords on a real install; the journeys sign in with this one.
      JIXIAO_DEMO_PASSWORD: process.env.JIXIAO_DEMO_PASSWORD ?? 'jixiao2026',
      // The demo's years follow the day it is loaded as (server/demo/demo-cycle.ts): the journeys pin it.
      JIXIAO_DEMO_DATE: process.env.JIXIAO_DEMO_DATE ?? testDemoDate,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
