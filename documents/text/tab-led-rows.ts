/**
 * docx2txt's table: every cell on a line of its own led by a tab, an empty line after each row, a
 * cell's second paragraph on the next line without the tab (sample 000, docs/layouts.md
 * dept-target-tab-led-cell-lines). The rows are put back into tab rows, the shape every reader
 * reads (a row written on its first line, its other lines blanked, so every line keeps its number).
 * Readers that take the block layout themselves (table-rows.ts readBlockRows) read the rows the same;
 * the budget blocks, monitoring columns and level runs that read lines need them.
 */
import { joinCellLines } from '../grid/cell-text.ts';
import { HEADING } from '../grid/detectors/wrapped-row-words.ts';
import { matchGoalName } from '../grid/goal-names.ts';

/** A cell alone on its line after one tab ("\t资金总额", "\t" for an empty cell). */
const TAB_LED = /^\t[^\t]*$/;
/** Fewer rows of tab-led cells say nothing of the layout. */
const MIN_ROWS = 3;

interface Row {
  first: number;
  last: number;
  cells: string[];
}

/**
 * The rows of tab-led lines: each row a run of lines with no empty line inside, opened by a tab-led
 * line; a line without a tab right under a cell is that cell's next paragraph.
 */
function findRows(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  let current: Row | null = null;
  lines.forEach((line, index) => {
    if (TAB_LED.test(line)) {
      if (current === null) {
        current = { first: index, last: index, cells: [] };
        rows.push(current);
      }
      current.cells.push(line.slice(1));
      current.last = index;
    } else if (current !== null && line.trim() !== '' && !line.includes('\t')) {
      const last = current.cells.length - 1;
      current.cells[last] = `${current.cells[last] ?? ''}\n${line}`;
      current.last = index;
    } else current = null;
  });
  return rows;
}

/**
 * A line without a tab after an empty line, between a tab-led cell above and one right under it, that may be a
 * cell's rest: a numbered heading, a title or a goal's heading between two tables ("项目年度目标1：…") is none.
 */
function hasLineBetweenRowsAfterEmptyLine(lines: readonly string[]): boolean {
  return lines.some(
    (line, index) =>
      index >= 2 &&
      line.trim() !== '' &&
      !line.includes('\t') &&
      !HEADING.test(line.trim()) &&
      matchGoalName(line) === null &&
      (lines[index - 1] ?? '').trim() === '' &&
      TAB_LED.test(lines[index - 2] ?? '') &&
      TAB_LED.test(lines[index + 1] ?? ''),
  );
}

/** `lines` with docx2txt's rows of tab-led cells written as tab rows (line count kept); other texts as they are. */
export function joinTabLedRows(lines: readonly string[]): string[] {
  const single = lines.filter((line) => TAB_LED.test(line)).length;
  const multi = lines.filter((line) => line.includes('\t') && !TAB_LED.test(line)).length;
  if (single === 0 || single < multi * 2) return [...lines];
  // A cell broken over an empty line ("\t“反恐特警中队", "", "人员经费”运行经费", "\t…": sample 000) is
  // told from a heading between two tables only by the table's reader (readBlockRows takes it as the
  // cell's end): such a text is left to it, with its cells' paragraphs.
  if (hasLineBetweenRowsAfterEmptyLine(lines)) return [...lines];
  const rows = findRows(lines).filter((row) => row.cells.length >= 2);
  if (rows.length < MIN_ROWS) return [...lines];
  const result = [...lines];
  for (const row of rows) {
    result[row.first] = row.cells.map((cell) => joinCellLines(cell)).join('\t');
    for (let index = row.first + 1; index <= row.last; index += 1) result[index] = '';
  }
  return result;
}
