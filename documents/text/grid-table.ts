/**
 * A "grid table" as pandoc and other Word-to-text converters write it: every row between
 * `+-----+-----+` rules (the header's lower rule `+=====+`), cells between `|`, and a cell's text
 * wrapped onto as many lines as its column is narrow ("农村供水工" / "程水质提升" / "改造"). Read line
 * by line, one row is several rows of fragments; each row block becomes one tab row, its cells'
 * fragments joined top to bottom. The row keeps the line of its first text line and the others
 * become blank, so line numbers still point at the source (as csv-rows.ts does).
 */
import { displayWidth, joinWrappedPieces } from '../grid/cell-text.ts';

/** A rule line: `+---+---+`, `+===+`, with alignment colons (`+:--+`). */
const RULE_LINE = /^\s*\+(?:[-=:]+\+)+\s*$/;
/** A text line of a grid row: starts and ends with a pipe. */
const CELL_LINE = /^\s*\|.*\|\s*$/;
/** Rules needed before a text is taken to hold a grid table (a lone "+---+" is a drawing). */
const MIN_RULES = 3;

/** Whether a line is a rule of a grid table. */
export function isGridRule(line: string): boolean {
  return RULE_LINE.test(line);
}

/** Joins a cell's fragments: CJK text runs on, Latin words and numbers keep a space. */
function joinFragments(fragments: readonly string[]): string {
  return joinWrappedPieces(fragments.filter((fragment) => fragment !== ''));
}

/** A rule line with spans (pandoc 3): rule segments where rows end, a spanning cell's text where they do not. */
const PARTIAL_RULE = /^\s*[|+].*\+[-=:]+\+.*[|+]\s*$/;

/** The marks of a line (its `|`, and a partial rule's `+`) standing on the table's column boundaries, by display column. */
function boundaryMarks(line: string, boundaries: ReadonlySet<number>, isRule: boolean): number[] | null {
  const marks: number[] = [];
  let column = 0;
  for (const [index, character] of [...line].entries()) {
    if ((character === '|' || (isRule && character === '+')) && boundaries.has(column)) marks.push(index);
    column += displayWidth(character);
  }
  return marks.length >= 2 ? marks : null;
}

interface OpenCell {
  /** The line the cell's row starts on. */
  row: number;
  fragments: string[];
}

/**
 * One grid table from `from` (its top rule) on: each row block becomes a tab row on its first line.
 * A partial rule (pandoc 3's row span) ends the rows of the columns it rules and lets a spanning cell
 * run on into the next row, whose place under it stays empty; a cell line without a column's `|`
 * (a column span) gives its text to the first column it covers, the others empty. Returns the line
 * after the table.
 */
function readGridTable(lines: readonly string[], result: string[], from: number): number {
  const characters = [...(lines[from] ?? '')];
  const boundaryColumns: number[] = [];
  let column = 0;
  for (const character of characters) {
    if (character === '+') boundaryColumns.push(column);
    column += displayWidth(character);
  }
  const boundaries = new Set(boundaryColumns);
  const columnOf = new Map(boundaryColumns.map((position, index) => [position, index]));
  const open: Array<OpenCell | null> = boundaryColumns.map(() => null);
  const rows = new Map<number, string[]>();
  const close = (index: number) => {
    const cell = open[index];
    if (!cell) return;
    const cells = rows.get(cell.row) ?? [];
    cells[index] = joinFragments(cell.fragments);
    rows.set(cell.row, cells);
    open[index] = null;
  };
  let rowStart = -1;
  let index = from;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (isGridRule(line)) {
      open.forEach((_, at) => close(at));
      rowStart = -1;
    } else {
      const isPartialRule = PARTIAL_RULE.test(line);
      if (!CELL_LINE.test(line) && !isPartialRule) break;
      const written = [...line];
      const aligned = boundaryMarks(line, boundaries, isPartialRule);
      // A line whose pipes do not stand on the rule's boundaries (an edited or re-spaced dump) is read by order.
      const pipes = written.flatMap((character, at) => (character === '|' ? [at] : []));
      const isAligned = aligned !== null && (isPartialRule || aligned.length === pipes.length);
      if (!isAligned && !CELL_LINE.test(line)) break;
      const marks = isAligned ? aligned : pipes;
      let markColumn = 0;
      const columnAt: number[] = [];
      for (const character of written) {
        columnAt.push(markColumn);
        markColumn += displayWidth(character);
      }
      for (let mark = 0; mark + 1 < marks.length; mark += 1) {
        const text = written.slice((marks[mark] ?? 0) + 1, marks[mark + 1]).join('').trim();
        const first = isAligned ? columnOf.get(columnAt[marks[mark] ?? 0] ?? -1) : mark;
        const after = isAligned ? columnOf.get(columnAt[marks[mark + 1] ?? 0] ?? -1) : mark + 1;
        if (first === undefined || after === undefined) continue;
        if (/^[-=:]+$/.test(text)) {
          // A rule under these columns: their cells end with the row above.
          for (let ruled = first; ruled < after; ruled += 1) close(ruled);
          continue;
        }
        if (rowStart < 0) rowStart = index;
        const cell = open[first] ?? { row: rowStart, fragments: [] };
        cell.fragments.push(text);
        open[first] = cell;
      }
      if (marks.some((mark) => written[mark] === '+')) rowStart = -1;
    }
    result[index] = '';
  }
  open.forEach((_, at) => close(at));
  for (const [row, cells] of rows) {
    const texts = Array.from({ length: Math.max(boundaryColumns.length - 1, cells.length) }, (_, at) => cells[at] ?? '');
    let end = texts.length;
    while (end > 0 && texts[end - 1] === '') end -= 1;
    result[row] = texts.slice(0, end).join('\t');
  }
  return index;
}

/**
 * The lines with each grid table's row blocks as tab rows (same number of lines). Text outside a
 * grid table is left as it is.
 */
export function gridTablesToTabRows(lines: readonly string[]): string[] {
  if (lines.filter((line) => line.includes('+') && isGridRule(line)).length < MIN_RULES) return [...lines];
  const result = [...lines];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (isGridRule(line) && CELL_LINE.test(lines[index + 1] ?? '')) index = readGridTable(lines, result, index) - 1;
    else if (isGridRule(line)) result[index] = '';
  }
  return result;
}
