/** The headers set once at start are the ones @fastify/helmet sets per request, on every kind of answer. */
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ApiApp } from './api-app.ts';
import { helmetOptions, registerSecurityHeaders } from './security-headers.ts';

async function withRoutes(register: (app: FastifyInstance) => Promise<void>): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await register(app);
  app.get('/ok', async () => ({ ok: true }));
  app.get('/fails', async () => {
    throw new Error('boom');
  });
  app.get('/raw', (_request, reply) => {
    reply.hijack();
    reply.raw.end('raw');
  });
  return app;
}

describe.each([false, true])('security headers (https: %s)', (isSecure) => {
  it('match what @fastify/helmet sends, on a 200, a 404, a 500 and a hijacked answer', async () => {
    const ours = await withRoutes((app) => registerSecurityHeaders(app as unknown as ApiApp, { isSecure }));
    const theirs = await withRoutes(async (app) => {
      await app.register(helmet, helmetOptions({ isSecure }));
    });
    try {
      for (const url of ['/ok', '/missing', '/fails', '/raw']) {
        const [sent, expected] = await Promise.all([ours.inject({ method: 'GET', url }), theirs.inject({ method: 'GET', url })]);
        const { date: _sentDate, ...sentHeaders } = sent.headers;
        const { date: _expectedDate, ...expectedHeaders } = expected.headers;
        expect({ url, status: sent.statusCode, headers: sentHeaders }).toEqual({ url, status: expected.statusCode, headers: expectedHeaders });
        expect(sent.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(sent.headers['strict-transport-security'] !== undefined).toBe(isSecure);
      }
    } finally {
      await Promise.all([ours.close(), theirs.close()]);
    }
  });
});
