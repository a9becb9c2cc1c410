import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBitmapLines, wipeLines } from './bitmap-lines.ts';
import { parsePgm, writePgm, type GrayImage } from './gray-image.ts';

/** 72 dpi: one pixel is one point, so lines read back at the pixels drawn. */
const dpi = 72;

function blank(width: number, height: number): GrayImage {
  return { width, height, pixels: new Uint8Array(width * height).fill(255) };
}

function fill(image: GrayImage, box: { left: number; top: number; right: number; bottom: number }, shade = 0): void {
  for (let y = box.top; y <= box.bottom; y++) image.pixels.fill(shade, y * image.width + box.left, y * image.width + box.right + 1);
}

/** A bordered grid: rows × columns cells of `cell` pixels, 1-pixel borders, its top-left corner at (10, 10). */
function grid(rows: number, columns: number, cell: { width: number; height: number }): GrayImage {
  const image = blank(columns * cell.width + 20, rows * cell.height + 20);
  const right = 10 + columns * cell.width;
  const bottom = 10 + rows * cell.height;
  for (let row = 0; row <= rows; row++) fill(image, { left: 10, right, top: 10 + row * cell.height, bottom: 10 + row * cell.height });
  for (let column = 0; column <= columns; column++) fill(image, { left: 10 + column * cell.width, right: 10 + column * cell.width, top: 10, bottom });
  return image;
}

describe('a page picture gives its table borders as ruling lines', () => {
  it('a bordered grid gives each of its lines once, at its place in points with y up', () => {
    const image = grid(3, 4, { width: 60, height: 30 });
    const { rulings, lines } = findBitmapLines(image, dpi);
    expect(rulings.horizontal).toHaveLength(4);
    expect(rulings.vertical).toHaveLength(5);
    expect(lines).toHaveLength(9);
    // The top border at pixel row 10 of a 110-pixel page stands 99.5 points above the foot.
    const top = rulings.horizontal.reduce((best, line) => (line.y > best.y ? line : best));
    expect(top.y).toBeCloseTo(image.height - 10.5, 5);
    expect(top.left).toBe(10);
    expect(top.right).toBe(251);
    const left = rulings.vertical.reduce((best, line) => (line.x < best.x ? line : best));
    expect(left).toEqual({ x: 10.5, bottom: image.height - 101, top: image.height - 10 });
  });

  it('a border broken by a scanner\'s gap of a pixel is one line; thick borders (2 pixels) are one line', () => {
    const image = blank(200, 60);
    fill(image, { left: 10, right: 180, top: 20, bottom: 21 });
    image.pixels.fill(255, 20 * 200 + 90, 20 * 200 + 91);
    image.pixels.fill(255, 21 * 200 + 90, 21 * 200 + 91);
    const { rulings } = findBitmapLines(image, dpi);
    expect(rulings.horizontal).toEqual([{ y: 60 - 21, left: 10, right: 181 }]);
  });

  it('text strokes, a filled block and short dashes give no line', () => {
    const image = blank(300, 200);
    // A character's strokes: 一 10 points long, a 丨 12 points tall.
    fill(image, { left: 20, right: 30, top: 20, bottom: 21 });
    fill(image, { left: 50, right: 51, top: 20, bottom: 32 });
    // A filled block (shading, a picture): thick, so no border.
    fill(image, { left: 100, right: 280, top: 60, bottom: 120 }, 40);
    // A dashed rule: dashes 8 points with 6-point gaps.
    for (let x = 20; x < 280; x += 14) fill(image, { left: x, right: x + 7, top: 160, bottom: 160 });
    expect(findBitmapLines(image, dpi).rulings).toEqual({ horizontal: [], vertical: [] });
  });

  it('grey ink lighter than the threshold (a scan\'s background) is no line', () => {
    const image = blank(200, 40);
    fill(image, { left: 10, right: 190, top: 20, bottom: 20 }, 200);
    expect(findBitmapLines(image, dpi).rulings.horizontal).toEqual([]);
  });

  it('reads any grid of cells at least a line long: as many lines as the grid draws (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 30, max: 80 }), fc.integer({ min: 20, max: 40 }), (rows, columns, width, height) => {
        const { rulings } = findBitmapLines(grid(rows, columns, { width, height }), dpi);
        expect(rulings.horizontal).toHaveLength(rows + 1);
        expect(rulings.vertical).toHaveLength(columns + 1);
      }),
      { numRuns: 30 },
    );
  });

  it('wiping the lines leaves the text inside the cells', () => {
    const image = grid(1, 2, { width: 60, height: 30 });
    fill(image, { left: 30, right: 40, top: 20, bottom: 30 });
    const wiped = wipeLines(image, findBitmapLines(image, dpi).lines);
    const ink = wiped.pixels.reduce((count, pixel) => count + (pixel < 160 ? 1 : 0), 0);
    expect(ink).toBe(11 * 11);
  });
});

describe('binary PGM', () => {
  it('reads what it writes, with a comment in the header', () => {
    const image = grid(1, 1, { width: 30, height: 20 });
    const read = parsePgm(writePgm(image));
    expect({ width: read?.width, height: read?.height, pixels: Array.from(read?.pixels ?? []) }).toEqual({ width: image.width, height: image.height, pixels: Array.from(image.pixels) });
    const commented = Buffer.concat([Buffer.from('P5\n# pdftoppm\n50 40\n255\n'), image.pixels]);
    expect(parsePgm(commented)?.width).toBe(50);
  });

  it('refuses what is no 8-bit binary PGM, or is cut short', () => {
    expect(parsePgm(Buffer.from('P2\n2 2\n255\n0 0 0 0'))).toBeNull();
    expect(parsePgm(Buffer.from('P5\n2 2\n65535\n\0\0\0\0\0\0\0\0'))).toBeNull();
    expect(parsePgm(Buffer.from('P5\n4 4\n255\n\0\0'))).toBeNull();
    expect(parsePgm(Buffer.from('P5\n99999 99999\n255\n'))).toBeNull();
  });
});
