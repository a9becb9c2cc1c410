/**
 * The finance summary's finished answers (the JSON rows and the workbook), kept in this server
 * instance per year, reader and format, with the generation they were built at (issue 14 item 2:
 * a province's year is 23,000 rows; building them takes 0.4–0.5 s however fast the writers are).
 *
 * Never stale: the generation is read from the database (db/summary-changes.repository.ts, kept
 * by triggers in every writer's transaction) before the rows are read, and a kept answer is used
 * only while the generation is still the same. A write committed between the two reads makes the
 * answer newer than its generation, so the next request builds it again (never the reverse).
 * Several instances over one PostgreSQL each keep their own and each asks the same one query.
 * An answer of an older generation is patched rather than built again when only some units'
 * documents changed (read-kept-summary.ts): `build` is given the answer kept before (peek).
 */
import type { Actor } from '../actor.ts';

/** What one instance keeps at most (a province's year: about 10 MB of JSON and 2 MB of workbook). */
export const keptSummaryBytes = 128 * 1024 * 1024;

interface Entry {
  generation: bigint;
  value: Promise<unknown>;
  /** 0 until the value is built. */
  bytes: number;
}

export interface KeptSummaries {
  /**
   * The answer kept for `key` at `generation`, else `build`'s (kept for the next request; a second
   * request while it is built waits for the same one). `sizeOf` gives a built answer's bytes.
   */
  get<Value>(
    key: string,
    generation: string,
    build: () => Promise<Value>,
    sizeOf: (value: Value) => number,
  ): Promise<Value>;
  /** The answer kept (or being built) for `key`, whatever its generation, without using it. */
  peek<Value>(key: string): Promise<Value> | undefined;
  /** Bytes of the answers kept now (tests, and the bound). */
  keptBytes(): number;
}

export function createKeptSummaries(maxBytes = keptSummaryBytes): KeptSummaries {
  // In use order: a Map iterates in insertion order, and each use re-inserts its entry.
  const entries = new Map<string, Entry>();
  let total = 0;

  function forget(key: string, entry: Entry) {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    total -= entry.bytes;
  }

  return {
    get<Value>(
      key: string,
      generationText: string,
      build: () => Promise<Value>,
      sizeOf: (value: Value) => number,
    ): Promise<Value> {
      const generation = BigInt(generationText);
      const current = entries.get(key);
      if (current && current.generation === generation) {
        entries.delete(key);
        entries.set(key, current);
        return current.value as Promise<Value>;
      }
      const value = build();
      // A request that read an older generation than the one kept (it began before a write) gets
      // its own answer and leaves the newer one in place.
      if (current && current.generation > generation) return value;
      if (current) forget(key, current);
      const entry: Entry = { generation, value, bytes: 0 };
      entries.set(key, entry);
      value.then(
        (built) => {
          if (entries.get(key) !== entry) return;
          entry.bytes = sizeOf(built);
          total += entry.bytes;
          // Least recently used first; an answer larger than the bound is not kept at all.
          for (const [oldKey, old] of entries) {
            if (total <= maxBytes) break;
            if (old.bytes > 0) forget(oldKey, old);
          }
        },
        () => forget(key, entry),
      );
      return value;
    },
    peek<Value>(key: string): Promise<Value> | undefined {
      return entries.get(key)?.value as Promise<Value> | undefined;
    },
    keptBytes: () => total,
  };
}

/**
 * What a reader's summary depends on besides the year: the administrator reads everything, a
 * finance bureau its subtree (listSummaryRows: the read scope and the organisations are the
 * actor's role and organisation path, nothing else of the actor).
 */
export function summaryReaderKey(actor: Pick<Actor, 'role' | 'organisationPath'>): string {
  return actor.role === 'admin' ? 'admin' : `${actor.role}:${actor.organisationPath.join('/')}`;
}
