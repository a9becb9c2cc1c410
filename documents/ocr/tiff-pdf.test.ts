import { existsSync, readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error.ts';
import type { GrayImage } from './gray-image.ts';
import { pictureAsPdf } from './picture-pdf.ts';
import { readTiffPages } from './tiff-pdf.ts';
import { meanDifference, pictureOfPdf, renderPages } from './scan-testing.ts';

const hasPoppler = existsSync('/usr/bin/pdftoppm');

/** A field of a page we write: tag, TIFF type (3 SHORT, 4 LONG, 5 RATIONAL, 7 UNDEFINED) and values (a rational as [numerator, denominator]). */
type FieldSpec = [tag: number, type: 3 | 4 | 5 | 7, values: number[] | Buffer];
interface PageSpec {
  fields: FieldSpec[];
  /** The strips' (or tiles') data; their offsets and byte counts are filled in. */
  pieces: Buffer[];
  isTiled?: boolean;
}

/**
 * A TIFF of `pages` in either byte order, written as an encoder does: header, then per page its
 * pieces' data, its values too long for an entry, and its IFD (entries in tag order). `loop` makes
 * the last page point back to the first.
 */
function writeTiff(pages: PageSpec[], options: { isBigEndian?: boolean; loop?: boolean } = {}): Buffer {
  const isBig = options.isBigEndian ?? false;
  const chunks: Buffer[] = [];
  let length = 8;
  const put = (buffer: Buffer) => {
    const at = length;
    chunks.push(buffer);
    length += buffer.length;
    if (length % 2) {
      chunks.push(Buffer.alloc(1));
      length += 1;
    }
    return at;
  };
  const u16 = (value: number) => {
    const buffer = Buffer.alloc(2);
    if (isBig) buffer.writeUInt16BE(value);
    else buffer.writeUInt16LE(value);
    return buffer;
  };
  const u32 = (value: number) => {
    const buffer = Buffer.alloc(4);
    if (isBig) buffer.writeUInt32BE(value);
    else buffer.writeUInt32LE(value);
    return buffer;
  };
  const ifdOffsets: number[] = [];
  const nextPointers: number[] = [];
  for (const page of pages) {
    const offsets = page.pieces.map((piece) => put(piece));
    const pieceFields: FieldSpec[] = [
      [page.isTiled ? 324 : 273, 4, offsets],
      [page.isTiled ? 325 : 279, 4, page.pieces.map((piece) => piece.length)],
    ];
    const fields = [...page.fields, ...pieceFields].sort((a, b) => a[0] - b[0]);
    const entries = fields.map(([tag, type, values]) => {
      let data: Buffer;
      let count: number;
      if (Buffer.isBuffer(values)) [data, count] = [values, values.length];
      else if (type === 3) [data, count] = [Buffer.concat(values.map(u16)), values.length];
      else if (type === 5) [data, count] = [Buffer.concat(values.map(u32)), values.length / 2];
      else [data, count] = [Buffer.concat(values.map(u32)), values.length];
      const value = data.length <= 4 ? Buffer.concat([data, Buffer.alloc(4 - data.length)]) : u32(put(data));
      return Buffer.concat([u16(tag), u16(type), u32(count), value]);
    });
    const ifd = Buffer.concat([u16(entries.length), ...entries, u32(0)]);
    const at = put(ifd);
    ifdOffsets.push(at);
    nextPointers.push(at + 2 + entries.length * 12);
  }
  const file = Buffer.concat([Buffer.from(isBig ? 'MM' : 'II', 'latin1'), u16(42), u32(ifdOffsets[0]!), ...chunks]);
  const link = (pointer: number, target: number) => (isBig ? file.writeUInt32BE(target, pointer) : file.writeUInt32LE(target, pointer));
  for (let index = 0; index + 1 < pages.length; index++) link(nextPointers[index]!, ifdOffsets[index + 1]!);
  if (options.loop) link(nextPointers.at(-1)!, ifdOffsets[0]!);
  return file;
}

/** An 8-bit grey page (BlackIsZero, no compression) of `image`, in strips of `rowsPerStrip` rows. */
function greyPage(image: GrayImage, rowsPerStrip: number, extra: FieldSpec[] = []): PageSpec {
  const pieces: Buffer[] = [];
  for (let y = 0; y < image.height; y += rowsPerStrip) pieces.push(Buffer.from(image.pixels.subarray(y * image.width, Math.min(image.height, y + rowsPerStrip) * image.width)));
  return {
    fields: [[256, 4, [image.width]], [257, 4, [image.height]], [258, 3, [8]], [259, 3, [1]], [262, 3, [1]], [277, 3, [1]], [278, 4, [rowsPerStrip]], ...extra],
    pieces,
  };
}

const read = (bytes: Buffer) =>
  readTiffPages(bytes, { fileName: '扫描.tif', checkSize: () => undefined, pageDpi: (_width, _height, stated) => stated ?? 300 });

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return `${error.code} ${error.message}`;
    throw error;
  }
  return 'read';
}

