#!/usr/bin/env node
// `npm run test:pg`: runs the server's tests with PostgreSQL. Uses DATABASE_URL when set;
// otherwise starts a throwaway cluster in /tmp (as in CI), runs the tests, and removes it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const extraArguments = process.argv.slice(2);
const runTests = (databaseUrl) =>
  spawnSync('npx', ['vitest', 'run', ...(extraArguments.length ? extraArguments : ['server'])], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  }).status ?? 1;

if (process.env.DATABASE_URL) process.exit(runTests(process.env.DATABASE_URL));

const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
if (!versions.length) {
  console.error('找不到 PostgreSQL（/usr/lib/postgresql）。请安装 postgresql 或设置 DATABASE_URL。');
  process.exit(1);
}
const bin = path.join('/usr/lib/postgresql', versions.at(-1), 'bin');
const port = String(54000 + Math.floor(Math.random() * 900));
const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-pg-'));
// PostgreSQL refuses to run as root: run it as the postgres user then.
const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
const run = (command, options = {}) => {
  const [program, ...args] = [...asPostgres, ...command];
  const result = spawnSync(program, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`失败：${command.join(' ')}`);
};

let status = 1;
try {
  if (asPostgres.length) spawnSync('chown', ['postgres:postgres', directory]);
  run([`${bin}/initdb`, '-D', `${directory}/data`, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  run([`${bin}/pg_ctl`, '-D', `${directory}/data`, '-l', `${directory}/log`, '-w', '-o',
    `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, 'start']);
  console.log(`临时 PostgreSQL 已启动：127.0.0.1:${port}`);
  status = runTests(`postgres://postgres@127.0.0.1:${port}/postgres`);
} finally {
  try {
    run([`${bin}/pg_ctl`, '-D', `${directory}/data`, '-m', 'immediate', 'stop']);
  } catch {
    // already stopped or never started
  }
  rmSync(directory, { recursive: true, force: true });
}
process.exit(status);
