/**
 * A photo or scan of a table uploaded as a picture (.png, .jpg/.jpeg; a TIFF scan of one page or
 * many: tiff-pdf.ts) made into a PDF of
 * that picture, which is then read as a scanned PDF is (read-scanned-pdf.ts): a JPEG is put in as it
 * is (PDF's DCTDecode reads JPEG), a PNG is decoded here (zlib, its five row filters; any colour
 * type, 1–16 bits, transparency over white) into grey. No image library is needed. An interlaced
 * PNG, a JPEG whose frame header cannot be found, or a picture past MAX_PIXELS is refused.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { ImportError } from '../import-error.ts';
import type { GrayImage } from './gray-image.ts';
import { readTiffPages, type PdfImage, type PicturePage } from './tiff-pdf.ts';

/** Pictures read by OCR, by extension. */
export const pictureExtensions = ['png', 'jpg', 'jpeg', 'tif', 'tiff'] as const;
export type PictureExtension = (typeof pictureExtensions)[number];

export function isPictureExtension(extension: string): extension is PictureExtension {
  return (pictureExtensions as readonly string[]).includes(extension);
}

/** Most pixels a picture may hold: a 60-megapixel photo. */
const MAX_PIXELS = 60_000_000;
/** Longest side a picture's page is rendered at 300 dpi (read-scanned-pdf.ts cuts a picture at 5,100 pixels). */
const MAX_RENDERED_SIDE = 5000;
/** A picture's page is sized so that it renders at this resolution pixel for pixel (or smaller, past MAX_RENDERED_SIDE). */
const PICTURE_DPI = 300;

