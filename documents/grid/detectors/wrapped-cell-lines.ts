/**
 * A fixed-width dump of a table whose long cells wrap inside their column (a Word table saved as PDF
 * and extracted with its layout: cells are top-aligned, so a row's first line holds every cell's
 * first line and the lines below hold only the rest of the cells that did not fit —
 * "农村寄宿制学校食" / "堂改造数量", "2023年8月" / "25日"). Read line by line, such a continuation
 * would be a row of its own. A line continues the line above when each of its pieces lies under a
 * piece of that line (within its span: a left-aligned continuation starts where it starts, a centred
 * one inside it) that is **full**: its text runs up to the next cell's (no wider gap than a cell's
 * padding), or it is as wide as the widest text of its column less one CJK character — a cell wraps
 * only when the next character does not fit. A new row under merged cells has a
 * piece under a cell that did not fill its column (a short value, a score), so it stays a row.
 *
 * A vertically centred table (Excel and WPS print so; pdftotext -layout keeps the lines) writes a long
 * cell's first line **above** the row's line, which holds the row's one-line cells (leadingPieces): a
 * line of full pieces only, each over a piece of the next line that has more pieces, opens that row.
 */
import { wrapSeparator } from '../cell-text.ts';
import { isWrappedUnit } from '../cell-kinds.ts';

export interface PlacedPiece {
  text: string;
  /** Display column where the piece starts. */
  start: number;
  /** Display column after its last character. */
  end: number;
}

/**
 * How much narrower than its column's widest text a full piece may be: a CJK character (two columns)
 * wraps when less than its width is left, so a full line leaves at most one column unused.
 */
const WRAP_SLACK = 1;
/**
 * What opens a cell and never continues one: a comparison sign (a value starts with it) or a bare
 * figure (a score, a percentage), which no cell wraps into.
 */
const CELL_START = /^(?:[≥≤=<>]|\d+(?:\.\d+)?%?$)/;
/** The widest gap between a full cell's text and the next cell's: the cells' padding and border. */
export const FULL_CELL_GAP = 3;
/** How far a continuation may stick out of the piece above it (rounding of positions). */
const SPAN_SLACK = 1;

/** Whether `piece` lies within the span of `above`. */
function liesUnder(piece: PlacedPiece, above: PlacedPiece): boolean {
  return piece.start >= above.start - SPAN_SLACK && piece.end <= above.end + SPAN_SLACK;
}

/**
 * How a piece of a continuation finds the piece of the line above that it continues: the scan goes
 * on past the pieces above that stand `before` it, then the piece it stopped at must be one it `continues`.
 */
interface ContinuationRule {
  before: (piece: PlacedPiece, upper: PlacedPiece, index: number) => boolean;
  continues: (piece: PlacedPiece, upper: PlacedPiece, index: number) => boolean;
}

/**
 * The one forward scan of continuedPieces and continuedInColumns, which differ only in their rule.
 * Both lines' pieces run left to right without overlapping, so the piece above each is found by
 * scanning on from the last one found (one pass, not a search per piece: a hostile line of 100,000
 * pieces stays linear); a second piece under the same cell finds none and is no continuation.
 */
function scanContinuation(
  line: readonly PlacedPiece[],
  above: readonly PlacedPiece[],
  rule: ContinuationRule,
  widest: (piece: PlacedPiece, next: PlacedPiece | undefined) => number,
): number[] | null {
  if (line.length === 0 || line.length > above.length) return null;
  const continued: number[] = [];
  let index = 0;
  for (const piece of line) {
    if (CELL_START.test(piece.text)) return null;
    while (index < above.length && rule.before(piece, above[index] as PlacedPiece, index)) index += 1;
    const upper = above[index];
    if (upper === undefined || !rule.continues(piece, upper, index)) return null;
    if (upper.end - upper.start < widest(upper, above[index + 1]) - WRAP_SLACK && !isWrappedUnit(upper.text, piece.text)) return null;
    continued.push(index);
    index += 1;
  }
  return continued;
}

/**
 * For each piece of `line`, the index of the piece of `above` it continues; null when the line is no
 * continuation (a piece under nothing, or under a piece that did not fill its column). `widest`
 * gives the width a piece of `above` must reach to be full (0 when the piece after it shows it is).
 */
export function continuedPieces(
  line: readonly PlacedPiece[],
  above: readonly PlacedPiece[],
  widest: (piece: PlacedPiece, next: PlacedPiece | undefined) => number,
): number[] | null {
  const byPosition: ContinuationRule = {
    before: (piece, upper) => !liesUnder(piece, upper) && upper.start - SPAN_SLACK <= piece.start,
    continues: (piece, upper) => liesUnder(piece, upper),
  };
  return scanContinuation(line, above, byPosition, widest);
}

