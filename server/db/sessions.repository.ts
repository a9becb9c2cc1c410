import type { Kysely } from 'kysely';
import type { Database, OrganisationKind, Role } from './schema.ts';

/** What a request needs to know about its session, read in one query. */
export interface ActiveSession {
  id: string;
  csrfToken: string;
  expiresAt: string;
  user: { id: string; username: string; displayName: string; role: Role };
  organisation: { id: string; name: string; kind: OrganisationKind; path: string[] };
}

export function createSessionsRepository(db: Kysely<Database>) {
  return {
    async insert(session: { id: string; userId: string; csrfToken: string; expiresAt: string; createdAt: string }): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          expires_at: session.expiresAt,
          created_at: session.createdAt,
        })
        .execute();
    },

    /** The session with this id if it has not expired at `now` (ISO text). */
    async findActive(options: { id: string; now: string }): Promise<ActiveSession | null> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
        .select([
          'sessions.id as id',
          'sessions.csrf_token as csrfToken',
          'sessions.expires_at as expiresAt',
          'users.id as userId',
          'users.username as username',
          'users.display_name as displayName',
          'users.role as role',
          'organisations.id as organisationId',
          'organisations.name as organisationName',
          'organisations.kind as organisationKind',
          'organisations.path as organisationPath',
        ])
        .where('sessions.id', '=', options.id)
        .where('sessions.expires_at', '>', options.now)
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        csrfToken: row.csrfToken,
        expiresAt: row.expiresAt,
        user: { id: row.userId, username: row.username, displayName: row.displayName, role: row.role },
        organisation: {
          id: row.organisationId,
          name: row.organisationName,
          kind: row.organisationKind,
          path: row.organisationPath.split('/').filter(Boolean),
        },
      };
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },

    async deleteExpired(now: string): Promise<number> {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
