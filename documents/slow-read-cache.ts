/**
 * The slow steps of reading a file — OCR of a scan (seconds a page), LibreOffice's conversion of an
 * old .xls/.doc (a process started) — kept for the same file's next read in this thread. A file
 * holding several tables is read once for every table the import review screen previews or saves
 * from it ("全部 N 张导入为草稿" sends one request a table), and each read did the slow step again:
 * twenty tables of a scanned PDF were twenty OCR runs of every page.
 *
 * Keyed by the file's bytes (SHA-256) and what else decides the result (the OCR settings); bounded by
 * entries and by size, least recently used first out. A step still running is shared by the reads
 * that ask for it; one that failed is not kept (the next read tries again: a time limit may have
 * been hit while the machine was busy). Per thread: a read in another worker thread or another
 * instance only misses, and does the step itself as before. Each caller gets its own copy of a kept
 * result (`copy`), so no reader can change another's.
 */
import { createHash } from 'node:crypto';

interface Entry<T> {
  result: Promise<T>;
  bytes: number;
}

export class SlowReadCache<T> {
  private entries = new Map<string, Entry<T>>();
  private keptBytes = 0;
  private hitCount = 0;

  constructor(
    private readonly options: {
      maxEntries: number;
      maxBytes: number;
      /** The size a result holds in memory, roughly (bytes). */
      sizeOf: (result: T) => number;
      /** What each caller gets of a kept result (default: structuredClone; a Buffer nobody writes to may be handed out as it is). */
      copy?: (result: T) => T;
    },
  ) {}

  private copyOf(result: T): T {
    return this.options.copy ? this.options.copy(result) : structuredClone(result);
  }

  /** Whether `key` is kept or being made. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Keeps `result` as `key`'s (a step run outside get: a batch of conversions). */
  put(key: string, result: T): void {
    this.forget(key);
    const entry: Entry<T> = { result: Promise.resolve(result), bytes: this.options.sizeOf(result) };
    this.entries.set(key, entry);
    this.keptBytes += entry.bytes;
    this.evict();
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.keptBytes -= entry.bytes;
  }

  /** The kept result of `key`, or `make()`'s once it resolves (kept unless it rejects). */
  async get(key: string, make: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept) {
      this.hitCount += 1;
      this.entries.delete(key);
      this.entries.set(key, kept);
      return this.copyOf(await kept.result);
    }
    const entry: Entry<T> = { result: make(), bytes: 0 };
    this.entries.set(key, entry);
    let result: T;
    try {
      result = await entry.result;
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
    if (this.entries.get(key) === entry) {
      entry.bytes = this.options.sizeOf(result);
      this.keptBytes += entry.bytes;
      this.evict();
    }
    return this.copyOf(result);
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.keptBytes <= this.options.maxBytes) return;
      // A step still running (bytes 0) is never the one evicted for its size.
      if (entry.bytes === 0 && this.entries.size <= this.options.maxEntries) continue;
      this.entries.delete(key);
      this.keptBytes -= entry.bytes;
    }
  }

  /** Results kept (and steps running). */
  get size(): number {
    return this.entries.size;
  }

  /** Reads answered from the cache since it was made (tests and benchmarks). */
  get hits(): number {
    return this.hitCount;
  }

  clear(): void {
    this.entries.clear();
    this.keptBytes = 0;
  }
}

/** The key of a file's bytes and the other inputs of a step. */
export function slowReadKey(bytes: Uint8Array, ...parts: string[]): string {
  const hash = createHash('sha256').update(bytes);
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex');
}
