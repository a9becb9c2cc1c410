/**
 * Group commit of saves (issue 14 item 3): saves that reach their write while another write is in
 * progress, or within the same event-loop turn, are written together in ONE transaction (one
 * COMMIT; on PostgreSQL one statement), each still versioned and audited on its own and answered
 * with its own result. Writing each autosave in its own transaction cost every save a BEGIN/COMMIT,
 * the trigger rows and index pages written again, and on PostgreSQL a round trip (BENCHMARKS.md,
 * 2026-12-05 save-24).
 *
 * - Order: saves are written in the order they arrive. A second save of a document already in the
 *   batch waits for the next one, so it meets the first's new version exactly as if the two had
 *   been written one after the other (a stale version is refused, 409, as before).
 * - A stale or missing document is that save's answer only: its UPDATE writes nothing, the others'
 *   are written.
 * - Failure: when the batch's transaction fails (a constraint, a deadlock between instances, a lost
 *   connection) nothing of it was written; each save is then written alone, so only the save that
 *   fails gets the error.
 * - Holding: on SQLite a save's write runs whole inside the turn that started it (better-sqlite3 is
 *   synchronous), and the admission starts about one save per turn (http/request-admission.ts), so
 *   writes would never meet. While requests wait to start (`shouldHold`), the batch is held for a
 *   few more turns, up to `holdBatchSize` saves or `maxHoldMs`; an idle server writes in the turn's
 *   check phase, one setImmediate after the save.
 */

/** A batch holds at most this many saves (on PostgreSQL ~30 parameters each, one statement). */
export const maxBatchSize = 16;
/** Held while requests wait to start, until the batch has this many saves… */
export const holdBatchSize = 8;
/** …or its first save has waited this long. */
export const maxHoldMs = 8;

export interface SaveQueueOptions<Save, Result> {
  /** Writes the saves in one transaction: one result per save in order, or throws and writes nothing. */
  writeBatch(saves: readonly Save[]): Promise<Result[]>;
  /** Writes one save in a transaction of its own. */
  writeOne(save: Save): Promise<Result>;
  /** Saves with the same key never share a batch (the document's id). */
  keyOf(save: Save): string;
  /** Whether more saves are likely to come at once (requests waiting to start). */
  shouldHold?: () => boolean;
  now?: () => number;
  /** Runs a callback in the check phase of this turn or the next (setImmediate). */
  defer?: (callback: () => void) => void;
  maxBatchSize?: number;
  holdBatchSize?: number;
  maxHoldMs?: number;
}

export interface SaveQueue<Save, Result> {
  /** Resolves with the save's own result (or rejects with its own error) once its batch is written. */
  enqueue(save: Save): Promise<Result>;
  /** Saves waiting for their batch (not counting the batch being written). */
  readonly waiting: number;
}

interface Entry<Save, Result> {
  save: Save;
  key: string;
  at: number;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

export function createSaveQueue<Save, Result>(options: SaveQueueOptions<Save, Result>): SaveQueue<Save, Result> {
  const now = options.now ?? (() => performance.now());
  const defer = options.defer ?? ((callback: () => void) => void setImmediate(callback));
  const batchLimit = options.maxBatchSize ?? maxBatchSize;
  const holdLimit = Math.min(options.holdBatchSize ?? holdBatchSize, batchLimit);
  const holdMs = options.maxHoldMs ?? maxHoldMs;
  let pending: Entry<Save, Result>[] = [];
  let isWriting = false;
  let isScheduled = false;

  function schedule(): void {
    if (isWriting || isScheduled) return;
    isScheduled = true;
    defer(onTurn);
  }

  function onTurn(): void {
    isScheduled = false;
    if (isWriting || pending.length === 0) return;
    const isHeld = pending.length < holdLimit && now() - pending[0]!.at < holdMs && (options.shouldHold?.() ?? false);
    if (isHeld) schedule();
    else void writeNext();
  }

  /** The oldest saves, one per key, up to the batch limit; the rest stay in arrival order. */
  function takeBatch(): Entry<Save, Result>[] {
    const batch: Entry<Save, Result>[] = [];
    const left: Entry<Save, Result>[] = [];
    const keys = new Set<string>();
    for (const entry of pending) {
      if (batch.length < batchLimit && !keys.has(entry.key)) {
        keys.add(entry.key);
        batch.push(entry);
      } else left.push(entry);
    }
    pending = left;
    return batch;
  }

  async function writeNext(): Promise<void> {
    isWriting = true;
    try {
      await write(takeBatch());
    } finally {
      isWriting = false;
    }
    // Saves that came while this batch was written have waited for it already: written at once.
    if (pending.length > 0) void writeNext();
  }

  async function write(batch: Entry<Save, Result>[]): Promise<void> {
    if (batch.length > 1) {
      let results: Result[] | undefined;
      try {
        results = await options.writeBatch(batch.map((entry) => entry.save));
      } catch {
        // Nothing of the batch was written: each save alone, so the failing one fails alone.
      }
      if (results) {
        batch.forEach((entry, index) => entry.resolve(results[index]!));
        return;
      }
    }
    for (const entry of batch) {
      try {
        entry.resolve(await options.writeOne(entry.save));
      } catch (error) {
        entry.reject(error);
      }
    }
  }

  return {
    enqueue(save) {
      return new Promise<Result>((resolve, reject) => {
        pending.push({ save, key: options.keyOf(save), at: now(), resolve, reject });
        schedule();
      });
    },
    get waiting() {
      return pending.length;
    },
  };
}
