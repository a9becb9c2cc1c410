/**
 * A .pdf's tables as a grid from the positions of its text items, not from the text they flatten
 * to: rows by y (the line grouping of read-pdf.ts), columns by x over all pages at once (an x where
 * more lines show a gap between cells than show text is a column boundary, so a header word
 * spanning three columns or a long name in one row does not merge columns), cells broken over
 * lines joined into the row they belong to (the nearest full row; a line that holds only pieces of
 * text cells is such a piece), and level names centred in a merged cell moved to the first row
 * they stand for. Each cell keeps its source {page, line}, the line numbers readPdfLines gives.
 * A piece joins a row only where the cell's line before the break was full (the next character
 * would not have fitted), and a bracket the cell opened is closed in it. joinCellPieceLines gives the
 * text readers every page's lines with the same joins, strictly, a cell cut by a page break joined
 * back and a row's empty cells written out (docs/layouts.md "Our PDF reader over the families" and its
 * "second pass").
 */
import { isNumberCell, isTotalsCell, looksLikeValue } from '../grid/cell-kinds.ts';
import { MAX_COLUMNS, type Grid, type GridCell, type GridRow } from '../grid/grid.ts';
import { matchLevel1, matchLevel2 } from '../grid/levels.ts';
import { matchColumnRole, monitoringBudgetColumnWordings } from '../vocabulary/columns.ts';
import { isFundColumnLabel, isFundRowLabel } from '../vocabulary/fund-labels.ts';
import { isLabelText } from '../text/header-pairs.ts';
import { blankRunningHeads } from '../text/running-heads.ts';
import { isPageBreakLine } from '../vocabulary/page-chrome.ts';
import { groupLines, normalizePdfText, splitCells, textCellGap, type PdfTextItem } from './read-pdf.ts';

/** A piece of a cell more than this many line heights from its row is text of its own. */
const MAX_PIECE_DISTANCE = 1.6;
/**
 * Cell padding and borders leave a few points between neighbouring cells, less than a character
 * (Chromium, Word); items of one cell's line touch. A third of a character cuts between cells and
 * keeps a word space inside one.
 */
