import type { Kysely } from 'kysely';
import type { Database, Role, UserRow } from './schema.ts';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  createdAt: string;
  /** Made by the demo data (the web app shows a banner). */
  isDemo: boolean;
  isDisabled: boolean;
}

function toUser(row: Omit<UserRow, 'password_hash' | 'password_changed_at'>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
    createdAt: row.created_at,
    isDemo: Boolean(row.is_demo),
    isDisabled: Boolean(row.is_disabled),
  };
}

const publicColumns = ['id', 'username', 'display_name', 'role', 'organisation_id', 'created_at', 'is_demo', 'is_disabled'] as const;

export function createUsersRepository(db: Kysely<Database>) {
  return {
    async getById(id: string): Promise<User | null> {
      const row = await db.selectFrom('users').select(publicColumns).where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    /** Only for login and password changes: the one place the password hash leaves the database. */
    async findCredentials(username: string): Promise<{ user: User; passwordHash: string } | null> {
      const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
    },

    async list(filter: { organisationId?: string } = {}): Promise<User[]> {
      let query = db.selectFrom('users').select(publicColumns).orderBy('username');
      if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
      return (await query.execute()).map(toUser);
    },

    /** Whether any demo account can still sign in (production refuses to start then). */
    async hasEnabledDemoUsers(): Promise<boolean> {
      const row = await db.selectFrom('users').select('id').where('is_demo', '=', 1).where('is_disabled', '=', 0).executeTakeFirst();
      return row !== undefined;
    },

    async insert(user: Omit<User, 'isDemo' | 'isDisabled'> & { passwordHash: string; isDemo?: boolean }): Promise<User> {
      const row = await db
        .insertInto('users')
        .values({
          id: user.id,
          username: user.username,
          password_hash: user.passwordHash,
          display_name: user.displayName,
          role: user.role,
          organisation_id: user.organisationId,
          created_at: user.createdAt,
          is_demo: user.isDemo ? 1 : 0,
        })
        .returning(publicColumns)
        .executeTakeFirstOrThrow();
      return toUser(row);
    },

    async setPasswordHash(options: { id: string; passwordHash: string; at: string }): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ password_hash: options.passwordHash, password_changed_at: options.at })
        .where('id', '=', options.id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async setRole(options: { id: string; role: Role }): Promise<User | null> {
      const row = await db.updateTable('users').set({ role: options.role }).where('id', '=', options.id).returning(publicColumns).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    async setDisabled(options: { id: string; isDisabled: boolean }): Promise<User | null> {
      const row = await db
        .updateTable('users')
        .set({ is_disabled: options.isDisabled ? 1 : 0 })
        .where('id', '=', options.id)
        .returning(publicColumns)
        .executeTakeFirst();
      return row ? toUser(row) : null;
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
