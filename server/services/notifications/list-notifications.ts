/** The actor's organisation's notifications, newest first, with the actor's read state and unread count. */
import { notificationKindNames, notificationListLimits, type NotificationList } from '../../../contract/notifications.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { addDeadlineNotifications } from './add-deadline-notifications.ts';

export async function listNotifications(deps: ServiceDeps, input: { actor: Actor; limit?: number; isUnreadOnly?: boolean }): Promise<NotificationList> {
  const { actor } = input;
  await addDeadlineNotifications(deps, { actor });
  const reader = { organisationId: actor.organisationId, userId: actor.userId };
  const stored = await deps.repositories.notifications.list({ ...reader, limit: input.limit ?? notificationListLimits.default, isUnreadOnly: input.isUnreadOnly ?? false });
  return {
    items: stored.map((notification) => ({
      id: notification.id,
      kind: notification.kind,
      kindName: notificationKindNames[notification.kind],
      title: notification.title,
      message: notification.message,
      link: notification.link,
      createdAt: notification.createdAt,
      isRead: notification.isRead,
    })),
    unreadCount: await deps.repositories.notifications.countUnread(reader),
  };
}
