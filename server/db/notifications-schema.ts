/**
 * Table types of 消息通知 (migration 20261204120000), added to the one Database interface by
 * declaration merging so schema.ts stays as it was.
 */
import type { Generated } from 'kysely';

export interface NotificationsTable {
  id: Generated<number>;
  /** The unit addressed: every user of it sees the notification. */
  organisation_id: string;
  /** contract/notifications.ts notificationKinds. */
  kind: string;
  title: string;
  message: string;
  /** A web app path: /documents/:id or /rectification/:id. */
  link: string;
  document_id: string | null;
  notice_id: string | null;
  actor_id: string | null;
  /** Set for computed notices (a deadline near) so each is written once per organisation. */
  dedupe_key: string | null;
  created_at: string;
}

export interface NotificationReadsTable {
  notification_id: number;
  user_id: string;
  read_at: string;
}

declare module './schema.ts' {
  interface Database {
    notifications: NotificationsTable;
    notification_reads: NotificationReadsTable;
  }
}