const positionCellGap = { minimum: 1.5, heights: 0.3 };
/** How far past a column's widest line (in character heights) a character still counts as fitting. */
const FIT_TOLERANCE = 0.15;
/** Characters that may not open a line: the line breaker takes the character before them along. */
const NO_LINE_START = /^[，。、；：！？）》」』】,.;:!?)%]/;
/** Characters that may not end a line. */
const NO_LINE_END = /^[（《「『【(]/;

/**
 * A run the line breaker keeps whole: digits and Latin letters (a pinyin gloss's "biāo" too) with the signs
 * that never open a break opportunity between them ("=100%", an escape "_x000D_" written out as text), and an
 * opening bracket right after them with the run it opens (no break between a figure and its bracket: "1（40" of
 * "1（40分）").
 */
const LATIN_RUN = /^[0-9\p{Script=Latin}.,%‰+\-_=#&@*]+(?:[（(][0-9\p{Script=Latin}.,%‰+\-_=#&@*]+)*/u;

/**
 * How wide the text's first unbreakable run is: one CJK character, or a run of Latin letters and
 * digits (about half a character each); with a mark that may not open a line, the character before it too.
 */
function leadingRunWidth(text: string, height: number): number {
  // An opening bracket may not end a line: it goes with the character after it.
  const opening = NO_LINE_END.test(text) ? 1 : 0;
  const rest = text.slice(opening);
  const run = LATIN_RUN.exec(rest)?.[0];
  const first = opening * height + (run ? textEms(run) * height : height);
  return NO_LINE_START.test(rest.slice(run?.length ?? 1)) || NO_LINE_START.test(text) ? first + height : first;
}

/** A share of the lines of several cells small enough to be another table's. */
const FEW_LINES_SHARE = 0.2;
/** A column boundary is where gaps outnumber text this many times. */
const GAPS_PER_TEXT = 2;
/** Header rows: at least this many cells name a column role. */
const MIN_HEADER_CELLS = 3;

interface PlacedCell {
  text: string;
  left: number;
  right: number;
  column: number;
  colSpan: number;
  /** Top-down positions of the cell's first and last line (pages stacked). */
  top: number;
  bottom: number;
  /** Where the cell's last line ends, once pieces joined it (else `right`). */
  lastRight?: number;
  /** Cut from the text before it at a header's column edge (splitAtColumnEdges): a cell of its own however close. */
  isCut?: boolean;
  /** Empty cells before it, set where the line is part of a header of two rows. */
  emptyBefore?: number;
}

interface PlacedLine {
  page: number;
  line: number;
  /** Top-down position over the whole document (pages stacked). */
  top: number;
  height: number;
  cells: PlacedCell[];
  /** A header of two rows put together (mergeTwoRowHeaders): where its columns start, the sub-columns of a spanning cell each. */
  columnLefts?: number[];
  /** Its cells' empty cells before them are set (a header of two rows): none are counted. */
  isHeaderPart?: boolean;
}

const isLevelText = (text: string): boolean => matchLevel1(text) !== null || matchLevel2(text) !== null;

/**
 * Boundaries between columns: x positions where lines show a gap between two cells more than twice
 * as often as any line shows text there. Text counts every line (a name broken over lines crosses
 * no boundary: its long lines keep its column whole); gaps count only lines of several cells.
 */
export function findColumnBoundaries(lines: ReadonlyArray<ReadonlyArray<{ left: number; right: number }>>): number[] {
  const multi = lines.filter((cells) => cells.length >= 2);
  if (multi.length === 0) return [];
  const start = Math.floor(Math.min(...multi.map((cells) => cells[0]?.left ?? 0)));
  const end = Math.ceil(Math.max(...multi.map((cells) => cells.at(-1)?.right ?? 0)));
  const width = Math.max(0, end - start);
  const text = new Array<number>(width).fill(0);
  const gaps = new Array<number>(width).fill(0);
  const shared = new Array<number>(width).fill(0);
  const cellStarts = new Set<number>();
  for (const cells of lines) {
    cells.forEach((cell, index) => {
      if (cell.left >= start) cellStarts.add(Math.floor(cell.left) - start);
      for (let x = Math.max(0, Math.floor(cell.left) - start); x < Math.min(width, Math.ceil(cell.right) - start); x += 1) {
        text[x] = (text[x] ?? 0) + 1;
        if (cells.length >= 2) shared[x] = (shared[x] ?? 0) + 1;
      }
      const next = cells[index + 1];
      if (next) for (let x = Math.max(0, Math.ceil(cell.right) - start); x < Math.min(width, Math.floor(next.left) - start); x += 1) gaps[x] = (gaps[x] ?? 0) + 1;
    });
  }
  const boundaries: number[] = [];
  let runStart = -1;
  for (let x = 0; x <= width; x += 1) {
    const isGap = x < width && (gaps[x] ?? 0) > GAPS_PER_TEXT * (text[x] ?? 0);
    if (isGap && runStart < 0) runStart = x;
    if (!isGap && runStart >= 0) {
      // At the run's end, just before the next column's text: a long name runs into the gap.
      boundaries.push(start + x - 0.5);
      runStart = -1;
    }
  }
  // A column whose cells all broke onto lines of their own (a wrapped header, one long note) shows
  // no gap: it starts where a cell begins after a stretch no line of several cells writes in.
  // "Few": a line of another table above (a key–value block) may cross it.
  const few = Math.max(2, Math.floor(multi.length * FEW_LINES_SHARE));
  let isSharedSeen = false;
  for (let x = 1; x < width; x += 1) {
    if ((shared[x - 1] ?? 0) > few) isSharedSeen = true;
    if (isSharedSeen && cellStarts.has(x) && (shared[x - 1] ?? 0) <= few && (shared[x] ?? 0) <= few && !boundaries.some((boundary) => Math.abs(boundary - (start + x)) < 2)) {
      boundaries.push(start + x - 0.5);
    }
  }
  boundaries.sort((a, b) => a - b);
  // A column where no cell starts is no column: its left boundary goes.
  const starts = multi.flatMap((cells) => cells.map((cell) => cell.left));
  return boundaries.filter((boundary, index) => {
    const next = boundaries[index + 1] ?? Infinity;
    return starts.some((left) => left + 1 >= boundary && left + 1 < next);
  });
}

const columnOf = (x: number, boundaries: readonly number[]): number => {
  const index = boundaries.findIndex((boundary) => x < boundary);
  return index < 0 ? boundaries.length : index;
};

/**
 * Where a line stands: its lowest baseline. A Latin font's digits may sit a few points higher than
 * the CJK text beside them (LibreOffice: "1" and "6210.00" 2 pt above their row's CJK text), which
 * moved a row of figures towards the line above and away from its cells' second lines.
 */
function baselineOf(line: readonly PdfTextItem[]): number {
  return Math.min(...line.map((item) => item.y));
}

/**
 * The lines without a page's number on a line of its own and without a running head or foot (a
 * line of one cell printed at the head or foot of every page, text/running-heads.ts; the head kept
 * on the first page): between a table's rows on two pages they read as a row, and their text hid
 * the column gaps.
 */
function withoutPageChrome<Line extends { page: number; cells: ReadonlyArray<{ text: string }> }>(lines: readonly Line[]): Line[] {
  const texts = lines.map((line) => line.cells.map((cell) => cell.text).join('\t'));
  const pageStarts = lines.flatMap((line, index) => (index > 0 && line.page !== lines[index - 1]?.page ? [index] : []));
  const blanked = blankRunningHeads(texts, pageStarts);
  return lines.filter((_, index) => blanked[index] !== '' && !isPageBreakLine(texts[index] ?? ''));
}

/**
 * Where a page's header rows start their cells: lines of at least MIN_HEADER_CELLS cells naming
 * columns, of an indicator table or of a funds table ("年初预算数", "执行率").
 */
function headerEdges(lines: ReadonlyArray<ReadonlyArray<readonly PdfTextItem[]>>): number[] {
  const isColumnName = (cell: readonly PdfTextItem[]): boolean => {
    const text = normalizePdfText(cell.map((item) => item.text).join('')).trim();
    return matchColumnRole(text) !== null || isFundColumnLabel(text);
  };
  return lines
    .filter((cells) => cells.filter(isColumnName).length >= MIN_HEADER_CELLS)
    .flatMap((cells) => cells.map((cell) => (cell[0] as PdfTextItem).x));
}

/** Display width of a text in character heights: a CJK character (or full-width sign) one, anything else half. */
const textEms = (text: string): number => [...text].reduce((sum, character) => sum + (character.charCodeAt(0) > 0x2e7f ? 1 : 0.5), 0);

/**
 * A line's cells cut where a header row starts a column: a spreadsheet sets figures flush right and
 * text flush left, so a figure and the next column's text stand closer than any gap between cells
 * ("300" | "人", "874000 95.00%" as one text item of pdf.js, which writes a space for the gap). A cell
 * whose text so far is a figure is cut before an item starting at a header's column edge, and inside
 * an item at a space when the text after the space would start at the edge (by the item's width
 * shared out over its characters, within half a character). Text before a figure ("2024" | "年" in a
 * title) is never cut.
 */
function splitAtColumnEdges(cells: ReadonlyArray<readonly PdfTextItem[]>, edges: readonly number[]): Array<{ items: PdfTextItem[]; isCut: boolean }> {
  const out: Array<{ items: PdfTextItem[]; isCut: boolean }> = [];
  const edgeNear = (x: number, tolerance: number): number | undefined => edges.find((edge) => Math.abs(edge - x) <= tolerance);
  for (const cell of cells) {
    let current: { items: PdfTextItem[]; isCut: boolean } = { items: [], isCut: false };
    out.push(current);
    for (const item of cell) {
      const last = current.items.at(-1);
      const written = (): string => normalizePdfText(current.items.map((each) => each.text).join('')).trim();
      if (last && last.x + last.width <= item.x + EDGE_TOLERANCE && edgeNear(item.x, EDGE_TOLERANCE) !== undefined && isNumberCell(written())) {
        current = { items: [], isCut: true };
        out.push(current);
      }
      let rest = item;
      const ems = textEms(item.text);
      const space = / (?=\S)/g;
      let consumed = 0;
      for (let match = space.exec(item.text); match && ems > 0; match = space.exec(item.text)) {
        const before = item.text.slice(consumed, match.index);
        if (!isNumberCell(normalizePdfText(`${written()}${before}`).trim())) continue;
        const at = item.x + (item.width * textEms(item.text.slice(0, match.index + 1))) / ems;
        const edge = edgeNear(at, item.height * 0.5);
        if (edge === undefined || edge <= rest.x + EDGE_TOLERANCE) continue;
        current.items.push({ ...rest, text: before, width: edge - rest.x - item.height * 0.25 });
        rest = { ...rest, text: item.text.slice(match.index + 1), x: edge, width: rest.x + rest.width - edge };
        consumed = match.index + 1;
        current = { items: [], isCut: true };
        out.push(current);
      }
      current.items.push(rest);
    }
  }
  return out.filter((cell) => cell.items.length > 0);
}

/** Lines of every page with their cells placed in the document's columns (a page's number and running heads dropped unless told). */
function placeLines(pages: ReadonlyArray<readonly PdfTextItem[]>, isDroppingPageChrome = true): PlacedLine[] {
  const raw: Array<Omit<PlacedLine, 'cells'> & { cells: Array<{ text: string; left: number; right: number }> }> = [];
  let lineNumber = 0;
  let offset = 0;
  pages.forEach((items, pageIndex) => {
    if (lineNumber > 0) lineNumber += 1; // the blank line readPdfLines puts between pages
    const pageTop = Math.max(0, ...items.map((item) => item.y + item.height));
    const lines = groupLines(items);
    const lineCells = lines.map((line) => splitCells(line, positionCellGap));
    const edges = headerEdges(lineCells);
    lines.forEach((line, index) => {
      lineNumber += 1;
      raw.push({
        page: pageIndex + 1,
        line: lineNumber,
        top: offset + pageTop - baselineOf(line),
        height: Math.max(1, ...line.map((item) => item.height)),
        cells: splitAtColumnEdges(lineCells[index] ?? [], edges).map(({ items: cell, isCut }) => ({
          text: normalizePdfText(cell.map((item) => item.text).join('')).trim(),
          left: (cell[0] as PdfTextItem).x,
          right: Math.max(...cell.map((item) => item.x + item.width)),
          ...(isCut ? { isCut } : {}),
        })),
      });
    });
    offset += pageTop + 1;
  });
  const kept = isDroppingPageChrome ? withoutPageChrome(raw) : raw;
  const boundaries = findColumnBoundaries(kept.map((line) => line.cells));
  return kept.map((line) => ({
    ...line,
    cells: line.cells
      .filter((cell) => cell.text !== '')
      .map((cell) => {
        const column = columnOf(cell.left + 1, boundaries);
        const last = Math.max(column, columnOf(cell.right - 1, boundaries));
        return { ...cell, column, colSpan: last - column + 1, top: line.top, bottom: line.top };
      }),
  }));
}

/**
 * A piece of a text cell: no value, number, level name, column word, label with its value or span (a
 * label's last piece may end in its colon). Strictly, a span says nothing (the columns are found over
 * the whole page, and a long value of a key–value row above the table crosses them), nor a column
 * word ("原因" of a header "偏差原因分析" wrapped in a narrow column): the full line before decides.
 */
const isPieceCell = (cell: PlacedCell, isStrict = false): boolean =>
  (isStrict || cell.colSpan === 1) &&
  !/[:：]\s*\S/.test(cell.text) &&
  !looksLikeValue(cell.text) &&
  !isNumberCell(cell.text) &&
  !isLevelText(cell.text) &&
  (isStrict || matchColumnRole(cell.text) === null);

/** Digits (a decimal point, a closing percent sign): strictly, on a line alone, the rest of a number wrapped in a narrow column ("202" / "3"). */
const isDigitPiece = (text: string): boolean => /^[0-9][0-9.]*%?$/.test(text);

/**
 * A line that holds only pieces of text cells (and level names, which anchorLevels places; strictly,
 * for the text lines, a whole level name opens a row of its own, and a run of digits may be a
 * number's rest).
 */
function isPiece(line: PlacedLine, isStrict = false): boolean {
  if (line.isHeaderPart === true) return false;
  // (A number's rest stands alone: digits beside text cells are a row's figures.)
  if (isStrict && line.cells.length === 1 && isDigitPiece(line.cells[0]?.text ?? '')) return true;
  // (Strictly, a level name goes on a cell only to complete one: "服务对象" + "满意度指标"; rateJoin.)
  return line.cells.some((cell) => isPieceCell(cell, isStrict)) && line.cells.every((cell) => isPieceCell(cell, isStrict) || (isLevelText(cell.text) && (isStrict || cell.colSpan === 1)));
}

/**
 * How well a piece line continues a row: its text completing a level name or column word
 * ("服务对象满意度指" + "标") counts most, filling a column the row has empty next; breaking a
 * complete level name or column word counts against.
 */
function rateJoin(row: PlacedLine, piece: PlacedLine, side: 'before' | 'after', context: JoinContext, following?: PlacedLine): number {
  const { columnRights, isStrict } = context;
  let points = 0;
  const targets = new Set<PlacedCell>();
  for (const cell of piece.cells) {
    const target = isStrict ? overlapping(row.cells, cell) : row.cells.find((candidate) => candidate.column <= cell.column && cell.column < candidate.column + candidate.colSpan);
    // A row below may itself continue on the piece line after it ("…满意度指" | row "标"?).
    const after = following?.cells.find((candidate) => candidate.column === cell.column)?.text ?? '';
    if (!target) {
      // (Strictly, a line under a row goes on only with cells the row has: a piece of a cell centred
      // in its row may stand above it, where the row's line has none.)
      if (isStrict && side === 'after') return -Infinity;
      points += 1;
      continue;
    }
    // Strictly, a cell's lines start at its left edge: a title or a line of the page's margin is no piece of it;
    // and a cell goes on in one piece of the line (two under one cell are a row's cells of their own).
    if (isStrict && (cell.left < target.left - EDGE_TOLERANCE || targets.has(target))) return -Infinity;
    // A number's rest goes on only after the digits it continues ("202" + "3"), never before a row.
    if (isStrict && isDigitPiece(cell.text) && !(side === 'after' && /[0-9.]$/.test(target.text))) return -Infinity;
    // A whole level name goes on only a cell it completes as a level name ("服务对象" + "满意度指标"), or
    // a cell no level name beside a piece of another cell ("项目区农户" + "满意度" beside "满意度指").
    const isLevelGoingOn =
      side === 'after' && !isLevelText(target.text) && (isLevelText(`${target.text}${cell.text}`) || piece.cells.some((each) => !isLevelText(each.text)));
    if (isStrict && isLevelText(cell.text) && !isLevelGoingOn) return -Infinity;
    if (side === 'after' && opensNextRow(cell, target, piece)) return -Infinity;
    targets.add(target);
    // A bracket the row's cell opened and the piece closes ("绩效指标（90" + "分）") is one cell's text.
    if (side === 'after' && openBrackets(target.text) > 0 && openBrackets(cell.text) < 0) {
      points += 2;
      continue;
    }
    // A cell's text goes on in the next line only where its line was full: the next text's first
    // character (or word) would not have fitted before the cell's widest line (its columns') ends.
    const broken = side === 'after' ? (target.lastRight ?? target.right) : cell.right;
    const cellRight = isStrict
      ? strictCellRight(target, row, context)
      : Math.max(target.right, columnRights.get(target.column + target.colSpan - 1) ?? -Infinity);
    const next = side === 'after' ? cell.text : target.text;
    // A number is broken inside itself only where not one more digit fits (a figure under a figure is a row's).
    const nextWidth = isStrict && isDigitPiece(cell.text) ? piece.height * 0.5 : leadingRunWidth(next, piece.height);
    // A column word ("预算执行率") may as well open a row: strictly, it goes on only in a line another
    // line of its column (not the row's, not the piece's) is as wide as: the line alone says nothing
    // of its column's width.
    const isUnsure =
      isStrict &&
      matchColumnRole(cell.text) !== null &&
      !columnLines(target, row, context).some((line) => line.top !== target.top && line.top !== piece.top && line.right >= broken - piece.height * FIT_TOLERANCE);
    if (isUnsure || broken + nextWidth <= cellRight + piece.height * FIT_TOLERANCE) {
      if (isStrict) return -Infinity;
      points -= 2;
    }
    const joined = side === 'after' ? `${target.text}${cell.text}` : `${cell.text}${target.text}${after}`;
    if (isWord(joined)) points += 2;
    else if (isWord(target.text)) points -= 2;
  }
  // A piece that closes a bracket it never opened does not start a cell.
  if (side === 'before' && piece.cells.some((cell) => openBrackets(cell.text) < 0)) points -= 2;
  // Strictly, a line goes before a row only as the upper half of a cell centred in it, standing over a
  // place the row's line leaves empty: a line whose every cell stands over one of the row's is a row.
  if (isStrict && side === 'before' && targets.size === piece.cells.length) return -Infinity;
  return points;
}

/** Opening brackets a text leaves open (negative: closing ones before any opening). */
function openBrackets(text: string): number {
  let open = 0;
  for (const character of text) {
    if (character === '(' || character === '（') open += 1;
    else if (character === ')' || character === '）') {
      if (open <= 0) return -1;
      open -= 1;
    }
  }
  return open;
}

/** Points within which two cells' left edges are one column's (strictly, columns are told by their edges). */
const EDGE_TOLERANCE = 1.5;

/** The cell of `cells` standing most over `cell` (strictly, not by column numbers: a page's tables may not share columns). */
function overlapping(cells: readonly PlacedCell[], cell: PlacedCell): PlacedCell | undefined {
  let best: PlacedCell | undefined;
  let most = 0;
  for (const candidate of cells) {
    const overlap = Math.min(candidate.right, cell.right) - Math.max(candidate.left, cell.left);
    if (overlap > most) [best, most] = [candidate, overlap];
  }
  return best;
}

/**
 * Strictly, where a cell's widest line may end: the widest of the lines starting at its left edge
 * whose next cell starts no further right than the row's next cell (a key–value row above the table
 * may start at the same edge and run wider: it is another table's); for the last cell of its row
 * (maybe a value merged to the table's right), the widest of any line starting there.
 */
function strictCellRight(target: PlacedCell, row: PlacedLine, context: JoinContext): number {
  return Math.max(target.right, ...columnLines(target, row, context).map((line) => line.right));
}

/** The lines of a cell's column, as strictCellRight takes them. */
function columnLines(target: PlacedCell, row: PlacedLine, context: JoinContext): ReadonlyArray<{ right: number; top: number }> {
  const next = row.cells[row.cells.indexOf(target) + 1];
  const isAtEdge = (each: { left: number }): boolean => Math.abs(each.left - target.left) <= EDGE_TOLERANCE;
  return next ? context.boundedCells.filter((each) => isAtEdge(each) && each.nextLeft <= next.left + EDGE_TOLERANCE) : context.cells.filter(isAtEdge);
}

/**
 * Where the nearest cell after a cell at this one's left edge starts, on any line, past the cell's own line (Infinity when none):
 * a cell starting before the cell's line ends is of another table's columns (the indicator header's "偏差情况" under a funds
 * header's "全年预计支出数").
 */
const nextCellLeft = (target: PlacedCell, context: JoinContext): number =>
  Math.min(...context.boundedCells.filter((each) => Math.abs(each.left - target.left) <= EDGE_TOLERANCE && each.nextLeft > target.right).map((each) => each.nextLeft));

interface JoinContext {
  /** Where each column's widest line of one cell ends. */
  columnRights: ReadonlyMap<number, number>;
  /** Cells with another cell after them on their line (starting at `nextLeft`): their right edge is inside their cell. */
  boundedCells: ReadonlyArray<{ left: number; right: number; top: number; nextLeft: number }>;
  /** Every cell of the lines. */
  cells: ReadonlyArray<{ left: number; right: number; top: number }>;
  /** Only a piece a cell's full line goes on in joins (the text lines'); else the best fit (the grid's). */
  isStrict: boolean;
  /** The narrowest gap between two cells of a line (Infinity when no line has two): at most the cells' padding. */
  cellGap: number;
}

/** What the joining of a page's lines measures against: its columns' and cells' widths. */
function createJoinContext(lines: readonly PlacedLine[], isStrict: boolean): JoinContext {
  const columnRights = new Map<number, number>();
  for (const line of lines)
    for (const cell of line.cells) if (cell.colSpan === 1) columnRights.set(cell.column, Math.max(columnRights.get(cell.column) ?? -Infinity, cell.right));
  const boundedCells = lines.flatMap((line) => line.cells.slice(0, -1).map((cell, index) => ({ ...cell, nextLeft: (line.cells[index + 1] as PlacedCell).left })));
  // (A cell cut at a column edge, a figure flush right, stands closer than any padding: not counted.)
  const gaps = lines.flatMap((line) => line.cells.slice(1).flatMap((cell, index) => (cell.isCut === true ? [] : [cell.left - (line.cells[index] as PlacedCell).right])));
  return { columnRights, boundedCells, cells: lines.flatMap((line) => line.cells), isStrict, cellGap: Math.min(...gaps) };
}

/**
 * Joins each piece line into the nearest full row above or below it (above on a tie). Strictly (for
 * the text lines), only into a row of several cells and only where every cell it goes on was full.
 */
function joinPieces(lines: readonly PlacedLine[], isStrict = false): PlacedLine[] {
  const canTake = (row: PlacedLine): boolean => !isStrict || row.cells.length >= 2;
  const rows: PlacedLine[] = [];
  const pieces = lines.map((line) => isPiece(line, isStrict));
  const targetOf = new Map<number, PlacedLine>();
  const context = createJoinContext(lines, isStrict);
  const pending: Array<{ row: PlacedLine }> = [];
  lines.forEach((line, index) => {
    const above = lines[index - 1];
    const aboveRow = targetOf.get(index - 1);
    // (For the text lines and the grid alike: the grid is rated against the text lines, and a row left cut in it outnumbers them.)
    const isNearAbove =
      above !== undefined && aboveRow !== undefined && above.page === line.page && canTake(aboveRow) && line.top - above.top <= line.height * MAX_PIECE_DISTANCE;
    // (A line nearer the line below than the row above is the upper half of cells centred in that row.)
    const next = lines[index + 1];
    const isNearerAbove = !next || next.page !== line.page || line.top - (above?.top ?? 0) <= next.top - line.top + line.height * 0.25;
    if (isNearAbove && isNearerAbove && pending.length === 0 && continuesFullCells(aboveRow, line, context)) {
      appendPiece(aboveRow, line, 'after', true);
      targetOf.set(index, aboveRow);
      return;
    }
    if (!pieces[index]) {
      const row = { ...line, cells: line.cells.map((cell) => ({ ...cell })) };
      if (isNearAbove) closeBrackets(aboveRow, row);
      rows.push(row);
      targetOf.set(index, row);
      // Pieces waiting above this row join it, nearest first (each is put before the text).
      for (const wait of pending.splice(0).reverse()) appendPiece(row, wait.row, 'before', isStrict);
      return;
    }
    const reach = line.height * MAX_PIECE_DISTANCE;
    const below = lines.slice(index + 1).find((_, offset) => !pieces[index + 1 + offset]);
    const aboveDistance = above && aboveRow && above.page === line.page && canTake(aboveRow) ? line.top - above.top : Infinity;
    const belowDistance = below && below.page === line.page && canTake(below) ? below.top - line.top : Infinity;
    const aboveFit = aboveRow && aboveDistance <= reach ? rateJoin(aboveRow, line, 'after', context) : -Infinity;
    const belowIndex = below ? lines.indexOf(below) : -1;
    const following = pieces[belowIndex + 1] ? lines[belowIndex + 1] : undefined;
    const belowFit = below && belowDistance <= reach ? rateJoin(below, line, 'before', context, following) : -Infinity;
    const isAbove = aboveFit > belowFit || (aboveFit === belowFit && aboveDistance <= belowDistance);
    if (aboveFit > -Infinity && isAbove && aboveRow) {
      appendPiece(aboveRow, line, 'after', isStrict);
      targetOf.set(index, aboveRow);
    } else if (belowFit > -Infinity) {
      pending.push({ row: line });
    } else {
      const row = { ...line, cells: line.cells.map((cell) => ({ ...cell })) };
      rows.push(row);
      targetOf.set(index, row);
    }
  });
  for (const wait of pending) rows.push(wait.row);
  return rows;
}

/** A list item's number opening a cell: "1.", "2、", "（3）", "一、" before its text. */
const ITEM_NUMBER = /^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)/;

/**
 * A cell under a row's cell that starts the next row however full the line above was: an item numbered
 * as the cell above is ("2.数字资源…" under "1.档案查阅…"), or a key's label opening its line under a
 * key's label ("项目属性" under "项目实施单位", a column as wide as both), the next key–value row.
 */
function opensNextRow(cell: PlacedCell, target: PlacedCell, line: PlacedLine): boolean {
  if (ITEM_NUMBER.test(cell.text) && ITEM_NUMBER.test(target.text)) return true;
  return cell === line.cells[0] && isLabelText(cell.text) && isLabelText(target.text);
}

/** A figure or a value ("85分", "≥95%", "240"). */
const isValueText = (text: string): boolean => isNumberCell(text) || looksLikeValue(text);

/**
 * A line every cell of which goes on a cell of the row above whose line was full, as a row's cells
 * wrapped in narrow columns print when nothing (no padding, no border) parts the rows: "项目绩效 产出指标
 * 数量指标 村级 260公里 …" over "85分 40分 15分 道路 指标完成", "资金情况 全年预算数 …" over "(万元) (A)".
 * Each cell starts at its cell's left edge, whose line reached as far as another line of its column
 * and where the next text's first character would not have fitted (a value like "85分" too: it is the
 * rest of "项目绩效85分"; a date's "10月前" of "2024年"). Not joined: a figure under a figure, a totals
 * row, a whole level name under another, a figure under a header's words (the first row's), a line
 * nearer the line below (the upper half of cells centred in it), and a line of as many cells as the
 * row unless it has three or more (a key–value row's next row is as likely).
 */
function continuesFullCells(row: PlacedLine, line: PlacedLine, context: JoinContext): boolean {
  if (line.isHeaderPart === true || row.isHeaderPart === true || line.cells.length > row.cells.length) return false;
  // (Two cells under two: a key–value row's next row as likely, unless each cell surely goes on: a funds label's rest or its figure.)
  if (line.cells.length === row.cells.length && line.cells.length < 3 && !line.cells.every((cell) => isFundsLabelRest(overlapping(row.cells, cell), cell))) return false;
  // (A figure under a header's words is the first row's: "单位名称 预算金额 …" over "某县图书馆 58.00".)
  if (isHeaderRow(row) && line.cells.some((cell) => isValueText(cell.text))) return false;
  const targets = new Set<PlacedCell>();
  return line.cells.every((cell) => {
    const target = overlapping(row.cells, cell);
    if (!target || targets.has(target) || Math.abs(cell.left - target.left) > EDGE_TOLERANCE) return false;
    targets.add(target);
    // (A figure under a figure is the next row's, unless it is the rest of one cut after its decimal point or before its percent sign.)
    const isNumberRest = NUMBER_REST.test(cell.text) && (/[0-9][.,]$/.test(target.text) || (cell.text === '%' && /[0-9]$/.test(target.text)));
    if ((isWord(cell.text) && isWord(target.text)) || (isNumberCell(cell.text) && isNumberCell(target.text) && !isNumberRest) || isTotalsCell(cell.text)) return false;
    if (opensNextRow(cell, target, line)) return false;
    const broken = target.lastRight ?? target.right;
    // (The column is that wide by another line of it too: a cell alone in its column, a page's head above the table, fills it by itself.)
    // (A funds label's figure under its colon goes on when another line of the column ends within a character of it: a figure's
    // digits are narrower than the CJK characters around them, "项目支出：436.50" under "其中：基本支出：".)
    const slack = isFundsLabelRest(target, cell) ? line.height : line.height * FIT_TOLERANCE;
    const isColumnFull = columnLines(target, row, context).some((each) => each.top !== target.top && each.top !== line.top && each.right >= broken - slack);
    // (Between a CJK character and a figure or Latin word, Word and LibreOffice set a quarter of a character's space.)
    const space = /[\u2e80-\u9fff]$/u.test(target.text) && /^[0-9A-Za-z]/.test(cell.text) ? line.height * 0.25 : 0;
    // (The first word as wide as it printed, the cell's width shared over its characters: "100%", "62.4" are wider than half a character a sign.)
    const needed = broken + space + ((cell.right - cell.left) * leadingRunWidth(cell.text, 1)) / Math.max(textEms(cell.text), 0.5);
    // Or it would have passed the row's next cell less the narrowest gap any line leaves before a cell (the cells' padding at most):
    // the column's other lines may all be shorter ("修复工程" / "验收合格" / "率" the widest of its column). The line itself stays
    // inside that column (a page's head above a table, "发布时间：… 来源：…" over "【字体：大 中 小】…", is no cell's).
    // (The row's last cell, a column after it left empty: the next cell of another line's cell at its edge, the header's "备注" after "2027年指".)
    const nextLeft = row.cells[row.cells.indexOf(target) + 1]?.left ?? nextCellLeft(target, context);
    const isPastNextCell =
      Number.isFinite(nextLeft) && Number.isFinite(context.cellGap) && needed > nextLeft - context.cellGap && cell.right <= nextLeft - context.cellGap + line.height * FIT_TOLERANCE;
    return (isColumnFull && needed > strictCellRight(target, row, context) + line.height * FIT_TOLERANCE) || isPastNextCell;
  });
}

/**
 * A cell that surely goes on a funds label above it: a figure under a label ending in its colon
 * ("其中：基本支出：" / "906.30"), or the rest of a funds row's label ("其中：一般公共预" / "算：1302.80"),
 * as a funds block written "label：figure" in a narrow cell prints without borders.
 */
function isFundsLabelRest(target: PlacedCell | undefined, cell: PlacedCell): boolean {
  if (!target) return false;
  if (isNumberCell(cell.text)) return /[:：]$/.test(target.text);
  const label = (text: string): string => text.replace(/[:：][^:：]*$/, '');
  return /[:：]/.test(cell.text) && !/[:：]$/.test(target.text) && isFundRowLabel(label(`${target.text}${cell.text}`)) && !isFundRowLabel(target.text);
}

/**
 * A row's cell that closes a bracket it never opened, standing at the left edge of a cell of the row
 * above that leaves one open, is that cell's rest: a level merged down over rows and wrapped in its
 * column ("决策(20" / "分)") prints its second line beside the next row's cells.
 */
function closeBrackets(above: PlacedLine, row: PlacedLine): void {
  row.cells = row.cells.filter((cell) => {
    if (openBrackets(cell.text) >= 0) return true;
    const target = overlapping(above.cells, cell);
    if (!target || Math.abs(cell.left - target.left) > EDGE_TOLERANCE || openBrackets(target.text) <= 0) return true;
    target.text = `${target.text}${cell.text}`;
    target.lastRight = cell.right;
    target.bottom = Math.max(target.bottom, cell.bottom);
    return false;
  });
}

function appendPiece(row: PlacedLine, piece: PlacedLine, side: 'before' | 'after', isStrict = false): void {
  for (const cell of piece.cells) {
    const target = isStrict
      ? overlapping(row.cells, cell)
      : row.cells.find((candidate) => candidate.column <= cell.column && cell.column < candidate.column + candidate.colSpan);
    if (!target) {
      row.cells.push({ ...cell });
      // (Strictly by where they stand: a page's tables may not share column numbers.)
      row.cells.sort((a, b) => (isStrict ? a.left - b.left : a.column - b.column));
    } else {
      target.text = side === 'after' ? `${target.text}${cell.text}` : `${cell.text}${target.text}`;
      if (side === 'after') target.lastRight = cell.right;
      target.top = Math.min(target.top, cell.top);
      target.bottom = Math.max(target.bottom, cell.bottom);
    }
  }
}

const isWord = (text: string): boolean => isLevelText(text) || matchColumnRole(text) !== null;

/**
 * A level name or column word broken over lines whose pieces landed in neighbouring rows
 * ("服务对象满意度指" on a line of its own, "标" beside the row's values): the pieces are put back
 * together in the row that holds more, when together they are a word and apart the later is none.
 */
function mendBrokenWords(rows: PlacedLine[]): PlacedLine[] {
  for (let index = 1; index < rows.length; index += 1) {
    const upper = rows[index - 1] as PlacedLine;
    const lower = rows[index] as PlacedLine;
    if (upper.page !== lower.page) continue;
    for (const cell of lower.cells) {
      const above = upper.cells.find((candidate) => candidate.column === cell.column);
      if (!above || isWord(cell.text) || !isWord(`${above.text}${cell.text}`)) continue;
      const joined = { text: `${above.text}${cell.text}`, top: Math.min(above.top, cell.top), bottom: Math.max(above.bottom, cell.bottom) };
      if (upper.cells.length === 1) {
        Object.assign(cell, joined);
        upper.cells = [];
      } else if (lower.cells.length === 1) {
        Object.assign(above, joined);
        lower.cells = [];
      }
    }
  }
  return rows.filter((row) => row.cells.length > 0);
}

const isHeaderRow = (row: PlacedLine): boolean => row.cells.filter((cell) => matchColumnRole(cell.text) !== null).length >= MIN_HEADER_CELLS;

/** A funds column's label: the funds labels every table reader shares, or a monitoring table's ("1—7月执行数", "全年预计执行数"). */
const isFundsColumnText = (text: string): boolean => isFundColumnLabel(text) || monitoringBudgetColumnWordings.some(({ pattern }) => pattern.test(text.replace(/\s+/g, '')));

/** The longest word a row of funds figures holds besides them (a warning light "黄灯", "正常", "无"). */
const MAX_FUNDS_WORD = 4;

/** A row of funds figures: figures (two or more) and short words, a funds row's label ("其中：财政拨款") maybe first. */
const isFundsFigureRow = (row: PlacedLine): boolean =>
  row.cells.filter((cell) => isNumberCell(cell.text)).length >= 2 &&
  row.cells.every((cell, index) => isNumberCell(cell.text) || [...cell.text].length <= MAX_FUNDS_WORD || (index === 0 && isFundRowLabel(cell.text)));

/** A funds table's header: at least MIN_HEADER_CELLS cells name a funds column ("年初预算数", "执行率"). */
const isFundHeaderRow = (row: PlacedLine): boolean => row.cells.filter((cell) => isFundsColumnText(cell.text)).length >= MIN_HEADER_CELLS;

/**
 * Level names written once, centred in a merged cell, stand beside the middle of their rows: each
 * label's rows run from the row after the last label's rows to as far below the label as the first
 * of them is above it. When the labels fit that reading exactly they move to their first row; when
 * not (labels written at the top, or every row), a label on a line of its own moves down to the next
 * row.
 */
function anchorLevels(rows: PlacedLine[]): PlacedLine[] {
  let start = 0;
  for (let index = 0; index <= rows.length; index += 1) {
    const row = rows[index];
    if (row && !isHeaderRow(row)) continue;
    anchorRegion(rows.slice(start, index));
    start = index + 1;
  }
  return rows.filter((row) => row.cells.length > 0);
}

const rowTop = (row: PlacedLine): number => Math.min(...row.cells.map((cell) => cell.top));
const rowBottom = (row: PlacedLine): number => Math.max(...row.cells.map((cell) => cell.bottom));

function anchorRegion(region: PlacedLine[]): void {
  const end = region.findIndex((row) => row.cells[0] !== undefined && isTotalsCell(row.cells[0].text));
  const rows = end < 0 ? region : region.slice(0, end);
  const columns = new Set(rows.flatMap((row) => row.cells.filter((cell) => isLevelText(cell.text)).map((cell) => cell.column)));
  for (const column of columns) {
    const data = rows.filter((row) => row.cells.some((cell) => cell.column !== column && !isLevelText(cell.text)));
    const labels = rows.flatMap((row) => row.cells.filter((cell) => cell.column === column && isLevelText(cell.text)).map((cell) => ({ row, cell })));
    if (data.length === 0 || labels.length === 0) continue;
    const tolerance = (data[0] as PlacedLine).height * 0.6;
    const firsts: PlacedLine[] = [];
    let top = 0;
    let isCentred = true;
    for (const label of labels) {
      const first = data[top];
      if (!first || label.row.page !== first.page) {
        isCentred = false;
        break;
      }
      const centre = (label.cell.top + label.cell.bottom) / 2;
      const bottom = 2 * centre - rowTop(first);
      if (centre < rowTop(first) - tolerance) isCentred = false;
      firsts.push(first);
      let next = top;
      while (next < data.length && rowBottom(data[next] as PlacedLine) <= bottom + tolerance) next += 1;
      if (next === top) isCentred = false;
      top = next;
    }
    if (top !== data.length) isCentred = false;
    labels.forEach((label, index) => {
      const target = isCentred ? firsts[index] : label.row.cells.length === 1 ? data.find((row) => row.top > label.row.top) : label.row;
      if (!target || target === label.row) return;
      label.row.cells = label.row.cells.filter((cell) => cell !== label.cell);
      const existing = target.cells.find((cell) => cell.column === column);
      if (existing && isLevelText(existing.text)) return;
      if (existing) existing.text = `${label.cell.text}${existing.text}`;
      else target.cells.push(label.cell);
      target.cells.sort((a, b) => a.column - b.column);
    });
  }
}

/** The grid of a PDF's pages read from the positions of their text items. */
export function arrangePdfGrid(pages: ReadonlyArray<readonly PdfTextItem[]>): Grid {
  const rows = anchorLevels(mendBrokenWords(joinPieces(placeLines(pages))));
  return {
    rows: rows.map((row): GridRow => {
      const source = { page: row.page, line: row.line };
      const cells: GridCell[] = row.cells
        .filter((cell) => cell.column < MAX_COLUMNS)
        .map((cell) => ({ column: cell.column, text: cell.text, rowSpan: 1, colSpan: cell.colSpan, source }));
      return { cells, source };
    }),
  };
}

/**
 * Every page's lines for the text readers, each table row's cells broken over lines (a name, a label,
 * a header word wrapped in its cell, above and below a row's line when the cells are centred, the rest
 * of a number in a narrow column) joined into the row, as the grid joins them, on the pages that
 * `isTable` says show a table; a piece joins only a row of several cells, so a title or a paragraph
 * takes none. A cell cut by a page break is joined back the same way: the piece lines that open a
 * page (below its number or running head) go on in the last row of the page before (above its number
 * or running foot) when they stand under its cells and their lines there were full. Each line's cells
 * come back as one text item each, where the cell stands.
 */
export function joinCellPieceLines(pages: ReadonlyArray<readonly PdfTextItem[]>, isTable: (items: readonly PdfTextItem[]) => boolean): PdfTextItem[][][] {
  const grouped = pages.map((items) => groupLines(items));
  // (A page after a table's page holding a line of several cells is the table's end, however few its lines: a last row's rest
  // and the totals row.)
  const placed: Array<PlacedLine[] | null> = [];
  pages.forEach((items, index) => {
    const isTableEnd = placed[index - 1] != null && (grouped[index] ?? []).some((line) => splitCells(line).length >= 2);
    const lines = isTable(items) || isTableEnd ? placeLines([items], false) : [];
    placed.push(lines.length === grouped[index]?.length ? lines : null);
  });
  const chrome = findPageChrome(placed.map((lines, index) => lines ?? (grouped[index] ?? []).map(() => null)));
  let before: { rows: PlacedLine[]; context: JoinContext; isChrome: (row: PlacedLine) => boolean } | null = null;
  const pageRows = pages.map((_, pageIndex) => {
    const lines = placed[pageIndex];
    if (!lines) {
      before = null;
      return null;
    }
    const isChrome = (line: PlacedLine): boolean => chrome[pageIndex]?.has(line.line) ?? false;
    const rest = [...lines];
    const last = before?.rows.findLast((row) => !before?.isChrome(row));
    if (before && last && last.cells.length >= 2) {
      for (let index = rest.findIndex((line) => !isChrome(line)); index >= 0 && index < rest.length; ) {
        const line = rest[index] as PlacedLine;
        const isPieceGoingOn = isPiece(line, true) && rateJoin(last, line, 'after', before.context) !== -Infinity;
        // (A line whose every cell goes on a full cell of the last row, values too: "(10分) (10分) ≤5%得10分… 3%" under
        // "结转结余 结转结余率 结转结余率 结转结余率 10", as on one page.)
        if (!isPieceGoingOn && !continuesFullCells(last, line, before.context)) break;
        appendPiece(last, line, 'after', true);
        rest.splice(index, 1);
      }
    }
    const rows = mendBrokenWords(joinPieces(mergeTwoRowHeaders(mergeRaisedFigureLines(rest)), true));
    before = { rows, context: createJoinContext(lines, true), isChrome };
    return rows;
  });
  // (Rows become items once every page is read: the next page may still add to a page's last row.)
  const emptyBefore = countEmptyCells(pageRows.flatMap((rows) => rows ?? []));
  return pageRows.map((rows, pageIndex) => {
    const lines = placed[pageIndex];
    const original = grouped[pageIndex] ?? [];
    if (!rows || !lines) return original;
    return rows.map((row) => {
      const source = original[lines.findIndex((line) => line.line === row.line)] ?? [];
      const y = source[0]?.y ?? 0;
      const height = source.reduce((highest, item) => Math.max(highest, item.height), 0) || row.height;
      // (A cell cut at a column edge starts with a tab of its own: the text lines' wider gap would join it to the cell before.)
      return row.cells.map((cell, index) => {
        const before = row.cells[index - 1];
        const isClose = cell.isCut === true && before !== undefined && cell.left - before.right <= Math.max(textCellGap.minimum, height * textCellGap.heights);
        const tabs = (cell.emptyBefore ?? emptyBefore.get(cell) ?? 0) + (isClose ? 1 : 0);
        return { text: `${'\t'.repeat(tabs)}${cell.text}`, x: cell.left, y, width: cell.right - cell.left, height };
      });
    });
  });
}

/**
 * A header of two rows whose cells merged down are centred between its two lines, as a sheet or a
 * template with cells centred prints it: the header's words stand on a line of their own ("一级指标 …
 * 偏差原因") between a cell spanning sub-columns above ("1-6月完成情况", "评分") and its sub-columns'
 * words below ("完成值 完成目标可能性", "分值 得分"). Without this the line above stood as a row of
 * one cell and the line below joined the first indicator row as pieces. When the lines above and
 * below stand only in the header line's gaps, each of their cells under a spanning cell, the two
 * become one header row (the spanning cell followed by an empty cell for each further sub-column, as
 * a tab dump writes a merged cell) and a row of the sub-columns' words in their columns.
 */
function mergeTwoRowHeaders(lines: readonly PlacedLine[]): PlacedLine[] {
  const out = [...lines];
  for (let index = 1; index + 1 < out.length; index += 1) {
    const [above, header, below] = [out[index - 1], out[index], out[index + 1]] as [PlacedLine, PlacedLine, PlacedLine];
    if (!isHeaderRow(header) || above.page !== header.page || below.page !== header.page || below.cells.length < 2) continue;
    const reach = header.height * MAX_PIECE_DISTANCE;
    if (header.top - above.top > reach || below.top - header.top > reach) continue;
    const isInGap = (cell: PlacedCell): boolean => header.cells.every((each) => Math.min(each.right, cell.right) - Math.max(each.left, cell.left) <= 0);
    if (!above.cells.every(isInGap) || !below.cells.every(isInGap)) continue;
    // Each cell below stands under one cell above: from its left edge to the header's next cell.
    const spanEnd = (cell: PlacedCell): number => header.cells.find((each) => each.left > cell.left)?.left ?? Infinity;
    const under = (cell: PlacedCell): PlacedCell[] => below.cells.filter((each) => each.left >= cell.left - EDGE_TOLERANCE && each.right <= spanEnd(cell) + EDGE_TOLERANCE);
    if (!above.cells.every((cell) => under(cell).length >= 1) || above.cells.reduce((sum, cell) => sum + under(cell).length, 0) !== below.cells.length) continue;
    const cells = [...header.cells, ...above.cells].map((cell) => ({ ...cell })).sort((a, b) => a.left - b.left);
    const columnLefts: number[] = [];
    cells.forEach((cell, at) => {
      const subColumns = above.cells.some((each) => each.left === cell.left) ? under(cell) : [];
      columnLefts.push(...(subColumns.length > 0 ? subColumns.map((each) => each.left) : [cell.left]));
      const next = cells[at + 1];
      if (next && subColumns.length > 1) next.emptyBefore = subColumns.length - 1;
    });
    const merged: PlacedLine = { ...header, cells, columnLefts, isHeaderPart: true };
    let column = 0;
    const subRow: PlacedLine = {
      ...below,
      isHeaderPart: true,
      cells: below.cells.map((cell) => {
        const at = columnLefts.indexOf(cell.left);
        const placed = { ...cell, emptyBefore: Math.max(0, at - column) };
        column = at + 1;
        return placed;
      }),
    };
    out.splice(index - 1, 3, merged, subRow);
  }
  return out;
}

/** A number's rest cut at its cell's edge: digits after a figure's decimal point, a percent sign ("1,250,000." / "00", "99.00" / "%"). */
const NUMBER_REST = /^[0-9]*%?$/;

/**
 * A line of numbers' rests ("00 00 00 %") standing less than NUMBER_LINE_RISE line heights above the
 * next line, no cell of either over the other's: one printed line, the Latin digits set higher than
 * the CJK text beside them (a label's rest, "额："), which groupLines parts. They become one line.
 */
const NUMBER_LINE_RISE = 0.6;

function mergeRaisedFigureLines(lines: readonly PlacedLine[]): PlacedLine[] {
  const out: PlacedLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as PlacedLine;
    const next = lines[index + 1];
    const isRests = line.cells.length > 0 && line.cells.every((cell) => cell.text !== '' && NUMBER_REST.test(cell.text));
    const isApart = (cell: PlacedCell): boolean => next !== undefined && next.cells.every((each) => Math.min(each.right, cell.right) - Math.max(each.left, cell.left) <= 0);
    if (isRests && next && next.page === line.page && next.top - line.top < line.height * NUMBER_LINE_RISE && line.cells.every(isApart)) {
      out.push({ ...next, cells: [...line.cells, ...next.cells].map((cell) => ({ ...cell, top: next.top, bottom: next.top })).sort((a, b) => a.left - b.left) });
      index += 1;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** How many rows above a row is looked for the columns it leaves empty. */
const COLUMN_ROWS_BACK = 60;

/**
 * The header column a cell stands in: the one starting where it starts, or (a figure set flush
 * right, as a spreadsheet prints it) the one it lies within, from its start to the next one's; -1 for none.
 */
function columnAt(lefts: readonly number[], cell: { text: string; left: number; right: number }): number {
  const at = lefts.findIndex((left) => Math.abs(left - cell.left) <= EDGE_TOLERANCE);
  if (at >= 0 || !isNumberCell(cell.text)) return at;
  return lefts.findIndex((left, index) => left < cell.left && cell.right <= (lefts[index + 1] ?? Infinity) + EDGE_TOLERANCE);
}

/**
 * The empty cells before each cell of a row that leaves columns empty (a level merged down from the
 * row above, an indicator with no unit): the nearest header row above (its cells name columns) with
 * more cells, one starting at every place a cell of this row starts, says which columns these are, so
 * the text readers see the row's cells in their columns, as a tab dump gives them ("\t质量指标\t…").
 */
/**
 * A header's column edges with the sub-columns a spanning cell has on the row under it, each a column of its own: "偏差原因分析"
 * over "经费保障 制度保障 人员保障 硬件条件保障 其他", a monitoring table's reasons ticked under their sub-columns. The row below
 * holds two words or more, no figure, the first at the spanning cell's left edge and all before the header's next cell.
 */
function withSubColumns(header: PlacedLine, below: PlacedLine | undefined): number[] {
  const lefts = header.columnLefts ?? header.cells.map((cell) => cell.left);
  const first = below?.cells[0];
  if (!below || !first || below === header || below.page !== header.page || below.cells.length < 2 || isHeaderRow(below)) return lefts;
  if (below.cells.some((cell) => isValueText(cell.text))) return lefts;
  const spanning = lefts.findIndex((left) => Math.abs(left - first.left) <= EDGE_TOLERANCE);
  const end = lefts[spanning + 1];
  if (spanning < 0 || end === undefined || !below.cells.every((cell) => cell.right <= end)) return lefts;
  return [...lefts.slice(0, spanning), ...below.cells.map((cell) => cell.left), ...lefts.slice(spanning + 1)];
}

function countEmptyCells(rows: readonly PlacedLine[]): Map<PlacedCell, number> {
  const counts = new Map<PlacedCell, number>();
  rows.forEach((row, index) => {
    // (A header whose spanning cell has sub-columns under it: the cell after it comes that many columns later, as a tab dump
    // writes a merged cell, "偏差原因分析\t\t\t\t\t完成目标可能性".)
    if (isHeaderRow(row)) {
      const own = row.columnLefts ?? row.cells.map((cell) => cell.left);
      const lefts = withSubColumns(row, rows[index + 1]);
      const after = row.cells.find((cell) => cell.left > (lefts.find((left, at) => left !== own[at]) ?? Infinity));
      if (after && lefts.length > own.length) counts.set(after, lefts.length - own.length);
    }
    let columns: readonly number[] | undefined;
    let isPastIndicatorHeader = false;
    for (let back = index - 1; back >= Math.max(0, index - COLUMN_ROWS_BACK) && !columns; back -= 1) {
      const above = rows[back] as PlacedLine;
      const isIndicatorHeader = isHeaderRow(above);
      // (A funds header, "资金情况 年度预算数 执行数 执行率 …", gives a row of its figures (a funds row's label first, or
      // none: the label merged down beside them) its empty cells; only for rows between it and the indicator table's header.)
      if (!isIndicatorHeader && (isPastIndicatorHeader || !isFundHeaderRow(above) || !isFundsFigureRow(row))) continue;
      isPastIndicatorHeader ||= isIndicatorHeader;
      const lefts = isIndicatorHeader ? withSubColumns(above, rows[back + 1]) : (above.columnLefts ?? above.cells.map((cell) => cell.left));
      if (lefts.length > row.cells.length && row.cells.every((cell) => columnAt(lefts, cell) >= 0)) columns = lefts;
    }
    // (A line of one cell, a note or a number's rest left alone, is no row of the table's; a header of two rows has its own.)
    if (!columns || row.cells.length < 2 || row.isHeaderPart === true) return;
    let column = 0;
    for (const cell of row.cells) {
      const at = columnAt(columns, cell);
      if (at > column) counts.set(cell, at - column);
      column = at + 1;
    }
  });
  return counts;
}

/**
 * Each page's line numbers that are page chrome: a page's number on a line of its own, a running head
 * or foot (a line of one cell printed at the head or foot of every page; text/running-heads.ts).
 */
function findPageChrome(pages: ReadonlyArray<ReadonlyArray<PlacedLine | null>>): Array<Set<number>> {
  const texts: string[] = [];
  const owners: Array<{ page: number; line: number | null }> = [];
  const pageStarts: number[] = [];
  pages.forEach((lines, page) => {
    if (page > 0) pageStarts.push(texts.length);
    for (const line of lines) {
      texts.push(line ? line.cells.map((cell) => cell.text).join('\t') : '');
      owners.push({ page, line: line?.line ?? null });
    }
  });
  const blanked = blankRunningHeads(texts, pageStarts);
  const chrome = pages.map(() => new Set<number>());
  owners.forEach((owner, index) => {
    const text = texts[index] ?? '';
    if (owner.line !== null && text !== '' && (blanked[index] === '' || isPageBreakLine(text))) chrome[owner.page]?.add(owner.line);
  });
  return chrome;
}
