import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling, ServiceError } from './errors.ts';

async function createAppThrowing(error: unknown) {
  const app = Fastify({ logger: false });
  registerErrorHandling(app);
  app.get('/boom', async () => {
    throw error;
  });
  await app.ready();
  return app;
}

describe('error responses', () => {
  it('answers a ServiceError with its status, code, Chinese message and details', async () => {
    const app = await createAppThrowing(new ServiceError({ code: 'stale-version', message: '文档已被他人修改。', httpStatus: 409, details: { currentVersion: 4 } }));
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ code: 'stale-version', message: '文档已被他人修改。', currentVersion: 4 });
  });

  it('answers an unexpected error with 500 and no internals', async () => {
    const app = await createAppThrowing(new Error('SQLITE_CORRUPT at /secret/path.sqlite'));
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ code: 'internal-error', message: '服务器内部错误，请稍后重试。' });
    expect(response.body).not.toContain('secret');
  });

  it('translates Fastify client errors into { code, message } in Chinese', async () => {
    const app = await createAppThrowing(Object.assign(new Error('Request body is too large'), { statusCode: 413 }));
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ code: 'payload-too-large', message: '上传内容过大。' });
  });
});
