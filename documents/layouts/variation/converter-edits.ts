/**
 * Edits the common Word/Excel-to-text converters make to a table (documents/layouts/variation/edits.ts):
 * python-docx repeating a merged cell in every place it spans, docx2txt writing each cell on a
 * tab-led line of its own, a text export writing one cell per line, and a Markdown converter writing
 * pipe tables with a rule under the first row. Each starts from a tab dump (one table row per line,
 * cells between tabs: the shape a table copied from Word or Excel gives) and rewrites its runs of tab
 * rows; a text without one comes back unchanged. None adds or removes a fact: the cells stay, in order.
 */
import { matchColumnRole } from '../../vocabulary/columns.ts';
import { toSimplified } from '../../text/traditional.ts';
import { isPageBreakLine } from '../../vocabulary/page-chrome.ts';
import { columnWidths, layOutWrappedSection, type WrappedSection } from '../render/wrapped-layout.ts';
import { findIndicatorTable, isHeaderLine, isUpperHeaderLine } from './table-lines.ts';

/** Runs of consecutive lines holding tabs (a table's rows): [first, last] line indexes. */
function tabRuns(lines: readonly string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  lines.forEach((line, index) => {
    if (!line.includes('\t')) return;
    const last = runs.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  });
  return runs;
}

/** The text's tab rows rewritten run by run (`rewrite` gets a run's rows, gives its lines), or the text itself. */
function rewriteTabRuns(text: string, rewrite: (rows: string[][]) => string[]): string {
  const lines = text.split('\n');
  const table = findIndicatorTable(lines);
  if (!table || table.separator !== 'tab') return text;
  const runs = tabRuns(lines);
  for (const [first, last] of [...runs].reverse()) {
    const rows = lines.slice(first, last + 1).map((line) => line.split('\t'));
    lines.splice(first, last - first + 1, ...rewrite(rows));
  }
  return lines.join('\n');
}

/** A header word that names a level column (its cells merged down over the level's rows). */
const LEVEL_COLUMN = /^[一二]级指标$/;
/** A cell that is a figure (an amount, a weight, a score): never repeated across columns. */
const FIGURE = /^[≥≤=＝<>]*[\d０-９.,]+ ?(%|万元|元|分)?$/;

/**
 * python-docx's `cell.text` for merged cells: a level cell merged down (一级/二级 over their rows,
 * left empty under the level in the dump) written again in each row it spans, and a label's text
 * value merged across (项目名称 | value, the row's last cells empty or missing) written again in each
 * column up to the table's width. Figures are never repeated across (an amount's empty neighbour may
 * be a column of its own).
 */
