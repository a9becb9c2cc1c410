/**
 * `jixiao create-admin <用户名>` (the first administrator of an install without demo data, e.g.
 * in production) and `jixiao reset-password <用户名>` (a forgotten password). Each prints a new
 * random password once; it is stored only as an argon2 hash.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { readConfig } from '../../server/config.ts';
import { connectDatabase } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { createRepositories } from '../../server/db/repositories.ts';
import { hashPassword } from '../../server/services/sessions/password.ts';
import { CliError } from '../load-document.ts';

const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const createPassword = () => Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('').match(/.{4}/g)!.join('-');

async function withRepositories<T>(work: (repositories: ReturnType<typeof createRepositories>) => Promise<T>): Promise<T> {
  const connection = connectDatabase(readConfig());
  try {
    await migrateToLatest(connection.db);
    return await work(createRepositories(connection.db));
  } finally {
    await connection.db.destroy();
  }
}

export function runCreateAdmin(options: { username: string; organisationName?: string }): Promise<string> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/.test(options.username)) throw new CliError('用户名须为 2–32 位字母、数字或 . _ -', 2);
  return withRepositories(async (repositories) => {
    if (await repositories.users.findCredentials(options.username)) throw new CliError(`用户名“${options.username}”已存在。`, 1);
    const now = new Date().toISOString();
    const bureaus = (await repositories.organisations.listAll()).filter((organisation) => organisation.kind === 'finance-bureau');
    const bureau =
      bureaus[0] ??
      (await repositories.organisations.insert({ id: randomUUID(), parentPath: [], kind: 'finance-bureau', name: options.organisationName ?? '财政局', createdAt: now }));
    const password = createPassword();
    await repositories.users.insert({ id: randomUUID(), username: options.username, displayName: '系统管理员', role: 'admin', organisationId: bureau.id, createdAt: now, passwordHash: await hashPassword(password) });
    return `已建立管理员 ${options.username}（${bureau.name}），密码：${password}\n密码只显示这一次；登录后请在“修改密码”中更改。`;
  });
}

export function runResetPassword(options: { username: string }): Promise<string> {
  return withRepositories(async (repositories) => {
    const credentials = await repositories.users.findCredentials(options.username);
    if (!credentials) throw new CliError(`找不到用户“${options.username}”。`, 1);
    const password = createPassword();
    await repositories.users.setPasswordHash({ id: credentials.user.id, passwordHash: await hashPassword(password), at: new Date().toISOString() });
    await repositories.sessions.deleteByUser({ userId: credentials.user.id });
    return `已重置 ${options.username} 的密码：${password}\n密码只显示这一次；其已登录的会话已全部退出。`;
  });
}
