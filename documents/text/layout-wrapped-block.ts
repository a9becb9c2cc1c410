/**
 * The rows above a wrapped table's header, and those under its last row, in a PDF's text in layout mode
 * (documents/text/layout-wrapped-rows.ts): project, unit, funds and 年度总体目标 above, a grade or a
 * conclusion under, at columns of their own, a long value or label wrapped and centred on its row's other
 * cells, put back as tab rows.
 */
import { displayWidth, joinWrappedPieces } from '../grid/cell-text.ts';
import { headerLabels, tableWords } from '../vocabulary/labels.ts';
import { cutAtSpaceRuns, folded, placeAroundMiddles, wrapWidth, type Piece } from './layout-wrapped-pieces.ts';

/** Labels and column words of the rows above a table: a cell of its own, never a wrapped one's line. */
const wholeWords = new Set([...headerLabels.flatMap((label) => label.labels), ...tableWords].map((word) => word.replace(/[\s()（）]/g, '')));

/** A numbered heading or item (一、项目基本情况, （二）, 3.): it opens a cell, never continues one. */
const NUMBERED = /^\s*([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d))/;

/**
 * A known label or column word (项目名称, 年初预算数), with its colon, or a title (…表): no piece of a
 * wrapped cell.
 */
function isWholeWord(text: string): boolean {
  const written = text.replace(/[\s()（）]/g, '').replace(/[:：]$/, '');
  return wholeWords.has(written) || /表$/.test(written);
}

/** A note wholly in brackets (（2024年度）) opens no wrapped cell; it may end one (执行率 / （B/A）). */
function isBracketNote(text: string): boolean {
  return /^[（(][^（()）]*[）)]$/.test(text.trim());
}

/** A cell that opens with a known label and its colon ("主管部门：…"): a cell of its own. */
function opensWithLabel(text: string): boolean {
  const colon = text.search(/[:：]/);
  return colon > 0 && isWholeWord(text.slice(0, colon));
}

/** An amount or a figure, its unit written after it too (120.00万元): amounts stacked in a column are no wrapped cell. */
const FIGURE = /^[-−]?[\d,，.]+(?:%|‰|[万亿千]?元)?$/;
/** An amount's unit alone on a line (万元, 元). */
const AMOUNT_UNIT = /^[万亿千]?元$/;
/** What no cell opens with: a percent sign or closing punctuation. */
const CLOSING = /^[%‰）)】》，。、；：,;:]/;
/** A piece this wide at least can be a wrapped line (two CJK characters). */
const MIN_WRAPPED_WIDTH = 4;
/** Lines between a wrapped cell's two pieces at most (a centred neighbour's line between them). */
const MAX_PIECE_GAP = 2;
/** A centred cell's lines have their centres this many half columns apart at most (an odd width rounds). */
const CENTRE_SLACK = 2;

interface BlockPiece {
  line: number;
  text: string;
  start: number;
  width: number;
  /** Twice the piece's centre column (whole numbers for centred cells of odd widths). */
  centre: number;
  /** Another piece follows on its line: its width is bounded by its column. */
  isBounded: boolean;
}

/** A cell of a row: where it stands and its text. */
interface PlacedCell {
  start: number;
  end: number;
  text: string;
}

/** A cell of the block: one piece, or a wrapped cell's pieces in line order. */
interface BlockCell {
  pieces: BlockPiece[];
  start: number;
}

/** The block's pieces, line by line. */
function cutBlock(lines: readonly string[], first: number, end: number): BlockPiece[] {
  const pieces: BlockPiece[] = [];
  for (let line = first; line < end; line += 1) {
    const cells = cutAtSpaceRuns(lines[line] as string);
    cells.forEach((cell, place) => {
      const width = displayWidth(cell.text);
      pieces.push({ line, text: cell.text, start: cell.start, width, centre: 2 * cell.start + width, isBounded: place < cells.length - 1 });
    });
  }
  return pieces;
}

/**
 * The block's cells: a piece is a wrapped cell's next line when the piece above it in its column (same
 * start, or the same centre for a centred cell, within two lines) is about as wide as that column gets
 * (a piece with a neighbour on its right is bounded by its column; a title or a value spanning the row
 * is not) and neither is a figure, a known label or title, a label opening its own cell (主管部门：…),
 * nor a label with its figure (政府性基金拨款：0); a figure goes on a label ending in its colon.
 */