const small: GrayImage = { width: 6, height: 5, pixels: Uint8Array.from({ length: 30 }, (_, index) => (index * 8) % 256) };

describe('readTiffPages: a TIFF\'s pages as PDF images, nothing decoded', () => {
  it('reads each page of either byte order, its strips placed down the page, its resolution when stated', () => {
    for (const isBigEndian of [false, true]) {
      const bytes = writeTiff([greyPage(small, 2, [[282, 5, [200, 1]], [283, 5, [200, 1]], [296, 3, [2]]]), greyPage(small, 5)], { isBigEndian });
      const pages = read(bytes);
      expect(pages.map((page) => [page.width, page.height, page.dpi])).toEqual([[6, 5, 200], [6, 5, 300]]);
      expect(pages[0]!.images.map(({ x, y, image }) => [x, y, image.width, image.height, image.data.length])).toEqual([[0, 0, 6, 2, 12], [0, 2, 6, 2, 12], [0, 4, 6, 1, 6]]);
      expect(pages[0]!.images[2]!.image.data).toEqual(Buffer.from(small.pixels.subarray(24)));
      expect(pages[0]!.images[0]!.image.entries).toBe('/ColorSpace /DeviceGray /BitsPerComponent 8');
    }
  });

  it('takes each compression\'s PDF filter, and a white-is-zero page the other way round', () => {
    const page = (compression: number, photometric: number, extra: FieldSpec[] = []) =>
      read(writeTiff([{ fields: [[256, 4, [16]], [257, 4, [4]], [258, 3, [compression === 7 ? 8 : 1]], [259, 3, [compression]], [262, 3, [photometric]], [277, 3, [1]], ...extra], pieces: [Buffer.alloc(8)] }]))[0]!.images[0]!.image.entries;
    expect(page(4, 0)).toBe('/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 16 /Rows 4 >>');
    expect(page(4, 1)).toContain('/K -1 /Columns 16 /Rows 4 /BlackIs1 true');
    expect(page(3, 0, [[292, 4, [5]]])).toContain('/K 1 /EndOfLine true /EncodedByteAlign true');
    expect(page(2, 0)).toContain('/K 0 /EncodedByteAlign true');
    expect(page(32773, 0)).toBe('/ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] /Filter /RunLengthDecode');
    expect(page(5, 1, [[317, 3, [2]]])).toBe('/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /LZWDecode /DecodeParms << /Predictor 2 /Colors 1 /BitsPerComponent 1 /Columns 16 >>');
    expect(page(8, 1)).toBe('/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode');
    expect(page(7, 1)).toBe('/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode');
  });

  it('puts a palette in as an indexed colour space, and a JPEG strip\'s tables into it', () => {
    const palette = [0x0000, 0xffff, 0x0000, 0x8000, 0x0000, 0x1200];
    const [indexed] = read(writeTiff([{ fields: [[256, 4, [8]], [257, 4, [1]], [258, 3, [1]], [259, 3, [1]], [262, 3, [3]], [277, 3, [1]], [320, 3, palette]], pieces: [Buffer.alloc(1)] }]));
    expect(indexed!.images[0]!.image.entries).toBe('/ColorSpace [/Indexed /DeviceRGB 1 <000000ff8012>] /BitsPerComponent 1');
    const tables = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x03, 0x07, 0xff, 0xd9]);
    const strip = Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x01, 0xff, 0xd9]);
    const [jpeg] = read(writeTiff([{ fields: [[256, 4, [8]], [257, 4, [8]], [258, 3, [8, 8, 8]], [259, 3, [7]], [262, 3, [6]], [277, 3, [3]], [347, 7, tables]], pieces: [strip] }]));
    expect(jpeg!.images[0]!.image.data).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x03, 0x07, 0xff, 0xda, 0x01, 0xff, 0xd9]));
    expect(jpeg!.images[0]!.image.entries).toBe('/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode');
  });

  it('places tiles across and down, skips a thumbnail, and stops at a page pointing back', () => {
    const tiled: PageSpec = {
      fields: [[256, 4, [20]], [257, 4, [10]], [258, 3, [8]], [259, 3, [1]], [262, 3, [1]], [277, 3, [1]], [322, 4, [16]], [323, 4, [16]]],
      pieces: [Buffer.alloc(256), Buffer.alloc(256)],
      isTiled: true,
    };
    const thumbnail = greyPage(small, 5, [[254, 4, [1]]]);
    const pages = read(writeTiff([tiled, thumbnail, greyPage(small, 5)], { loop: true }));
    expect(pages).toHaveLength(2);
    expect(pages[0]!.images.map(({ x, y, image }) => [x, y, image.width, image.height])).toEqual([[0, 0, 16, 16], [16, 0, 16, 16]]);
  });

  it('refuses what PDF cannot draw as it is, and a damaged file, saying what', () => {
    const base: FieldSpec[] = [[256, 4, [6]], [257, 4, [5]], [259, 3, [1]], [277, 3, [1]]];
    const cases: [string, Buffer, RegExp][] = [
      ['not a TIFF', Buffer.from('%PDF-1.4 not a picture'), /不是 TIFF 文件/],
      ['BigTIFF', Buffer.from([0x49, 0x49, 43, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /BigTIFF/],
      ['old-style JPEG', writeTiff([{ fields: [[256, 4, [6]], [257, 4, [5]], [258, 3, [8]], [259, 3, [6]], [262, 3, [1]], [277, 3, [1]]], pieces: [Buffer.alloc(30)] }]), /旧式 JPEG/],
      ['separate planes', writeTiff([{ fields: [[256, 4, [6]], [257, 4, [5]], [258, 3, [8, 8, 8]], [259, 3, [1]], [262, 3, [2]], [277, 3, [3]], [284, 3, [2]]], pieces: [Buffer.alloc(90)] }]), /分平面/],
      ['alpha', writeTiff([{ fields: [[256, 4, [6]], [257, 4, [5]], [258, 3, [8, 8, 8, 8]], [259, 3, [1]], [262, 3, [2]], [277, 3, [4]], [338, 3, [2]]], pieces: [Buffer.alloc(120)] }]), /透明通道/],
      ['floating point', writeTiff([{ fields: [...base, [258, 3, [16]], [262, 3, [1]], [317, 3, [3]]], pieces: [Buffer.alloc(60)] }]), /浮点/],
      ['strips missing', writeTiff([greyPage(small, 2)]).subarray(0, 40), /文件不完整|图像数据/],
    ];
    for (const [name, bytes, message] of cases) expect(refusal(() => read(bytes)), name).toMatch(new RegExp(`^damaged-file .*${message.source}`));
  });
});

