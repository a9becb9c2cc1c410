/**
 * SQLite's WAL checkpoints in a worker thread (wal-checkpointer.ts): the server's connection does
 * not checkpoint, the worker's checkpoint moves the committed pages into the database file (read
 * grows by them), and a worker that cannot start gives the checkpoints
 * back to the connection.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectSqlite, type DatabaseConnection } from './connect.ts';
import { migrateToLatest } from './migrate.ts';
import { startWalCheckpointer } from './wal-checkpointer.ts';

const rowText = 'x'.repeat(40_000);

describe('WAL checkpoints in a worker thread', () => {
  let directory = '';
  let connection: DatabaseConnection | undefined;
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'jixiao-checkpoint-'));
  });
  afterEach(async () => {
    await connection?.db.destroy();
    connection = undefined;
    rmSync(directory, { recursive: true, force: true });
  });

  it('leaves the connection without checkpoints and moves the commits into the file on the worker', async () => {
    const file = path.join(directory, 'jixiao.sqlite');
    connection = connectSqlite(file);
    const checkpointer = connection.checkpointer;
    expect(checkpointer).toBeDefined();
    await sql`create table saves (id integer primary key, body text not null)`.execute(connection.db);
    await checkpointer!.ready;
    const autocheckpoint = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(connection.db);
    expect(autocheckpoint.rows[0]?.wal_autocheckpoint).toBe(0);

    // Each in its own transaction, as autosaves are: 200 × 40 KB, twice SQLite's own checkpoint mark.
    for (let index = 0; index < 200; index += 1) await sql`insert into saves (body) values (${`${index}${rowText}`})`.execute(connection.db);
    const result = await checkpointer!.checkpointNow();
    // Every page of the WAL copied, none left for a reader (the connection holds no transaction open).
    expect(result.checkpointed).toBe(result.log);
    expect(checkpointer!.checkpoints).toBeGreaterThan(0);
    // The database file itself holds the rows now (without a checkpoint it stays a few pages long, the rows in the WAL).
    expect(statSync(file).size).toBeGreaterThan(200 * rowText.length);
  });

  it('starts the worker at the first write, not when a file is opened and only read', async () => {
    const file = path.join(directory, 'read-first.sqlite');
    const writer = connectSqlite(file, { checkpointInWorker: false });
    await migrateToLatest(writer.db);
    await writer.db.destroy();

    connection = connectSqlite(file);
    const checkpointer = connection.checkpointer!;
    // What a CLI command does before it knows whether it writes: migrate an up-to-date file, read.
    await migrateToLatest(connection.db);
    await connection.db.selectFrom('documents').select('id').execute();
    // Meanwhile the connection checkpoints by itself, as SQLite does by default.
    const before = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(connection.db);
    expect(before.rows[0]?.wal_autocheckpoint).toBe(1000);
    expect(checkpointer.isStarted).toBe(false);

    await connection.db.insertInto('login_throttles').values({ key: 'first-write', attempts: 1, next_attempt_at: 0, last_attempt_at: 0 }).execute();
    expect(checkpointer.isStarted).toBe(true);
    await checkpointer.ready;
    const after = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(connection.db);
    expect(after.rows[0]?.wal_autocheckpoint).toBe(0);
  });

  it('starts no worker once stopped, and a checkpoint asked for starts it', async () => {
    const file = path.join(directory, 'asked.sqlite');
    connection = connectSqlite(file);
    expect(connection.checkpointer?.isStarted).toBe(false);
    const result = await connection.checkpointer!.checkpointNow();
    expect(connection.checkpointer?.isStarted).toBe(true);
    expect(result.checkpointed).toBe(result.log);

    const closed = connectSqlite(path.join(directory, 'closed.sqlite'));
    const closedCheckpointer = closed.checkpointer!;
    await sql`select 1`.execute(closed.db);
    await closed.db.destroy();
    closedCheckpointer.start();
    expect(closedCheckpointer.isStarted).toBe(false);
  });

  it('checkpoints by the connection again when the worker fails', async () => {
    const file = path.join(directory, 'fails.sqlite');
    const database = new SqliteDatabase(file);
    database.pragma('journal_mode = WAL');
    const checkpointer = startWalCheckpointer(database, file, { driver: path.join(directory, 'no-such-driver.js') });
    await checkpointer.ready;
    expect(database.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    checkpointer.stop();
    database.close();
  });

  it('starts none for a database in memory or when asked not to', async () => {
    connection = connectSqlite(':memory:');
    expect(connection.checkpointer).toBeUndefined();
    await connection.db.destroy();
    connection = connectSqlite(path.join(directory, 'own.sqlite'), { checkpointInWorker: false });
    expect(connection.checkpointer).toBeUndefined();
    const autocheckpoint = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(connection.db);
    expect(autocheckpoint.rows[0]?.wal_autocheckpoint).toBe(1000);
  });
});
