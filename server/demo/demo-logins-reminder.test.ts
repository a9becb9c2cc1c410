/** The reminder on later starts says how to start afresh where the data really is. */
import { describe, expect, it } from 'vitest';
import { describeDemoLoginsReminder } from './load-demo-data.ts';

describe('describeDemoLoginsReminder', () => {
  it.each([
    [{ dialect: 'sqlite' as const, dataDirectory: '/srv/jixiao-data' }, '删除数据目录 /srv/jixiao-data 后重新启动'],
    [{ dialect: 'sqlite' as const, dataDirectory: './data' }, '删除数据目录 ./data 后重新启动'],
    [{ dialect: 'postgres' as const, dataDirectory: './data' }, '清空 DATABASE_URL 所指的数据库后重新启动'],
  ])('%o', (storage, expected) => {
    const reminder = describeDemoLoginsReminder(storage);
    expect(reminder).toContain('`npx jixiao reset-password <用户名>`');
    expect(reminder).toContain(expected);
  });

  it('never names ./data when the data is elsewhere or in PostgreSQL', () => {
    expect(describeDemoLoginsReminder({ dialect: 'sqlite', dataDirectory: '/var/lib/jixiao' })).not.toContain('./data');
    expect(describeDemoLoginsReminder({ dialect: 'postgres', dataDirectory: './data' })).not.toContain('./data');
  });
});
