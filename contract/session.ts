/** Signing in and the own account (/api/login, /api/logout, /api/session, /api/session/password, /api/sessions). */
import { z } from 'zod';
import { organisationKinds } from '../core/organisation-kinds.ts';
import { accountRoleSchema } from './users.ts';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: accountRoleSchema,
  isDemo: z.boolean().describe('演示账号：网页显示提示条'),
  organisationId: z.string(),
  organisationName: z.string(),
  organisationKind: z.enum(organisationKinds),
  organisationPath: z.array(z.string()),
});

export const sessionResponseSchema = z
  .object({
    user: sessionUserSchema,
    csrfToken: z.string().describe('写操作（非 GET）须放在 x-csrf-token 请求头中'),
    expiresAt: z.string(),
  })
  .describe('当前登录信息');

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(256),
  newPassword: z.string().min(1, '请输入新密码').max(256),
});

export const ownSessionSchema = z
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

export const ownSessionListSchema = z.object({ items: z.array(ownSessionSchema) });
export const ownSessionParamsSchema = z.object({ id: z.string().min(1).max(64) });

export type LoginBody = z.infer<typeof loginBodySchema>;
export type SessionUser = z.infer<typeof sessionUserSchema>;
export type SessionInfo = z.infer<typeof sessionResponseSchema>;
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
export type OwnSession = z.infer<typeof ownSessionSchema>;
