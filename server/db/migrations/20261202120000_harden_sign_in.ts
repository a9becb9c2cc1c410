import { defineSerialKey, type MigrationDb } from './helpers.ts';

/**
 * Issue 9 items 5 and 6: demo accounts are marked, accounts can be disabled, sessions remember
 * when they were last used (idle timeout) and from where (the session list); failed logins are
 * throttled by one atomic counter per key (login_throttles) instead of counted rows; a browser that
 * signed in as a user before is remembered (known_devices) so guesses from elsewhere never lock it out.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('users').addColumn('is_demo', 'integer', (column) => column.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('users').addColumn('is_disabled', 'integer', (column) => column.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('users').addColumn('password_changed_at', 'text').execute();

  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('ip', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
  await db.schema.createIndex('sessions_user_index').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_throttles')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('attempts', 'integer', (column) => column.notNull())
    // Epoch milliseconds, so one statement can compare and compute on both dialects.
    .addColumn('next_attempt_at', 'bigint', (column) => column.notNull())
    .addColumn('last_attempt_at', 'bigint', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('known_devices')
    .addColumn('device_hash', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('last_used_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('known_devices_primary_key', ['device_hash', 'user_id'])
    .execute();

  await db.schema.dropTable('login_attempts').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'integer', defineSerialKey(db))
    .addColumn('username', 'text', (column) => column.notNull())
    .addColumn('ip', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_lookup_index').on('login_attempts').columns(['username', 'ip', 'at']).execute();
  await db.schema.dropTable('known_devices').execute();
  await db.schema.dropTable('login_throttles').execute();
  await db.schema.dropIndex('sessions_user_index').execute();
  for (const column of ['user_agent', 'ip', 'last_seen_at']) await db.schema.alterTable('sessions').dropColumn(column).execute();
  for (const column of ['password_changed_at', 'is_disabled', 'is_demo']) await db.schema.alterTable('users').dropColumn(column).execute();
}
