/**
 * The bytes a document read sends as its body, kept per document by (version, organisation name)
 * (issue 14 item 3, bench/api.bench.ts). A read used to fetch the 40 KB body text from the
 * database, put the organisation's name in (organisation-unit.ts) and encode it to UTF-8 on every
 * request; with the bytes kept, a read fetches only the row's small columns and sends stored bytes.
 *
 * Safe without invalidation: a body is only ever written by documents.updateWithVersion (or …AndAudit), which
 * bumps the version in the same statement, so (id, version) names one body text forever, on every
 * instance sharing the database. Entries are filled only from reads outside a transaction (committed
 * rows), never from a write that could still roll back. The organisation's name is part of the key
 * because it is put into the body at read time (a renamed unit shows its new name at once).
 */

/** About 25 documents of the bench's size per megabyte: 32 MB holds the drafts being edited. */
const defaultBudgetBytes = 32 * 1024 * 1024;

interface Entry {
  version: number;
  organisationName: string;
  bytes: Buffer;
}

export class BodyBytesCache {
  private entries = new Map<string, Entry>();
  private totalBytes = 0;

  constructor(private readonly budgetBytes = defaultBudgetBytes) {}

  /** The bytes of document `id` at `version` with the unit `organisationName`, if kept. */
  get(id: string, version: number, organisationName: string): Buffer | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.version !== version || entry.organisationName !== organisationName) return undefined;
    // Most recently used last: Map keeps insertion order, so eviction takes the oldest first.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.bytes;
  }

  /** Keeps `bytes` for document `id` (one version per document: an older one is replaced). */
  set(id: string, entry: Entry): void {
    if (entry.bytes.length > this.budgetBytes) return;
    const previous = this.entries.get(id);
    if (previous) {
      if (previous.version > entry.version) return;
      this.entries.delete(id);
      this.totalBytes -= previous.bytes.length;
    }
    this.entries.set(id, entry);
    this.totalBytes += entry.bytes.length;
    for (const [oldestId, oldest] of this.entries) {
      if (this.totalBytes <= this.budgetBytes) break;
      this.entries.delete(oldestId);
      this.totalBytes -= oldest.bytes.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const caches = new WeakMap<object, BodyBytesCache>();

/** The cache of one app: keyed by its repositories object, so apps (and test databases) never share one. */
export function bodyBytesCacheOf(owner: object): BodyBytesCache {
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new BodyBytesCache()));
  return cache;
}
