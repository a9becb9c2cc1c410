/**
 * The line under the import review that says where the indicator table's header was found. It used to
 * print the header's signature (a hex hash the server keys named layouts by), which means nothing to
 * a clerk; where the header is and how many of its columns were understood is what they can check.
 */
import type { ImportPreview } from '../../../contract/import-review.ts';

/** The line number the source grid shows beside a grid row, or null when the row has none. */
function findRowLabel(grid: ImportPreview['grid'], rowIndex: number): string | null {
  const row = grid?.rows.find((candidate) => candidate.index === rowIndex);
  return row?.source.line === undefined ? null : String(row.source.line);
}

/** "表头在原表第 3–4 行（浅蓝色），共 6 栏，已认出 5 栏", or what to do when there is none. */
export function describeHeaderBand(preview: Pick<ImportPreview, 'grid' | 'header'>): string {
  const header = preview.header;
  if (!header) return '未找到指标表的表头：指标可能没有读出，请对照“识别结果”检查。';
  const first = findRowLabel(preview.grid, header.firstRow);
  const last = findRowLabel(preview.grid, header.lastRow);
  const where = first === null ? '' : first === last || last === null ? `在原表第 ${first} 行` : `在原表第 ${first}–${last} 行`;
  const understood = header.columns.filter((column) => column.role !== null).length;
  return `指标表表头${where}（浅蓝色），共 ${header.columns.length} 栏，已认出 ${understood} 栏；认错的栏目可在原表每列上方改。`;
}
