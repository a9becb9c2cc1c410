import { existsSync, readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error.ts';
import type { GrayImage } from './gray-image.ts';
import { decodePng, pictureAsPdf } from './picture-pdf.ts';
import { meanDifference, pictureOfPdf, renderPages } from './scan-testing.ts';

const hasPoppler = existsSync('/usr/bin/pdftoppm');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/**
 * A PNG of `rows` (each row's bytes as PNG packs them), every row under a filter of its own (0–4 in
 * turn, computed as an encoder does), so decoding undoes them all.
 */
function png(input: { width: number; height: number; depth: number; type: number; rows: Buffer[]; palette?: Buffer; transparency?: Buffer }): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(input.width, 0);
  header.writeUInt32BE(input.height, 4);
  header[8] = input.depth;
  header[9] = input.type;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[input.type]!;
  const unit = Math.max(1, (channels * input.depth) / 8);
  const filtered = input.rows.map((row, y) => {
    const filter = y % 5;
    const above = y > 0 ? input.rows[y - 1]! : Buffer.alloc(row.length);
    const out = Buffer.alloc(row.length + 1);
    out[0] = filter;
    for (let x = 0; x < row.length; x++) {
      const left = x >= unit ? row[x - unit]! : 0;
      const up = above[x]!;
      const upLeft = x >= unit ? above[x - unit]! : 0;
      const estimate = left + up - upLeft;
      const paeth = Math.abs(estimate - left) <= Math.abs(estimate - up) && Math.abs(estimate - left) <= Math.abs(estimate - upLeft) ? left : Math.abs(estimate - up) <= Math.abs(estimate - upLeft) ? up : upLeft;
      const predicted = [0, left, up, (left + up) >> 1, paeth][filter]!;
      out[x + 1] = (row[x]! - predicted) & 0xff;
    }
    return out;
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(input.palette ? [chunk('PLTE', input.palette)] : []),
    ...(input.transparency ? [chunk('tRNS', input.transparency)] : []),
    chunk('IDAT', deflateSync(Buffer.concat(filtered))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const pixelsOf = (image: GrayImage) => Array.from(image.pixels);

describe('a PNG decoded to grey, whatever its colour type and filters', () => {
  it('grey, colour, transparency over white, a palette, one bit a pixel', () => {
    const rows = (values: number[][]) => values.map((row) => Buffer.from(row));
    // 2 × 5 grey: every filter used once.
    const grey = png({ width: 2, height: 5, depth: 8, type: 0, rows: rows([[0, 255], [10, 20], [30, 40], [50, 60], [70, 80]]) });
    expect(pixelsOf(decodePng(grey, 'a.png'))).toEqual([0, 255, 10, 20, 30, 40, 50, 60, 70, 80]);
    const colour = png({ width: 2, height: 1, depth: 8, type: 2, rows: rows([[255, 0, 0, 0, 0, 255]]) });
    expect(pixelsOf(decodePng(colour, 'a.png'))).toEqual([76, 29]);
    const transparent = png({ width: 2, height: 1, depth: 8, type: 6, rows: rows([[0, 0, 0, 0, 0, 0, 0, 255]]) });
    expect(pixelsOf(decodePng(transparent, 'a.png'))).toEqual([255, 0]);
    const indexed = png({ width: 3, height: 1, depth: 8, type: 3, rows: rows([[0, 1, 2]]), palette: Buffer.from([0, 0, 0, 255, 255, 255, 0, 0, 0]), transparency: Buffer.from([255, 255, 0]) });
    expect(pixelsOf(decodePng(indexed, 'a.png'))).toEqual([0, 255, 255]);
    // 1 bit: 10 pixels in two bytes, black where the bit is 0.
    const bits = png({ width: 10, height: 2, depth: 1, type: 0, rows: rows([[0b01010101, 0b01000000], [0xff, 0xc0]]) });
    expect(pixelsOf(decodePng(bits, 'a.png'))).toEqual([0, 255, 0, 255, 0, 255, 0, 255, 0, 255, ...Array<number>(10).fill(255)]);
  });

  it('refuses an interlaced PNG, a damaged one and one too large, saying so', () => {
    const interlaced = png({ width: 1, height: 1, depth: 8, type: 0, rows: [Buffer.from([0])] });
    interlaced[8 + 8 + 12] = 1;
    const refusal = (bytes: Buffer) => {
      try {
        pictureAsPdf(bytes, 'png', '照片.png');
        return null;
      } catch (error) {
        return error instanceof ImportError ? `${error.code} ${error.message}` : String(error);
      }
    };
    expect(refusal(interlaced)).toMatch(/^damaged-file .*隔行扫描/);
    const cut = png({ width: 40, height: 40, depth: 8, type: 0, rows: Array.from({ length: 40 }, () => Buffer.alloc(40, 9)) });
    expect(refusal(cut.subarray(0, 60))).toMatch(/^damaged-file /);
    const huge = png({ width: 1, height: 1, depth: 8, type: 0, rows: [Buffer.from([0])] });
    huge.writeUInt32BE(20_000, 16);
    huge.writeUInt32BE(20_000, 20);
    expect(refusal(huge)).toMatch(/^file-too-large .*百万像素/);
  });
});

describe.skipIf(!hasPoppler)('a picture made into a PDF renders back to itself', () => {
  const fixture = readFileSync(new URL('../pdf/fixtures/office-dept-target-table.pdf', import.meta.url));
  const pictures = { png: pictureOfPdf(fixture, ['-r', '40', '-png']), jpeg: pictureOfPdf(fixture, ['-r', '40', '-jpeg']) };
  const [grey] = renderPages(fixture, 40);

  it('a PNG (colour) decodes to the grey picture of the same page, give or take rounding', () => {
    const decoded = decodePng(pictures.png, 'table.png');
    expect([decoded.width, decoded.height]).toEqual([grey!.width, grey!.height]);
    expect(meanDifference(decoded, grey!)).toBeLessThan(2);
  });

  it('a JPEG and a PNG become a one-page PDF whose page renders at 300 dpi pixel for pixel', () => {
    for (const [bytes, extension] of [[pictures.jpeg, 'jpg'], [pictures.png, 'png']] as const) {
      const pages = renderPages(pictureAsPdf(bytes, extension, `table.${extension}`), 300);
      expect(pages).toHaveLength(1);
      // The page's size is written to the hundredth of a point: a pixel more or less.
      expect(Math.abs(pages[0]!.width - grey!.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(pages[0]!.height - grey!.height)).toBeLessThanOrEqual(1);
      // poppler's pixel of stretch (and JPEG's loss) give ≈ 9 at 40 dpi; a picture drawn wrong (inverted, garbled) 50 and more.
      expect(meanDifference(pages[0]!, grey!)).toBeLessThan(15);
    }
  });
});
