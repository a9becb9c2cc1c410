/**
 * The cells of the bordered tables a page picture draws, as pixel boxes: the borders found in the
 * picture (bitmap-lines.ts) read as the PDF lattice reader reads a page's (documents/pdf/lattice.ts),
 * merged cells as one box. Each cell is read by tesseract alone (read-scanned-pdf.ts): read as a
 * whole page, tesseract's layout analysis joins words of neighbouring cells and parts a cell's
 * words, and a header's 指 read with the border beside it is lost.
 */
import { findLatticeTables, readLatticeTable } from '../pdf/lattice.ts';
import type { RulingLines } from '../pdf/ruling-lines.ts';
import { INK, type GrayImage } from './gray-image.ts';

/** A box in pixels, edges inclusive. */
export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels left out inside a cell's borders (points): a border's width and its scanned edge. */
const INSET = 1.5;
/** A cell with fewer dark pixels than this is empty (specks): not read. */
const MIN_INK = 12;

/** The cells of the tables `rulings` draw on a page `height` pixels tall at `dpi`, inside their borders; empty ones left out. */
export function findCellBoxes(image: GrayImage, rulings: RulingLines, dpi: number): PixelBox[] {
  const perPoint = dpi / 72;
  const { columns, tables } = findLatticeTables([rulings]);
  const boxes: PixelBox[] = [];
  for (const table of tables) {
    for (const row of readLatticeTable(table, columns, []).rows) {
      for (const cell of row.cells) {
        const left = Math.ceil((columns[cell.column]! + INSET) * perPoint);
        const right = Math.floor((columns[cell.column + cell.colSpan]! - INSET) * perPoint);
        const top = Math.ceil((image.height / perPoint - table.rows[cell.row]! + INSET) * perPoint);
        const bottom = Math.floor((image.height / perPoint - table.rows[cell.row + cell.rowSpan]! - INSET) * perPoint);
        const box = { left: Math.max(0, left), right: Math.min(image.width - 1, right), top: Math.max(0, top), bottom: Math.min(image.height - 1, bottom) };
        if (box.right - box.left >= 4 && box.bottom - box.top >= 4 && countInk(image, box) >= MIN_INK) boxes.push(box);
      }
    }
  }
  return boxes;
}

function countInk(image: GrayImage, box: PixelBox): number {
  let ink = 0;
  for (let y = box.top; y <= box.bottom; y++) {
    const row = y * image.width;
    for (let x = box.left; x <= box.right; x++) if (image.pixels[row + x]! < INK) ink++;
  }
  return ink;
}

/**
 * The cells of `boxes` in which no word of the page's own read stands (its middle inside the cell): what
 * sparse text left unread. Its layout analysis drops a cell's lone short word as a speck, a 4 or a ≥
 * alone in a 分值, 得分 or 指标性质 cell, so a score sheet lost every single-figure score; such cells
 * are read again alone (read-scanned-pdf.ts).
 */
export function findUnreadCells(boxes: readonly PixelBox[], words: ReadonlyArray<{ box: { left: number; top: number; width: number; height: number } }>): PixelBox[] {
  return boxes.filter((cell) => !words.some((word) => isMiddleInside(cell, word)));
}

/** Whether a word's middle stands inside a cell. */
export function isMiddleInside(cell: PixelBox, word: { box: { left: number; top: number; width: number; height: number } }): boolean {
  const [x, y] = [word.box.left + word.box.width / 2, word.box.top + word.box.height / 2];
  return x >= cell.left && x <= cell.right && y >= cell.top && y <= cell.bottom;
}

/** Ink left outside a cell's words' boxes (pixels at 72 dpi; scaled by the square of dpi/72) that says a glyph of it went unread. */
const UNREAD_INK = 20;

/**
 * The cells of `boxes` whose ink the page's own read covered only in part: ink outside every word box
 * in it. Sparse text reads a wrapped cell's lines as lines of their own and loses some (工程管护责任落 of
 * 工程管护责任落实率), so such cells are read again alone, as a block (read-scanned-pdf.ts).
 */
export function findPartlyReadCells(image: GrayImage, boxes: readonly PixelBox[], words: ReadonlyArray<{ box: { left: number; top: number; width: number; height: number } }>, dpi: number): PixelBox[] {
  const margin = 2;
  const limit = UNREAD_INK * (dpi / 72) ** 2;
  return boxes.filter((cell) => {
    const inside = words.filter((word) => isMiddleInside(cell, word));
    if (inside.length === 0) return false;
    let uncovered = 0;
    for (let y = cell.top; y <= cell.bottom; y++) {
      const row = y * image.width;
      for (let x = cell.left; x <= cell.right; x++) {
        if (image.pixels[row + x]! >= INK) continue;
        const isCovered = inside.some(({ box }) => x >= box.left - margin && x <= box.left + box.width + margin && y >= box.top - margin && y <= box.top + box.height + margin);
        if (!isCovered) uncovered++;
      }
    }
    return uncovered >= limit;
  });
}

/** The part of a picture inside `box`, with a white margin of `margin` pixels around it (tesseract reads text at an edge poorly). */
export function cropImage(image: GrayImage, box: PixelBox, margin: number): GrayImage {
  const width = box.right - box.left + 1 + 2 * margin;
  const height = box.bottom - box.top + 1 + 2 * margin;
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = box.top; y <= box.bottom; y++) {
    const from = y * image.width + box.left;
    pixels.set(image.pixels.subarray(from, from + box.right - box.left + 1), (y - box.top + margin) * width + margin);
  }
  return { width, height, pixels };
}

/** The picture with `boxes` filled white (the cells read alone, so the page's own read finds only the text outside the tables). */
export function blankBoxes(image: GrayImage, boxes: readonly PixelBox[]): GrayImage {
  const pixels = new Uint8Array(image.pixels);
  for (const box of boxes) for (let y = box.top; y <= box.bottom; y++) pixels.fill(255, y * image.width + box.left, y * image.width + box.right + 1);
  return { width: image.width, height: image.height, pixels };
}
