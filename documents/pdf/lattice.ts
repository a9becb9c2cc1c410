/**
 * A PDF table read from its ruling lines (a "lattice"): the cells are the rectangles the borders
 * close, a border missing between two of them merges them (a 一级 cell down its rows, a goal across
 * its columns), and each text item goes to the cell its centre falls in. This is how a table saved
 * as PDF by Word, WPS, LibreOffice or Excel is read: its cells' lines are centred vertically, so a
 * three-line cell beside a one-line cell puts their lines at different heights, and grouping the
 * page's text by baseline (read-pdf.ts) interleaves neighbouring cells. The borders say what the
 * text positions cannot.
 *
 * Columns are found over all tables of the document at once: a table continued on the next page
 * keeps its column numbers though that page's part draws fewer borders.
 */
import { groupLines, normalizePdfText, splitCells, type PdfTextItem } from './read-pdf.ts';
import type { HorizontalSegment, RulingLines, VerticalSegment } from './ruling-lines.ts';

/** Positions closer than this (points) are one border (a border's two strokes, rounding). */
const SAME_LINE = 2;
/** A border covers a cell side when it reaches this close (points) to the side's middle. */
const REACH = 1.5;
/** At most this many columns and rows: a table's borders, not a hostile page's hatching. */
const MAX_LATTICE_COLUMNS = 64;
const MAX_LATTICE_ROWS = 2_000;
/** Pairs of horizontal and vertical lines a page may ask to meet (a 2,000-row table of 64 columns: 130,000). */
const MAX_CROSSINGS = 1_000_000;

/** One table of a page: its column borders (document-wide numbering) and its row borders. */
export interface LatticeTable {
  page: number;
  /** Row borders top to bottom (page y, so decreasing). */
  rows: number[];
  /** Index into the document's columns of this table's first and last border. */
  firstColumn: number;
  lastColumn: number;
  horizontal: HorizontalSegment[];
  vertical: VerticalSegment[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  /**
   * The column borders run on past the last row border (or start above the first): a row broken
   * by the page's foot (or its rest at the next page's head), which the writer draws without that
   * border. The row is closed where the column borders end.
   */
  isOpenBelow: boolean;
  isOpenAbove: boolean;
}

/** A cell of a lattice: its top-left elementary position, its spans and its text. */
export interface LatticeCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  /**
   * The cell's side on the table's outer border is not drawn: a merged cell the page broke
   * (Chromium leaves its cut open), going on at the next page's head.
   */
  isOpenBelow?: boolean;
  isOpenAbove?: boolean;
}

export interface LatticeRow {
  /** The top border's y. */
  top: number;
  cells: LatticeCell[];
}

/** Sorted positions clustered within SAME_LINE, each cluster's mean. */
function cluster(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const value of sorted) {
    const last = clusters.at(-1);
    if (last && value - last.at(-1)! <= SAME_LINE) last.push(value);
    else clusters.push([value]);
  }
  return clusters.map((members) => members.reduce((sum, value) => sum + value, 0) / members.length);
}

/** Union-find over 0…size-1: `join` makes the smaller root the root of both. */
function createUnionFind(size: number) {
  const parent = Array.from({ length: size }, (_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  const join = (a: number, b: number): void => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  };
  return { find, join, size };
}

/** Groups of segments that touch one another: each group is one table's borders. */
function connectedTables(
  lines: RulingLines,
): Array<{ horizontal: HorizontalSegment[]; vertical: VerticalSegment[] }> {
  const { horizontal, vertical } = lines;
  // A table's borders, joined, are tens of lines each way; a page of hatching is no table.
  if (horizontal.length * vertical.length > MAX_CROSSINGS) return [];
  const { find, join } = createUnionFind(horizontal.length + vertical.length);
  // Sorted by x, a vertical meets the horizontals whose span holds its x: a sweep keeps this near
  // linear in the borders of a real table (every pair is tried only when they overlap in x).
  const byLeft = horizontal
    .map((segment, index) => ({ segment, index }))
    .sort((a, b) => a.segment.left - b.segment.left);
  const byX = vertical
    .map((segment, index) => ({ segment, index: horizontal.length + index }))
    .sort((a, b) => a.segment.x - b.segment.x);
  let next = 0;
  const open: Array<{ segment: HorizontalSegment; index: number }> = [];
  for (const { segment: line, index } of byX) {
    while (next < byLeft.length && byLeft[next]!.segment.left - SAME_LINE <= line.x)
      open.push(byLeft[next++]!);
    for (let position = open.length - 1; position >= 0; position--) {
      const candidate = open[position]!;
      if (candidate.segment.right + SAME_LINE < line.x) {
        open.splice(position, 1);
        continue;
      }
      if (candidate.segment.y >= line.bottom - SAME_LINE && candidate.segment.y <= line.top + SAME_LINE)
        join(index, candidate.index);
    }
  }
  const groups = new Map<number, { horizontal: HorizontalSegment[]; vertical: VerticalSegment[] }>();
  const groupOf = (index: number) => {
    const root = find(index);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { horizontal: [], vertical: [] }));
    return group;
  };
  horizontal.forEach((segment, index) => groupOf(index).horizontal.push(segment));
  vertical.forEach((segment, index) => groupOf(horizontal.length + index).vertical.push(segment));
  return [...groups.values()];
}

