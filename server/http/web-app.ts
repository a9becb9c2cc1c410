/**
 * Serves the built web app (WEB_DIST) at / with a fallback to index.html for client-side routes.
 * Before `vite build` has run, / answers with a short Chinese page pointing to the API docs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { ApiApp } from './api-app.ts';

const notBuiltPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Jixiao 预算绩效管理</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.6">
<h1>Jixiao 预算绩效管理</h1>
<p>网页应用尚未构建。运行 <code>npm start</code> 会自动构建；也可以运行 <code>npm run build</code>。</p>
<p>接口已可使用：<a href="/api/docs">接口文档 /api/docs</a> · <a href="/api/openapi.json">/api/openapi.json</a> · <a href="/api/health">/api/health</a></p>
</body></html>`;

export async function registerWebApp(app: ApiApp, options: { webDistDirectory: string }): Promise<void> {
  const root = path.resolve(options.webDistDirectory);
  const isBuilt = existsSync(path.join(root, 'index.html'));
  if (isBuilt) await app.register(fastifyStatic, { root, wildcard: false });

  app.setNotFoundHandler((request, reply) => {
    const isPageRequest = (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/') && request.url !== '/api';
    if (!isPageRequest) return reply.code(404).send({ code: 'not-found', message: '接口不存在。' });
    if (isBuilt) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.code(request.url === '/' ? 200 : 404).type('text/html; charset=utf-8').send(notBuiltPage);
  });
}
