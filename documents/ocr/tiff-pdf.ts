/**
 * A scan saved as TIFF (.tif/.tiff: what office scanners, fax servers and scan archives write,
 * often several pages in one file) made into a PDF of the same pages, which is then read as a
 * scanned PDF is (read-scanned-pdf.ts). Nothing is decoded here: each strip or tile of each page
 * goes into the PDF as an image with the PDF filter that reads its TIFF compression, placed where
 * it stands on the page, and poppler (which renders the scan for OCR) decodes it:
 *
 * | TIFF compression | PDF filter |
 * |---|---|
 * | 1 none | (none) |
 * | 2 CCITT modified Huffman | CCITTFaxDecode, K 0, rows byte-aligned |
 * | 3 CCITT T.4 (Group 3) | CCITTFaxDecode, K 0 or (2-D) K 1, end-of-line codes |
 * | 4 CCITT T.6 (Group 4, most black-and-white scans) | CCITTFaxDecode, K −1 |
 * | 5 LZW | LZWDecode (TIFF's early change), predictor 2 |
 * | 7 JPEG | DCTDecode (the file's JPEGTables put into each strip) |
 * | 8, 32946 Deflate | FlateDecode, predictor 2 |
 * | 32773 PackBits | RunLengthDecode (the same code) |
 *
 * Grey, black-and-white (either way round), palette, RGB, YCbCr (JPEG) and CMYK pages of 1–16 bits
 * are read; what PDF cannot draw as it is (separate colour planes, an alpha channel, floating-point
 * samples, old-style JPEG, BigTIFF) is refused with what to do instead.
 */
import { ImportError } from '../import-error.ts';

/** A page's image XObject: its dictionary's entries (besides Type, Subtype, Width, Height, Length) and data. */
export interface PdfImage {
  width: number;
  height: number;
  entries: string;
  data: Buffer;
}

/**
 * One page of pictures: its size in pixels, its resolution, and each image at its place (pixels from
 * the top left), drawn at its own size in pixels unless `width` and `height` say otherwise.
 */
export interface PicturePage {
  width: number;
  height: number;
  dpi: number;
  images: { x: number; y: number; width?: number; height?: number; image: PdfImage }[];
}

/** Pages read from one file at most: a longer scan is cut by the OCR page limit anyway. */
const MAX_PAGES = 500;

const tags = {
  width: 256,
  height: 257,
  bitsPerSample: 258,
  compression: 259,
  photometric: 262,
  fillOrder: 266,
  stripOffsets: 273,
  samplesPerPixel: 277,
  rowsPerStrip: 278,
  stripByteCounts: 279,
  xResolution: 282,
  yResolution: 283,
  planarConfiguration: 284,
  t4Options: 292,
  resolutionUnit: 296,
  predictor: 317,
  colorMap: 320,
  tileWidth: 322,
  tileLength: 323,
  tileOffsets: 324,
  tileByteCounts: 325,
  extraSamples: 338,
  jpegTables: 347,
} as const;

/** Bytes per value of each TIFF field type (1 BYTE … 12 DOUBLE). */
const typeSizes: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

function refuse(fileName: string, what: string): ImportError {
  return new ImportError('damaged-file', `无法读取图片“${fileName}”（${what}）：请另存为 JPG、PNG 或 PDF 后再导入`);
}

/** A TIFF's reader of numbers in its byte order, each read checked against the file's end. */
function createReader(bytes: Buffer, fileName: string) {
  const isLittle = bytes.toString('latin1', 0, 2) === 'II';
  const check = (offset: number, length: number) => {
    if (offset < 0 || offset + length > bytes.length) throw refuse(fileName, '文件不完整');
  };
  return {
    u16(offset: number): number {
      check(offset, 2);
      return isLittle ? bytes.readUInt16LE(offset) : bytes.readUInt16BE(offset);
    },
    u32(offset: number): number {
      check(offset, 4);
      return isLittle ? bytes.readUInt32LE(offset) : bytes.readUInt32BE(offset);
    },
    slice(offset: number, length: number): Buffer {
      check(offset, length);
      return bytes.subarray(offset, offset + length);
    },
  };
}