/** The page's columns as the continuation rules ask them. */
interface PageColumns {
  columnOf: (piece: PlacedPiece) => number;
  aboveColumns: readonly number[];
  widest: (piece: PlacedPiece, next: PlacedPiece | undefined) => number;
}

/** `columnOf` asked once per piece, however many pieces above a scan passes for it. */
function askedOnce(columnOf: (piece: PlacedPiece) => number): (piece: PlacedPiece) => number {
  let last: { piece: PlacedPiece; column: number } | null = null;
  return (piece) => {
    if (last?.piece !== piece) last = { piece, column: columnOf(piece) };
    return last.column;
  };
}

/**
 * For each piece of `line`, the index of the piece of `above` it continues, matched by the page's columns
 * (`columnOf` a piece of `line`, `aboveColumns` the column each piece of `above` was placed in); null when
 * a piece opens a cell, stands in a column where `above` has no full piece, or is wider than that piece
 * (a wrapped cell's first line is its widest). A row's first line can stand right of the page's columns
 * where text before its cells ran wider than its column (an outline number before a level, a word spread
 * out, pdftotext's CJK widths), while its wrapped lines below keep the columns: there positions alone
 * put a piece under the wrong cell or under none.
 */
export function continuedInColumns(
  line: readonly PlacedPiece[],
  above: readonly PlacedPiece[],
  columns: PageColumns,
): number[] | null {
  const columnOf = askedOnce(columns.columnOf);
  const byColumn: ContinuationRule = {
    before: (piece, _upper, index) => (columns.aboveColumns[index] ?? -1) < columnOf(piece),
    continues: (piece, upper, index) =>
      columns.aboveColumns[index] === columnOf(piece) && piece.end - piece.start <= upper.end - upper.start + SPAN_SLACK,
  };
  return scanContinuation(line, above, byColumn, columns.widest);
}

/**
 * For each piece of `line`, the index of the piece of `above` it continues by the page's columns or, where
 * its column names none, by its place (it lies under that piece): both lines can stand off the header's
 * columns at once. A header whose words a PDF spread out ("分 值   得 分") runs wider than the columns,
 * and a row's first line with a level spread out ("质 量 指 标") stands right of them too, while its wrapped
 * lines keep them: "A级比例" is in the name's column under a name two places right of it, and "未完成…"
 * lies under the reason it continues, which the header's places put in another column. Asked only where
 * neither rule alone joins the line (separated.ts joinContinuation); every piece above must still be full.
 */
export function continuedInColumnsOrPlaces(
  line: readonly PlacedPiece[],
  above: readonly PlacedPiece[],
  columns: PageColumns,
): number[] | null {
  const columnOf = askedOnce(columns.columnOf);
  const inColumn = (piece: PlacedPiece, upper: PlacedPiece, index: number): boolean =>
    columns.aboveColumns[index] === columnOf(piece) && piece.end - piece.start <= upper.end - upper.start + SPAN_SLACK;
  const continues = (piece: PlacedPiece, upper: PlacedPiece, index: number): boolean => inColumn(piece, upper, index) || liesUnder(piece, upper);
  const eitherRule: ContinuationRule = {
    before: (piece, upper, index) =>
      !continues(piece, upper, index) && ((columns.aboveColumns[index] ?? -1) < columnOf(piece) || upper.start - SPAN_SLACK <= piece.start),
    continues,
  };
  return scanContinuation(line, above, eitherRule, columns.widest);
}

/**
 * For each piece of `lead`, the index of the piece of the next line `line` it opens (a centred cell's
 * first line above the row's line); null when `lead` is no such opening: a piece that opens a cell by
 * itself (a value, a figure), a piece that does not fill its column, a piece over no piece of `line`,
 * or as many pieces as `line` has (the row's one-line cells stand on its line only).
 */
export function leadingPieces(
  lead: readonly PlacedPiece[],
  line: readonly PlacedPiece[],
  widest: (piece: PlacedPiece, next: PlacedPiece | undefined) => number,
): number[] | null {
  if (lead.length === 0 || lead.length >= line.length) return null;
  const opened: number[] = [];
  let index = 0;
  for (const [position, piece] of lead.entries()) {
    if (CELL_START.test(piece.text)) return null;
    if (piece.end - piece.start < widest(piece, lead[position + 1]) - WRAP_SLACK) return null;
    while (index < line.length && !liesUnder(line[index] as PlacedPiece, piece) && (line[index] as PlacedPiece).start - SPAN_SLACK <= piece.start) index += 1;
    const below = line[index];
    if (below === undefined || !liesUnder(below, piece)) return null;
    opened.push(index);
    index += 1;
  }
  return opened;
}

/** Joins a cell's wrapped pieces: CJK text runs on, Latin words and numbers keep a space. */
export function joinWrapped(upper: string, lower: string): string {
  return `${upper}${wrapSeparator(upper, lower)}${lower}`;
}
