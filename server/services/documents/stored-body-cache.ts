/**
 * Parsed bodies of the drafts being edited, for saves (issue 14 item 3): an autosave used to read
 * the whole stored body (≈ 40 KB) and JSON.parse it on every save, only to compare it with the edit.
 * A save now keeps the body it wrote, by (document, version), and the next save of that document
 * asks the database for the body only when the version moved on (documents.getUnlessBodyAt).
 *
 * Safe across instances for the reason body-bytes-cache.ts gives: a body is only written with a new
 * version, so (id, version) names one body forever. Entries are shared between requests, so no
 * reader may change them: under tests (VITEST) every entry is deep-frozen, and a write to one throws.
 */
import type { PerformanceDocument } from '../../../core/model.ts';

/** Drafts edited at once on one instance; a parsed 40 KB body takes a few hundred KB of heap. */
const defaultMaxEntries = 256;

const isFrozenForTests = process.env.VITEST !== undefined;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export class StoredBodyCache {
  private entries = new Map<string, { version: number; body: PerformanceDocument }>();

  constructor(private readonly maxEntries = defaultMaxEntries) {}

  /** The version of document `id` whose body is kept, or null. */
  versionOf(id: string): number | null {
    return this.entries.get(id)?.version ?? null;
  }

  /** The body of `id` at `version`, if kept (most recently used last). */
  get(id: string, version: number): PerformanceDocument | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.version !== version) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.body;
  }

  /** Keeps `body` as document `id`'s at `version` (a newer version replaces an older one, never the reverse). */
  set(id: string, version: number, body: PerformanceDocument): void {
    const previous = this.entries.get(id);
    if (previous && previous.version > version) return;
    this.entries.delete(id);
    this.entries.set(id, { version, body: isFrozenForTests ? deepFreeze(body) : body });
    for (const oldestId of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldestId);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const caches = new WeakMap<object, StoredBodyCache>();

/** The cache of one app, keyed by its repositories object (apps and test databases never share one). */
export function storedBodyCacheOf(owner: object): StoredBodyCache {
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new StoredBodyCache()));
  return cache;
}
