import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** How a throttle key slows down: free attempts, then a delay doubling per attempt up to a cap. */
export interface ThrottlePolicy {
  freeAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts older than this are forgotten (the count starts again). */
  windowMs: number;
}

export type Reservation = { isAllowed: true; attempts: number } | { isAllowed: false; retryAfterMs: number };

/** Epoch ms at which attempt number `attempt` lets the next one through. */
export function computeNextAttemptAt(policy: ThrottlePolicy, attempt: number, nowMs: number): number {
  if (attempt < policy.freeAttempts) return nowMs;
  return nowMs + Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - policy.freeAttempts));
}

const bigint = (value: number) => sql`cast(${value} as bigint)`;

/**
 * Login throttling counters, one row per key, in the database so every server instance counts the
 * same. An attempt is reserved before the password is checked, in one INSERT … ON CONFLICT DO
 * UPDATE … WHERE … RETURNING (SQLite and PostgreSQL alike): parallel guesses cannot all read the
 * same old count, so at most `freeAttempts` passwords are checked before the delay starts.
 */
export function createLoginThrottlesRepository(db: Kysely<Database>) {
  return {
    async reserveAttempt(options: { key: string; nowMs: number; policy: ThrottlePolicy }): Promise<Reservation> {
      const { key, nowMs, policy } = options;
      const windowStart = nowMs - policy.windowMs;
      // The next-attempt time for each attempt number the delay can reach, precomputed: no power() in SQLite.
      let steps = 0;
      while (policy.baseDelayMs * 2 ** steps < policy.maxDelayMs) steps += 1;
      const cases = Array.from({ length: steps + 1 }, (_, index) => policy.freeAttempts + index).map(
        (attempt) => sql`when ${attempt} then ${bigint(computeNextAttemptAt(policy, attempt, nowMs))}`,
      );
      const nextForAttempt = sql`case when login_throttles.attempts + 1 < ${policy.freeAttempts} then ${bigint(nowMs)} else case login_throttles.attempts + 1 ${sql.join(cases, sql` `)} else ${bigint(nowMs + policy.maxDelayMs)} end end`;
      const isStale = sql`login_throttles.last_attempt_at < ${bigint(windowStart)}`;
      const first = computeNextAttemptAt(policy, 1, nowMs);
      const row = await sql<{ attempts: number | string }>`
        insert into login_throttles (key, attempts, next_attempt_at, last_attempt_at)
        values (${key}, 1, ${bigint(first)}, ${bigint(nowMs)})
        on conflict (key) do update set
          attempts = case when ${isStale} then 1 else login_throttles.attempts + 1 end,
          next_attempt_at = case when ${isStale} then ${bigint(first)} else ${nextForAttempt} end,
          last_attempt_at = ${bigint(nowMs)}
        where login_throttles.next_attempt_at <= ${bigint(nowMs)}
        returning attempts`.execute(db);
      const reserved = row.rows[0];
      if (reserved) return { isAllowed: true, attempts: Number(reserved.attempts) };
      const blocked = await db.selectFrom('login_throttles').select('next_attempt_at').where('key', '=', key).executeTakeFirst();
      return { isAllowed: false, retryAfterMs: Math.max(1000, Number(blocked?.next_attempt_at ?? nowMs) - nowMs) };
    },

    /** Gives back one reserved attempt (a right password must not use up an address's budget). */
    async refundAttempt(key: string): Promise<void> {
      await db.updateTable('login_throttles').set((eb) => ({ attempts: eb('attempts', '-', 1) })).where('key', '=', key).where('attempts', '>', 0).execute();
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom('login_throttles').where('key', '=', key).execute();
    },

    /** Forgets keys whose last attempt is older than `beforeMs` and that no longer delay anyone. */
    async deleteStale(options: { beforeMs: number; nowMs: number }): Promise<number> {
      const result = await db
        .deleteFrom('login_throttles')
        .where(sql<boolean>`last_attempt_at < ${bigint(options.beforeMs)} and next_attempt_at <= ${bigint(options.nowMs)}`)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type LoginThrottlesRepository = ReturnType<typeof createLoginThrottlesRepository>;
