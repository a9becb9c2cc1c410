/**
 * Start-up: configuration → database (migrated) → demo data on first start → HTTP app → listen.
 */
import { createApp } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { connectDatabase } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { describeDemoLoad, describeDemoLoginsReminder, describeDemoLogins, loadDemoData } from './demo/load-demo-data.ts';
import { ensureCommonIndicators } from './services/indicator-library/ensure-common-indicators.ts';

async function start(): Promise<void> {
  const config = readConfig();
  const connection = connectDatabase(config);
  const applied = await migrateToLatest(connection.db);
  // Responses are checked against their schemas in tests and development only (http/response-serializer.ts).
  const isDevelopment = process.env.NODE_ENV === 'development' || process.env.NODE_ENV === 'test';
  const { app, deps } = await createApp({ config, connection, responseCheck: isDevelopment ? 'checked' : 'fast' });
  if (applied.length) app.log.info({ applied }, '已应用数据库迁移');
  if (process.env.NODE_ENV === 'production' && (await deps.repositories.users.hasEnabledDemoUsers())) {
    throw new ConfigError(
      '生产环境（NODE_ENV=production）不能在含有演示账号的数据库上启动：请换用新的数据库，' +
        '或先在非生产模式下由管理员停用全部演示账号。\n(refusing to start in production with demo accounts enabled)',
    );
  }

  const demo = config.shouldLoadDemoData ? await loadDemoData(deps) : { isLoaded: false as const };
  // The shipped 共性指标 (indicator library), once per database; later starts find them and add nothing.
  await ensureCommonIndicators(deps);
  await app.listen({ port: config.port, host: config.host });

  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const lines = [
    `Jixiao 已启动：http://${shownHost}:${config.port}`,
    `接口文档：http://${shownHost}:${config.port}/api/docs`,
    `数据库（${connection.dialect}）：${connection.location}`,
  ];
  if (demo.isLoaded) lines.push(describeDemoLoad(demo));
  if (demo.isLoaded) lines.push(...describeDemoLogins(demo.passwords));
  else if (config.shouldLoadDemoData && (await deps.repositories.users.hasEnabledDemoUsers())) lines.push(describeDemoLoginsReminder({ dialect: connection.dialect, dataDirectory: config.dataDirectory }));
  console.log(lines.join('\n'));

  const stop = async (signal: string) => {
    app.log.info(`收到 ${signal}，正在停止`);
    await app.close();
    await connection.db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Jixiao 启动失败 (failed to start):', error);
  process.exit(1);
});
