/**
 * A page picture in grey (pdftoppm -gray writes binary PGM, "P5"): width, height and one byte per
 * pixel, 0 black to 255 white. The format is a short text header and the pixels, so no image library
 * is needed to read it or to write one back (the picture tesseract reads, its borders wiped).
 */

export interface GrayImage {
  width: number;
  height: number;
  /** Row by row, top to bottom: 0 black, 255 white. */
  pixels: Uint8Array;
}

/** Darker than this (0 black – 255 white) is ink: the one threshold the borders, the cells and the glyphs are found by. */
export const INK = 160;

/** Largest picture read: an A3 page at 400 dpi is 4,680 × 6,614 pixels. */
const MAX_PIXELS = 60_000_000;

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** A binary PGM (P5, one byte per pixel), or null when the bytes are not one. */
export function parsePgm(bytes: Uint8Array): GrayImage | null {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x35) return null;
  const numbers: number[] = [];
  let index = 2;
  while (numbers.length < 3 && index < bytes.length) {
    const byte = bytes[index]!;
    if (isSpace(byte)) index++;
    else if (byte === 0x23) {
      // A comment runs to the end of its line.
      while (index < bytes.length && bytes[index] !== 0x0a) index++;
    } else {
      let value = 0;
      let digits = 0;
      while (index < bytes.length && bytes[index]! >= 0x30 && bytes[index]! <= 0x39 && digits < 9) {
        value = value * 10 + bytes[index]! - 0x30;
        index++;
        digits++;
      }
      if (digits === 0) return null;
      numbers.push(value);
    }
  }
  const [width, height, maxValue] = numbers;
  if (width === undefined || height === undefined || maxValue === undefined) return null;
  if (width === 0 || height === 0 || width * height > MAX_PIXELS || maxValue !== 255) return null;
  // One whitespace byte ends the header.
  const start = index + 1;
  if (bytes.length < start + width * height) return null;
  return { width, height, pixels: bytes.subarray(start, start + width * height) };
}

/** The picture as a binary PGM. */
export function writePgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  return Buffer.concat([header, image.pixels]);
}

/** The picture turned clockwise by `degrees` (90, 180 or 270): a sideways scan made upright. */
export function turnImage(image: GrayImage, degrees: 90 | 180 | 270): GrayImage {
  const { width, height, pixels } = image;
  const turned = new Uint8Array(pixels.length);
  const isQuarter = degrees !== 180;
  const newWidth = isQuarter ? height : width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [nx, ny] = degrees === 90 ? [height - 1 - y, x] : degrees === 180 ? [width - 1 - x, height - 1 - y] : [y, width - 1 - x];
      turned[ny * newWidth + nx] = pixels[y * width + x]!;
    }
  }
  return { width: newWidth, height: isQuarter ? width : height, pixels: turned };
}
