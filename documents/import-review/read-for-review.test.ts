import { describe, expect, it } from 'vitest';
import { buildReviewFixtureXlsx } from '../../test-support/import-review-fixtures.ts';
import { applyCorrections } from './apply-corrections.ts';
import { readForReview } from './read-for-review.ts';
import { MAX_PREVIEW_ROWS, capGrid } from './review-grid.ts';
import { createTextRow } from '../grid/grid.ts';

describe('reading a file for the import review screen', () => {
  it('gives the source grid with sheet and line, the header band with roles, and the signature', async () => {
    const read = await readForReview({ bytes: await buildReviewFixtureXlsx(), fileName: '自评.xlsx' });
    expect(read.document.kind).toBe('self-evaluation');
    expect(read.grid?.rows[3]?.cells[6]).toMatchObject({ text: '考核分', source: { sheet: '自评表', address: 'G4', line: 4 } });
    expect(read.header?.columns.map((column) => column.role)).toEqual(['level1', 'level2', 'name', 'target', 'actual', 'weight', null, 'deviation']);
    expect(read.header?.headerSignature).toMatch(/^[0-9a-f]{16}$/);
    expect(read.totals).toEqual({ indicators: 4, weight: '90', score: null });
    expect(read.fields.find((field) => field.field === 'unit')).toEqual({ field: 'unit', confidence: 'read' });
  });

  it('re-reads with a column-role mapping: the scores appear and their sum is the file’s', async () => {
    const bytes = await buildReviewFixtureXlsx({ scores: [30, 25, 20, 8] });
    const first = await readForReview({ bytes, fileName: '自评.xlsx' });
    const columnRoles = { headerSignature: first.header?.headerSignature, roles: [{ column: 6, role: 'score' as const }] };
    const mapped = await readForReview({ bytes, fileName: '自评.xlsx', columnRoles });
    expect(mapped.totals).toEqual({ indicators: 4, weight: '90', score: '83' });
    expect(mapped.header?.columns[6]).toMatchObject({ defaultRole: null, role: 'score' });
  });

  it('re-shapes the read when the kind is corrected: a target table keeps no actual values', async () => {
    const read = await readForReview({ bytes: await buildReviewFixtureXlsx(), fileName: '自评.xlsx', kind: 'target-table' });
    expect(read.document.kind).toBe('target-table');
    expect(read.fields[0]).toEqual({ field: 'kind', confidence: 'corrected' });
    expect(read.document.goals[0]?.indicators[0]?.actual).toBeUndefined();
  });
});

describe('corrections that are not a re-read', () => {
  it('moves a row to another goal and drops a row marked as no indicator', async () => {
    const { document } = await readForReview({ bytes: await buildReviewFixtureXlsx(), fileName: '自评.xlsx' });
    const twoGoals = { ...document, goals: [...document.goals, { name: '目标二', indicators: [] }] };
    const result = applyCorrections(twoGoals, { year: 2024, rowMoves: [{ line: 7, goalIndex: 1 }, { line: 8, goalIndex: null }] });
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.document.year).toBe(2024);
    expect(result.document.goals[0]?.indicators.map((indicator) => indicator.line)).toEqual([5, 6]);
    expect(result.document.goals[1]?.indicators.map((indicator) => indicator.name)).toEqual(['群众报警响应时间']);
  });

  it('refuses a move of a line that holds no indicator, or to a goal that does not exist', async () => {
    const { document } = await readForReview({ bytes: await buildReviewFixtureXlsx(), fileName: '自评.xlsx' });
    expect(applyCorrections(document, { rowMoves: [{ line: 2, goalIndex: null }] })).toMatchObject({ ok: false, refusal: { code: 'row-not-found' } });
    expect(applyCorrections(document, { rowMoves: [{ line: 5, goalIndex: 3 }] })).toMatchObject({ ok: false, refusal: { code: 'goal-not-found' } });
  });
});

describe('the preview grid is capped', () => {
  it('keeps at most MAX_PREVIEW_ROWS rows and says it cut', () => {
    const rows = Array.from({ length: MAX_PREVIEW_ROWS + 5 }, (_, index) => createTextRow([`行${index}`, 'x'.repeat(400)], { line: index + 1 }));
    const preview = capGrid({ rows });
    expect(preview.rows).toHaveLength(MAX_PREVIEW_ROWS);
    expect(preview.isTruncated).toBe(true);
    expect(preview.rows[0]?.cells[1]?.text.length).toBeLessThan(400);
  });
});
