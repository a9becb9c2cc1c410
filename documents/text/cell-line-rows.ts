/**
 * A web table dumped one cell per line, each cell closed by " |", whose last cell of a row also
 * carries the row's absent cells as more pipes ("专项名称 |" then "城乡冷链物流专项 | ||||"; the
 * 中央预算内投资计划绩效目标表 pages of Tianjin and other provinces): those pipes mark where each
 * row ends, so the lines are put back into pipe rows ("专项名称 | 城乡冷链物流专项 |") that every
 * reader reads like any pipe table. A row is written on its first line and its other lines are
 * blanked, so every line keeps its number. The Sichuan dumps whose rows end like any other cell
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

/** The lines with cells one per line gathered into pipe rows where rows' ends are marked. */
export function joinCellLineRows(lines: readonly string[]): string[] {
  const start = lines.findIndex((line) => isCellLine(line));
  if (start < 0 || !hasMarkedRows(lines, start)) return [...lines];
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
    } else if (isCellLine(text)) row.push(index);
    else flush();
  }
  flush();
  return result;
}
