/**
 * Configuration, read once from the environment at start-up and validated with zod.
 * A bad value stops start-up with a message in Chinese and English (the people who run the
 * server at a finance bureau are not always the people who wrote it).
 */
import { z } from 'zod';
import { isCalendarDate } from '../core/fiscal-year-deadlines.ts';
import { defaultWorkerThreads, type WorkerLimits } from './workers/worker-limits.ts';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const durationUnits: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "8h", "30m", "7d", "3600" (seconds) → seconds. */
function parseDurationSeconds(text: string): number | null {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  if (!match) return null;
  const seconds = Number(match[1]) * (durationUnits[match[2] || 's'] ?? 1);
  return seconds > 0 ? seconds : null;
}

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: '必须是 true 或 false (must be true or false)' })
  .transform((text) => text === 'true' || text === '1' || text === 'yes');

const durationText = z.string().transform((text, context) => {
  const seconds = parseDurationSeconds(text);
  if (seconds === null) {
    context.addIssue({ code: 'custom', message: '必须是时长，如 8h、30m、7d (must be a duration such as 8h, 30m, 7d)' });
    return z.NEVER;
  }
  return seconds;
});

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ message: '必须是 1–65535 的整数 (must be an integer 1–65535)' })
    .int('必须是 1–65535 的整数 (must be an integer 1–65535)')
    .min(1, '必须是 1–65535 的整数 (must be an integer 1–65535)')
    .max(65535, '必须是 1–65535 的整数 (must be an integer 1–65535)')
    .default(3000),
  HOST: z.string().min(1, '不能为空 (must not be empty)').default('0.0.0.0'),
  DATA_DIR: z.string().min(1, '不能为空 (must not be empty)').default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, '必须以 postgres:// 开头 (must start with postgres://)')
    .optional(),
  SESSION_TTL: z
    .string()
    .default('8h')
    .transform((text, context) => {
      const seconds = parseDurationSeconds(text);
      if (seconds === null) {
        context.addIssue({ code: 'custom', message: '必须是时长，如 8h、30m、7d (must be a duration such as 8h, 30m, 7d)' });
        return z.NEVER;
      }
      return seconds;
    }),
  /** Idle timeout beside the SESSION_TTL cap: a session unused this long ends. */
  SESSION_IDLE_TIMEOUT: durationText.default(2 * 3600),
  WEB_DIST: z.string().min(1, '不能为空 (must not be empty)').default('dist/web'),
  LOG_LEVEL: z.enum(logLevels, { message: `必须是 ${logLevels.join('/')} 之一 (must be one of ${logLevels.join(', ')})` }).default('info'),
  /** Set when the server sits behind https, so the session cookie is marked Secure. */
  COOKIE_SECURE: booleanText.default(false),
  /** Deprecated: TRUST_PROXY=true means TRUST_PROXY_HOPS=1. */
  TRUST_PROXY: booleanText.default(false),
  /** Worker threads for reading, analysing and exporting (server/workers); 0 runs them in the request thread. */
  WORKER_THREADS: z.coerce
    .number({ message: '必须是 0–64 的整数 (must be an integer 0–64)' })
    .int('必须是 0–64 的整数 (must be an integer 0–64)')
    .min(0, '必须是 0–64 的整数 (must be an integer 0–64)')
    .max(64, '必须是 0–64 的整数 (must be an integer 0–64)')
    .optional(),
  /** Longest one read/analysis/export may take (queue included). */
  WORKER_TIME_LIMIT: z
    .string()
    .default('30s')
    .transform((text, context) => {
      const seconds = parseDurationSeconds(text);
      if (seconds === null || seconds > 3600) {
        context.addIssue({ code: 'custom', message: '必须是 1 秒到 1 小时的时长，如 30s、2m (must be a duration from 1s to 1h such as 30s, 2m)' });
        return z.NEVER;
      }
      return seconds;
    }),
  /** Heap of one worker thread, in MB. */
  WORKER_MEMORY_MB: z.coerce
    .number({ message: '必须是 128–16384 的整数 (must be an integer 128–16384)' })
    .int('必须是 128–16384 的整数 (must be an integer 128–16384)')
    .min(128, '必须是 128–16384 的整数 (must be an integer 128–16384)')
    .max(16384, '必须是 128–16384 的整数 (must be an integer 128–16384)')
    .default(512),
  /**
   * How many reverse proxies in front of the server add to X-Forwarded-For. Only that many
   * rightmost entries are believed; 0 (default) believes none, so a client cannot pick its address.
   */
  TRUST_PROXY_HOPS: z.coerce
    .number({ message: '必须是 0–10 的整数 (must be an integer 0–10)' })
    .int('必须是 0–10 的整数 (must be an integer 0–10)')
    .min(0, '必须是 0–10 的整数 (must be an integer 0–10)')
    .max(10, '必须是 0–10 的整数 (must be an integer 0–10)')
    .optional(),
  /** Load the demo finance bureau on first start (empty database). Refused in production. */
  DEMO_DATA: booleanText.optional(),
  /** Tests only: every demo account gets this password instead of a random one. Refused in production. */
  JIXIAO_DEMO_PASSWORD: z.string().min(10, '至少 10 个字符 (at least 10 characters)').optional(),
  /**
   * The day the demo is loaded as (YYYY-MM-DD), for tests and browser journeys, so the demo's years
   * (server/demo/demo-cycle.ts) do not depend on the day they run; unset: the day it starts.
   */
  JIXIAO_DEMO_DATE: z
    .string()
    .refine((text) => isCalendarDate(text), '应为日期 YYYY-MM-DD (must be a date YYYY-MM-DD)')
    .optional(),
  NODE_ENV: z.string().optional(),
  /** The finance bureau the login page names; unset: the top 财政部门 of the organisation tree. */
  FINANCE_BUREAU_NAME: z.string().trim().min(1, '不能为空 (must not be empty)').max(100, '不超过 100 个字 (at most 100 characters)').optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDirectory: string;
  databaseUrl: string | null;
  sessionTtlSeconds: number;
  webDistDirectory: string;
  logLevel: (typeof logLevels)[number];
  isCookieSecure: boolean;
  /** trustProxyHops > 0. */
  isBehindProxy: boolean;
  /** Fastify's trustProxy: the number of proxy hops whose X-Forwarded-For entries are believed. */
  trustProxyHops: number;
  sessionIdleSeconds: number;
  shouldLoadDemoData: boolean;
  /** The worker pool's size and per-job limits (server/workers/heavy-work.ts). */
  workers: WorkerLimits;
  /** Tests only (JIXIAO_DEMO_PASSWORD): one known password for every demo account; null = random per account. */
  demoPassword: string | null;
  /** JIXIAO_DEMO_DATE: the day the demo is loaded as (YYYY-MM-DD); null = the day it is loaded. */
  demoDate: string | null;
  /** FINANCE_BUREAU_NAME: the deployment's finance bureau on the login page; null = from the organisation tree. */
  financeBureauName: string | null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment into a Config; throws ConfigError naming every bad variable. */
