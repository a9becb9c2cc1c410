/** The web client of 消息通知 (contract/notifications.ts). */
import { markReadResponseSchema, notificationListSchema, type MarkReadResponse, type NotificationList } from '../../../contract/notifications.ts';
import { callApi } from '../../lib/api-client.ts';

export function listNotifications(query: { limit?: number; isUnreadOnly?: boolean } = {}): Promise<NotificationList> {
  const search = new URLSearchParams();
  if (query.limit) search.set('limit', String(query.limit));
  if (query.isUnreadOnly) search.set('isUnreadOnly', 'true');
  const suffix = search.size > 0 ? `?${search.toString()}` : '';
  return callApi({ method: 'GET', url: `/api/notifications${suffix}`, response: notificationListSchema });
}

export function markNotificationRead(id: number): Promise<MarkReadResponse> {
  return callApi({ method: 'POST', url: `/api/notifications/${id}/read`, response: markReadResponseSchema });
}

export function markAllNotificationsRead(): Promise<MarkReadResponse> {
  return callApi({ method: 'POST', url: '/api/notifications/read-all', response: markReadResponseSchema });
}

/** The bell refreshes its count when the page marks notifications read (and the other way round). */
const changedEvent = 'jixiao:notifications-changed';

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(changedEvent));
}

/** Calls `listener` whenever notifications were marked read elsewhere; returns the unsubscribe. */
export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(changedEvent, listener);
  return () => window.removeEventListener(changedEvent, listener);
}
