import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { seedProvince } from '../demo/province/seed-province.ts';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';
import { documentFigures } from './document-figures.ts';
import * as addDocumentFigures from './migrations/20261205130000_add_document_figures.ts';
import * as indexDocumentFigures from './migrations/20261205130100_index_document_figures.ts';

const figureColumns = ['id', 'execution_rate', 'stated_score', 'stated_grade', 'error_count', 'warning_count', 'info_count'] as const;

describe.each(await listTestDialects())('document figures migration on $dialect', ({ dialect, isAvailable }) => {
  it.skipIf(!isAvailable)('fills the figures of existing rows from their bodies, as the writes do', async () => {
    const database = await createTestDatabase(dialect);
    try {
      // More documents than one backfill batch (500), so the keyset paging is exercised.
      await seedProvince(database.db, { units: 150, years: 2, seed: 9, passwordHash: 'not-a-real-hash' });
      const written = await database.db.selectFrom('documents').select([...figureColumns, 'body']).orderBy('id').execute();
      expect(written.length).toBeGreaterThan(500);
      for (const row of written) {
        const { body, ...columns } = row;
        expect({ ...columns, error_count: Number(columns.error_count), warning_count: Number(columns.warning_count), info_count: Number(columns.info_count) }).toEqual({ id: row.id, ...documentFigures(JSON.parse(body) as PerformanceDocument) });
      }
      expect(written.some((row) => Number(row.error_count) > 0)).toBe(true);
      expect(written.some((row) => row.execution_rate !== null)).toBe(true);

      // As before the migration: no columns; then the migration adds and fills them.
      await indexDocumentFigures.down(database.db);
      await addDocumentFigures.down(database.db);
      await addDocumentFigures.up(database.db);
      await indexDocumentFigures.up(database.db);
      const backfilled = await database.db.selectFrom('documents').select(figureColumns).orderBy('id').execute();
      expect(backfilled).toEqual(written.map(({ body: _body, ...columns }) => columns));
    } finally {
      await database.close();
    }
  }, 60_000);
});