type Reader = ReturnType<typeof createReader>;

/** One IFD's fields: each tag's values as numbers (rationals as their quotient), and where its data starts. */
interface Field {
  values: number[];
  offset: number;
  byteLength: number;
}

function readIfd(reader: Reader, offset: number): { fields: Map<number, Field>; next: number } {
  const count = reader.u16(offset);
  const fields = new Map<number, Field>();
  for (let index = 0; index < count; index++) {
    const entry = offset + 2 + index * 12;
    const tag = reader.u16(entry);
    const type = reader.u16(entry + 2);
    const valueCount = reader.u32(entry + 4);
    const size = typeSizes[type];
    if (size === undefined) continue;
    const byteLength = size * valueCount;
    const dataOffset = byteLength <= 4 ? entry + 8 : reader.u32(entry + 8);
    // Large arrays other than the strips', tiles' and colour map's are not needed: their values are not read.
    const isNeeded = byteLength <= 4 || ([tags.stripOffsets, tags.stripByteCounts, tags.tileOffsets, tags.tileByteCounts, tags.colorMap, tags.bitsPerSample, tags.xResolution, tags.yResolution] as number[]).includes(tag);
    const values: number[] = [];
    if (isNeeded && type !== 2 && type !== 7) {
      for (let at = 0; at < valueCount; at++) {
        const place = dataOffset + at * size;
        if (type === 1 || type === 6) values.push(reader.slice(place, 1)[0]!);
        else if (type === 3 || type === 8) values.push(reader.u16(place));
        else if (type === 4 || type === 9 || type === 13) values.push(reader.u32(place));
        else if (type === 5 || type === 10) {
          const denominator = reader.u32(place + 4);
          values.push(denominator === 0 ? 0 : reader.u32(place) / denominator);
        }
      }
    }
    fields.set(tag, { values, offset: dataOffset, byteLength });
  }
  return { fields, next: reader.u32(offset + 2 + count * 12) };
}

const compressionNames: Record<number, string> = { 6: '旧式 JPEG 压缩', 34712: 'JPEG 2000 压缩', 34887: 'LERC 压缩', 50000: 'ZSTD 压缩', 50001: 'WebP 压缩' };

/** The PDF filter entries that read a strip or tile of `compression`, or null where PDF has none. */
function filterEntries(input: {
  compression: number;
  columns: number;
  rows: number;
  colours: number;
  bits: number;
  predictor: number;
  t4Options: number;
  isBlackZero: boolean;
}): string | null {
  const { compression, columns, rows, colours, bits } = input;
  const predictor = input.predictor === 2 ? ` /DecodeParms << /Predictor 2 /Colors ${colours} /BitsPerComponent ${bits} /Columns ${columns} >>` : '';
  // CCITT codes black and white runs: a page whose zero is black has them the other way round.
  const fax = (parameters: string) => `/Filter /CCITTFaxDecode /DecodeParms << ${parameters} /Columns ${columns} /Rows ${rows}${input.isBlackZero ? ' /BlackIs1 true' : ''} >>`;
  switch (compression) {
    case 1:
      return '';
    case 2:
      return fax('/K 0 /EncodedByteAlign true');
    case 3:
      return fax(`/K ${input.t4Options & 1 ? 1 : 0} /EndOfLine true${input.t4Options & 4 ? ' /EncodedByteAlign true' : ''}`);
    case 4:
      return fax('/K -1');
    case 5:
      return `/Filter /LZWDecode${predictor}`;
    case 7:
      return '/Filter /DCTDecode';
    case 8:
    case 32946:
      return `/Filter /FlateDecode${predictor}`;
    case 32773:
      return '/Filter /RunLengthDecode';
    default:
      return null;
  }
}

/** A byte with its bits in the other order (FillOrder 2: the first pixel in the lowest bit). */
const reversedBits = Uint8Array.from({ length: 256 }, (_, byte) => {
  let reversed = 0;
  for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) reversed |= 1 << (7 - bit);
  return reversed;
});

