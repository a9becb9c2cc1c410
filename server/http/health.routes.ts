import { sql, type Kysely } from 'kysely';
import { healthSchema } from '../../contract/health.ts';
import type { Database } from '../db/schema.ts';
import type { ApiApp } from './api-app.ts';

/** Liveness plus a one-row database round trip, for load balancers and the e2e web server. */
export function registerHealthRoutes(app: ApiApp, options: { db: Kysely<Database>; dialect: string }): void {
  app.get(
    '/api/health',
    { schema: { tags: ['系统'], summary: '健康检查', response: { 200: healthSchema } } },
    async () => {
      await sql`select 1`.execute(options.db);
      return { status: 'ok' as const, database: options.dialect };
    },
  );
}
