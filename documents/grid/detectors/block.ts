/**
 * The block layout of sample 000: every cell on its own line starting with a tab, rows separated
 * by blank lines; a line that does not start with a tab continues the cell above it, even after a
 * blank line (a name broken over lines: "“反恐特警中队" / "人员经费”运行经费").
 */
import { createTextRow, type GridRow } from '../grid.ts';
import type { LayoutDetector } from './types.ts';
import { HEADING } from './wrapped-row-words.ts';

interface DraftRow {
  line: number;
  cells: string[];
  cellLines: number[];
}

function isBlockLayout(lines: readonly string[]): boolean {
  let singleCell = 0;
  let multiCell = 0;
  for (const line of lines) {
    const firstTab = line.indexOf('\t');
    if (firstTab < 0) continue;
    if (firstTab === 0 && line.indexOf('\t', 1) < 0) singleCell += 1;
    else multiCell += 1;
  }
  return singleCell > 0 && singleCell >= multiCell * 2;
}

function readBlockRows(lines: readonly string[]): GridRow[] {
  const drafts: DraftRow[] = [];
  let current: DraftRow | null = null;
  let isAfterBlank = false;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' && !line.includes('\t')) {
      isAfterBlank = true;
      continue;
    }
    const parts = line.split('\t');
    const continuation = (parts[0] ?? '').trim();
    // A numbered heading or a title between two tables (docx2txt writes the paragraphs outside a table as they are:
    // "二、绩效评价指标评分" under the funds rows) is no cell's rest: it is a row of its own, and the next cells open a row.
    if (isAfterBlank && parts.length === 1 && HEADING.test(continuation)) {
      drafts.push({ line: index + 1, cells: [continuation], cellLines: [index + 1] });
      current = null;
      isAfterBlank = false;
      continue;
    }
    if (current === null || (isAfterBlank && parts.length > 1 && continuation === '')) {
      current = { line: index + 1, cells: [], cellLines: [] };
      drafts.push(current);
    }
    if (continuation !== '') {
      const last = current.cells.length - 1;
      if (last < 0) {
        current.cells.push(continuation);
        current.cellLines.push(index + 1);
      } else current.cells[last] = current.cells[last] === '' ? continuation : `${current.cells[last]}\n${continuation}`;
    }
    for (let part = 1; part < parts.length; part += 1) {
      current.cells.push((parts[part] ?? '').trim());
      current.cellLines.push(index + 1);
    }
    isAfterBlank = false;
  }
  return drafts.map((draft) => createTextRow(draft.cells, { line: draft.line }, draft.cellLines));
}

export const blockDetector: LayoutDetector = {
  name: 'blocks',
  readRows: (lines) => (isBlockLayout(lines) ? readBlockRows(lines) : []),
};
