/**
 * Sessions and CSRF for every /api request, in one hook: the session cookie is resolved once
 * (request.actor), and a state-changing request that carries a session must also carry the
 * session's CSRF token in `x-csrf-token` (double submit). Routes then add `onRequest: authenticate`
 * (401 without a session) or `onRequest: requireRole(...)` (403 for other roles); as route hooks
 * they run after this one and before the body is parsed or validated.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../db/schema.ts';
import { toActor, type Actor } from '../services/actor.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { findSession } from '../services/sessions/find-session.ts';
import type { ApiApp } from './api-app.ts';

export const sessionCookieName = 'jixiao_session';
/** A browser's long-lived random id (login throttling: known devices). */
export const deviceCookieName = 'jixiao_device';
export const csrfHeaderName = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. Set for every /api request before the handler runs. */
    actor: Actor | null;
    /** The stored session id (token hash) and its CSRF token, when signed in. */
    session: { id: string; csrfToken: string; expiresAt: string } | null;
  }
  interface FastifyContextConfig {
    /** Only login: it has no session yet to hold a CSRF token. */
    isCsrfExempt?: boolean;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerSessionResolution(app: ApiApp, deps: ServiceDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[sessionCookieName];
    if (!token) return;
    const session = await findSession(deps, { token });
    if (!session) return;
    request.actor = toActor(session);
    request.session = { id: session.id, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    if (safeMethods.has(request.method) || request.routeOptions.config.isCsrfExempt) return;
    if (request.headers[csrfHeaderName] !== session.csrfToken) {
      return reply.code(403).send({ code: 'csrf-token-invalid', message: '安全校验失败（CSRF），请刷新页面后重试。' });
    }
  });
}

/** Route hook, always as onRequest (before the body is read, so anonymous uploads cost nothing): 401 unless signed in. */
export async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!request.actor) {
    return reply.code(401).send({ code: 'unauthenticated', message: '请先登录' });
  }
}

/** Route hook: 401 unless signed in, 403 unless the actor holds one of `roles`. */
export function requireRole(...roles: Role[]) {
  return async function checkRole(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!request.actor) {
      return reply.code(401).send({ code: 'unauthenticated', message: '请先登录' });
    }
    if (!roles.includes(request.actor.role)) {
      return reply.code(403).send({ code: 'forbidden', message: '您没有权限执行此操作。' });
    }
  };
}

/** The actor of a request that passed `authenticate` (throws if a route forgot it). */
export function getActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error(`route ${request.routeOptions.url} uses getActor without authenticate`);
  return request.actor;
}
