/**
 * Configuration, read once from the environment at start-up and validated with zod.
 * A bad value stops start-up with a message in Chinese and English (the people who run the
 * server at a finance bureau are not always the people who wrote it).
 */
import { z } from 'zod';
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
  WEB_DIST: z.string().min(1, '不能为空 (must not be empty)').default('dist/web'),
  LOG_LEVEL: z.enum(logLevels, { message: `必须是 ${logLevels.join('/')} 之一 (must be one of ${logLevels.join(', ')})` }).default('info'),
  /** Set when the server sits behind https, so the session cookie is marked Secure. */
  COOKIE_SECURE: booleanText.default(false),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (login rate limiting is per IP). */
  TRUST_PROXY: booleanText.default(false),
  /** Load the demo finance bureau on first start (empty database). */
  DEMO_DATA: booleanText.default(true),
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
  isBehindProxy: boolean;
  shouldLoadDemoData: boolean;
  /** The worker pool's size and per-job limits (server/workers/heavy-work.ts). */
  workers: WorkerLimits;
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
  return {
    port: values.PORT,
    host: values.HOST,
    dataDirectory: values.DATA_DIR,
    databaseUrl: values.DATABASE_URL ?? null,
    sessionTtlSeconds: values.SESSION_TTL,
    webDistDirectory: values.WEB_DIST,
    logLevel: values.LOG_LEVEL,
    isCookieSecure: values.COOKIE_SECURE,
    isBehindProxy: values.TRUST_PROXY,
    shouldLoadDemoData: values.DEMO_DATA,
    workers: {
      threads: values.WORKER_THREADS ?? defaultWorkerThreads(),
      timeLimitSeconds: values.WORKER_TIME_LIMIT,
      memoryLimitMb: values.WORKER_MEMORY_MB,
    },
  };
}
