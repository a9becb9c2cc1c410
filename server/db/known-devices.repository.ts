import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Browsers (by the sha256 of their long-lived device cookie) that signed in as a user before. */
export function createKnownDevicesRepository(db: Kysely<Database>) {
  return {
    async isKnown(options: { deviceHash: string; userId: string }): Promise<boolean> {
      const row = await db
        .selectFrom('known_devices')
        .select('device_hash')
        .where('device_hash', '=', options.deviceHash)
        .where('user_id', '=', options.userId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async remember(options: { deviceHash: string; userId: string; at: string }): Promise<void> {
      await db
        .insertInto('known_devices')
        .values({ device_hash: options.deviceHash, user_id: options.userId, last_used_at: options.at })
        .onConflict((conflict) => conflict.columns(['device_hash', 'user_id']).doUpdateSet({ last_used_at: options.at }))
        .execute();
    },
  };
}

export type KnownDevicesRepository = ReturnType<typeof createKnownDevicesRepository>;
