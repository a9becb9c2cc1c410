/**
 * `jixiao backup [文件]` and `jixiao restore <文件>` (server/db/backup.ts). SQLite only; with
 * DATABASE_URL set they print the documented pg_dump / pg_restore lines instead.
 */
import path from 'node:path';
import { readConfig } from '../../server/config.ts';
import { backupSqlite, formatBackupStamp, postgresBackupCommands, restoreSqlite } from '../../server/db/backup.ts';
import { CliError } from '../load-document.ts';

function sqlitePath(config: ReturnType<typeof readConfig>): string {
  return path.resolve(config.dataDirectory, 'jixiao.sqlite');
}

export async function runBackup(options: { output?: string; now?: Date; environment?: Record<string, string | undefined> }): Promise<string> {
  const config = readConfig(options.environment);
  const stamp = formatBackupStamp(options.now ?? new Date());
  if (config.databaseUrl) {
    const commands = postgresBackupCommands(stamp);
    return `使用 PostgreSQL：请用 PostgreSQL 自带的工具备份（可在服务器运行时执行）：\n  ${commands.backup}\n恢复：\n  ${commands.restore}`;
  }
  const destinationPath = path.resolve(options.output ?? path.join(config.dataDirectory, 'backups', `jixiao-${stamp}.sqlite`));
  const result = await backupSqlite({ databasePath: sqlitePath(config), destinationPath });
  return `已备份到 ${result.path}（${result.pages} 页）。恢复：npx jixiao restore ${result.path}（须先停止服务器）`;
}

/** True when something answers /api/health on the configured port (the server is running). */
async function isServerRunning(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1500) });
    return response.ok;
  } catch {
    return false;
  }
}

export async function runRestore(options: { file: string; environment?: Record<string, string | undefined> }): Promise<string> {
  const config = readConfig(options.environment);
  if (config.databaseUrl) {
    throw new CliError(`使用 PostgreSQL 时请用 pg_restore 恢复：\n  ${postgresBackupCommands('<时间>').restore}`, 2);
  }
  if (await isServerRunning(config.port)) {
    throw new CliError(`服务器正在运行（端口 ${config.port}）：请先停止服务器，再恢复数据库。`, 1);
  }
  const databasePath = sqlitePath(config);
  const { keptPreviousAt } = await restoreSqlite({ backupPath: path.resolve(options.file), databasePath });
  return [`已从 ${path.resolve(options.file)} 恢复数据库 ${databasePath}。`, keptPreviousAt ? `原数据库已保留为 ${keptPreviousAt}。` : ''].filter(Boolean).join('\n');
}
