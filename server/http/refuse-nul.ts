/**
 * Refuses a NUL character (U+0000) anywhere in a request's JSON body, query or path parameters
 * with 400 before any handler runs: PostgreSQL cannot store it in text and answered 500 (issue 9).
 * No real table or text holds one; a file with binary content belongs in the import route, whose
 * base64 text cannot contain it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiApp } from './api-app.ts';

/** Nesting deeper than this is not walked further (zod refuses such bodies anyway). */
const maxDepth = 64;

/** Whether a parsed JSON value holds a NUL in any string or key. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object' || depth > maxDepth) return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1));
}

async function refuseNul(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (containsNul(request.body) || containsNul(request.query) || containsNul(request.params)) {
    await reply.code(400).send({ code: 'nul-character', message: '输入有误：内容中含有空字符（U+0000，常见于二进制文件），请删除后重试。' });
  }
}

export function registerNulRefusal(app: ApiApp): void {
  app.addHook('preValidation', refuseNul);
}