function findCells(pieces: readonly BlockPiece[], isTopAligned = false): BlockCell[] {
  const widestBounded = new Map<number, number>();
  const widestAny = new Map<number, number>();
  for (const piece of pieces) {
    widestAny.set(piece.start, Math.max(widestAny.get(piece.start) ?? 0, piece.width));
    if (piece.isBounded) widestBounded.set(piece.start, Math.max(widestBounded.get(piece.start) ?? 0, piece.width));
  }
  // (The column is as wide as the next piece at least: a line wider than the one above it is no rest of it.)
  const isFull = (piece: BlockPiece, next: BlockPiece): boolean => {
    // (No cell opens with "%" or closing punctuation: it is the rest of the one above, a figure's too: 95.00 / %.)
    if (CLOSING.test(next.text)) return true;
    // (Nor with an amount's unit alone: a figure's cell too narrow for "1186.75万元" wraps its unit under it.)
    if (AMOUNT_UNIT.test(next.text.trim()) && FIGURE.test(folded(piece.text))) return true;
    const widest = Math.max(widestBounded.get(piece.start) ?? widestAny.get(piece.start) ?? 0, next.width);
    // (A label's bracketed note wraps under it: 执行率 / （B/A）, 预算执行情况（万元） / （20分）.)
    const isLabel = isWholeWord(piece.text) && !(isBracketNote(next.text) && wholeWords.has(piece.text.replace(/[\s()（）]/g, '')));
    return piece.width >= Math.max(MIN_WRAPPED_WIDTH, wrapWidth(widest)) && !FIGURE.test(folded(piece.text)) && !/[。；;]$|[:：]\s*[-\d.,%]+$/.test(folded(piece.text)) && !isLabel && !isBracketNote(piece.text);
  };
  // A wrapped cell's first line stands above its row's middle line, so never on a line with a one-line
  // cell: a line holding a known label or column word opens no wrapped cell (年度总体目标 | 年初目标 |
  // 全年实际完成情况, the values wrapped under them).
  const labelsOnLine = new Map<number, number>();
  for (const piece of pieces) if (isWholeWord(piece.text)) labelsOnLine.set(piece.line, (labelsOnLine.get(piece.line) ?? 0) + 1);
  // (Top-aligned cells have their first lines on the row's line, beside its labels.)
  const isBesideLabel = (piece: BlockPiece): boolean => !isTopAligned && (labelsOnLine.get(piece.line) ?? 0) > (isWholeWord(piece.text) ? 1 : 0);
  const cellOf = new Map<BlockPiece, BlockCell>();
  const cells: BlockCell[] = [];
  const lastAtStart = new Map<number, BlockPiece>();
  const lastAtCentre = new Map<number, BlockPiece>();
  const recentAt = (piece: BlockPiece): BlockPiece | undefined => {
    const candidates = [lastAtStart.get(piece.start)];
    for (let offset = -CENTRE_SLACK; offset <= CENTRE_SLACK; offset += 1) candidates.push(lastAtCentre.get(piece.centre + offset));
    let found: BlockPiece | undefined;
    for (const candidate of candidates) {
      if (candidate !== undefined && candidate.line < piece.line && (found === undefined || candidate.line > found.line)) found = candidate;
    }
    return found;
  };
  for (const piece of pieces) {
    const above = recentAt(piece);
    // (A label ending in its colon is followed by its figure, not by another label: 按收入性质分： / 其中：…)
    const afterColon = /[:：]$/.test(above?.text ?? '');
    const continues =
      !isWholeWord(piece.text) &&
      !opensWithLabel(piece.text) &&
      !NUMBERED.test(piece.text) &&
      (FIGURE.test(folded(piece.text)) ? afterColon : !(afterColon && /[:：]/.test(piece.text)));
    const aboveCell = above === undefined ? undefined : cellOf.get(above);
    // (Only the last piece of a cell takes a next one: a cell is never forked.)
    const isOpen = aboveCell !== undefined && aboveCell.pieces.at(-1) === above;
    const opensCell = isOpen && ((aboveCell as BlockCell).pieces.length > 1 || !isBesideLabel(above as BlockPiece));
    // (A wrapped cell's line cut short, a line break inside the cell or an escape normalising dropped, "业培训和_x000D_光荣", goes on
    // with its sentence's end under it at its start: "牌悬挂工作。".)
    const endsSentence = (aboveCell?.pieces.length ?? 0) > 1 && piece.start === above?.start && /。$/.test(piece.text) && !/[。；;：:]$/.test(above.text);
    if (above !== undefined && opensCell && piece.line - above.line <= MAX_PIECE_GAP && (isFull(above, piece) || endsSentence) && continues) {
      (aboveCell as BlockCell).pieces.push(piece);
      cellOf.set(piece, aboveCell as BlockCell);
    } else {
      const cell = { pieces: [piece], start: piece.start };
      cells.push(cell);
      cellOf.set(piece, cell);
    }
    lastAtStart.set(piece.start, piece);
    lastAtCentre.set(piece.centre, piece);
  }
  for (const cell of cells) cell.start = Math.min(...cell.pieces.map((piece) => piece.start));
  return cells;
}

