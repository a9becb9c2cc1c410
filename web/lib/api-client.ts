/**
 * The one place the web app talks HTTP: JSON in and out, the session cookie, and the CSRF token
 * (the server checks `x-csrf-token` on every non-GET /api request that has a session).
 * Answers are typed by the API contract (contract/); in development and tests they are also
 * checked against it, so a server and client that drift apart fail loudly there.
 */
import type { z } from 'zod';

/** A refused request: the server's stable error code and its Chinese message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly body: unknown;

  constructor(input: { status: number; code: string; message: string; body: unknown }) {
    super(input.message);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = input.code;
    this.body = input.body;
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token from GET /api/session or POST /api/login. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Sends one request and returns the parsed JSON body; throws ApiError on a refusal. */
export async function requestJson<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'network-error',
      message: '无法连接服务器，请检查网络后重试。',
      body: null,
    });
  }
  const text = await response.text();
  const parsed: unknown = text ? safeParse(text) : null;
  if (!response.ok) {
    const record = (parsed && typeof parsed === 'object' ? parsed : {}) as {
      code?: unknown;
      message?: unknown;
    };
    throw new ApiError({
      status: response.status,
      code: typeof record.code === 'string' ? record.code : `http-${response.status}`,
      message: typeof record.message === 'string' ? record.message : `请求失败（${response.status}）`,
      body: parsed,
    });
  }
  return parsed as T;
}

/** Checked in development and tests; a production build trusts the server and skips the cost. */
const isResponseChecked = !import.meta.env.PROD;

/** Why an answer does not fit its schema: the first few issues with their paths. */
function describeMismatch(url: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(根)'}：${issue.message}`);
  return `服务器的应答与接口约定不符（${url}）：${lines.join('；')}`;
}

/**
 * Sends one request and returns the answer as the contract's schema types it; in development and
 * tests an answer that does not fit throws ApiError 'response-mismatch'. The answer itself is
 * returned, not the parsed copy, so development and production see the same values.
 */
export async function callApi<Schema extends z.ZodType>(input: {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  response: Schema;
}): Promise<z.infer<Schema>> {
  const answer = await requestJson<unknown>(input.method, input.url, input.body);
  if (isResponseChecked) {
    const checked = input.response.safeParse(answer);
    if (!checked.success) {
      throw new ApiError({ status: 200, code: 'response-mismatch', message: describeMismatch(input.url, checked.error.issues), body: answer });
    }
  }
  return answer as z.infer<Schema>;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The Chinese message of any error, for a notification. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return '发生未知错误';
}
