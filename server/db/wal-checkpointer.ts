/**
 * SQLite's WAL checkpoints in a worker thread of their own, off the request thread (issue 14 item 3).
 *
 * Why: with `wal_autocheckpoint` (1,000 pages by default) the COMMIT that crosses the mark copies
 * the WAL back into the database file and fsyncs both, inside the request thread: better-sqlite3 is
 * synchronous, so every request waits for it. A 40 KB autosave writes ≈ 11 pages, so about one save
 * in 90 paid a checkpoint (4 MB copied, two fsyncs, ≈ 5 ms and more on a busy disk), and while it
 * ran every request in flight waited (BENCHMARKS.md, save-24's strace and save-25's profile).
 *
 * Here the server's connection does not checkpoint (`wal_autocheckpoint = 0`); a worker thread with
 * its own connection to the same file looks at the WAL's size every `pollMs` and runs a PASSIVE
 * checkpoint when it has grown past `thresholdBytes` (the same 1,000 pages as SQLite's default).
 * PASSIVE never waits for the writer or the readers: it copies what no reader still needs, and the
 * writer starts the WAL over at its next transaction once all of it was copied. Durability is
 * unchanged: a COMMIT is in the WAL exactly as before (synchronous = NORMAL: safe against a crash of
 * the application; on power loss the last commits may roll back, as before); a checkpoint only
 * moves committed pages into the database file, and the WAL is fsynced before it does.
 *
 * If the worker fails, the connection checkpoints by itself again (wal_autocheckpoint restored), so
 * the WAL never grows without bound.
 *
 * The worker starts on the connection's first write (`lazyWalCheckpointer`), not when the file is
 * opened: a CLI command or a bench that only reads never pays a thread and a second connection.
 * Until then the connection keeps SQLite's own autocheckpoint, so nothing depends on the start.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** SQLite's default autocheckpoint mark (1,000 pages of 4 KB). */
export const defaultCheckpointThresholdBytes = 1000 * 4096;
/** How often the worker looks at the WAL's size: a stat, a few µs. */
export const defaultCheckpointPollMs = 50;

