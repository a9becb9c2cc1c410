/**
 * Opens the database: PostgreSQL when DATABASE_URL is set, otherwise an embedded SQLite file
 * under DATA_DIR. Everything above this file is dialect-neutral Kysely.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { registerDecimalFunctions } from './sqlite-decimal-functions.ts';
import { registerMoneySum } from './sqlite-decimal-sum.ts';
import { sendRegisteredStatementsNamed } from './named-statements.ts';
import { lazyWalCheckpointer, type LazyWalCheckpointer } from './wal-checkpointer.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseConnection {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Human-readable location for the start-up banner (password removed). */
  location: string;
  /** SQLite in a file: the worker thread that runs its WAL checkpoints (wal-checkpointer.ts), started by the first write. */
  checkpointer?: LazyWalCheckpointer;
}

// int8 (count(*)) as number: counts here stay far below 2^53. numeric stays text (money).
pg.types.setTypeParser(20, (text) => Number(text));

export function connectPostgres(options: { url: string; searchPath?: string; maxConnections?: number }): DatabaseConnection {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  sendRegisteredStatementsNamed(pool);
  const location = options.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', location };
}

const maxCachedStatements = 500;

/**
 * Kysely prepares every query anew; the app sends the same few hundred SQL texts over and over, so
 * prepared statements are kept by their text (bench/api.bench.ts: prepare was ~7% of a request).
 * Safe because Kysely runs each statement to completion before the next (no streaming here).
 *
 * Kysely prepares right before it runs, so a statement that may write (not `readonly`: an insert, an
 * update, DDL; BEGIN and selects are readonly) starts the WAL checkpointer before its first run.
 */
function cacheStatements(database: SqliteDatabase.Database, checkpointer?: LazyWalCheckpointer): Pick<SqliteDatabase.Database, 'close' | 'prepare'> {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      checkpointer?.stop();
      return database.close();
    },
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        // Texts with inlined values would grow the cache without bound; start over when full.
        if (statements.size >= maxCachedStatements) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      if (checkpointer && !checkpointer.isStarted && !statement.readonly) checkpointer.start();
      return statement;
    },
  } as Pick<SqliteDatabase.Database, 'close' | 'prepare'>;
}

/**
 * `file` may be ':memory:' for tests. A file's WAL checkpoints run in a worker thread of their own
 * (wal-checkpointer.ts), started by the first write, unless `checkpointInWorker` is false.
 */
export function connectSqlite(file: string, options: { checkpointInWorker?: boolean } = {}): DatabaseConnection {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  // WAL lets readers run while one writer writes; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // In WAL mode NORMAL is durable against application crashes and keeps the database consistent
  // on power loss (the last commits may roll back); FULL would fsync on every save.
  database.pragma('synchronous = NORMAL');
  registerDecimalFunctions(database);
  registerMoneySum(database);
  const checkpointer = file !== ':memory:' && options.checkpointInWorker !== false ? lazyWalCheckpointer(database, file) : undefined;
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: cacheStatements(database, checkpointer) }) }),
    dialect: 'sqlite',
    location: file,
    ...(checkpointer ? { checkpointer } : {}),
  };
}

export function connectDatabase(config: { databaseUrl: string | null; dataDirectory: string }): DatabaseConnection {
  if (config.databaseUrl) return connectPostgres({ url: config.databaseUrl });
  return connectSqlite(path.resolve(config.dataDirectory, 'jixiao.sqlite'));
}
