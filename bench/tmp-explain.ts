import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createDocumentsRepository } from '../server/db/documents.repository.ts';
import { getReadScope } from '../core/review/index.ts';
import type { Database } from '../server/db/schema.ts';
const database = new SqliteDatabase('/tmp/jixiao-province-10000x5.sqlite', { readonly: true });
const db = new Kysely<Database>({
  dialect: new SqliteDialect({ database }),
  log(event) {
    if (event.level !== 'query') return;
    let text = event.query.sql;
    for (const p of event.query.parameters) text = text.replace('?', typeof p === 'number' ? String(p) : `'${String(p)}'`);
    console.log(`-- ${event.queryDurationMillis.toFixed(0)} ms\n${text};`);
  },
});
const repo = createDocumentsRepository(db);
const finance = { role: 'finance-reviewer' as const, organisationId: 'o000001', organisationPath: ['o000001'] };
await repo.list({ year: 2025, kind: 'self-evaluation', state: 'supervisor-reviewed', readScope: getReadScope(finance), limit: 20 });
await repo.list({ year: 2025, withinOrganisationPath: ['o000001'], limit: 5000 });
await repo.list({ readScope: getReadScope({ role: 'public', organisationId: null, organisationPath: [] }), year: 2025, limit: 20 });
await db.destroy();
