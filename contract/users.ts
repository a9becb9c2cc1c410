/** User accounts, administrator only (/api/users, /api/users/:id/password|status|sessions). */
import { z } from 'zod';
import { roles } from '../core/review/roles.ts';

/** The roles an account can hold: core's roles without the anonymous public. */
export const accountRoleSchema = z.enum(roles).exclude(['public']);
export type AccountRole = z.infer<typeof accountRoleSchema>;

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: accountRoleSchema,
    organisationId: z.string(),
    createdAt: z.string(),
    isDemo: z.boolean().describe('演示账号'),
    isDisabled: z.boolean().describe('已停用'),
  })
  .describe('用户');

export const userListQuerySchema = z.object({ organisationId: z.string().min(1).max(100).optional() });
export const userListSchema = z.object({ items: z.array(userSchema) });

export const createUserBodySchema = z.object({
  username: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/, '用户名须为 2–32 位字母、数字或 . _ -'),
  password: z.string().min(1, '请填写密码').max(256).describe('至少 10 个字符，不能是用户名或常见密码'),
  displayName: z.string().trim().min(1, '请填写姓名').max(50),
  role: accountRoleSchema,
  organisationId: z.string().min(1).max(100),
});

export const userParamsSchema = z.object({ id: z.string().min(1).max(64) });
export const resetPasswordBodySchema = z.object({ newPassword: z.string().min(1, '请输入新密码').max(256) });
export const userStatusBodySchema = z.object({ isDisabled: z.boolean() });
export const revokedSessionsSchema = z.object({ revoked: z.number().int() });

export type UserItem = z.infer<typeof userSchema>;
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

/** PUT /api/users/:id/role (issue 10 admin screens). */
export const userRoleBodySchema = z.object({ role: accountRoleSchema });
