/** The signed-in user's own account: change the password, list and end their sessions (issue 9 item 5). */
import { z } from 'zod';
import type { ServiceDeps } from '../services/deps.ts';
import { listOwnSessions, revokeOwnSession } from '../services/sessions/own-sessions.ts';
import { changeOwnPassword } from '../services/users/change-own-password.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const tags = ['登录'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

export const sessionViewSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    isCurrent: z.boolean(),
  })
  .describe('登录会话');

export function registerAccountRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/session/password',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '修改自己的密码（需当前密码；其他会话随之退出）',
        body: z.object({ currentPassword: z.string().min(1, '请输入当前密码').max(256), newPassword: z.string().min(1, '请输入新密码').max(256) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(deps, { actor: getActor(request), sessionId: request.session!.id, ...request.body });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/sessions',
    {
      onRequest: authenticate,
      schema: { tags, summary: '我的登录会话（时间、地址、浏览器）', response: { 200: z.object({ items: z.array(sessionViewSchema) }), ...errors } },
    },
    async (request) => ({ items: await listOwnSessions(deps, { actor: getActor(request), currentSessionId: request.session!.id }) }),
  );

  app.delete(
    '/api/sessions/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: '结束我的一个登录会话', params: z.object({ id: z.string().min(1).max(64) }), response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await revokeOwnSession(deps, { actor: getActor(request), publicId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
