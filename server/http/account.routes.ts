/** The signed-in user's own account: change the password, list and end their sessions (issue 9 item 5). */
import { z } from 'zod';
import { changePasswordBodySchema, ownSessionListSchema, ownSessionParamsSchema } from '../../contract/session.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { listOwnSessions, revokeOwnSession } from '../services/sessions/own-sessions.ts';
import { changeOwnPassword } from '../services/users/change-own-password.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const tags = ['登录'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

export function registerAccountRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/session/password',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '修改自己的密码（需当前密码；其他会话随之退出）',
        body: changePasswordBodySchema,
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
      schema: { tags, summary: '我的登录会话（时间、地址、浏览器）', response: { 200: ownSessionListSchema, ...errors } },
    },
    async (request) => ({ items: await listOwnSessions(deps, { actor: getActor(request), currentSessionId: request.session!.id }) }),
  );

  app.delete(
    '/api/sessions/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: '结束我的一个登录会话', params: ownSessionParamsSchema, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await revokeOwnSession(deps, { actor: getActor(request), publicId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
