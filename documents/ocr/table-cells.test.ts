import { describe, expect, it } from 'vitest';
import { findBitmapLines } from './bitmap-lines.ts';
import type { GrayImage } from './gray-image.ts';
import { blankBoxes, cropImage, findCellBoxes, findPartlyReadCells, findUnreadCells } from './table-cells.ts';

const dpi = 72;

function blank(width: number, height: number): GrayImage {
  return { width, height, pixels: new Uint8Array(width * height).fill(255) };
}

function fill(image: GrayImage, box: { left: number; top: number; right: number; bottom: number }): void {
  for (let y = box.top; y <= box.bottom; y++) image.pixels.fill(0, y * image.width + box.left, y * image.width + box.right + 1);
}

/**
 * Two rows of three 60 × 30 cells, the top-left corner at (10, 10); the first column's two cells
 * merged (no border between them), a blot of "text" in it and in the last cell of each row.
 */
function table(): GrayImage {
  const image = blank(200, 80);
  for (const y of [10, 70]) fill(image, { left: 10, right: 190, top: y, bottom: y });
  fill(image, { left: 70, right: 190, top: 40, bottom: 40 });
  for (const x of [10, 70, 130, 190]) fill(image, { left: x, right: x, top: 10, bottom: 70 });
  fill(image, { left: 30, right: 40, top: 35, bottom: 45 });
  fill(image, { left: 150, right: 160, top: 20, bottom: 28 });
  fill(image, { left: 150, right: 160, top: 50, bottom: 58 });
  return image;
}

describe('the cells of a table in a page picture', () => {
  it('gives each cell with ink inside its borders, a merged cell as one box, empty cells left out', () => {
    const image = table();
    const boxes = findCellBoxes(image, findBitmapLines(image, dpi).rulings, dpi);
    expect(boxes).toHaveLength(3);
    const merged = boxes.find((box) => box.left < 30);
    expect(merged).toMatchObject({ left: 12, right: 69 });
    expect(merged!.bottom - merged!.top).toBeGreaterThan(50);
    for (const box of boxes) {
      // Inside the borders: no border pixel in the box.
      const crop = cropImage(image, box, 0);
      expect(crop.pixels.filter((pixel) => pixel < 160).length).toBe(box === merged ? 121 : 99);
    }
  });

  it('crops with a white margin and blanks what was read alone', () => {
    const image = table();
    const boxes = findCellBoxes(image, findBitmapLines(image, dpi).rulings, dpi);
    const crop = cropImage(image, boxes[0]!, 5);
    expect(crop.width).toBe(boxes[0]!.right - boxes[0]!.left + 11);
    expect(Array.from(crop.pixels.subarray(0, crop.width * 5)).every((pixel) => pixel === 255)).toBe(true);
    const left = blankBoxes(image, boxes).pixels.filter((pixel) => pixel < 160).length;
    expect(left).toBe(image.pixels.filter((pixel) => pixel < 160).length - 121 - 99 - 99);
  });

  it('gives the cells with ink in which no word of the page read stands: a lone figure sparse text dropped', () => {
    const image = table();
    const boxes = findCellBoxes(image, findBitmapLines(image, dpi).rulings, dpi);
    // The page's read found the merged cell's word and the top-right one's, not the lone figure in the bottom-right cell.
    const words = [
      { box: { left: 28, top: 33, width: 14, height: 14 } },
      { box: { left: 148, top: 18, width: 14, height: 12 } },
    ];
    expect(findUnreadCells(boxes, words)).toEqual([boxes.find((box) => box.top > 40 && box.left > 130)]);
    // A word whose middle is outside every cell (a title above the table) reads none of them.
    expect(findUnreadCells(boxes, [{ box: { left: 20, top: 0, width: 100, height: 8 } }])).toHaveLength(3);
  });

  it('gives the cells whose ink the words read there cover only in part: a wrapped cell\'s line lost', () => {
    const image = table();
    const boxes = findCellBoxes(image, findBitmapLines(image, dpi).rulings, dpi);
    const topRight = boxes.find((box) => box.top < 40 && box.left > 130)!;
    // The whole blot under a word: read. Its left edge only: the rest (8 × 9 pixels of ink) went unread.
    expect(findPartlyReadCells(image, boxes, [{ box: { left: 150, top: 20, width: 11, height: 9 } }], dpi)).toEqual([]);
    expect(findPartlyReadCells(image, boxes, [{ box: { left: 148, top: 20, width: 2, height: 9 } }], dpi)).toEqual([topRight]);
    // A cell with no word is not partly read (findUnreadCells gives it).
    expect(findPartlyReadCells(image, boxes, [], dpi)).toEqual([]);
  });
});
