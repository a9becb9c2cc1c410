/**
 * 消息通知 (issue 10): every signed-in user lists their organisation's notifications with their own
 * read state and marks one or all read. Schemas: contract/notifications.ts.
 */
import { markReadResponseSchema, notificationIdParamsSchema, notificationListQuerySchema, notificationListSchema } from '../../contract/notifications.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { listNotifications } from '../services/notifications/list-notifications.ts';
import { markNotificationsRead } from '../services/notifications/mark-notifications-read.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));
const tags = ['消息通知'];

export function registerNotificationRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/notifications',
    {
      onRequest: authenticate,
      schema: { tags, summary: '本单位的消息通知（新的在前）与本人未读数', querystring: notificationListQuerySchema, response: { 200: notificationListSchema, ...errors(400, 401) } },
    },
    async (request) => listNotifications(deps, { actor: getActor(request), ...request.query }),
  );

  app.post(
    '/api/notifications/:id/read',
    { onRequest: authenticate, schema: { tags, summary: '将一条通知标为本人已读', params: notificationIdParamsSchema, response: { 200: markReadResponseSchema, ...errors(400, 401, 404) } } },
    async (request) => markNotificationsRead(deps, { actor: getActor(request), id: request.params.id }),
  );

  app.post(
    '/api/notifications/read-all',
    { onRequest: authenticate, schema: { tags, summary: '将本单位的全部通知标为本人已读', response: { 200: markReadResponseSchema, ...errors(401) } } },
    async (request) => markNotificationsRead(deps, { actor: getActor(request) }),
  );
}