/**
 * The tables of every page (pages in order, tables top to bottom) with the document's column
 * borders. A table needs two row borders and two column borders at least, and at most
 * MAX_LATTICE_ROWS / MAX_LATTICE_COLUMNS.
 */
export function findLatticeTables(pages: ReadonlyArray<RulingLines>): {
  columns: number[];
  tables: LatticeTable[];
} {
  const found: Array<Omit<LatticeTable, 'firstColumn' | 'lastColumn'>> = [];
  pages.forEach((lines, page) => {
    const groups = connectedTables(lines);
    const pageFound: typeof found = [];
    for (const group of groups) {
      const rows = cluster(group.horizontal.map((segment) => segment.y)).reverse();
      const columns = cluster(group.vertical.map((segment) => segment.x));
      if (rows.length === 0 || columns.length < 2) continue;
      const verticalTop = group.vertical.reduce((top, segment) => Math.max(top, segment.top), -Infinity);
      const verticalBottom = group.vertical.reduce(
        (bottom, segment) => Math.min(bottom, segment.bottom),
        Infinity,
      );
      const isOpenAbove = verticalTop > rows[0]! + SAME_LINE * 2;
      const isOpenBelow = verticalBottom < rows.at(-1)! - SAME_LINE * 2;
      if (isOpenAbove) rows.unshift(verticalTop);
      if (isOpenBelow) rows.push(verticalBottom);
      if (rows.length < 2 || rows.length > MAX_LATTICE_ROWS + 1 || columns.length > MAX_LATTICE_COLUMNS + 1)
        continue;
      pageFound.push({
        page,
        rows,
        horizontal: group.horizontal,
        vertical: group.vertical,
        left: columns[0]!,
        right: columns.at(-1)!,
        top: rows[0]!,
        bottom: rows.at(-1)!,
        isOpenAbove,
        isOpenBelow,
      });
    }
    const lone = groups.flatMap((group) => (group.horizontal.length === 0 ? group.vertical : []));
    const before = found.filter((table) => table.page === page - 1).at(-1);
    const middle = pageFound.length === 0 && before?.isOpenBelow ? cutRowMiddle(page, lone, before) : null;
    if (middle) pageFound.push(middle);
    found.push(...pageFound.map((table) => withOuterBorders(table, lone)));
  });
  const columns = cluster(found.flatMap((table) => cluster(table.vertical.map((segment) => segment.x))));
  if (columns.length > MAX_LATTICE_COLUMNS + 1) return { columns: [], tables: [] };
  const indexOf = (x: number) =>
    columns.reduce(
      (best, value, index) => (Math.abs(value - x) < Math.abs(columns[best]! - x) ? index : best),
      0,
    );
  const tables = found
    .map((table) => ({ ...table, firstColumn: indexOf(table.left), lastColumn: indexOf(table.right) }))
    .sort((a, b) => a.page - b.page || b.top - a.top);
  return { columns, tables };
}

/**
 * The middle part of a row taller than a whole page (LibreOffice Calc cuts it over three pages or
 * more): the page draws only the cut cells' side borders, no row border, so its lone column borders
 * make no table by themselves. Taken as one row open above and below when two or more of them run
 * the same height and each stands on a column border of the table that ends the page before, open at
 * its foot: the
 * rows above and below join it (lattice-reading.ts), so the cut cells read whole.
 */
function cutRowMiddle(
  page: number,
  lone: readonly VerticalSegment[],
  before: { vertical: readonly VerticalSegment[] },
): Omit<LatticeTable, 'firstColumn' | 'lastColumn'> | null {
  const top = lone.reduce((highest, segment) => Math.max(highest, segment.top), -Infinity);
  const bottom = lone.reduce((lowest, segment) => Math.min(lowest, segment.bottom), Infinity);
  const sides = lone.filter(
    (segment) => Math.abs(segment.top - top) <= SAME_LINE * 2 && Math.abs(segment.bottom - bottom) <= SAME_LINE * 2,
  );
  const columns = cluster(sides.map((segment) => segment.x));
  const isOnBorderAbove = columns.every((x) =>
    before.vertical.some((segment) => Math.abs(segment.x - x) <= SAME_LINE * 2),
  );
  if (columns.length < 2 || columns.length > MAX_LATTICE_COLUMNS + 1 || !isOnBorderAbove || top - bottom <= SAME_LINE * 2)
    return null;
  return {
    page,
    rows: [top, bottom],
    horizontal: [],
    vertical: sides,
    left: columns[0]!,
    right: columns.at(-1)!,
    top,
    bottom,
    isOpenAbove: true,
    isOpenBelow: true,
  };
}

