/** The administrator's account actions: reset a password, disable/enable, end sessions (issue 9 item 5). */
import { resetPasswordBodySchema, revokedSessionsSchema, userParamsSchema, userRoleBodySchema, userSchema, userStatusBodySchema } from '../../contract/users.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { changeUserRole } from '../services/users/change-user-role.ts';
import { resetPassword, revokeUserSessions, setUserDisabled } from '../services/users/manage-account.ts';
import type { ApiApp } from './api-app.ts';
import { getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';
import { toUserResponse } from './users.routes.ts';

const tags = ['用户'];
const params = userParamsSchema;
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

export function registerUserAccountRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/users/:id/password',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: '重置用户密码（管理员；该用户的会话全部退出）',
        params,
        body: resetPasswordBodySchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => toUserResponse(await resetPassword(deps, { userId: request.params.id, newPassword: request.body.newPassword })),
  );

  app.put(
    '/api/users/:id/status',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: '停用或启用用户（管理员；停用时其会话全部退出）',
        params,
        body: userStatusBodySchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => toUserResponse(await setUserDisabled(deps, { actor: getActor(request), userId: request.params.id, isDisabled: request.body.isDisabled })),
  );

  app.delete(
    '/api/users/:id/sessions',
    {
      onRequest: requireRole('admin'),
      schema: { tags, summary: '让用户的所有会话退出（管理员）', params, response: { 200: revokedSessionsSchema, ...errors } },
    },
    async (request) => ({ revoked: await revokeUserSessions(deps, { userId: request.params.id }) }),
  );

  app.put(
    '/api/users/:id/role',
    {
      onRequest: requireRole('admin'),
      schema: { tags, summary: '更改用户角色（管理员；不能更改自己的角色）', params, body: userRoleBodySchema, response: { 200: userSchema, ...errors } },
    },
    async (request) => toUserResponse(await changeUserRole(deps, { actor: getActor(request), userId: request.params.id, role: request.body.role })),
  );
}
