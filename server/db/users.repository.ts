import type { Kysely } from 'kysely';
import type { Database, Role, UserRow } from './schema.ts';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  createdAt: string;
}

function toUser(row: Omit<UserRow, 'password_hash'>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
    createdAt: row.created_at,
  };
}

const publicColumns = ['id', 'username', 'display_name', 'role', 'organisation_id', 'created_at'] as const;

export function createUsersRepository(db: Kysely<Database>) {
  return {
    async getById(id: string): Promise<User | null> {
      const row = await db.selectFrom('users').select(publicColumns).where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    /** Only for login: the one place the password hash leaves the database. */
    async findCredentials(username: string): Promise<{ user: User; passwordHash: string } | null> {
      const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
    },

    async list(filter: { organisationId?: string } = {}): Promise<User[]> {
      let query = db.selectFrom('users').select(publicColumns).orderBy('username');
      if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
      return (await query.execute()).map(toUser);
    },

    async insert(user: User & { passwordHash: string }): Promise<User> {
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
        })
        .returning(publicColumns)
        .executeTakeFirstOrThrow();
      return toUser(row);
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