export function readConfig(environment: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, so `PORT= npm start` falls back to the default.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const value = environment[name];
      return `  ${name}=${value === undefined ? '' : JSON.stringify(value)}：${issue.message}`;
    });
    throw new ConfigError(`配置有误，无法启动 (invalid configuration, not starting):\n${lines.join('\n')}`);
  }
  const values = result.data;
  const isProduction = values.NODE_ENV === 'production';
  if (isProduction && (values.DEMO_DATA === true || values.JIXIAO_DEMO_PASSWORD !== undefined)) {
    throw new ConfigError(
      '生产环境（NODE_ENV=production）不能载入演示数据或使用演示密码：请删除 DEMO_DATA=true 与 JIXIAO_DEMO_PASSWORD，' +
        '用 `npx jixiao create-admin <用户名>` 建立管理员。\n(demo data is refused when NODE_ENV=production)',
    );
  }
  const trustProxyHops = values.TRUST_PROXY_HOPS ?? (values.TRUST_PROXY ? 1 : 0);
  return {
    port: values.PORT,
    host: values.HOST,
    dataDirectory: values.DATA_DIR,
    databaseUrl: values.DATABASE_URL ?? null,
    sessionTtlSeconds: values.SESSION_TTL,
    webDistDirectory: values.WEB_DIST,
    logLevel: values.LOG_LEVEL,
    isCookieSecure: values.COOKIE_SECURE,
    isBehindProxy: trustProxyHops > 0,
    trustProxyHops,
    sessionIdleSeconds: values.SESSION_IDLE_TIMEOUT,
    shouldLoadDemoData: values.DEMO_DATA ?? !isProduction,
    demoPassword: values.JIXIAO_DEMO_PASSWORD ?? null,
    demoDate: values.JIXIAO_DEMO_DATE ?? null,
    financeBureauName: values.FINANCE_BUREAU_NAME ?? null,
    workers: {
      threads: values.WORKER_THREADS ?? defaultWorkerThreads(),
      timeLimitSeconds: values.WORKER_TIME_LIMIT,
      memoryLimitMb: values.WORKER_MEMORY_MB,
    },
  };
}