/** The worker's code: plain JavaScript (a worker does not inherit tsx's loader), CommonJS as eval'd workers are. */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync, statSync } = require('node:fs');
const Database = require(workerData.driver);
const database = new Database(workerData.file);
database.pragma('busy_timeout = 5000');
const pageSize = database.pragma('page_size', { simple: true });
let checkpoints = 0;
let lastWalChange = 0;
const header = Buffer.alloc(100);
// Pages in the WAL not yet copied into the database file: the wal-index header (SQLite's file
// format, "The WAL-Index Format": mxFrame at byte 16, nBackfill at 96, native byte order; version
// 3007000 at 0). The WAL file itself never shrinks, so its size says nothing once it was restarted.
// Unreadable or another version: every change of the WAL counts as a full mark.
function pendingPages() {
  let descriptor;
  try {
    descriptor = openSync(workerData.file + '-shm', 'r');
    if (readSync(descriptor, header, 0, 100, 0) === 100 && header.readUInt32LE(0) === 3007000) {
      return Math.max(0, header.readUInt32LE(16) - header.readUInt32LE(96));
    }
  } catch {
    return 0;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  const changed = statSync(workerData.file + '-wal', { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (changed === lastWalChange) return 0;
  lastWalChange = changed;
  return Infinity;
}
function checkpoint(isAsked) {
  const [result] = database.pragma('wal_checkpoint(PASSIVE)');
  checkpoints += 1;
  parentPort.postMessage({ checkpoints, result, isAsked });
}
const timer = setInterval(() => {
  if (pendingPages() * pageSize >= workerData.thresholdBytes) checkpoint(false);
}, workerData.pollMs);
parentPort.on('message', (message) => {
  if (message === 'checkpoint') checkpoint(true);
  if (message === 'stop') {
    clearInterval(timer);
    database.close();
    parentPort.close();
  }
});
parentPort.postMessage({ ready: true });
`;

/** What `pragma wal_checkpoint` answers: pages in the WAL, and of them copied into the database file. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface WalCheckpointer {
  /** Checkpoints the worker has run so far (as last reported by it). */
  readonly checkpoints: number;
  /** Resolves once the worker has its connection open. */
  readonly ready: Promise<void>;
  /** Asks the worker for a checkpoint now (tests); resolves with its result when done. */
  checkpointNow(): Promise<CheckpointResult>;
  /** Stops the worker; its connection closes (and, if it is the last, checkpoints the rest). */
  stop(): void;
}

export interface LazyWalCheckpointer extends WalCheckpointer {
  /** Whether the worker was started (by the first write, or by `start`/`checkpointNow`). */
  readonly isStarted: boolean;
  /** Starts the worker and turns the connection's own checkpoints off; later calls do nothing. */
  start(): void;
}

type CheckpointerOptions = Parameters<typeof startWalCheckpointer>[2];

/**
 * A checkpointer for `database` whose worker starts only when `start` is called (connect.ts calls it
 * before the first statement that may write). `ready` resolves once the started worker is ready.
 */
export function lazyWalCheckpointer(database: SqliteDatabase.Database, file: string, options: CheckpointerOptions = {}): LazyWalCheckpointer {
  let started: WalCheckpointer | undefined;
  let isStopped = false;
  let markStarted: (checkpointer: WalCheckpointer) => void = () => undefined;
  const whenStarted = new Promise<WalCheckpointer>((resolve) => (markStarted = resolve));
  const start = () => {
    if (started || isStopped) return;
    started = startWalCheckpointer(database, file, options);
    markStarted(started);
  };
  return {
    get isStarted() {
      return started !== undefined;
    },
    get checkpoints() {
      return started?.checkpoints ?? 0;
    },
    ready: whenStarted.then((checkpointer) => checkpointer.ready),
    start,
    checkpointNow() {
      start();
      return started ? started.checkpointNow() : Promise.resolve({ busy: 0, log: 0, checkpointed: 0 });
    },
    stop() {
      isStopped = true;
      started?.stop();
    },
  };
}

/**
 * Turns `database`'s own checkpoints off and starts the worker that does them. `file` is the
 * database's path (not ':memory:', which has no WAL).
 */
export function startWalCheckpointer(
  database: SqliteDatabase.Database,
  file: string,
  options: { thresholdBytes?: number; pollMs?: number; /** Tests: another module in place of better-sqlite3. */ driver?: string } = {},
): WalCheckpointer {
  database.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      file,
      driver: options.driver ?? createRequire(import.meta.url).resolve('better-sqlite3'),
      thresholdBytes: options.thresholdBytes ?? defaultCheckpointThresholdBytes,
      pollMs: options.pollMs ?? defaultCheckpointPollMs,
    },
  });
  // A server that stops need not wait for the checkpointer, nor a CLI that only reads.
  worker.unref();
  let checkpoints = 0;
  let isStopped = false;
  const waiters: ((result: CheckpointResult) => void)[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  worker.on('message', (message: { ready?: true; checkpoints?: number; result?: CheckpointResult; isAsked?: boolean }) => {
    if (message.ready) markReady();
    if (message.checkpoints !== undefined) checkpoints = message.checkpoints;
    // Answers come in the order asked (the worker runs one message at a time).
    if (message.isAsked && message.result) waiters.shift()?.(message.result);
  });
  const fallBack = () => {
    // The connection checkpoints by itself again: never a WAL without a checkpointer.
    if (!isStopped && database.open) database.pragma('wal_autocheckpoint = 1000');
    markReady();
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    get checkpoints() {
      return checkpoints;
    },
    ready,
    checkpointNow() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        worker.postMessage('checkpoint');
      });
    },
    stop() {
      if (isStopped) return;
      isStopped = true;
      worker.postMessage('stop');
    },
  };
}
