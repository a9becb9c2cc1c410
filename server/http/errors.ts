/**
 * Every error response is `{ code, message }` with a Chinese message, mapped here in one place:
 * zod validation → 400 invalid-input, ServiceError → its status, Fastify's own 4xx → a Chinese
 * equivalent, anything else → 500 without internals (those go to the log). Every 429 and 503
 * says when to try again (Retry-After, RFC 9110 §10.2.3): the refusal's own wait, else a default.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ServiceError } from '../services/service-error.ts';

export { ServiceError, createForbiddenError, createNotFoundError, createStaleVersionError, toServiceError } from '../services/service-error.ts';

export { errorResponseSchema } from '../../contract/errors.ts';

const messagesByStatus: Record<number, { code: string; message: string }> = {
  400: { code: 'invalid-input', message: '输入有误：请求格式不正确。' },
  401: { code: 'unauthenticated', message: '请先登录' },
  403: { code: 'forbidden', message: '您没有权限执行此操作。' },
  404: { code: 'not-found', message: '找不到请求的资源。' },
  405: { code: 'method-not-allowed', message: '不支持该请求方法。' },
  406: { code: 'not-acceptable', message: '无法提供所请求的格式。' },
  413: { code: 'payload-too-large', message: '上传内容过大。' },
  415: { code: 'unsupported-media-type', message: '不支持该内容类型。' },
  429: { code: 'too-many-requests', message: '请求过于频繁，请稍后再试。' },
};

/** "body.username: 不能为空" lines from zod issues, so people see which field is wrong. */
function describeIssues(issues: readonly { instancePath?: string; message?: string; params?: { issue?: { path?: PropertyKey[] } } }[], context?: string): string {
  return issues
    .map((issue) => {
      const path = issue.params?.issue?.path?.map(String).join('.') ?? issue.instancePath?.replace(/^\//, '').replaceAll('/', '.') ?? '';
      const where = [context, path].filter(Boolean).join('.');
      return where ? `${where}：${issue.message ?? ''}` : (issue.message ?? '');
    })
    .join('；');
}

/** Retry-After of a 429 or 503 whose refusal names no wait of its own. */
export const defaultRetryAfterSeconds = 10;
const statusesWithRetryAfter = new Set([429, 503]);

export function registerErrorHandling(app: FastifyInstance): void {
  // A hook, not only the error handler, so a 429/503 sent any other way carries the header too.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (statusesWithRetryAfter.has(reply.statusCode) && !reply.hasHeader('retry-after')) reply.header('retry-after', String(defaultRetryAfterSeconds));
    return payload;
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ServiceError) {
      if (error.retryAfterSeconds !== null) reply.header('retry-after', String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
      return reply.code(error.httpStatus).send({ ...error.details, code: error.code, message: error.message });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const detail = describeIssues(error.validation, error.validationContext);
      return reply.code(400).send({ code: 'invalid-input', message: `输入有误：${detail}` });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.code(500).send({ code: 'internal-error', message: '服务器内部错误，请稍后重试。' });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const known = messagesByStatus[status] ?? { code: 'bad-request', message: '请求有误。' };
      const message = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? '输入有误：请求内容不是有效的 JSON。' : known.message;
      return reply.code(status).send({ code: known.code, message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ code: 'internal-error', message: '服务器内部错误，请稍后重试。' });
  });
}