/**
 * The lines `first`..`end` (exclusive) of a block of rows at fixed columns unwrapped: a wrapped cell's
 * lines are centred on its row's other cells, so each line holding a one-line cell is a row's middle
 * line (a wrapped cell with no other cell beside it is a row of its own), and each wrapped cell goes to
 * the row whose middle line is nearest its own middle. Returns the lines to rewrite (each row a tab row
 * on its middle line, its other lines blank) or null when nothing there wrapped.
 */
export function joinBlock(lines: readonly string[], first: number, end: number, isTopAligned = false): Map<number, string> | null {
  const cells = findCells(cutBlock(lines, first, end), isTopAligned);
  if (cells.length === 0) return null;
  // (Top-aligned: every row's line holds its cells' first lines, so each cell's first line is a row's line.)
  const middleLines = new Set(cells.filter((cell) => isTopAligned || cell.pieces.length === 1).map((cell) => (cell.pieces[0] as BlockPiece).line));
  const wrapped = cells.filter((cell) => cell.pieces.length > 1);
  for (const cell of wrapped) {
    const firstLine = (cell.pieces[0] as BlockPiece).line;
    const lastLine = (cell.pieces.at(-1) as BlockPiece).line;
    let hasMiddle = false;
    for (let line = firstLine; line <= lastLine && !hasMiddle; line += 1) hasMiddle = middleLines.has(line);
    // Its middle line: as many of its lines above as below (a two-line cell's second).
    if (!hasMiddle) middleLines.add((cell.pieces[Math.floor(cell.pieces.length / 2)] as BlockPiece).line);
  }
  const middles = [...middleLines].sort((one, other) => one - other);
  // A cell is centred on one row: pieces chained across two rows' middle lines (a project's name over the
  // 年度总体目标 wrapped under it) are two cells, parted as the centring parts a column's pieces.
  const parted = cells.flatMap((cell) => {
    const firstLine = (cell.pieces[0] as BlockPiece).line;
    const lastLine = (cell.pieces.at(-1) as BlockPiece).line;
    const inside = middles.filter((line) => line >= firstLine && line <= lastLine);
    if (inside.length < 2) return [cell];
    const groups = inside.map((): BlockPiece[] => []);
    if (isTopAligned) {
      // (A top-aligned cell's pieces from a row's line on are that row's.)
      for (const piece of cell.pieces) groups[Math.max(0, inside.findLastIndex((line) => line <= piece.line))]?.push(piece);
      return groups.filter((group) => group.length > 0).map((group) => ({ pieces: group, start: Math.min(...group.map((piece) => piece.start)) }));
    }
    const byPiece = new Map<Piece, BlockPiece>(cell.pieces.map((piece) => [{ line: piece.line, column: piece.start, text: piece.text }, piece]));
    placeAroundMiddles([...byPiece.keys()], inside, (row, piece) => groups[row]?.push(byPiece.get(piece) as BlockPiece));
    return groups.filter((group) => group.length > 0).map((group) => ({ pieces: group, start: Math.min(...group.map((piece) => piece.start)) }));
  });
  const rowCells = middles.map((): PlacedCell[] => []);
  let row = 0;
  // Cells in order of their middles (twice the middle line: a two-line cell's middle is between two lines).
  const placed = parted
    .map((cell) => ({ cell, middle: isTopAligned ? 2 * (cell.pieces[0] as BlockPiece).line : (cell.pieces[0] as BlockPiece).line + (cell.pieces.at(-1) as BlockPiece).line }))
    .sort((one, other) => one.middle - other.middle);
  for (const { cell, middle } of placed) {
    // The nearest middle line; between two, the lower (a two-line cell centred on the row under its first line).
    while (row + 1 < middles.length && 2 * (middles[row + 1] as number) - middle <= middle - 2 * (middles[row] as number)) row += 1;
    const own = rowCells[row] as PlacedCell[];
    const text = joinWrappedPieces(cell.pieces.map((piece) => piece.text));
    const end = Math.max(...cell.pieces.map((piece) => piece.start + piece.width));
    const same = own.find((other) => other.start === cell.start);
    if (same === undefined) own.push({ start: cell.start, end, text });
    else same.text = joinWrappedPieces([same.text, text]);
  }
  // Each row a tab row; an empty place between two of its cells (or before its first) is kept where a
  // row next to it has a cell there (项目资金（万元） | | 年初预算数 over | 年度资金总额 | 1.01): a
  // neighbour's cell that overlaps none of the row's own. (By overlap, not by start: a number whose
  // thousands separators normalising dropped moves the cells after it left.)
  const rows = new Map<number, string>();
  for (let line = first; line < end; line += 1) rows.set(line, '');
  middles.forEach((middle, place) => {
    const own = [...(rowCells[place] as PlacedCell[])].sort((one, other) => one.start - other.start);
    const last = own.at(-1)?.start ?? 0;
    const overlaps = (cell: PlacedCell): boolean => own.some((mine) => mine.start < cell.end && cell.start < mine.end);
    const gaps = [...(rowCells[place - 1] ?? []), ...(rowCells[place + 1] ?? [])]
      .filter((cell) => cell.start < last && !overlaps(cell))
      .map((cell) => ({ start: cell.start, end: cell.end, text: '' }));
    const local = [...own, ...gaps].sort((one, other) => one.start - other.start);
    // (Two neighbours' cells in one empty place are one place.)
    const cells = local.filter((cell, index) => cell.text !== '' || index === 0 || (local[index - 1] as PlacedCell).text !== '' || (local[index - 1] as PlacedCell).end <= cell.start);
    rows.set(middle, cells.map((cell) => cell.text).join(cells.length > 1 ? '\t' : ''));
  });
  return rows;
}