/**
 * A table with the lone column borders beside it that run its whole height: the outer border of a
 * cell merged down over the whole page (a 绩效指标 label column the page cut above and below) meets
 * no row border there, so it stands apart from the table's other borders.
 */
function withOuterBorders<T extends { vertical: VerticalSegment[]; left: number; right: number; top: number; bottom: number }>(
  table: T,
  lone: readonly VerticalSegment[],
): T {
  const beside = lone.filter(
    (segment) =>
      (segment.x < table.left - SAME_LINE || segment.x > table.right + SAME_LINE) &&
      Math.abs(segment.top - table.top) <= SAME_LINE * 2 &&
      Math.abs(segment.bottom - table.bottom) <= SAME_LINE * 2,
  );
  if (beside.length === 0) return table;
  const xs = beside.map((segment) => segment.x);
  return {
    ...table,
    vertical: [...table.vertical, ...beside],
    left: Math.min(table.left, ...xs),
    right: Math.max(table.right, ...xs),
  };
}

const coversVertically = (segments: readonly VerticalSegment[], y: number) =>
  segments.some((segment) => segment.bottom - REACH <= y && segment.top + REACH >= y);
const coversHorizontally = (segments: readonly HorizontalSegment[], x: number) =>
  segments.some((segment) => segment.left - REACH <= x && segment.right + REACH >= x);

/** The segments on each border (the nearest, within twice SAME_LINE: borders are cluster means), by the border's index. */
function segmentsByBorder<T>(
  borders: readonly number[],
  segments: readonly T[],
  position: (segment: T) => number,
): T[][] {
  const byBorder = borders.map((): T[] => []);
  const ascending = borders[0]! <= borders.at(-1)!;
  const sorted = ascending ? borders : [...borders].reverse();
  for (const segment of segments) {
    const at = position(segment);
    const below = slotOf(sorted, at);
    const slot =
      below < 0 || (below + 1 < sorted.length && sorted[below + 1]! - at < at - sorted[below]!)
        ? below + 1
        : below;
    if (Math.abs(sorted[slot]! - at) > SAME_LINE * 2) continue;
    byBorder[ascending ? slot : borders.length - 1 - slot]!.push(segment);
  }
  return byBorder;
}

