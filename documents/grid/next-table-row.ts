/**
 * Where a grid's next table opens: a file holding several tables one after another (a unit's
 * 项目支出绩效自评表 for each project in one Word document or one sheet) gives one grid of all their
 * rows. The text reader reads the first table and says so (text/several-documents.ts); the grid's
 * indicators must stop at the same place, by the same rule on the rows' texts (a title of a table
 * kind after an indicator header, followed within a few rows by a header label of its own), or the
 * first table's document would gather every table's indicators.
 */
import type { Finding } from '../../core/model.ts';
import { findNextTable } from '../text/several-documents.ts';
import { rowTexts, type Grid } from './grid.ts';

/**
 * The index of the row opening the grid's second table, or -1 when it holds one. `endLine`: the source
 * line where the text reader found the next table (a PDF's grid holds the tables' cells without their
 * titles, but its rows keep their lines).
 */
export function findNextTableRow(grid: Grid, endLine?: number): number {
  if (endLine !== undefined) {
    const row = grid.rows.findIndex((each) => each.source.line !== undefined && each.source.line >= endLine);
    if (row > 0) return row;
  }
  // A row's non-empty cells as a tab row: a title is a row of one cell, a header label its row's first cell.
  const lines = grid.rows.map((row) => rowTexts(row).map((text) => text.trim()).filter((text) => text !== '').join('\t'));
  return findNextTable(lines)?.index ?? -1;
}

/** The line where the text reader found the document's next table or project, if it found one. */
export function nextTableLine(findings: readonly Finding[]): number | undefined {
  return findings.find((finding) => finding.code === 'several-documents' && finding.line !== undefined)?.line;
}

/** The finding for a grid cut at `row` (named by its source line, else its table or sheet and row). */
export function nextTableRowFinding(grid: Grid, row: number): Finding {
  const source = grid.rows[row]?.source ?? {};
  const where = source.line !== undefined ? `第${source.line}行` : source.sheet ? `${source.sheet}${source.address ? `的${source.address.replace(/^R/, '第')}行` : ''}` : '下一张表的标题';
  return {
    severity: 'warning',
    code: 'several-documents',
    message: `文件中有不止一张表（${where}起是下一张），只读入了第一张：其余各表请分别上传。`,
    path: '',
    ...(source.line === undefined ? {} : { line: source.line }),
  };
}
