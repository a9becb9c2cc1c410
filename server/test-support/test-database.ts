/**
 * Fresh, migrated databases for tests: SQLite in memory (or a file), or PostgreSQL in a new schema of the
 * server at DATABASE_URL (or a local one on 127.0.0.1:54329 / :5432). Each call is isolated.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { connectPostgres, connectSqlite, type DatabaseConnection, type Dialect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

export const postgresUnavailableMessage = 'PostgreSQL 不可用：跳过 PostgreSQL 测试（设置 DATABASE_URL 以运行）';

const localCandidates = ['postgres://postgres@127.0.0.1:54329/postgres', 'postgres://postgres@127.0.0.1:5432/postgres'];

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

let postgresUrlPromise: Promise<string | null> | undefined;

/** The PostgreSQL url tests use, or null (and a printed notice) when none is reachable. */
export function findPostgresUrl(): Promise<string | null> {
  postgresUrlPromise ??= (async () => {
    const candidates = process.env.DATABASE_URL ? [process.env.DATABASE_URL] : localCandidates;
    for (const url of candidates) if (await canConnect(url)) return url;
    console.warn(postgresUnavailableMessage);
    return null;
  })();
  return postgresUrlPromise;
}

/** The dialects to run database tests on, with whether each is available here. */
export async function listTestDialects(): Promise<{ dialect: Dialect; isAvailable: boolean }[]> {
  return [
    { dialect: 'sqlite', isAvailable: true },
    { dialect: 'postgres', isAvailable: (await findPostgresUrl()) !== null },
  ];
}

export interface TestDatabase extends DatabaseConnection {
  /** PostgreSQL: this database's own schema (pass to migrateToLatest). */
  schema?: string;
  /** Closes the pool; on PostgreSQL also drops the test schema. */
  close(): Promise<void>;
}

/**
 * A new empty database (or schema), migrated to the latest version. `sqliteFile`: SQLite in that file
 * (WAL, as the server runs it; removed with its -wal and -shm on close) instead of in memory.
 */
export async function createTestDatabase(dialect: Dialect, options: { shouldMigrate?: boolean; sqliteFile?: string } = {}): Promise<TestDatabase> {
  let connection: DatabaseConnection;
  let cleanUp = async () => undefined as void;
  let schema: string | undefined;
  if (dialect === 'sqlite') {
    const file = options.sqliteFile;
    connection = connectSqlite(file ?? ':memory:');
    if (file) cleanUp = async () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${file}${suffix}`, { force: true }));
  } else {
    const url = await findPostgresUrl();
    if (!url) throw new Error(postgresUnavailableMessage);
    schema = `test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    connection = connectPostgres({ url, searchPath: schema, maxConnections: 25 });
    cleanUp = async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop schema if exists ${schema} cascade`);
      await dropper.end();
    };
  }
  if (options.shouldMigrate !== false) await migrateToLatest(connection.db, { schema });
  return {
    ...connection,
    schema,
    async close() {
      await connection.db.destroy();
      await cleanUp();
    },
  };
}