/** A PDF of `pages`, each of its images drawn at its place (TIFF strips and tiles, an OFD page's pictures: several to a page). */
export function pdfOfPages(pages: readonly PicturePage[]): Buffer {
  const objects: Buffer[] = [];
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(Buffer.alloc(0));
  const pageIds: number[] = [];
  for (const page of pages) {
    const scale = 72 / page.dpi;
    const pageId = objects.length + 1;
    pageIds.push(pageId);
    const contentsId = pageId + 1;
    const imageIds = page.images.map((_, index) => contentsId + 1 + index);
    const drawing = page.images
      .map(({ x, y, image, ...drawn }, index) => {
        const [width, height] = [(drawn.width ?? image.width) * scale, (drawn.height ?? image.height) * scale];
        // PDF measures from the foot of the page; pictures from the top.
        const bottom = page.height * scale - y * scale - height;
        return `q ${width.toFixed(2)} 0 0 ${height.toFixed(2)} ${(x * scale).toFixed(2)} ${bottom.toFixed(2)} cm /Im${index + 1} Do Q`;
      })
      .join('\n');
    const resources = imageIds.map((id, index) => `/Im${index + 1} ${id} 0 R`).join(' ');
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${(page.width * scale).toFixed(2)} ${(page.height * scale).toFixed(2)}] /Contents ${contentsId} 0 R /Resources << /XObject << ${resources} >> >> >>`));
    objects.push(Buffer.from(`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`));
    for (const { image } of page.images) {
      objects.push(
        Buffer.concat([
          Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ${image.entries} /Length ${image.data.length} >>\nstream\n`),
          image.data,
          Buffer.from('\nendstream'),
        ]),
      );
    }
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    parts.push(object);
    offset += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((each) => `${String(each).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A PDF of one page per image, each image filling its page at `dpi`. */
function pdfOfImages(images: readonly PdfImage[], dpi: number): Buffer {
  return pdfOfPages(images.map((image) => ({ width: image.width, height: image.height, dpi, images: [{ x: 0, y: 0, image }] })));
}

/** A PDF of grey `pictures`, one a page, each filling its page at `dpi` (what a scanner writes). */
export function pdfOfPictures(pictures: readonly GrayImage[], dpi: number): Buffer {
  return pdfOfImages(pictures.map(greyImage), dpi);
}

/** The resolution a picture's page is sized at: PICTURE_DPI, or more for a picture larger than MAX_RENDERED_SIDE renders. */
function pageDpi(width: number, height: number): number {
  return Math.max(PICTURE_DPI, (PICTURE_DPI * Math.max(width, height)) / MAX_RENDERED_SIDE);
}

function refuse(fileName: string, what: string): ImportError {
  return new ImportError('damaged-file', `无法读取图片“${fileName}”（${what}）：请另存为 JPG 或 PNG，或扫描为 PDF 后再导入`);
}

function checkSize(fileName: string, width: number, height: number): void {
  if (width === 0 || height === 0) throw refuse(fileName, '图片尺寸为零');
  if (width * height > MAX_PIXELS) throw new ImportError('file-too-large', `图片“${fileName}”超过 ${MAX_PIXELS / 1_000_000} 百万像素：请缩小或裁剪到表格所在部分后再导入`);
}

/** JPEG frame headers (SOF0–SOF15 but DHT C4, JPG C8, DAC CC). */
const isFrameMarker = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** A JPEG as a PDF image holding it as it is (DCTDecode reads JPEG). */
function jpegImage(bytes: Buffer, fileName: string): PdfImage {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw refuse(fileName, '不是 JPG 文件');
  let index = 2;
  while (index + 9 < bytes.length) {
    if (bytes[index] !== 0xff) break;
    const marker = bytes[index + 1]!;
    if (marker === 0xff) {
      index++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      index += 2;
      continue;
    }
    if (isFrameMarker(marker)) {
      const height = bytes.readUInt16BE(index + 5);
      const width = bytes.readUInt16BE(index + 7);
      const components = bytes[index + 9]!;
      checkSize(fileName, width, height);
      const colours: Record<number, string> = { 1: '/DeviceGray', 3: '/DeviceRGB', 4: '/DeviceCMYK /Decode [1 0 1 0 1 0 1 0]' };
      const colour = colours[components];
      if (!colour) throw refuse(fileName, `${components} 个颜色通道`);
      return { width, height, entries: `/ColorSpace ${colour} /BitsPerComponent 8 /Filter /DCTDecode`, data: bytes };
    }
    index += 2 + bytes.readUInt16BE(index + 2);
  }
  throw refuse(fileName, '找不到图像尺寸，文件可能已损坏');
}

/** A grey picture as a PDF image (Flate). */
function greyImage(picture: GrayImage): PdfImage {
  return { width: picture.width, height: picture.height, entries: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: deflateSync(picture.pixels) };
}

/** Options for a TIFF's pages: the picture checks above, and its resolution unless none is stated or it renders too large. */
const tiffOptions = (fileName: string) => ({
  fileName,
  checkSize: (width: number, height: number) => checkSize(fileName, width, height),
  // A scan that states its resolution keeps it (an A4 page at 200 dpi renders at 200 dpi pixel for pixel).
  pageDpi: (width: number, height: number, stated: number | null) => Math.max(stated ?? PICTURE_DPI, (PICTURE_DPI * Math.max(width, height)) / MAX_RENDERED_SIDE),
});

/**
 * A picture file of any kind read here (JPEG, PNG, the first page of a TIFF; told by its first
 * bytes, as a picture inside an OFD is named by no extension) as images filling `box` of a page
 * (the page's units), or null for a kind not read (JBIG2, BMP …).
 */
export function pictureImagesIn(bytes: Buffer, box: { x: number; y: number; width: number; height: number }, fileName: string): PicturePage['images'] | null {
  const fill = (image: PdfImage) => [{ x: box.x, y: box.y, width: box.width, height: box.height, image }];
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return fill(jpegImage(bytes, fileName));
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47) return fill(greyImage(decodePng(bytes, fileName)));
  const order = bytes.toString('latin1', 0, 2);
  if (order === 'II' || order === 'MM') {
    const [page] = readTiffPages(bytes, tiffOptions(fileName));
    const [scaleX, scaleY] = [box.width / page!.width, box.height / page!.height];
    return page!.images.map(({ x, y, image }) => ({ x: box.x + x * scaleX, y: box.y + y * scaleY, width: image.width * scaleX, height: image.height * scaleY, image }));
  }
  return null;
}

/** Samples a pixel holds, by PNG colour type. */
const channelsOf: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** The PNG's pixels in grey (transparency over white). */
export function decodePng(bytes: Buffer, fileName: string): GrayImage {
  if (bytes.readUInt32BE(0) !== 0x89504e47 || bytes.readUInt32BE(4) !== 0x0d0a1a0a) throw refuse(fileName, '不是 PNG 文件');
  let header: { width: number; height: number; depth: number; type: number; interlace: number } | null = null;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const data: Buffer[] = [];
  for (let index = 8; index + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(index);
    const type = bytes.toString('latin1', index + 4, index + 8);
    const body = bytes.subarray(index + 8, index + 8 + length);
    if (type === 'IHDR' && body.length >= 13) header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8]!, type: body[9]!, interlace: body[12]! };
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    index += 12 + length;
  }
  if (!header || data.length === 0) throw refuse(fileName, '文件不完整');
  const { width, height, depth, type } = header;
  checkSize(fileName, width, height);
  const channels = channelsOf[type];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(depth) || (depth < 8 && channels > 1) || (type === 3 && !palette)) throw refuse(fileName, '不支持的 PNG 颜色格式');
  if (header.interlace !== 0) throw refuse(fileName, '隔行扫描的 PNG');
  const bitsPerPixel = channels * depth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(data), { maxOutputLength: (stride + 1) * height });
  } catch {
    throw refuse(fileName, '图像数据已损坏');
  }
  if (raw.length < (stride + 1) * height) throw refuse(fileName, '图像数据不完整');
  const unit = Math.max(1, bitsPerPixel / 8);
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const source = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= unit ? rows[row + x - unit]! : 0;
      const up = y > 0 ? rows[row - stride + x]! : 0;
      const upLeft = y > 0 && x >= unit ? rows[row - stride + x - unit]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const estimate = left + up - upLeft;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        predicted = a <= b && a <= c ? left : b <= c ? up : upLeft;
      }
      rows[row + x] = (raw[source + x]! + predicted) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  const maximum = (1 << depth) - 1;
  const sample = (row: number, index: number): number => {
    if (depth === 8) return rows[row + index]!;
    if (depth === 16) return rows[row + index * 2]!;
    const bit = index * depth;
    return (rows[row + (bit >> 3)]! >> (8 - depth - (bit & 7))) & maximum;
  };
  const grey = (r: number, g: number, b: number) => Math.round((r * 299 + g * 587 + b * 114) / 1000);
  const overWhite = (value: number, alpha: number) => Math.round((value * alpha + 255 * (255 - alpha)) / 255);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    for (let x = 0; x < width; x++) {
      let value: number;
      if (type === 3) {
        const entry = sample(row, x);
        const [r, g, b] = [palette![entry * 3] ?? 0, palette![entry * 3 + 1] ?? 0, palette![entry * 3 + 2] ?? 0];
        value = overWhite(grey(r, g, b), transparency?.[entry] ?? 255);
      } else {
        const at = (channel: number) => (depth < 8 ? Math.round((sample(row, x) * 255) / maximum) : sample(row, x * channels + channel));
        if (type === 0) value = at(0);
        else if (type === 4) value = overWhite(at(0), at(1));
        else if (type === 2) value = grey(at(0), at(1), at(2));
        else value = overWhite(grey(at(0), at(1), at(2)), at(3));
      }
      pixels[y * width + x] = value;
    }
  }
  return { width, height, pixels };
}

/** An uploaded picture of a table as a PDF of that picture (a TIFF: of each of its pages); ImportError where it cannot be read. */
export function pictureAsPdf(bytes: Buffer, extension: PictureExtension, fileName: string): Buffer {
  if (extension === 'tif' || extension === 'tiff') return pdfOfPages(readTiffPages(bytes, tiffOptions(fileName)));
  if (extension !== 'png') {
    const image = jpegImage(bytes, fileName);
    return pdfOfImages([image], pageDpi(image.width, image.height));
  }
  if (bytes.length < 8) throw refuse(fileName, '文件不完整');
  const image = decodePng(bytes, fileName);
  return pdfOfPictures([image], pageDpi(image.width, image.height));
}