export function withMergedCellsRepeated(text: string): string {
  const lines = text.split('\n');
  const table = findIndicatorTable(lines);
  if (!table || table.separator !== 'tab') return text;
  const headerLine = table.headerLines.at(-1) as number;
  const header = (lines[headerLine] as string).split('\t').map((cell) => cell.replace(/\s/g, ''));
  const width = header.length;
  const levelColumns = header.flatMap((cell, column) => (LEVEL_COLUMN.test(cell) ? [column] : []));
  // A level's own weight column (分值 / 权重 right after it) is merged down with the level.
  const mergedColumns = levelColumns.flatMap((column) =>
    /^(分值|权重)/.test(header[column + 1] ?? '') ? [column, column + 1] : [column],
  );
  // Down: from the first indicator row, each empty level cell takes the cell above it (the level's rows
  // end at a row whose level cell is filled, or at the table's end).
  const indicatorRows = new Set(table.indicatorRows);
  const above = new Map<number, string>();
  for (let row = headerLine + 1; row <= (table.indicatorRows.at(-1) as number); row += 1) {
    const line = lines[row] as string;
    if (!line.includes('\t')) continue;
    const cells = line.split('\t');
    const written = [...cells];
    // A row of another width or the header again (a new block) ends the merged places; a row of the
    // table's width that is no indicator (a level's row the table finder leaves out, a 小计) gives
    // its level cells but keeps its empty ones.
    if (cells.length !== width || isHeaderLine(line)) {
      above.clear();
      continue;
    }
    for (const column of mergedColumns) {
      const cell = cells[column] ?? '';
      const level = levelColumns.includes(column) ? column : column - 1;
      // The weight is repeated only where its level is (an empty weight beside a written level stays empty). A level's
      // cell is merged within the group of the level left of it: a row that writes a 一级 opens a group the 二级 above
      // does not reach (预算执行率 written in the 一级 column under the last 二级 keeps its 二级 empty).
      const opensGroup = levelColumns.some((left) => left < level && (written[left] ?? '').trim() !== '');
      if (cell.trim() !== '') above.set(column, cell);
      else if (indicatorRows.has(row) && above.has(column) && (written[level] ?? '').trim() === '' && !opensGroup) {
        cells[column] = above.get(column) as string;
      }
    }
    lines[row] = cells.join('\t');
  }
  // Across: rows above the indicator header (the project's labels and its funds).
  for (let row = 0; row < (table.headerLines[0] as number); row += 1) {
    const line = lines[row] as string;
    if (!line.includes('\t')) continue;
    const cells = line.split('\t');
    if (cells.length > width) continue;
    const filled = cells.findLastIndex((cell) => cell.trim() !== '');
    const value = cells[filled] ?? '';
    // Label and value pairs only (项目名称 | value, 实施单位 | value | 主管部门 | value), not a row of
    // column words; a label alone (its value missing) or a figure is no merged value.
    const written = cells.filter((cell) => cell.trim() !== '').length;
    if ((written !== 2 && written !== 4) || (cells[0] ?? '').trim() === '') continue;
    if (filled < 1 || FIGURE.test(value.trim())) continue;
    if (filled === width - 1) continue;
    lines[row] = [...cells.slice(0, filled + 1), ...Array<string>(width - 1 - filled).fill(value)].join('\t');
  }
  const edited = lines.join('\n');
  return edited;
}

/**
 * docx2txt: each cell of a table row on a line of its own led by a tab, an empty line after each
 * row; paragraphs outside the table as they are.
 */
export function withDocx2txtCells(text: string): string {
  return rewriteTabRuns(text, (rows) => rows.flatMap((cells) => [...cells.map((cell) => `\t${cell.trim()}`), '']));
}

/**
 * A text export without a layout (pdftotext without -layout, a Word table saved as text): each cell
 * that holds something on a line of its own, in row order; empty cells and the row ends leave no trace.
 */
export function withCellPerLine(text: string): string {
  return rewriteTabRuns(text, (rows) =>
    rows.flatMap((cells) => cells.map((cell) => cell.trim()).filter((cell) => cell !== '')),
  );
}

/**
 * A Markdown converter's pipe table (pandoc's pipe_tables, markitdown for .docx): each run of tab rows a
 * table as wide as its widest row, its first row the header with a |---| rule under it, merged and
 * empty places as empty cells, a pipe inside a cell escaped.
 */
export function withMarkdownPipeTables(text: string): string {
  return rewriteTabRuns(text, (rows) => {
    const width = Math.max(...rows.map((cells) => cells.length));
    const pipeRow = (cells: readonly string[]): string =>
      `| ${Array.from({ length: width }, (_, column) => (cells[column] ?? '').trim().replace(/\|/g, '\\|')).join(' | ')} |`;
    const [first = [], ...rest] = rows;
    return [pipeRow(first), `|${Array<string>(width).fill('---').join('|')}|`, ...rest.map(pipeRow)];
  });
}

/** Header roles whose cells are merged down over the rows of their level or goal in a Word table. */
const MERGED_ROLES = new Set(['goal', 'level1', 'level2']);

