/**
 * `jixiao backup` / `jixiao restore` on SQLite: a backup taken while another connection keeps
 * writing is a sound database, and restoring a backup gives a database equal to the source.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectSqlite } from './connect.ts';
import { migrateToLatest } from './migrate.ts';
import { backupSqlite, restoreSqlite, verifySqliteBackup } from './backup.ts';

function dumpTables(file: string): Record<string, unknown[]> {
  const database = new SqliteDatabase(file, { readonly: true });
  try {
    // WITHOUT ROWID tables (FTS5's shadow tables of the indicator library search) have no rowid to order by; their virtual table is dumped.
    const tables = database.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like '%WITHOUT ROWID%' order by name").all() as Array<{ name: string }>;
    return Object.fromEntries(tables.map(({ name }) => [name, database.prepare(`select * from "${name}" order by rowid`).all()]));
  } finally {
    database.close();
  }
}

describe('SQLite backup and restore', () => {
  let directory = '';
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'jixiao-backup-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('backs up during concurrent writes and restores to an equal database', async () => {
    const databasePath = path.join(directory, 'jixiao.sqlite');
    const connection = connectSqlite(databasePath);
    await migrateToLatest(connection.db);
    await connection.db.insertInto('organisations').values({ id: 'o', parent_id: null, kind: 'unit', name: '测试单位', path: '/o/', created_at: 'x' }).execute();
    let written = 0;
    let isWriting = true;
    const writer = (async () => {
      while (isWriting) {
        const id = `d${written}`;
        await connection.db
          .insertInto('documents')
          .values({ id, organisation_id: 'o', year: 2026, kind: 'target-table', project: id, revision: 1, state: 'draft', version: 1, body: JSON.stringify({ text: '表'.repeat(2000) }), error_count: 0, warning_count: 0, info_count: 0, created_at: 'x', updated_at: 'x' })
          .execute();
        written += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    while (written < 50) await new Promise((resolve) => setTimeout(resolve, 5));
    const during = await backupSqlite({ databasePath, destinationPath: path.join(directory, 'backups', 'during.sqlite') });
    isWriting = false;
    await writer;
    expect(written).toBeGreaterThan(50);
    verifySqliteBackup(during.path);
    const backedUp = dumpTables(during.path).documents!.length;
    expect(backedUp).toBeGreaterThanOrEqual(50);
    expect(backedUp).toBeLessThanOrEqual(written);

    const after = await backupSqlite({ databasePath, destinationPath: path.join(directory, 'backups', 'after.sqlite') });
    const source = dumpTables(databasePath);
    await connection.db.destroy();

    const restoredPath = path.join(directory, 'restored', 'jixiao.sqlite');
    await restoreSqlite({ backupPath: after.path, databasePath: restoredPath });
    expect(dumpTables(restoredPath)).toEqual(source);

    // Restoring over an existing database keeps the old one beside it.
    const { keptPreviousAt } = await restoreSqlite({ backupPath: during.path, databasePath: restoredPath, now: new Date('2026-12-02T10:00:00Z') });
    expect(keptPreviousAt).toBe(`${restoredPath}.before-restore-20261202-100000`);
    expect(dumpTables(keptPreviousAt!)).toEqual(source);
    expect(dumpTables(restoredPath).documents).toHaveLength(backedUp);
  });

  it('refuses to restore a file that is not a Jixiao SQLite database', async () => {
    const bogus = path.join(directory, 'bogus.sqlite');
    writeFileSync(bogus, 'not a database');
    await expect(restoreSqlite({ backupPath: bogus, databasePath: path.join(directory, 'x.sqlite') })).rejects.toThrow(/不是 SQLite 数据库文件/);
    const empty = path.join(directory, 'empty.sqlite');
    new SqliteDatabase(empty).exec('create table other (id integer)');
    await expect(restoreSqlite({ backupPath: empty, databasePath: path.join(directory, 'x.sqlite') })).rejects.toThrow(/没有 documents 表/);
  });
});
