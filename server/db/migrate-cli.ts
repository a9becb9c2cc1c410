/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
import { readConfig } from '../config.ts';
import { connectDatabase } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

try {
  const config = readConfig();
  const connection = connectDatabase(config);
  try {
    const applied = await migrateToLatest(connection.db);
    console.log(applied.length ? `已应用迁移 (applied): ${applied.join(', ')}` : '数据库已是最新 (database is up to date)');
    console.log(`数据库 (database): ${connection.location}`);
  } finally {
    await connection.db.destroy();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
