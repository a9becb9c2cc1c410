import { sql } from 'kysely';
import { documentFigures, type DocumentFiguresColumns } from '../document-figures.ts';
import { isPostgres, type MigrationDb } from './helpers.ts';

/**
 * Issue 14 item 2: the figures the finance summary read from every body (执行率, stated 总分 and
 * 等级, findings by severity) become columns of the documents row, kept by every write of a
 * body (server/db/document-figures.ts). Existing rows are filled here from their bodies, a
 * batch at a time in id order (bodies are 5-40 KB: a province's 100,000 would not fit at once).
 */
const batchSize = 500;

const figureColumns: Array<[keyof DocumentFiguresColumns, 'text' | 'integer']> = [
  ['execution_rate', 'text'],
  ['stated_score', 'text'],
  ['stated_grade', 'text'],
  ['error_count', 'integer'],
  ['warning_count', 'integer'],
  ['info_count', 'integer'],
];

async function writeFigures(db: MigrationDb, rows: Array<{ id: string; figures: DocumentFiguresColumns }>): Promise<void> {
  if (isPostgres(db)) {
    // One statement per batch: a round trip per row made the backfill of a province minutes long.
    const values = rows.map(({ id, figures }) =>
      sql`(${id}, ${figures.execution_rate}, ${figures.stated_score}, ${figures.stated_grade}, ${figures.error_count}::integer, ${figures.warning_count}::integer, ${figures.info_count}::integer)`,
    );
    await sql`update documents set execution_rate = figures.execution_rate, stated_score = figures.stated_score, stated_grade = figures.stated_grade, error_count = figures.error_count, warning_count = figures.warning_count, info_count = figures.info_count
      from (values ${sql.join(values)}) as figures (id, execution_rate, stated_score, stated_grade, error_count, warning_count, info_count)
      where documents.id = figures.id`.execute(db);
    return;
  }
  // SQLite is in-process: a prepared update per row costs microseconds.
  for (const { id, figures } of rows) await db.updateTable('documents').set(figures).where('id', '=', id).execute();
}

export async function up(db: MigrationDb): Promise<void> {
  for (const [name, type] of figureColumns) {
    await db.schema
      .alterTable('documents')
      .addColumn(name, type, (column) => (type === 'integer' ? column.notNull().defaultTo(0) : column))
      .execute();
  }
  let after = '';
  for (;;) {
    const batch: Array<{ id: string; body: string }> = await db
      .selectFrom('documents')
      .select(['id', 'body'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (batch.length === 0) return;
    await writeFigures(
      db,
      batch.map((row) => ({ id: row.id, figures: documentFigures(JSON.parse(row.body)) })),
    );
    after = batch.at(-1)!.id;
  }
}

export async function down(db: MigrationDb): Promise<void> {
  for (const [name] of [...figureColumns].reverse()) await db.schema.alterTable('documents').dropColumn(name).execute();
}