/**
 * A Group 4 (T.6) stream of a white 16 × 6 picture with black in columns 8–11 of rows 2–3, coded
 * by hand from the standard's codes: a white row is V0 against a white reference; the first black
 * row is horizontal mode (001, white run 8 = 10011, black run 4 = 011) then V0; a row like the one
 * above is V0 V0 V0; the white row after the black ones is pass mode (0001) then V0; then EOFB.
 */
function groupFourRectangle(): Buffer {
  const bits = ['1', '1', '001' + '10011' + '011' + '1', '111', '0001' + '1', '1', '000000000001' + '000000000001'].join('');
  const padded = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
  return Buffer.from(Array.from({ length: padded.length / 8 }, (_, index) => Number.parseInt(padded.slice(index * 8, index * 8 + 8), 2)));
}

describe.skipIf(!hasPoppler)('a TIFF made into a PDF renders back to itself (poppler decodes each filter)', () => {
  const fixture = readFileSync(new URL('../pdf/fixtures/office-dept-target-table.pdf', import.meta.url));
  // At 100 dpi: a TIFF states its resolution, and one below 50 dpi is not believed (picture-pdf.ts sizes it otherwise).
  const [grey] = renderPages(fixture, 100);
  /** The fixture's page as libtiff writes it through pdftoppm, in colour, grey or black and white, and a compression. */
  const tiffOf = (colour: string[], compression: string): Buffer => pictureOfPdf(fixture, ['-r', '100', ...colour, '-tiff', '-tiffcompression', compression]);
  /** The rendered page of a TIFF at the file's own resolution (100 dpi), compared with the fixture's. */
  const renderedAt100 = (tiff: Buffer) => renderPages(pictureAsPdf(tiff, 'tif', 'scan.tif'), 100);

  it.each([
    ['colour', [], ['none', 'packbits', 'lzw', 'deflate', 'jpeg']],
    ['grey', ['-gray'], ['none', 'packbits', 'lzw', 'deflate', 'jpeg']],
    ['black and white', ['-mono'], ['none', 'packbits', 'lzw', 'deflate']],
  ] as const)('%s, each compression libtiff writes', (_name, colour, compressions) => {
    for (const compression of compressions) {
      const tiff = tiffOf([...colour], compression);
      const pages = renderedAt100(tiff);
      expect(pages, compression).toHaveLength(1);
      expect(Math.abs(pages[0]!.width - grey!.width), compression).toBeLessThanOrEqual(1);
      // Black and white loses the grey of anti-aliased text: ≈ 10–20; a page drawn wrong (inverted, garbled) 50 and more.
      expect(meanDifference(pages[0]!, grey!), compression).toBeLessThan(colour.length && colour[0] === '-mono' ? 15 : 10);
    }
  });

  it('a black-and-white Group 4 scan, and a file of several pages, in strips', () => {
    const fax = writeTiff([
      { fields: [[256, 4, [16]], [257, 4, [6]], [258, 3, [1]], [259, 3, [4]], [262, 3, [0]], [277, 3, [1]], [278, 4, [6]], [282, 5, [72, 1]], [283, 5, [72, 1]]], pieces: [groupFourRectangle()] },
      greyPage(small, 2, [[282, 5, [72, 1]], [283, 5, [72, 1]]]),
    ]);
    // Rendered ten times larger and read at each pixel's middle: a one-pixel picture's edges blur at its own size.
    const pages = renderPages(pictureAsPdf(fax, 'tiff', '传真.tiff'), 720);
    expect(pages.map((page) => [page.width, page.height])).toEqual([[160, 60], [60, 50]]);
    const at = (page: GrayImage, x: number, y: number) => page.pixels[(y * 10 + 5) * page.width + x * 10 + 5]!;
    const rows = Array.from({ length: 6 }, (_, y) => Array.from({ length: 16 }, (_, x) => (at(pages[0]!, x, y) < 128 ? '#' : '.')).join(''));
    expect(rows).toEqual(['................', '................', '........####....', '........####....', '................', '................']);
    const second = Array.from({ length: 30 }, (_, index) => at(pages[1]!, index % 6, Math.floor(index / 6)));
    expect(second.map((value, index) => Math.abs(value - small.pixels[index]!)).every((each) => each <= 2)).toBe(true);
  });
});

describe('a TIFF through the import', () => {
  it('is refused with a Chinese reason when it cannot be read', () => {
    const planes = writeTiff([{ fields: [[256, 4, [6]], [257, 4, [5]], [258, 3, [8, 8, 8]], [259, 3, [1]], [262, 3, [2]], [277, 3, [3]], [284, 3, [2]]], pieces: [Buffer.alloc(90)] }]);
    expect(refusal(() => pictureAsPdf(planes, 'tif', '扫描.tif'))).toMatch(/^damaged-file 无法读取图片“扫描.tif”（颜色分平面存放的 TIFF）：请另存为 JPG、PNG 或 PDF 后再导入$/);
    expect(refusal(() => pictureAsPdf(deflateSync(Buffer.alloc(10)), 'tiff', '扫描.tiff'))).toMatch(/不是 TIFF 文件/);
  });
});
