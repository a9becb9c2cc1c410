/**
 * What SQLite's WAL checkpoints cost the thread that commits (issue 14 item 3): autosave-sized
 * updates (one 40 KB row each, its own transaction) through the server's own connection
 * (db/connect.ts), with the checkpoints in the connection (SQLite's wal_autocheckpoint, as before
 * 2026-12-05) and in their worker thread (db/wal-checkpointer.ts), alternating rounds. Prints per
 * round the wall and this thread's CPU per update and the spread of one update's wall time: a
 * checkpoint in the connection is the update that crosses SQLite's 1,000-page mark and copies and
 * fsyncs the WAL before it returns.
 * `npx tsx bench/sqlite-commit-stalls.ts` (BENCH_STALLS_UPDATES, default 3,000; BENCH_STALLS_ROUNDS, default 3).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { connectSqlite } from '../server/db/connect.ts';

const updates = Number(process.env.BENCH_STALLS_UPDATES ?? 3000);
const rounds = Number(process.env.BENCH_STALLS_ROUNDS ?? 3);
// ≈ 40 KB of UTF-8, as a seeded body's text.
const rowText = '预算绩效'.repeat(3_400);
const rows = 50;

async function measure(checkpointInWorker: boolean): Promise<string> {
  const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-stalls-'));
  const file = path.join(directory, 'jixiao.sqlite');
  const connection = connectSqlite(file, { checkpointInWorker });
  try {
    await sql`create table saves (id integer primary key, version integer not null, body text not null)`.execute(connection.db);
    // The first write started the worker; wait for its connection before timing.
    await connection.checkpointer?.ready;
    for (let id = 0; id < rows; id += 1) await sql`insert into saves values (${id}, 0, ${rowText})`.execute(connection.db);
    const times: number[] = [];
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let update = 0; update < updates; update += 1) {
      const at = performance.now();
      await sql`update saves set version = version + 1, body = ${`${update}${rowText}`} where id = ${update % rows}`.execute(connection.db);
      times.push(performance.now() - at);
    }
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    // The worker's reports arrive as messages: let this thread's loop take them.
    await new Promise((resolve) => setTimeout(resolve, 100));
    times.sort((a, b) => a - b);
    const at = (fraction: number) => times[Math.min(times.length - 1, Math.floor(times.length * fraction))]!.toFixed(2);
    const walMb = (statSync(`${file}-wal`).size / 1e6).toFixed(1);
    const where = checkpointInWorker ? `in the worker (${connection.checkpointer?.checkpoints ?? 0} checkpoints)` : 'in the connection';
    return `checkpoints ${where}: ${Math.round((wall * 1000) / updates)} µs wall and ${Math.round((used.user + used.system) / updates)} µs CPU of this thread per update; one update p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, p99.9 ${at(0.999)} ms, max ${times.at(-1)!.toFixed(2)} ms; ${times.filter((time) => time > 2).length} updates over 2 ms; WAL file ${walMb} MB`;
  } finally {
    await connection.db.destroy();
    rmSync(directory, { recursive: true, force: true });
  }
}

for (let round = 0; round < rounds; round += 1) {
  console.log(`round ${round + 1}, ${await measure(false)}`);
  console.log(`round ${round + 1}, ${await measure(true)}`);
}