/** An abbreviated JPEG strip with the file's tables put in after its start (as libtiff writes JPEG-in-TIFF). */
function withJpegTables(strip: Buffer, tables: Buffer | null): Buffer {
  if (!tables || tables.length < 4 || strip.length < 2) return strip;
  return Buffer.concat([strip.subarray(0, 2), tables.subarray(2, tables.length - 2), strip.subarray(2)]);
}

/** The resolution of a page, in dots per inch, when the file states one worth believing. */
function resolutionOf(fields: Map<number, Field>): number | null {
  const resolution = fields.get(tags.yResolution)?.values[0] ?? fields.get(tags.xResolution)?.values[0];
  const unit = fields.get(tags.resolutionUnit)?.values[0] ?? 2;
  if (!resolution || unit === 1) return null;
  const dpi = unit === 3 ? resolution * 2.54 : resolution;
  return dpi >= 50 && dpi <= 2400 ? dpi : null;
}

/** One IFD as a page of images (its strips or tiles in place). */
function readPage(reader: Reader, fields: Map<number, Field>, input: { fileName: string; checkSize: (width: number, height: number) => void; pageDpi: (width: number, height: number, stated: number | null) => number }): PicturePage {
  const { fileName } = input;
  const first = (tag: number, fallback?: number): number => {
    const value = fields.get(tag)?.values[0] ?? fallback;
    if (value === undefined) throw refuse(fileName, '缺少图像尺寸等必需信息');
    return value;
  };
  const width = first(tags.width);
  const height = first(tags.height);
  input.checkSize(width, height);
  const compression = first(tags.compression, 1);
  const samples = first(tags.samplesPerPixel, 1);
  const bitsList = fields.get(tags.bitsPerSample)?.values ?? [1];
  const bits = bitsList[0] ?? 1;
  const photometric = first(tags.photometric, compression >= 2 && compression <= 4 ? 0 : 1);
  const extraSamples = fields.get(tags.extraSamples)?.values.length ?? 0;
  if (compressionNames[compression]) throw refuse(fileName, `${compressionNames[compression]}的 TIFF`);
  if (first(tags.planarConfiguration, 1) === 2 && samples > 1) throw refuse(fileName, '颜色分平面存放的 TIFF');
  if (extraSamples > 0) throw refuse(fileName, '带透明通道的 TIFF');
  if (![1, 2, 4, 8, 16].includes(bits) || bitsList.some((each) => each !== bits)) throw refuse(fileName, `每像素 ${bitsList.join('/')} 位的 TIFF`);
  if (first(tags.predictor, 1) === 3) throw refuse(fileName, '浮点数据的 TIFF');

  let colourSpace: string;
  let decode = '';
  if (compression === 7 && samples === 3) colourSpace = '/DeviceRGB';
  else if (photometric === 0 || photometric === 1) {
    if (samples !== 1) throw refuse(fileName, '不支持的 TIFF 颜色格式');
    colourSpace = '/DeviceGray';
    // Zero is white (most scans): PDF's grey has zero black. CCITT says it by BlackIs1 instead.
    if (photometric === 0 && !(compression >= 2 && compression <= 4)) decode = ' /Decode [1 0]';
  } else if (photometric === 2 && samples === 3) colourSpace = '/DeviceRGB';
  else if (photometric === 5 && samples === 4) colourSpace = '/DeviceCMYK';
  else if (photometric === 3 && samples === 1) {
    const map = fields.get(tags.colorMap)?.values ?? [];
    const entries = 1 << bits;
    if (map.length < entries * 3) throw refuse(fileName, '调色板不完整');
    let hex = '';
    for (let entry = 0; entry < entries; entry++) for (let channel = 0; channel < 3; channel++) hex += (map[channel * entries + entry]! >> 8).toString(16).padStart(2, '0');
    colourSpace = `[/Indexed /DeviceRGB ${entries - 1} <${hex}>]`;
  } else throw refuse(fileName, `颜色类型 ${photometric}、每像素 ${samples} 个通道的 TIFF`);

  const isTiled = fields.has(tags.tileOffsets);
  const offsets = fields.get(isTiled ? tags.tileOffsets : tags.stripOffsets)?.values ?? [];
  const counts = fields.get(isTiled ? tags.tileByteCounts : tags.stripByteCounts)?.values ?? [];
  if (offsets.length === 0 || counts.length < offsets.length) throw refuse(fileName, '图像数据位置缺失');
  const pieceWidth = isTiled ? first(tags.tileWidth) : width;
  const pieceHeight = isTiled ? first(tags.tileLength) : Math.min(first(tags.rowsPerStrip, height), height);
  if (pieceWidth <= 0 || pieceHeight <= 0) throw refuse(fileName, '分块尺寸为零');
  const across = Math.ceil(width / pieceWidth);
  const expected = across * Math.ceil(height / pieceHeight);
  if (offsets.length < expected) throw refuse(fileName, '图像数据不完整');
  const isReversed = first(tags.fillOrder, 1) === 2;
  const jpegTablesField = fields.get(tags.jpegTables);
  const jpegTables = jpegTablesField ? reader.slice(jpegTablesField.offset, jpegTablesField.byteLength) : null;
  const t4Options = first(tags.t4Options, 0);
  const predictor = first(tags.predictor, 1);

  const images: PicturePage['images'] = [];
  for (let index = 0; index < expected; index++) {
    const x = (index % across) * pieceWidth;
    const y = Math.floor(index / across) * pieceHeight;
    // A strip at the foot holds only the rows left; a tile is always whole (its edge padded).
    const rows = isTiled ? pieceHeight : Math.min(pieceHeight, height - y);
    const filter = filterEntries({ compression, columns: pieceWidth, rows, colours: samples, bits, predictor, t4Options, isBlackZero: photometric === 1 });
    if (filter === null) throw refuse(fileName, `压缩方式 ${compression} 的 TIFF`);
    let data = reader.slice(offsets[index]!, counts[index]!);
    if (isReversed && bits === 1) data = Buffer.from(data.map((byte) => reversedBits[byte]!));
    if (compression === 7) data = withJpegTables(data, jpegTables);
    // A JPEG of RGB pixels (not YCbCr) must not be colour-transformed.
    const jpegColour = compression === 7 && samples === 3 && photometric === 2 ? ' /DecodeParms << /ColorTransform 0 >>' : '';
    const entries = `/ColorSpace ${colourSpace} /BitsPerComponent ${compression === 7 ? 8 : bits}${decode} ${filter}${jpegColour}`.replace(/\s+/g, ' ').trim();
    images.push({ x, y, image: { width: pieceWidth, height: rows, entries, data } });
  }
  return { width, height, dpi: input.pageDpi(width, height, resolutionOf(fields)), images };
}