/**
 * The text of a PDF in layout mode (pdftotext -layout) of a table Word, WPS or LibreOffice saved as PDF:
 * each run of tab rows at fixed columns, a long cell wrapped in its column's width and centred
 * vertically in its row, a merged 一级/二级 (or goal) centred over its rows (render/wrapped-layout.ts,
 * calibrated on LibreOffice's PDFs). Rows above the indicator header are a section of their own widths.
 */
export function withLayoutWrappedCells(text: string): string {
  const lines = text.split('\n');
  const table = findIndicatorTable(lines);
  if (!table || table.separator !== 'tab') return text;
  const firstHeader = table.headerLines[0] as number;
  // The level row of the header (a row of sub-words under it, 确定能 / 有可能, names no level).
  const levelRow = table.headerLines.find((line) => isHeaderLine(lines[line] as string)) ?? (table.headerLines.at(-1) as number);
  const header = (lines[levelRow] as string).split('\t');
  // (A column the level row leaves empty takes its role from the header's other row: 核心职能 over the goals.)
  const otherRows = table.headerLines.filter((line) => line !== levelRow).map((line) => (lines[line] as string).split('\t'));
  // (Words matched as simplified: a traditional page's 一級指標 is centred as a 一级指标 is.)
  const roles = header.map((cell, column) =>
    matchColumnRole(toSimplified(cell.trim() !== '' ? cell : (otherRows.map((row) => row[column] ?? '').find((word) => word.trim() !== '') ?? ''))),
  );
  const nameColumn = roles.findIndex((role) => role === 'name' || role === 'content');
  const mergedColumns = new Set<number>();
  const levelColumns = new Set<number>();
  roles.forEach((role, column) => {
    if (role === 'level1' || role === 'level2') levelColumns.add(column);
    if (nameColumn >= 0 && column >= nameColumn) return;
    // A level's own 分值 right after it is merged down with it.
    if ((role !== null && MERGED_ROLES.has(role)) || (role === 'weight' && levelColumns.has(column - 1))) mergedColumns.add(column);
  });
  const runs = tabRuns(lines);
  const tableRun = runs.findIndex(([first, last]) => firstHeader >= first && firstHeader <= last);
  // The indicator table's runs: the one holding its header and each after it that only blank lines, a
  // page's number or 续表 part from it. pdftotext keeps one table's columns across them: its pages share
  // their widths, a blank line between two rows (a cell's padding) stays between their lines.
  const gapBetween = (run: number): string[] => lines.slice((runs[run] as [number, number])[1] + 1, (runs[run + 1] as [number, number])[0]);
  const gapBefore = (run: number): string[] => gapBetween(run - 1);
  let tableEnd = tableRun;
  let tableStart = tableRun;
  // (The rows above the header too, when blank lines part them: the same table's padded rows.)
  while (tableStart > 0 && runs[tableStart - 1] !== undefined && gapBefore(tableStart).every((line) => line.trim() === '')) tableStart -= 1;
  while (tableRun >= 0 && tableEnd + 1 < runs.length && gapBetween(tableEnd).every((line) => line.trim() === '' || isPageBreakLine(line))) tableEnd += 1;
  const indicatorSections = (first: number, last: number): Array<{ above: string[][]; aboveBlanks: Set<number>; section: WrappedSection; gap: string[] }> => {
    // Pages: runs parted by blank lines only are one page.
    const pages: Array<{ above: string[][]; aboveBlanks: Set<number>; rows: string[][]; blankAfterRows: Set<number>; headerRows: number; gap: string[] }> = [];
    const above: string[][] = [];
    const aboveBlanks = new Set<number>();
    for (let run = first; run < tableRun; run += 1) {
      const [from, to] = runs[run] as [number, number];
      above.push(...lines.slice(from, to + 1).map((line) => line.split('\t')));
      aboveBlanks.add(above.length - 1);
    }
    for (let run = tableRun; run <= last; run += 1) {
      const [from, to] = runs[run] as [number, number];
      let rows = lines.slice(from, to + 1).map((line) => line.split('\t'));
      if (run === tableRun && firstHeader > from) {
        above.push(...rows.slice(0, firstHeader - from));
        rows = rows.slice(firstHeader - from);
      }
      const page = pages.at(-1);
      if (page !== undefined && page.gap.every((line) => line.trim() === '')) {
        page.blankAfterRows.add(page.rows.length - 1);
        page.rows.push(...rows);
        page.gap = run < last ? gapBetween(run) : [];
        continue;
      }
      // (A page's repeated header: its level rows and an upper row over one, 绩效指标 | 指标名称 … over 二级指标 | 三级指标.)
      const headerRows =
        run === tableRun
          ? table.headerLines.length
          : rows.findIndex((row, place) => !isHeaderLine(row.join('\t')) && !(isUpperHeaderLine(row.join('\t')) && isHeaderLine((rows[place + 1] ?? []).join('\t'))));
      pages.push({ above: pages.length === 0 ? above : [], aboveBlanks, rows, blankAfterRows: new Set(), headerRows: Math.max(0, headerRows), gap: run < last ? gapBetween(run) : [] });
    }
    return pages.map((page) => ({ above: page.above, aboveBlanks: page.aboveBlanks, section: { rows: page.rows, mergedColumns, levelColumns, headerRows: page.headerRows, blankAfterRows: page.blankAfterRows }, gap: page.gap }));
  };
  for (let run = runs.length - 1; run >= 0; run -= 1) {
    const [first, last] = runs[run] as [number, number];
    if (run !== tableStart && run >= tableStart && run <= tableEnd) continue;
    if (run === tableStart) {
      const pages = indicatorSections(tableStart, tableEnd);
      const columnCount = Math.max(0, ...pages.flatMap((page) => page.section.rows.map((row) => row.length)));
      const widths = Array<number>(columnCount).fill(2);
      for (const page of pages) columnWidths(page.section, columnCount).forEach((width, column) => (widths[column] = Math.max(widths[column] ?? 2, width)));
      const written = pages.flatMap((page) => [
        // (A blank line between the rows above and the header, as between any two padded rows.)
        ...(page.above.length > 0 ? [...layOutWrappedSection({ rows: page.above, blankAfterRows: page.aboveBlanks }), ...(page.aboveBlanks.has(page.above.length - 1) ? [''] : [])] : []),
        ...layOutWrappedSection(page.section, widths),
        ...page.gap,
      ]);
      const end = (runs[tableEnd] as [number, number])[1];
      lines.splice(first, end - first + 1, ...written);
      continue;
    }
    // Another table: its runs parted by blank lines only (a padded row's blank line) are one table,
    // laid out at one set of widths, as pdftotext keeps a table's columns down the page.
    let groupStart = run;
    while (groupStart - 1 > tableEnd || (groupStart - 1 >= 0 && groupStart - 1 < tableStart)) {
      if (!gapBetween(groupStart - 1).every((line) => line.trim() === '')) break;
      groupStart -= 1;
    }
    const start = (runs[groupStart] as [number, number])[0];
    const rows: string[][] = [];
    const blankAfterRows = new Set<number>();
    for (let part = groupStart; part <= run; part += 1) {
      const [from, to] = runs[part] as [number, number];
      rows.push(...lines.slice(from, to + 1).map((line) => line.split('\t')));
      if (part < run) blankAfterRows.add(rows.length - 1);
    }
    const section: WrappedSection =
      firstHeader <= start
        ? { rows, mergedColumns, levelColumns, headerRows: firstHeader === start ? table.headerLines.length : 0, blankAfterRows }
        : { rows, blankAfterRows };
    lines.splice(start, last - start + 1, ...layOutWrappedSection(section));
    run = groupStart;
  }
  return lines.join('\n');
}
