/**
 * A web table dumped one cell per line whose closing pipe stands on a line of its own: "一级指标" / "|" /
 * "二级指标" / "|" …, a cell the page wrote over several lines ("绩效目标设定情况" / "(5分)", an explanation with its
 * "评价要点:" and numbered points) being every line up to its pipe (a Hebei 部门整体 评价指标 sheet on a
 * procuratorate's page, twenty-seventh study). Each cell is put on its first line closed by " |", as the pages
 * that close a cell on its own line write it (text/pipe-closed-cell-breaks.ts, grid/stacked-lines.ts), the other
 * lines blanked so every line keeps its number. A pipe right after another closes an empty cell and stays as it
 * is ("|" alone, an empty cell in those pages). Lines before the first pipe are the page's own, all but the last
 * (the first cell); lines after the last pipe are left as they are. A text whose other lines hold pipes of
 * their own (pipe rows, cells closed on their line) is another layout and is left as it is.
 */

/** How many pipe lines a text must hold to be read as cells closed on the next line. */
const MIN_PIPE_LINES = 12;
/** The share of filled lines that must be pipes alone (about every other line; a cell of several lines lowers it). */
const PIPE_SHARE = 0.35;
/**
 * The share of the other filled lines a pipe must follow: most cells are one line. A Word table's text of cells one
 * per line writes an empty cell as a pipe alone too (text/empty-cell-lines.ts), but after few of its cells.
 */
const CLOSED_SHARE = 0.6;

const isPipeLine = (line: string): boolean => line.trim() === '|';

/** Joins two lines of one cell: no space between Chinese characters (or brackets), one between Latin words or figures. */
function joinCellLines(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : `${left}${right}`;
}

export function closeCellsOnPipeLines(lines: readonly string[]): string[] {
  // The table's stretch: from the first cell to the last pipe (a page's text around it is the page's own).
  const firstPipe = lines.findIndex(isPipeLine);
  const lastPipe = lines.findLastIndex(isPipeLine);
  const filled = lines.slice(Math.max(firstPipe - 1, 0), lastPipe + 1).filter((line) => line.trim() !== '');
  const pipes = filled.filter(isPipeLine).length;
  if (pipes < MIN_PIPE_LINES || pipes < filled.length * PIPE_SHARE) return [...lines];
  if (filled.some((line) => !isPipeLine(line) && line.includes('|'))) return [...lines];
  const closedCells = filled.filter((line, index) => !isPipeLine(line) && isPipeLine(filled[index + 1] ?? '')).length;
  if (closedCells < (filled.length - pipes) * CLOSED_SHARE) return [...lines];
  const closed = [...lines];
  // The cell's lines since the last pipe (before the first pipe: the line right before it only).
  let cellStart = firstPipe - 1;
  while (cellStart >= 0 && (lines[cellStart] as string).trim() === '') cellStart -= 1;
  for (let index = firstPipe; index < lines.length; index += 1) {
    if (!isPipeLine(lines[index] as string)) continue;
    const cell = cellStart < 0 ? [] : lines.slice(cellStart, index).map((line) => line.trim()).filter((line) => line !== '');
    if (cell.length > 0) {
      for (let at = cellStart; at <= index; at += 1) closed[at] = '';
      closed[cellStart] = `${cell.reduce(joinCellLines)} |`;
    }
    cellStart = index + 1;
  }
  return closed;
}
