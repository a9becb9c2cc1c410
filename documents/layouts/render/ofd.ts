/**
 * A dense grid written as an .ofd page, as a publishing platform's converter lays a Word table out
 * in OFD: the title centred above, each cell's rectangle stroked as its own path (merged cells as one
 * rectangle over the positions they cover), each cell's text wrapped to its width and centred in
 * it both ways, one TextObject per line with its Boundary at the line and its glyphs' advances as
 * "g" repeats. For layout fixtures (documents/layouts/fixtures/*-ofd-*).
 */
import { estimateGlyphWidth } from '../../ofd/ofd-page.ts';
import { textObject, writeOfd } from '../../ofd/ofd-testing.ts';
import { findSpannedCells, padGrid } from './dense-grid.ts';
import type { OfficeTable } from './office.ts';

const PAGE: [number, number] = [210, 297];
const MARGIN = 20;
const FONT = 3.5;
const LINE = 5;
const PADDING = 1.5;
const MIN_COLUMN = 14;

const widthOf = (text: string, size = FONT) => [...text].reduce((sum, character) => sum + estimateGlyphWidth(character) * size, 0);

/** The text's lines at most `width` wide, cut between glyphs (Chinese wraps anywhere). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const character of paragraph) {
      if (line !== '' && widthOf(line + character) > width) {
        lines.push(line);
        line = '';
      }
      line += character;
    }
    lines.push(line);
  }
  return lines;
}

/** One line of text centred on `centre`, its baseline at `baseline`, `size` high. */
function centredLine(text: string, centre: number, baseline: number, size = FONT): string {
  const glyphs = [...text];
  const width = widthOf(text, size);
  const left = centre - width / 2;
  const deltaX = glyphs.length > 1 ? glyphs.slice(0, -1).map((character) => (estimateGlyphWidth(character) * size).toFixed(3)).join(' ') : undefined;
  return textObject({ text, x: 0, y: size, size, boundary: [left, baseline - size, width + 1, size * 1.4], deltaX });
}

const rectangle = (left: number, top: number, width: number, height: number): string =>
  `<ofd:PathObject ID="2" Boundary="${left.toFixed(3)} ${top.toFixed(3)} ${width.toFixed(3)} ${height.toFixed(3)}" LineWidth="0.25">` +
  `<ofd:AbbreviatedData>M 0 0 L ${width.toFixed(3)} 0 L ${width.toFixed(3)} ${height.toFixed(3)} L 0 ${height.toFixed(3)} C</ofd:AbbreviatedData></ofd:PathObject>`;

/** The table on one A4 page (the lines before it above, those after below). */
export function writeGridOfd(table: OfficeTable): Buffer {
  const grid = padGrid(table.grid);
  const cells = findSpannedCells(grid);
  const columnCount = grid[0]?.length ?? 0;
  const usable = PAGE[0] - 2 * MARGIN;
  // Columns as wide as their widest unmerged text wants, shared out over the page's width.
  const wants = Array.from({ length: columnCount }, (_, column) =>
    Math.max(MIN_COLUMN, ...cells.filter((cell) => cell.column === column && cell.colSpan === 1).map((cell) => Math.min(widthOf(cell.text), 45) + 2 * PADDING)),
  );
  const total = wants.reduce((sum, width) => sum + width, 0);
  const widths = wants.map((width) => (width / total) * usable);
  const lefts = widths.reduce<number[]>((starts, width) => [...starts, starts.at(-1)! + width], [MARGIN]);
  const spanWidth = (column: number, span: number) => lefts[column + span]! - lefts[column]!;
  const linesOf = new Map(cells.map((cell) => [cell, wrap(cell.text, spanWidth(cell.column, cell.colSpan) - 2 * PADDING)]));
  const heights = grid.map((_, row) =>
    Math.max(LINE + 2 * PADDING, ...cells.filter((cell) => cell.row === row && cell.rowSpan === 1).map((cell) => linesOf.get(cell)!.length * LINE + 2 * PADDING)),
  );
  // A merged cell taller than the rows it covers makes its last row taller.
  for (const cell of cells.filter((each) => each.rowSpan > 1)) {
    const covered = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((sum, height) => sum + height, 0);
    const needed = linesOf.get(cell)!.length * LINE + 2 * PADDING;
    if (needed > covered) heights[cell.row + cell.rowSpan - 1]! += needed - covered;
  }
  const objects: string[] = [];
  let y = MARGIN + 5;
  table.before.forEach((line, index) => {
    const size = index === 0 ? 5.5 : FONT;
    objects.push(index === 0 ? centredLine(line, PAGE[0] / 2, y + size, size) : textObject({ text: line, x: MARGIN, y: y + size, size, deltaX: `g ${[...line].length - 1} ${size}` }));
    y += size * 2;
  });
  const tops = heights.reduce<number[]>((starts, height) => [...starts, starts.at(-1)! + height], [y]);
  for (const cell of cells) {
    const top = tops[cell.row]!;
    const height = tops[cell.row + cell.rowSpan]! - top;
    const left = lefts[cell.column]!;
    const width = spanWidth(cell.column, cell.colSpan);
    objects.push(rectangle(left, top, width, height));
    const lines = linesOf.get(cell)!.filter((line) => line !== '');
    const first = top + (height - lines.length * LINE) / 2 + FONT + (LINE - FONT) / 2;
    lines.forEach((line, index) => objects.push(centredLine(line, left + width / 2, first + index * LINE)));
  }
  y = tops.at(-1)! + LINE;
  for (const line of table.after ?? []) {
    objects.push(textObject({ text: line, x: MARGIN, y: y + FONT, size: FONT, deltaX: `g ${[...line].length - 1} ${FONT}` }));
    y += LINE * 1.5;
  }
  return writeOfd({ pages: [{ body: objects.join('') }], size: PAGE });
}