/** The last index whose border is at or before `value` in `borders` (ascending), or -1. */
function slotOf(borders: readonly number[], value: number): number {
  let low = 0;
  let high = borders.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (borders[middle]! <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** How wide a character is against a CJK one: Latin letters, digits and their signs are about half. */
const characterWidth = (character: string): number => (character.charCodeAt(0) < 0x2e80 ? 0.5 : 1);

/**
 * An item cut where column borders cross it, each piece with its share of the width by its
 * characters' widths; a space next to the cut is where it falls, and is dropped.
 */
export function splitAtBorders(item: PdfTextItem, borders: readonly number[]): PdfTextItem[] {
  const characters = [...item.text];
  const weights = characters.map(characterWidth);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0 || characters.length < 2) return [item];
  const pieces: PdfTextItem[] = [];
  let start = 0;
  let used = 0;
  for (const border of borders) {
    const share = ((border - item.x) / item.width) * total;
    let end = start;
    let width = used;
    while (end < characters.length && width + weights[end]! / 2 <= share) width += weights[end++]!;
    if (end <= start || end >= characters.length) continue;
    pieces.push(piece(item, characters.slice(start, end).join(''), used / total, (width - used) / total));
    start = end;
    used = width;
  }
  pieces.push(piece(item, characters.slice(start).join(''), used / total, (total - used) / total));
  return pieces.filter((each) => each.text.trim() !== '');
}

const piece = (item: PdfTextItem, text: string, offset: number, share: number): PdfTextItem => ({
  ...item,
  text: text.trim(),
  x: item.x + item.width * offset,
  width: item.width * share,
});

/** A gap inside a cell's line that is a space the writer typed: more than about half a character. */
const typedSpaceGap = { minimum: 2, heights: 0.6 };

/** A cell's items as its text: lines top to bottom, items in a line left to right. */
export function cellText(items: readonly PdfTextItem[]): string {
  return groupLines(items)
    .map((line) =>
      normalizePdfText(
        splitCells(line, typedSpaceGap)
          .map((words) => words.map((item) => item.text).join(''))
          .join(' '),
      ).trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The rows of one table with its items placed: merged cells as spans (the elementary cells no
 * border parts), every cell once at its top-left. `items` are the page's items inside the table;
 * the rest are returned as `outside`.
 */
export function readLatticeTable(
  table: LatticeTable,
  columns: readonly number[],
  items: readonly PdfTextItem[],
): { rows: LatticeRow[]; inside: Set<PdfTextItem> } {
  const xs = columns.slice(table.firstColumn, table.lastColumn + 1);
  const ys = table.rows;
  const rowCount = ys.length - 1;
  const columnCount = xs.length - 1;
  // Elementary cells joined where no border parts them (union-find over row × column).
  const { find, join, size } = createUnionFind(rowCount * columnCount);
  const verticalAt = segmentsByBorder(xs, table.vertical, (segment) => segment.x);
  const horizontalAt = segmentsByBorder(ys, table.horizontal, (segment) => segment.y);
  for (let row = 0; row < rowCount; row++) {
    const middleY = (ys[row]! + ys[row + 1]!) / 2;
    for (let column = 0; column < columnCount; column++) {
      const middleX = (xs[column]! + xs[column + 1]!) / 2;
      if (column + 1 < columnCount && !coversVertically(verticalAt[column + 1]!, middleY))
        join(row * columnCount + column, row * columnCount + column + 1);
      if (row + 1 < rowCount && !coversHorizontally(horizontalAt[row + 1]!, middleX))
        join(row * columnCount + column, (row + 1) * columnCount + column);
    }
  }
  // Each merged cell's bounds (an L-shaped merge, which no table editor makes, takes its bounding box).
  const bounds = new Map<number, { top: number; left: number; bottom: number; right: number }>();
  for (let index = 0; index < size; index++) {
    const root = find(index);
    const row = Math.floor(index / columnCount);
    const column = index % columnCount;
    const bound = bounds.get(root);
    if (!bound) bounds.set(root, { top: row, left: column, bottom: row, right: column });
    else {
      bound.top = Math.min(bound.top, row);
      bound.left = Math.min(bound.left, column);
      bound.bottom = Math.max(bound.bottom, row);
      bound.right = Math.max(bound.right, column);
    }
  }
  const itemsOf = new Map<number, PdfTextItem[]>();
  const inside = new Set<PdfTextItem>();
  const descending = [...ys].reverse();
  for (const original of items) {
    const centreY = original.y + original.height * 0.3;
    const itemCentreX = original.x + original.width / 2;
    if (itemCentreX < xs[0]! || itemCentreX > xs.at(-1)! || centreY > ys[0]! || centreY < ys.at(-1)!)
      continue;
    inside.add(original);
    const rowOfItem = Math.min(Math.max(rowCount - 1 - slotOf(descending, centreY), 0), rowCount - 1);
    // Borders drawn across the item's row: pdf.js joins the texts of two cells that touch into one item.
    const crossed = xs.filter(
      (x, index) =>
        index > 0 &&
        index < xs.length - 1 &&
        x > original.x + 1 &&
        x < original.x + original.width - 1 &&
        coversVertically(verticalAt[index]!, centreY),
    );
    for (const item of crossed.length === 0 ? [original] : splitAtBorders(original, crossed)) {
      const centreX = item.x + item.width / 2;
      const column = Math.min(Math.max(slotOf(xs, centreX), 0), columnCount - 1);
      const root = find(rowOfItem * columnCount + column);
      let list = itemsOf.get(root);
      if (!list) itemsOf.set(root, (list = []));
      list.push(item);
    }
  }
  const rows: LatticeRow[] = ys.slice(0, rowCount).map((top) => ({ top, cells: [] }));
  for (const [root, bound] of bounds) {
    const text = cellText(itemsOf.get(root) ?? []);
    const middleX = (xs[bound.left]! + xs[bound.right + 1]!) / 2;
    rows[bound.top]!.cells.push({
      row: bound.top,
      column: table.firstColumn + bound.left,
      rowSpan: bound.bottom - bound.top + 1,
      colSpan: bound.right - bound.left + 1,
      text,
      ...(bound.bottom === rowCount - 1 && !coversHorizontally(horizontalAt[rowCount]!, middleX)
        ? { isOpenBelow: true }
        : {}),
      ...(bound.top === 0 && !coversHorizontally(horizontalAt[0]!, middleX) ? { isOpenAbove: true } : {}),
    });
  }
  for (const row of rows) row.cells.sort((a, b) => a.column - b.column);
  return { rows, inside };
}
