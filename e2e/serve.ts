/**
 * The journeys' web server: Playwright starts it before globalSetup, and the server only serves a
 * build that exists when it starts, so build first (when missing), then run the server as
 * `npm start` does: from its build (dist/server, made again when a source is newer), or from the
 * TypeScript when the build fails.
 * On PostgreSQL (DATABASE_URL set) each run gets a database of its own, so the journeys start
 * from the demo data alone however often they run against the same cluster.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { ensureWebBuild } from './global-setup.ts';

async function createFreshDatabase(url: string): Promise<string> {
  const name = `jixiao_e2e_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  console.log(`浏览器测试使用新建的 PostgreSQL 数据库 ${name}`);
  return fresh.toString();
}

ensureWebBuild();
if (process.env.DATABASE_URL) process.env.DATABASE_URL = await createFreshDatabase(process.env.DATABASE_URL);

// @ts-expect-error: a plain .mjs script without types.
const { prepareServerEntry } = (await import('../scripts/build-server.mjs')) as {
  prepareServerEntry: (options: { fallbackNotice: string }) => Promise<string | null>;
};
/** The built server, as `npm start` runs it, else the TypeScript. */
const builtEntry = await prepareServerEntry({ fallbackNotice: '服务器构建失败，浏览器测试改为直接运行 TypeScript' });
await import(builtEntry ? pathToFileURL(builtEntry).href : '../server/main.ts');
