import type { Kysely } from 'kysely';
import type { Database, OrganisationKind, Role } from './schema.ts';

/** What a request needs to know about its session, read in one query. */
export interface ActiveSession {
  id: string;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
  user: { id: string; username: string; displayName: string; role: Role; isDemo: boolean };
  organisation: { id: string; name: string; kind: OrganisationKind; path: string[] };
}

/** One of a user's sessions, for the session list (never the token or its hash's use). */
export interface SessionListing {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export function createSessionsRepository(db: Kysely<Database>) {
  return {
    async insert(session: { id: string; userId: string; csrfToken: string; expiresAt: string; createdAt: string; ip?: string | null; userAgent?: string | null }): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          expires_at: session.expiresAt,
          created_at: session.createdAt,
          last_seen_at: session.createdAt,
          ip: session.ip ?? null,
          user_agent: session.userAgent?.slice(0, 300) ?? null,
        })
        .execute();
    },

    /**
     * The session with this id if it has not expired at `now` (ISO text), was used after
     * `idleSince` (idle timeout; omitted = no idle limit) and its user is not disabled.
     */
    async findActive(options: { id: string; now: string; idleSince?: string }): Promise<ActiveSession | null> {
      let query = db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
        .select([
          'sessions.id as id',
          'sessions.csrf_token as csrfToken',
          'sessions.expires_at as expiresAt',
          'sessions.last_seen_at as lastSeenAt',
          'sessions.created_at as createdAt',
          'users.id as userId',
          'users.username as username',
          'users.display_name as displayName',
          'users.role as role',
          'users.is_demo as isDemo',
          'organisations.id as organisationId',
          'organisations.name as organisationName',
          'organisations.kind as organisationKind',
          'organisations.path as organisationPath',
        ])
        .where('sessions.id', '=', options.id)
        .where('sessions.expires_at', '>', options.now)
        .where('users.is_disabled', '=', 0);
      if (options.idleSince) {
        const idleSince = options.idleSince;
        query = query.where((eb) => eb(eb.fn.coalesce('sessions.last_seen_at', 'sessions.created_at'), '>', idleSince));
      }
      const row = await query.executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        csrfToken: row.csrfToken,
        expiresAt: row.expiresAt,
        lastSeenAt: row.lastSeenAt ?? row.createdAt,
        user: { id: row.userId, username: row.username, displayName: row.displayName, role: row.role, isDemo: Boolean(row.isDemo) },
        organisation: {
          id: row.organisationId,
          name: row.organisationName,
          kind: row.organisationKind,
          path: row.organisationPath.split('/').filter(Boolean),
        },
      };
    },

    /** Records use of the session, at most once per `unless` period (one write, not one per request). */
    async touch(options: { id: string; at: string; unlessSince: string }): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: options.at })
        .where('id', '=', options.id)
        .where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', options.unlessSince)]))
        .execute();
    },

    /** A user's live sessions, newest first. */
    async listByUser(options: { userId: string; now: string }): Promise<SessionListing[]> {
      const rows = await db
        .selectFrom('sessions')
        .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
        .where('user_id', '=', options.userId)
        .where('expires_at', '>', options.now)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at ?? row.created_at,
        expiresAt: row.expires_at,
        ip: row.ip,
        userAgent: row.user_agent,
      }));
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },

    /** Ends every session of a user, except `keepId` (the one changing its own password). */
    async deleteByUser(options: { userId: string; keepId?: string }): Promise<number> {
      let query = db.deleteFrom('sessions').where('user_id', '=', options.userId);
      if (options.keepId) query = query.where('id', '<>', options.keepId);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteExpired(now: string): Promise<number> {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
