/**
 * The one error type services throw for refusals people should read: a stable `code`, a Chinese
 * `message`, the HTTP status the error handler answers with, optional extra response fields
 * (e.g. `currentVersion` on a stale write) and, for 429/503, when to try again (the Retry-After header).
 */
import type { Refusal } from '../../core/review/result.ts';

export class ServiceError extends Error {
  override name = 'ServiceError';
  readonly code: string;
  readonly httpStatus: number;
  readonly details: Record<string, unknown>;
  readonly retryAfterSeconds: number | null;

  constructor(options: { code: string; message: string; httpStatus: number; details?: Record<string, unknown>; retryAfterSeconds?: number }) {
    super(options.message);
    this.code = options.code;
    this.httpStatus = options.httpStatus;
    this.details = options.details ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

export function createNotFoundError(message = '找不到该资源，或您无权查看。'): ServiceError {
  return new ServiceError({ code: 'not-found', message, httpStatus: 404 });
}

export function createForbiddenError(message = '您没有权限执行此操作。'): ServiceError {
  return new ServiceError({ code: 'forbidden', message, httpStatus: 403 });
}

export function createStaleVersionError(currentVersion: number): ServiceError {
  return new ServiceError({
    code: 'stale-version',
    message: '文档已被他人修改，请刷新后重试。',
    httpStatus: 409,
    details: { currentVersion },
  });
}

/** HTTP status for core refusal codes; anything not listed is a conflict with the document's state. */
const statusByRefusalCode: Record<string, number> = { 'not-found': 404, forbidden: 403, invalid: 400, 'conclusion-mismatch': 400 };

/** Turns a core refusal ({ ok: false, code, message }) into a ServiceError with the same code and message. */
export function toServiceError(refusal: Refusal): ServiceError {
  return new ServiceError({ code: refusal.code, message: refusal.message, httpStatus: statusByRefusalCode[refusal.code] ?? 409 });
}
