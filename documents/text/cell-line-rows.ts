/**
 * A web table dumped one cell per line, each cell closed by " |", whose last cell of a row also
 * carries the row's absent cells as more pipes ("专项名称 |" then "城乡冷链物流专项 | ||||"; the
 * 中央预算内投资计划绩效目标表 pages of Tianjin and other provinces): those pipes mark where each
 * row ends, so the lines are put back into pipe rows ("专项名称 | 城乡冷链物流专项 |") that every
 * reader reads like any pipe table. A row is written on its first line and its other lines are
 * blanked, so every line keeps its number. A row that fills the table's whole width has no absent
 * cells to mark its end ("≥95% |" alone, a Chongqing 区域绩效目标表's first indicator row under its
 * 绩效指标 label): the marked rows tell the width (a row's cells and its absent ones), and a row ends
 * when it holds that many cells. The Sichuan dumps whose rows end like any other cell
 * (" |" alone) keep their cells one per line (grid/stacked-lines.ts).
 */

/** The cell before a line's first pipe, and how many pipes follow with nothing else (null: more text). */
function splitCellLine(line: string): { cell: string; pipes: number } | null {
  const text = line.trim();
  const first = text.indexOf('|');
  if (first < 0) return null;
  const rest = text.slice(first);
  if (!/^[\s|]+$/.test(rest)) return null;
  return { cell: text.slice(0, first).trim(), pipes: rest.split('|').length - 1 };
}

/** A cell alone on its line, closed by one pipe (an empty cell is the pipe alone). */
const isCellLine = (line: string): boolean => splitCellLine(line)?.pipes === 1;
/** A row's last cell and the row's absent cells: "1860 | ||||", "指标值 | |", an empty last cell " | |". */
const isRowEndLine = (line: string): boolean => (splitCellLine(line)?.pipes ?? 0) > 1;
/** How many rows must be marked before the marks are trusted. */
const MIN_ROW_ENDS = 3;
/** The share of filled lines from the first cell line on that must be cells or row ends. */
const CELL_SHARE = 0.8;

const cellOf = (line: string): string => splitCellLine(line)?.cell ?? line.trim();

/** Whether the lines from `start` on are cells one per line with their rows' ends marked. */
function hasMarkedRows(lines: readonly string[], start: number): boolean {
  const filled = lines.slice(start).filter((line) => line.trim() !== '');
  const ends = filled.filter((line) => isRowEndLine(line)).length;
  const cells = filled.filter((line) => isCellLine(line)).length;
  return ends >= MIN_ROW_ENDS && cells + ends >= filled.length * CELL_SHARE;
}

/**
 * The table's width in cells when its marked rows agree on it: each marked row's cells (its last, empty or not,
 * included) and the absent ones its pipes count. A full row left unmarked runs into the next and counts wider, so
 * the width is the one most rows give, and only when most of them give it; null otherwise.
 */
function markedWidth(lines: readonly string[], start: number): number | null {
  const widths = new Map<number, number>();
  let cells = 0;
  let marked = 0;
  for (const line of lines.slice(start)) {
    const text = line.trim();
    if (text === '') continue;
    if (isRowEndLine(text)) {
      const width = cells + (splitCellLine(text)?.pipes ?? 0);
      widths.set(width, (widths.get(width) ?? 0) + 1);
      marked += 1;
      cells = 0;
    } else if (isCellLine(text)) cells += 1;
    else cells = 0;
  }
  const [width, count] = [...widths].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0]);
  return count >= MIN_ROW_ENDS && count * 2 > marked ? width : null;
}

/** The lines with cells one per line gathered into pipe rows where rows' ends are marked. */
export function joinCellLineRows(lines: readonly string[]): string[] {
  const start = lines.findIndex((line) => isCellLine(line));
  if (start < 0 || !hasMarkedRows(lines, start)) return [...lines];
  const width = markedWidth(lines, start);
  const result = [...lines];
  let row: number[] = [];
  const flush = (): void => {
    const [first] = row;
    if (first === undefined) return;
    result[first] = `${row.map((index) => cellOf(lines[index] as string)).join(' | ')} |`;
    for (const index of row.slice(1)) result[index] = '';
    row = [];
  };
  for (let index = start; index < lines.length; index += 1) {
    const text = (lines[index] as string).trim();
    if (text === '') continue;
    if (isRowEndLine(text)) {
      // An empty last cell closes the row and adds nothing to it.
      if (cellOf(text) !== '') row.push(index);
      else result[index] = '';
      flush();
    } else if (isCellLine(text)) {
      row.push(index);
      if (row.length === width) flush();
    } else flush();
  }
  flush();
  return result;
}
