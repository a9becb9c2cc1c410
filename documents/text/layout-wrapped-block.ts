/**
 * The rows above a wrapped table's header in a PDF's text in layout mode (documents/text/layout-wrapped-rows.ts):
 * project, unit, funds and 年度总体目标 at columns of their own, a long value or label wrapped and centred on
 * its row's other cells, put back as tab rows.
 */
import { displayWidth, joinWrappedPieces } from '../grid/cell-text.ts';
import { headerLabels, tableWords } from '../vocabulary/labels.ts';
import { cutAtSpaceRuns, folded, placeAroundMiddles, wrapWidth, type Piece } from './layout-wrapped-pieces.ts';

/** Labels and column words of the rows above a table: a cell of its own, never a wrapped one's line. */
const wholeWords = new Set([...headerLabels.flatMap((label) => label.labels), ...tableWords].map((word) => word.replace(/[\s()（）]/g, '')));

/** A known label or column word (项目名称, 年初预算数), with its colon, or a title (…表): no piece of a wrapped cell. */
function isWholeWord(text: string): boolean {
  const written = text.replace(/[\s()（）]/g, '').replace(/[:：]$/, '');
  return wholeWords.has(written) || /表$/.test(written);
}

/** A cell that opens with a known label and its colon ("主管部门：…"): a cell of its own. */
function opensWithLabel(text: string): boolean {
  const colon = text.search(/[:：]/);
  return colon > 0 && isWholeWord(text.slice(0, colon));
}

/** An amount or a figure: amounts stacked in a column are no wrapped cell. */
const FIGURE = /^[-−]?[\d,，.]+%?$/;
/** A piece this wide at least can be a wrapped line (two CJK characters). */
const MIN_WRAPPED_WIDTH = 4;

/**
 * The rows above a wrapped table's header (project, unit, funds, 年度总体目标) unwrapped: at fixed columns
 * too, a long value or label wrapped and centred on its row's other cells. A piece is a wrapped
 * cell's when the piece above it in its column (same start, within two lines) is as wide as that column
 * gets and neither is a figure; a line of such pieces only is no row of its own, every other line is a
 * row's middle line. Returns the lines to rewrite (a wrapped row on its middle line, its other lines
 * blank) or null when nothing there wrapped.
 */
export function joinBlockAbove(lines: readonly string[], header: number): Map<number, string> | null {
  let first = header;
  while (first > 0 && (lines[first - 1] as string).trim() !== '' && !(lines[first - 1] as string).includes('\t')) first -= 1;
  const pieces: Array<Piece & { start: number; width: number }> = [];
  const widest = new Map<number, number>();
  for (let line = first; line < header; line += 1) {
    for (const cell of cutAtSpaceRuns(lines[line] as string)) {
      const width = displayWidth(cell.text);
      pieces.push({ line, column: cell.start, text: cell.text, start: cell.start, width });
      widest.set(cell.start, Math.max(widest.get(cell.start) ?? 0, width));
    }
  }
  const isFull = (piece: { text: string; start: number; width: number }): boolean =>
    piece.width >= Math.max(MIN_WRAPPED_WIDTH, wrapWidth(widest.get(piece.start) ?? 0)) && !FIGURE.test(folded(piece.text)) && !/[。；;]$|[:：]\s*[-\d.,%]+$/.test(folded(piece.text)) && !isWholeWord(piece.text);
  const lastAt = new Map<number, (typeof pieces)[number]>();
  const chained = new Set<(typeof pieces)[number]>();
  // Each wrapped cell's pieces, in line order.
  const chainOf = new Map<Piece, Piece[]>();
  const chains: Piece[][] = [];
  for (const piece of pieces) {
    const above = lastAt.get(piece.start);
    // A figure goes on a label ending in its colon ("其中：一般公共预算：" / "1602.42"), never on a text.
    // (A label ending in its colon is followed by its figure, not by another label: 按收入性质分： / 其中：…)
    const afterColon = /[:：]$/.test(above?.text ?? '');
    const continues =
      !isWholeWord(piece.text) &&
      !opensWithLabel(piece.text) &&
      (FIGURE.test(folded(piece.text)) ? afterColon : !(afterColon && /[:：]/.test(piece.text)));
    if (above !== undefined && piece.line - above.line <= 2 && isFull(above) && continues) {
      chained.add(piece);
      chained.add(above);
      let chain = chainOf.get(above);
      if (chain === undefined) {
        chain = [above];
        chains.push(chain);
        chainOf.set(above, chain);
      }
      chain.push(piece);
      chainOf.set(piece, chain);
    }
    lastAt.set(piece.start, piece);
  }
  if (chained.size === 0) return null;
  const middleLines = new Set(pieces.filter((piece) => !chained.has(piece)).map((piece) => piece.line));
  // A wrapped cell with no other cell beside it (a label's long name alone in its row) is a row of its own.
  for (const chain of chains) {
    const firstLine = (chain[0] as Piece).line;
    const lastLine = (chain.at(-1) as Piece).line;
    let hasMiddle = false;
    for (let line = firstLine; line <= lastLine && !hasMiddle; line += 1) hasMiddle = middleLines.has(line);
    // Its middle line: as many of its lines above as below (a two-line cell's second).
    if (!hasMiddle) middleLines.add((chain[Math.floor(chain.length / 2)] as Piece).line);
  }
  const middles = [...middleLines].sort((one, other) => one - other);
  if (middles.length === 0) return null;
  const cells = middles.map(() => new Map<number, string[]>());
  const starts = [...widest.keys()].sort((left, right) => left - right);
  const byStart = new Map<number, Piece[]>();
  for (const piece of pieces) {
    const own = byStart.get(piece.start);
    if (own === undefined) byStart.set(piece.start, [piece]);
    else own.push(piece);
  }
  for (const start of starts) {
    placeAroundMiddles(
      byStart.get(start) ?? [],
      middles,
      (row, piece) => {
        const cell = cells[row]?.get(start) ?? [];
        cell.push(piece.text);
        cells[row]?.set(start, cell);
      },
    );
  }
  // Each row a tab row; an empty place between two of its cells (or before its first) is kept where a
  // row next to it has a cell there (项目资金（万元） | | 年初预算数 over | 年度资金总额 | 1.01).
  const rows = new Map<number, string>();
  for (let line = first; line < header; line += 1) rows.set(line, '');
  const startsOf = (row: number): number[] => [...(cells[row]?.keys() ?? [])];
  middles.forEach((middle, row) => {
    const own = cells[row] as Map<number, string[]>;
    const mine = startsOf(row).sort((one, other) => one - other);
    const last = mine.at(-1) ?? 0;
    const local = [...new Set([...startsOf(row - 1), ...mine, ...startsOf(row + 1)])].filter((start) => start <= last).sort((one, other) => one - other);
    rows.set(middle, local.map((start) => joinWrappedPieces(own.get(start) ?? [])).join(local.length > 1 ? '\t' : ''));
  });
  return rows;
}
