/**
 * Resolved sessions kept for a moment (issue 14 item 3): every /api request resolved its cookie
 * with a three-table join, and an autosave burst asks the same few sessions hundreds of times a
 * second. An entry lives `sessionCacheMs` of real time; the expiry and the idle timeout are still
 * checked against the app's clock on every request (find-session.ts).
 *
 * Ending a session, changing a user's role or disabling them, renaming or moving an organisation
 * on THIS instance clears the cache at once (the repositories below, also inside transactions,
 * and again after the transaction commits). Another instance sharing the PostgreSQL database
 * sees such a change only when its entry runs out: up to `sessionCacheMs` (docs/security.md).
 */
import type { ActiveSession } from '../../db/sessions.repository.ts';
import type { Repositories } from '../../db/repositories.ts';

/** How long a resolved session is trusted without asking the database again. */
export const sessionCacheMs = 2_000;
/** A flood of distinct cookies cannot grow the cache without bound: it starts over when full. */
const maxEntries = 10_000;

export interface SessionCache {
  /** The session for a token hash, if resolved less than `sessionCacheMs` ago. */
  get(id: string): ActiveSession | null;
  set(id: string, session: ActiveSession): void;
  delete(id: string): void;
  clear(): void;
  /**
   * `lookup` run once for all requests of session `id` that miss together (an entry running out
   * under an autosave burst sent 50–200 statements at once, each waiting for the pool). Clearing
   * or deleting forgets a lookup in flight, so a request after a sign-out never joins one begun before.
   */
  lookupOnce(id: string, lookup: () => Promise<ActiveSession | null>): Promise<ActiveSession | null>;
}

/** `monotonicNow`: milliseconds of real time (tests pass their own). */
export function createSessionCache(
  options: { ttlMs?: number; monotonicNow?: () => number } = {},
): SessionCache {
  const ttlMs = options.ttlMs ?? sessionCacheMs;
  const monotonicNow = options.monotonicNow ?? (() => performance.now());
  const entries = new Map<string, { session: ActiveSession; until: number }>();
  const lookups = new Map<string, Promise<ActiveSession | null>>();
  return {
    get(id) {
      const entry = entries.get(id);
      if (!entry) return null;
      if (monotonicNow() >= entry.until) {
        entries.delete(id);
        return null;
      }
      return entry.session;
    },
    set(id, session) {
      if (entries.size >= maxEntries && !entries.has(id)) entries.clear();
      const until = entries.get(id)?.until ?? monotonicNow() + ttlMs;
      entries.set(id, { session, until });
    },
    delete(id) {
      entries.delete(id);
      lookups.delete(id);
    },
    clear() {
      entries.clear();
      lookups.clear();
    },
    lookupOnce(id, lookup) {
      const pending = lookups.get(id);
      if (pending) return pending;
      const started = lookup().finally(() => {
        if (lookups.get(id) === started) lookups.delete(id);
      });
      lookups.set(id, started);
      return started;
    },
  };
}

/** Writes after which a cached session may be wrong (its row gone, its user's role or organisation changed). */
const clearingWrites = {
  sessions: ['delete', 'deleteByUser'],
  users: ['setRole', 'setDisabled', 'setPasswordHash'],
  organisations: ['rename', 'move'],
} as const satisfies { [K in keyof Repositories]?: readonly (keyof Repositories[K])[] };

/** `repositories` with the writes above clearing `cache` before and after they run; `onClear` hears each. */
export function clearingSessionCache(
  repositories: Repositories,
  cache: SessionCache,
  onClear?: () => void,
): Repositories {
  const wrapped = { ...repositories };
  for (const [name, methods] of Object.entries(clearingWrites) as [
    keyof typeof clearingWrites,
    readonly string[],
  ][]) {
    const repository: Record<string, unknown> = { ...repositories[name] };
    for (const method of methods) {
      const write = repository[method] as (...args: unknown[]) => Promise<unknown>;
      repository[method] = async (...args: unknown[]) => {
        cache.clear();
        onClear?.();
        try {
          return await write(...args);
        } finally {
          cache.clear();
        }
      };
    }
    (wrapped as Record<string, unknown>)[name] = repository;
  }
  return wrapped;
}

/** Runs a transaction whose repositories clear the cache, and clears it again once it has committed or rolled back. */
export async function inClearingTransaction<T>(
  transaction: <R>(work: (repositories: Repositories) => Promise<R>) => Promise<R>,
  cache: SessionCache,
  work: (repositories: Repositories) => Promise<T>,
): Promise<T> {
  let isClearing = false;
  try {
    return await transaction((repositories) =>
      work(clearingSessionCache(repositories, cache, () => (isClearing = true))),
    );
  } finally {
    if (isClearing) cache.clear();
  }
}
