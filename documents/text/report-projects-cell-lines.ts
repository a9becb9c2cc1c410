/**
 * A results list written one cell per line (a blank line between cells, as a site's page copies a table): a
 * header of short column words with 项目名称 and a score or grade column, opened by 序号, then each project's
 * row opened by its serial number ("1", "2", …). Rows are told apart by those numbers, not by the header's
 * width: a row's empty cells leave no line ("…绩效评价结果公示" of a Zhejiang township, 2024, 8 headings over rows
 * of 7 cells). The list ends at the first sentence after it. Cells are read in the header's order by the
 * summary table's column words (report-projects-table.ts).
 */
import type { ReportProject } from '../../core/model.ts';
import { findAmountUnit } from './amount-unit.ts';
import { compact } from './normalize.ts';
import { columnOf, readProjectRow, type Column } from './report-projects-table.ts';

const SERIAL_HEADING = /^(?:序号|编号)$/;
/** A column heading written alone on its line: short, no sentence mark. */
const HEADING_CELL = /^[^。；：:，,]{1,16}$/;
/** A line of prose after the list (公示期为…。, 联系电话：…): the list has ended. */
const PROSE_LINE = /[。；]$|^.{60,}$/;
/** The fewest of its row's cells a row must have written before the next serial may open another row. */
const MIN_ROW_SHARE = 0.5;

interface Header {
  columns: Array<Column | null>;
  /** Index of the line after the header's last cell. */
  end: number;
}

/** The header starting at a 序号 line: the column words down to the first serial "1"; null without a name and a figure column. */
function readHeader(cells: ReadonlyArray<{ text: string; index: number }>, start: number): Header | null {
  const columns: Array<Column | null> = [];
  let position = start;
  for (; position < cells.length; position += 1) {
    const text = (cells[position] as { text: string }).text;
    if (text === '1' || !HEADING_CELL.test(text)) break;
    columns.push(columnOf(text));
  }
  const hasFigure = columns.some((column) => column !== null && column !== 'name');
  if (!columns.includes('name') || !hasFigure || cells[position]?.text !== '1') return null;
  return { columns, end: position };
}

/** The projects of a results list written one cell per line; [] when the lines hold none. */
export function readProjectsCellLines(lines: readonly string[]): ReportProject[] {
  const cells = lines.flatMap((line, index) => (line.trim() === '' ? [] : [{ text: compact(line), index }]));
  for (const [start, cell] of cells.entries()) {
    if (!SERIAL_HEADING.test(cell.text)) continue;
    const header = readHeader(cells, start);
    if (header === null) continue;
    const unit = findAmountUnit(lines.slice(Math.max(0, cell.index - 2), (cells[header.end - 1]?.index ?? cell.index) + 1));
    const minimum = Math.ceil(header.columns.length * MIN_ROW_SHARE);
    const rows: Array<Array<{ text: string; index: number }>> = [];
    for (let position = header.end; position < cells.length; position += 1) {
      const current = cells[position] as { text: string; index: number };
      if (PROSE_LINE.test(current.text)) break;
      const row = rows.at(-1);
      if (current.text === String(rows.length + 1) && (row === undefined || row.length >= minimum)) rows.push([current]);
      else if (row === undefined || row.length >= header.columns.length) break;
      else row.push(current);
    }
    const projects = rows.map((row) =>
      readProjectRow({ columns: header.columns, cells: row.map((part) => part.text), unit, line: (row[0]?.index ?? 0) + 1 }),
    );
    if (projects.length >= 2) return projects;
  }
  return [];
}
