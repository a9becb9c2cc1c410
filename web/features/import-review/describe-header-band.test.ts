/** The header line of the import review names rows and columns, never the layout's hash. */
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../contract/import-review.ts';
import { describeHeaderBand } from './describe-header-band.ts';

const row = (index: number, line: number) => ({ index, source: { line }, cells: [] });
const grid = { rows: [row(0, 1), row(1, 2), row(2, 3), row(3, 4)], width: 3, isTruncated: false };
const column = (index: number, role: 'name' | 'target' | null) => ({ column: index, text: `栏${index}`, defaultRole: role, role });

function header(firstRow: number, lastRow: number): ImportPreview['header'] {
  return { firstRow, lastRow, headerSignature: 'a3f09c1e', columns: [column(0, 'name'), column(1, 'target'), column(2, null)] };
}

describe('describeHeaderBand', () => {
  it('says on which source lines the header was found and how many columns were understood', () => {
    const text = describeHeaderBand({ grid, header: header(1, 2) });
    expect(text).toBe('指标表表头在原表第 2–3 行（浅蓝色），共 3 栏，已认出 2 栏；认错的栏目可在原表每列上方改。');
    expect(text).not.toContain('a3f09c1e');
  });

  it('names one line when the header is one row, and no line when the grid does not say', () => {
    expect(describeHeaderBand({ grid, header: header(3, 3) })).toContain('在原表第 4 行（');
    expect(describeHeaderBand({ grid: null, header: header(0, 1) })).toMatch(/^指标表表头（浅蓝色），共 3 栏/);
  });

  it('tells the clerk to check the result when no header was found', () => {
    expect(describeHeaderBand({ grid, header: null })).toBe('未找到指标表的表头：指标可能没有读出，请对照“识别结果”检查。');
  });
});