/**
 * The rows above the header at `header` (up to two blank lines, a tab row or the line `floor`, the
 * first after the table above) unwrapped, or null (see joinBlock).
 */
export function joinBlockAbove(lines: readonly string[], header: number, floor = 0, isTopAligned = false): Map<number, string> | null {
  let first = header;
  const isRowLine = (line: number): boolean => line >= floor && (lines[line] as string).trim() !== '' && !(lines[line] as string).includes('\t');
  // (A single blank line between two rows is a cell's padding, as pdftotext writes it; not under a paragraph's last line,
  // one piece from the line's start that ends a sentence: a page's prose above the table, a 决算 page's "…见下表。")
  const isParagraphEnd = (line: number): boolean => /^\S(?:.*\S)?$/.test(lines[line] as string) && !/\S {2,}\S/.test(lines[line] as string) && /[。：:]$/.test(lines[line] as string);
  while (first > floor && (isRowLine(first - 1) || ((lines[first - 1] as string).trim() === '' && isRowLine(first - 2) && !isParagraphEnd(first - 2)))) first -= 1;
  if (!isTopAligned) return joinBlock(lines, first, header);
  // (Top-aligned rows are rewritten only when a cell there wrapped: a block of one-line rows is read as it is.)
  const pieces = cutBlock(lines, first, header);
  return findCells(pieces, true).some((cell) => cell.pieces.length > 1) ? joinBlock(lines, first, header, true) : null;
}

/** Lines the rows under a table run over at most (a hostile page is never one block). */
const MAX_BLOCK_LINES = 40;

/**
 * The rows under a wrapped table (a grade, a conclusion, a reason beside its label) unwrapped, from
 * `first` to a blank line or a line `isEnd` names, or null: when nothing there wrapped, or when no piece
 * stands right of the table's first column (`firstColumnEnd`) and no wrapped cell is centred (a paragraph
 * of prose under the table, its lines all starting at its left, is no row), or when the next table's
 * header follows (they are its rows above).
 */
export function joinBlockBelow(lines: readonly string[], first: number, options: { isEnd: (line: string) => boolean; isHeader: (line: string) => boolean; firstColumnEnd: number }): Map<number, string> | null {
  // (One blank line may part them from the table: a row's padding.)
  const from = (lines[first] as string | undefined)?.trim() === '' ? first + 1 : first;
  let end = from;
  while (end < lines.length && end - first < MAX_BLOCK_LINES && (lines[end] as string).trim() !== '' && !options.isEnd(lines[end] as string)) end += 1;
  // (Rows right above the next table are that table's rows above its header.)
  if (end === from || (end < lines.length && options.isHeader(lines[end] as string))) return null;
  const pieces = cutBlock(lines, from, end);
  const wrapped = findCells(pieces).filter((cell) => cell.pieces.length > 1);
  // (A cell centred in its column, its lines at different starts, is a table's cell too: 财政部门审 / 核意见.)
  const isCentred = wrapped.some((cell) => cell.pieces.some((piece) => piece.start !== cell.start));
  if (wrapped.length === 0 || !(isCentred || pieces.some((piece) => piece.start >= options.firstColumnEnd))) return null;
  return joinBlock(lines, from, end);
}
