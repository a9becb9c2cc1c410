import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { ApiApp } from './api-app.ts';

/** OpenAPI generated from the routes' zod schemas: /api/openapi.json and a browsable /api/docs. */
export async function registerOpenApi(app: ApiApp): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: 'Jixiao 预算绩效管理 API', description: '写操作须带 x-csrf-token 请求头（登录时返回）。错误均为 { code, message }。', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'jixiao_session', description: 'POST /api/login 设置的会话 Cookie（httpOnly）' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token', description: '登录或 GET /api/session 返回的 csrfToken；非 GET 请求必须携带' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
