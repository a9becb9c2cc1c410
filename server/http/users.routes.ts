import { z } from 'zod';
import { roles } from '../db/schema.ts';
import type { User } from '../db/users.repository.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createUser } from '../services/users/create-user.ts';
import { listUsers } from '../services/users/list-users.ts';
import type { ApiApp } from './api-app.ts';
import { requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    organisationId: z.string(),
    createdAt: z.string(),
    isDemo: z.boolean().describe('演示账号'),
    isDisabled: z.boolean().describe('已停用'),
  })
  .describe('用户');

export function toUserResponse(user: User) {
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
        querystring: z.object({ organisationId: z.string().min(1).optional() }),
        response: { 200: z.object({ items: z.array(userSchema) }), ...adminErrors },
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
        body: z.object({
          username: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/, '用户名须为 2–32 位字母、数字或 . _ -'),
          password: z.string().min(1, '请填写密码').max(256).describe('至少 10 个字符，不能是用户名或常见密码'),
          displayName: z.string().trim().min(1, '请填写姓名').max(50),
          role: z.enum(roles),
          organisationId: z.string().min(1).max(100),
        }),
        response: { 201: userSchema, 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, ...adminErrors },
      },
    },
    async (request, reply) => reply.code(201).send(toUserResponse(await createUser(deps, request.body))),
  );
}
