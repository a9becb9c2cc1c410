/**
 * Backup and restore of the embedded SQLite database (issue 9 "nothing lost"). A backup uses
 * SQLite's online backup API (better-sqlite3 db.backup), so it is consistent while the server
 * keeps writing. A restore refuses a file that is not a sound SQLite database, keeps the current
 * database beside it first, and must not run while the server is running (cli/commands/backup.ts
 * checks). PostgreSQL is backed up with its own tools: see postgresBackupCommands.
 */
import { copyFileSync, existsSync, mkdirSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** 2026-12-02T14:05:09.123Z → 20261202-140509 (sorts by time; no characters Windows refuses). */
export function formatBackupStamp(at: Date): string {
  return at.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
}

/** Copies the live database at `databasePath` to `destinationPath` (online, consistent). */
export async function backupSqlite(options: { databasePath: string; destinationPath: string }): Promise<{ path: string; pages: number }> {
  if (!existsSync(options.databasePath)) throw new BackupError(`找不到数据库文件：${options.databasePath}`);
  if (existsSync(options.destinationPath)) throw new BackupError(`备份文件已存在，不会覆盖：${options.destinationPath}`);
  mkdirSync(path.dirname(options.destinationPath), { recursive: true });
  const database = new SqliteDatabase(options.databasePath, { fileMustExist: true });
  try {
    database.pragma('busy_timeout = 5000');
    // After the first step, copy everything left in one step: SQLite restarts a backup whenever
    // another connection writes between steps, so small steps never finish under steady writes.
    const progress = await database.backup(options.destinationPath, { progress: () => 1_000_000_000 });
    return { path: options.destinationPath, pages: progress.totalPages };
  } finally {
    database.close();
  }
}

function isSqliteFile(file: string): boolean {
  const header = Buffer.alloc(16);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, header, 0, 16, 0);
  } finally {
    closeSync(descriptor);
  }
  return header.toString('latin1') === 'SQLite format 3\u0000';
}

/** Checks a backup: a SQLite file that passes integrity_check and holds Jixiao's tables. */
export function verifySqliteBackup(backupPath: string): void {
  if (!existsSync(backupPath)) throw new BackupError(`找不到备份文件：${backupPath}`);
  if (!isSqliteFile(backupPath)) throw new BackupError(`不是 SQLite 数据库文件：${backupPath}`);
  const database = new SqliteDatabase(backupPath, { readonly: true, fileMustExist: true });
  try {
    const integrity = database.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`备份文件已损坏（integrity_check：${String(integrity)}）：${backupPath}`);
    const hasDocuments = database.prepare("select 1 from sqlite_master where type = 'table' and name = 'documents'").get();
    if (!hasDocuments) throw new BackupError(`该文件不是 Jixiao 的数据库备份（没有 documents 表）：${backupPath}`);
  } finally {
    database.close();
  }
}

/**
 * Replaces the database at `databasePath` with the backup. The current file is kept as
 * `<database>.before-restore-<time>` first, so a wrong restore can be undone.
 */
export async function restoreSqlite(options: { backupPath: string; databasePath: string; now?: Date }): Promise<{ keptPreviousAt: string | null }> {
  verifySqliteBackup(options.backupPath);
  let keptPreviousAt: string | null = null;
  if (existsSync(options.databasePath)) {
    keptPreviousAt = `${options.databasePath}.before-restore-${formatBackupStamp(options.now ?? new Date())}`;
    // Through SQLite, so the kept copy includes anything still in the WAL file.
    await backupSqlite({ databasePath: options.databasePath, destinationPath: keptPreviousAt });
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${options.databasePath}${suffix}`, { force: true });
  }
  mkdirSync(path.dirname(options.databasePath), { recursive: true });
  copyFileSync(options.backupPath, options.databasePath);
  return { keptPreviousAt };
}

/** The documented commands for PostgreSQL (its own consistent dump and restore). */
export function postgresBackupCommands(stamp: string): { backup: string; restore: string } {
  const file = `jixiao-${stamp}.dump`;
  return {
    backup: `pg_dump --format=custom --no-owner --file=${file} "$DATABASE_URL"`,
    restore: `pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${file}`,
  };
}
