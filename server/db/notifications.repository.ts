/** 消息通知: notifications addressed to an organisation and each user's read marks. */
import type { Kysely } from 'kysely';
import type { NotificationKind } from '../../contract/notifications.ts';
import './notifications-schema.ts';
import type { Database } from './schema.ts';

export interface NewNotification {
  organisationId: string;
  kind: NotificationKind;
  title: string;
  message: string;
  link: string;
  documentId?: string | null;
  noticeId?: string | null;
  actorId?: string | null;
  /** Computed notices only: written once per organisation and key. */
  dedupeKey?: string | null;
  createdAt: string;
}

export interface StoredNotification {
  id: number;
  organisationId: string;
  kind: NotificationKind;
  title: string;
  message: string;
  link: string;
  documentId: string | null;
  noticeId: string | null;
  createdAt: string;
  isRead: boolean;
}

function toNotificationRow(notification: NewNotification) {
  return {
    organisation_id: notification.organisationId,
    kind: notification.kind,
    title: notification.title,
    message: notification.message,
    link: notification.link,
    document_id: notification.documentId ?? null,
    notice_id: notification.noticeId ?? null,
    actor_id: notification.actorId ?? null,
    dedupe_key: notification.dedupeKey ?? null,
    created_at: notification.createdAt,
  };
}

/** Rows per multi-row INSERT: 10 parameters each, well under SQLite's and PostgreSQL's limits. */
const notificationsPerInsert = 500;

export function createNotificationsRepository(db: Kysely<Database>) {
  /** The organisation's notifications no read mark of the user covers. */
  const unread = (reader: { organisationId: string; userId: string }) =>
    db
      .selectFrom('notifications')
      .where('notifications.organisation_id', '=', reader.organisationId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('notification_reads')
              .select('notification_reads.notification_id')
              .whereRef('notification_reads.notification_id', '=', 'notifications.id')
              .where('notification_reads.user_id', '=', reader.userId),
          ),
        ),
      );

  return {
    /** Writes the notification; false when one with the same organisation and dedupe key exists (nothing written). */
    async insert(notification: NewNotification): Promise<boolean> {
      const result = await db
        .insertInto('notifications')
        .values(toNotificationRow(notification))
        .onConflict((conflict) => conflict.columns(['organisation_id', 'dedupe_key']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    /**
     * Many notifications in multi-row INSERTs (催报 of every outstanding unit); one with the same
     * organisation and dedupe key as a stored one is not written. The organisations written to.
     */
    async insertMany(notifications: readonly NewNotification[]): Promise<Set<string>> {
      const written = new Set<string>();
      for (let start = 0; start < notifications.length; start += notificationsPerInsert) {
        const rows = await db
          .insertInto('notifications')
          .values(notifications.slice(start, start + notificationsPerInsert).map(toNotificationRow))
          .onConflict((conflict) => conflict.columns(['organisation_id', 'dedupe_key']).doNothing())
          .returning('organisation_id')
          .execute();
        for (const row of rows) written.add(row.organisation_id);
      }
      return written;
    },

    /** When each organisation was last reminded under dedupe keys starting with `prefix` (催报 of one year or round). */
    async listLastReminded(filter: { dedupeKeyPrefix: string; organisationIds?: readonly string[] }): Promise<Map<string, string>> {
      if (filter.organisationIds?.length === 0) return new Map();
      let query = db
        .selectFrom('notifications')
        .select(['organisation_id', (eb) => eb.fn.max('created_at').as('at')])
        .where('kind', '=', 'reminder')
        .where('dedupe_key', 'like', `${filter.dedupeKeyPrefix}%`);
      if (filter.organisationIds) query = query.where('organisation_id', 'in', filter.organisationIds);
      const rows = await query.groupBy('organisation_id').execute();
      return new Map(rows.map((row) => [row.organisation_id, String(row.at)]));
    },

    /** Newest first, with the reader's read state. */
    async list(reader: { organisationId: string; userId: string; limit: number; isUnreadOnly?: boolean }): Promise<StoredNotification[]> {
      let query = db
        .selectFrom('notifications')
        .leftJoin('notification_reads', (join) =>
          join.onRef('notification_reads.notification_id', '=', 'notifications.id').on('notification_reads.user_id', '=', reader.userId),
        )
        .selectAll('notifications')
        .select('notification_reads.read_at')
        .where('notifications.organisation_id', '=', reader.organisationId);
      if (reader.isUnreadOnly) query = query.where('notification_reads.read_at', 'is', null);
      const rows = await query.orderBy('notifications.created_at', 'desc').orderBy('notifications.id', 'desc').limit(reader.limit).execute();
      return rows.map((row) => ({
        id: Number(row.id),
        organisationId: row.organisation_id,
        kind: row.kind as NotificationKind,
        title: row.title,
        message: row.message,
        link: row.link,
        documentId: row.document_id,
        noticeId: row.notice_id,
        createdAt: row.created_at,
        isRead: row.read_at !== null,
      }));
    },

    async countUnread(reader: { organisationId: string; userId: string }): Promise<number> {
      const row = await unread(reader).select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** The organisation a notification is addressed to; null when there is none with that id. */
    async getOrganisationId(id: number): Promise<string | null> {
      const row = await db.selectFrom('notifications').select('organisation_id').where('id', '=', id).executeTakeFirst();
      return row?.organisation_id ?? null;
    },

    /** Marks the given notifications (or all of the organisation's) read for the user; marks already there stay. */
    async markRead(reader: { organisationId: string; userId: string; at: string; id?: number }): Promise<void> {
      let ids = unread(reader).select('notifications.id');
      if (reader.id !== undefined) ids = ids.where('notifications.id', '=', reader.id);
      await db
        .insertInto('notification_reads')
        .columns(['notification_id', 'user_id', 'read_at'])
        .expression(ids.select((eb) => [eb.val(reader.userId).as('user_id'), eb.val(reader.at).as('read_at')]))
        .onConflict((conflict) => conflict.columns(['notification_id', 'user_id']).doNothing())
        .execute();
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
