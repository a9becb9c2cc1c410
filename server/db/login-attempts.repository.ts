import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Failed logins per username + IP, in the database so every server instance counts the same. */
export function createLoginAttemptsRepository(db: Kysely<Database>) {
  return {
    async recordFailure(attempt: { username: string; ip: string; at: string }): Promise<void> {
      await db.insertInto('login_attempts').values(attempt).execute();
    },

    /** Failures from `ip` after `since`, for one username or (without it) for all usernames. */
    async countFailuresSince(options: { username?: string; ip: string; since: string }): Promise<number> {
      let query = db
        .selectFrom('login_attempts')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('ip', '=', options.ip)
        .where('at', '>', options.since);
      if (options.username !== undefined) query = query.where('username', '=', options.username);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Drops failures that no longer count (older than the window), so the table stays small. */
    async deleteBefore(at: string): Promise<number> {
      const result = await db.deleteFrom('login_attempts').where('at', '<=', at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async clear(options: { username: string; ip: string }): Promise<void> {
      await db.deleteFrom('login_attempts').where('username', '=', options.username).where('ip', '=', options.ip).execute();
    },
  };
}

export type LoginAttemptsRepository = ReturnType<typeof createLoginAttemptsRepository>;
