import { createUserBodySchema, userListQuerySchema, userListSchema, userSchema, type UserItem } from '../../contract/users.ts';
import type { User } from '../db/users.repository.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createUser } from '../services/users/create-user.ts';
import { listUsers } from '../services/users/list-users.ts';
import type { ApiApp } from './api-app.ts';
import { requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

export function toUserResponse(user: User): UserItem {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    organisationId: user.organisationId,
    createdAt: user.createdAt,
    isDemo: user.isDemo,
    isDisabled: user.isDisabled,
  };
}

const adminErrors = { 401: errorResponseSchema, 403: errorResponseSchema };

export function registerUserRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/users',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['用户'],
        summary: '用户列表（管理员）',
        querystring: userListQuerySchema,
        response: { 200: userListSchema, ...adminErrors },
      },
    },
    async (request) => ({ items: (await listUsers(deps, request.query)).map(toUserResponse) }),
  );

  app.post(
    '/api/users',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['用户'],
        summary: '新建用户（管理员）',
        body: createUserBodySchema,
        response: { 201: userSchema, 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, ...adminErrors },
      },
    },
    async (request, reply) => reply.code(201).send(toUserResponse(await createUser(deps, request.body))),
  );
}