/** The pages of a TIFF, each with its strips or tiles as PDF images; ImportError where it cannot be read. */
export function readTiffPages(
  bytes: Buffer,
  input: { fileName: string; checkSize: (width: number, height: number) => void; pageDpi: (width: number, height: number, stated: number | null) => number },
): PicturePage[] {
  const { fileName } = input;
  const order = bytes.toString('latin1', 0, 2);
  if (bytes.length < 8 || (order !== 'II' && order !== 'MM')) throw refuse(fileName, '不是 TIFF 文件');
  const reader = createReader(bytes, fileName);
  const magic = reader.u16(2);
  if (magic === 43) throw refuse(fileName, '超大格式 BigTIFF');
  if (magic !== 42) throw refuse(fileName, '不是 TIFF 文件');
  const pages: PicturePage[] = [];
  const seen = new Set<number>();
  for (let offset = reader.u32(4); offset !== 0 && pages.length < MAX_PAGES; ) {
    // A file whose pages point back to an earlier one would loop for ever.
    if (seen.has(offset)) break;
    seen.add(offset);
    const { fields, next } = readIfd(reader, offset);
    // A reduced-resolution copy (a thumbnail, NewSubfileType bit 0) is not a page.
    if (((fields.get(254)?.values[0] ?? 0) & 1) === 0) pages.push(readPage(reader, fields, input));
    offset = next;
  }
  if (pages.length === 0) throw refuse(fileName, '文件中没有图像');
  return pages;
}
