import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { ConfigError, readConfig } from './config.ts';
import { defaultWorkerThreads } from './workers/worker-limits.ts';

describe('readConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDirectory: './data',
      databaseUrl: null,
      sessionTtlSeconds: 8 * 3600,
      webDistDirectory: 'dist/web',
      logLevel: 'info',
      isCookieSecure: false,
      isBehindProxy: false,
      trustProxyHops: 0,
      sessionIdleSeconds: 2 * 3600,
      shouldLoadDemoData: true,
      workers: { threads: defaultWorkerThreads(), timeLimitSeconds: 30, memoryLimitMb: 512 },
      demoPassword: null,
      demoDate: null,
      financeBureauName: null,
    });
    expect(defaultWorkerThreads()).toBe(Math.max(1, os.availableParallelism() - 1));
  });

  it('reads the finance bureau the login page names, trimmed, and refuses a blank one', () => {
    expect(readConfig({ FINANCE_BUREAU_NAME: ' 某某市财政局 ' }).financeBureauName).toBe('某某市财政局');
    expect(() => readConfig({ FINANCE_BUREAU_NAME: '   ' })).toThrow(/FINANCE_BUREAU_NAME/);
  });

  it('reads the worker pool settings', () => {
    expect(readConfig({ WORKER_THREADS: '0', WORKER_TIME_LIMIT: '2m', WORKER_MEMORY_MB: '1024' }).workers).toEqual({ threads: 0, timeLimitSeconds: 120, memoryLimitMb: 1024 });
  });

  it('trusts exactly the configured number of proxy hops; the old TRUST_PROXY=true means one', () => {
    expect(readConfig({ TRUST_PROXY_HOPS: '2' })).toMatchObject({ trustProxyHops: 2, isBehindProxy: true });
    expect(readConfig({ TRUST_PROXY: 'true' })).toMatchObject({ trustProxyHops: 1 });
    expect(() => readConfig({ TRUST_PROXY_HOPS: 'all' })).toThrow(/TRUST_PROXY_HOPS="all"/);
  });

  it('refuses demo data and the demo password in production, and loads none there by default', () => {
    expect(readConfig({ NODE_ENV: 'production' }).shouldLoadDemoData).toBe(false);
    expect(() => readConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' })).toThrow(/生产环境（NODE_ENV=production）不能载入演示数据/);
    expect(() => readConfig({ NODE_ENV: 'production', JIXIAO_DEMO_PASSWORD: 'demo-password-1' })).toThrow(ConfigError);
    expect(readConfig({ JIXIAO_DEMO_PASSWORD: 'demo-password-1', SESSION_IDLE_TIMEOUT: '30m' })).toMatchObject({ demoPassword: 'demo-password-1', sessionIdleSeconds: 1800 });
    expect(readConfig({ JIXIAO_DEMO_DATE: '2027-03-10' })).toMatchObject({ demoDate: '2027-03-10' });
    expect(() => readConfig({ JIXIAO_DEMO_DATE: '2027-02-30' })).toThrow(/JIXIAO_DEMO_DATE/);
  });

  it.each([
    ['30m', 1800],
    ['7d', 604800],
    ['90', 90],
    ['2h', 7200],
  ])('reads SESSION_TTL=%s as %i seconds', (text, seconds) => {
    expect(readConfig({ SESSION_TTL: text }).sessionTtlSeconds).toBe(seconds);
  });

  it('reads a PostgreSQL url and the booleans', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://u@h/db', COOKIE_SECURE: 'true', TRUST_PROXY: 'yes', DEMO_DATA: '0', PORT: '8080' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@h/db', isCookieSecure: true, isBehindProxy: true, shouldLoadDemoData: false, port: 8080 });
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['PORT', 'abc', /PORT="abc"：必须是 1–65535 的整数/],
    ['PORT', '70000', /PORT="70000"/],
    ['PORT', '3.5', /PORT="3.5"/],
    ['SESSION_TTL', 'forever', /SESSION_TTL="forever"：必须是时长/],
    ['SESSION_TTL', '0h', /SESSION_TTL="0h"/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL="mysql:\/\/x"：必须以 postgres:\/\/ 开头/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud"/],
    ['COOKIE_SECURE', 'maybe', /COOKIE_SECURE="maybe"：必须是 true 或 false/],
    ['WORKER_THREADS', '-1', /WORKER_THREADS="-1"：必须是 0–64 的整数/],
    ['WORKER_THREADS', 'many', /WORKER_THREADS="many"/],
    ['WORKER_TIME_LIMIT', '2h', /WORKER_TIME_LIMIT="2h"：必须是 1 秒到 1 小时的时长/],
    ['WORKER_MEMORY_MB', '64', /WORKER_MEMORY_MB="64"：必须是 128–16384 的整数/],
  ])('refuses %s=%s with a bilingual message', (name, value, pattern) => {
    const read = () => readConfig({ [name]: value });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(pattern);
    expect(read).toThrow(/配置有误，无法启动 \(invalid configuration/);
  });

  it('names every bad variable at once', () => {
    expect(() => readConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
