import { z } from 'zod';
import { loginBodySchema, sessionResponseSchema, type SessionInfo } from '../../contract/session.ts';
import { logIn } from '../services/sessions/log-in.ts';
import { logOut } from '../services/sessions/log-out.ts';
import type { ActiveSession } from '../db/sessions.repository.ts';
import type { ServiceDeps } from '../services/deps.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, deviceCookieName, sessionCookieName } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

function toSessionResponse(session: ActiveSession): SessionInfo {
  return {
    user: {
      ...session.user,
      organisationId: session.organisation.id,
      organisationName: session.organisation.name,
      organisationKind: session.organisation.kind,
      organisationPath: session.organisation.path,
    },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  };
}

export function registerSessionRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/login',
    {
      config: { isCsrfExempt: true },
      schema: {
        tags: ['登录'],
        summary: '用户名密码登录',
        body: loginBodySchema,
        response: { 200: sessionResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const { token, session, deviceToken } = await logIn(deps, {
        ...request.body,
        ip: request.ip,
        deviceToken: request.cookies[deviceCookieName] ?? null,
        userAgent: request.headers['user-agent'] ?? null,
      });
      // Secure when configured, and also when a trusted proxy (TRUST_PROXY_HOPS) says the client
      // came over https (X-Forwarded-Proto): request.protocol believes only trusted hops.
      const isSecure = deps.config.isCookieSecure || request.protocol === 'https';
      // Long-lived and random: a browser that signed in as a user before is not slowed down by
      // guesses from elsewhere (services/sessions/log-in.ts).
      reply.setCookie(deviceCookieName, deviceToken, {
        path: '/api/login',
        httpOnly: true,
        sameSite: 'strict',
        secure: isSecure,
        maxAge: 400 * 24 * 3600,
      });
      reply.setCookie(sessionCookieName, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure,
        maxAge: deps.config.sessionTtlSeconds,
      });
      return toSessionResponse(session);
    },
  );

  app.post(
    '/api/logout',
    { schema: { tags: ['登录'], summary: '退出登录', response: { 204: z.null(), 403: errorResponseSchema } } },
    async (request, reply) => {
      if (request.session) await logOut(deps, { sessionId: request.session.id });
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/session',
    {
      onRequest: authenticate,
      schema: { tags: ['登录'], summary: '当前登录用户与 CSRF 令牌', response: { 200: sessionResponseSchema, 401: errorResponseSchema } },
    },
    async (request) => {
      const actor = request.actor!;
      const session = request.session!;
      return {
        user: {
          id: actor.userId,
          username: actor.username,
          displayName: actor.displayName,
          role: actor.role,
          isDemo: actor.isDemo,
          organisationId: actor.organisationId,
          organisationName: actor.organisationName,
          organisationKind: actor.organisationKind,
          organisationPath: actor.organisationPath,
        },
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    },
  );
}
