/**
 * Issue 9 "Keep it proven": a writer killed with SIGKILL in the middle of its saves loses nothing
 * that was committed and leaves nothing half-written, on SQLite (a WAL file on disk) and PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { connectSqlite, type DatabaseConnection } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';
import { createRepositories } from '../repositories.ts';
import { insertDocument, insertOrganisationTree } from '../../test-support/fixtures.ts';
import { createTestDatabase, findPostgresUrl, listTestDialects } from '../../test-support/test-database.ts';

const writerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-writer.ts');
/** Commits to see before the kill, so the kill lands among running saves. */
const COMMITS_BEFORE_KILL = 15;

/** Runs the writer until it has committed enough, kills it with SIGKILL and gives the last version it reported. */
function runAndKill(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastCommitted = 0;
    let seen = 0;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/committed (\d+)/g)) {
        lastCommitted = Number(match[1]);
        seen += 1;
      }
      if (seen >= COMMITS_BEFORE_KILL && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lastCommitted) : reject(new Error(`writer ended without the kill: ${errors}`))));
  });
}

describe.each(await listTestDialects())('kill -9 during saves on $dialect', ({ dialect, isAvailable }) => {
  let cleanUp: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanUp?.();
    cleanUp = undefined;
  });

  test.skipIf(!isAvailable)('keeps every committed save, each with its audit entry, and a sound database', { timeout: 180_000 }, async () => {
    let connection: DatabaseConnection;
    let args: (documentId: string) => string[];
    let reopen: () => DatabaseConnection;
    if (dialect === 'sqlite') {
      const directory = mkdtempSync(path.join(os.tmpdir(), 'jixiao-crash-'));
      const file = path.join(directory, 'jixiao.sqlite');
      connection = connectSqlite(file);
      await migrateToLatest(connection.db);
      args = (documentId) => ['sqlite', file, '-', documentId];
      reopen = () => connectSqlite(file);
      cleanUp = async () => rmSync(directory, { recursive: true, force: true });
    } else {
      const database = await createTestDatabase('postgres');
      const url = (await findPostgresUrl()) as string;
      connection = database;
      args = (documentId) => ['postgres', url, database.schema as string, documentId];
      reopen = () => database;
      cleanUp = () => database.close();
    }
    const repositories = createRepositories(connection.db);
    const tree = await insertOrganisationTree(repositories);
    const document = await insertDocument(repositories, { organisationId: tree.unit.id });
    if (dialect === 'sqlite') await connection.db.destroy();

    const lastReported = await runAndKill(args(document.id));
    expect(lastReported).toBeGreaterThanOrEqual(COMMITS_BEFORE_KILL);

    const after = reopen();
    const afterRepositories = createRepositories(after.db);
    const stored = await afterRepositories.documents.getById(document.id);
    // Nothing committed is lost; at most the save in flight (committed, not yet reported) is extra.
    expect(stored?.version).toBeGreaterThanOrEqual(lastReported);
    expect(stored?.version).toBeLessThanOrEqual(lastReported + 1);
    // Every stored version has its audit entry and no entry lacks its version (one transaction).
    const entries = await afterRepositories.auditEntries.listByDocument(document.id);
    expect(entries.filter((entry) => entry.action === 'save')).toHaveLength((stored?.version ?? 0) - 1);
    expect(stored?.body.overallGoal).toMatch(new RegExp(`^第${stored?.version}次保存`));
    if (dialect === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(after.db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
      await after.db.destroy();
    }
  });
});
