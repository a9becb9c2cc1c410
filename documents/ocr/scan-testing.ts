/**
 * Test helper: a "scanned" PDF made from one of our own tables' PDFs (documents/pdf/fixtures/office-*.pdf):
 * each page rendered to a grey picture by pdftoppm, then written back as a PDF whose pages are only
 * that picture (one image XObject per page, no text, picture-pdf.ts), as a scanner writes them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePgm, type GrayImage } from './gray-image.ts';
import { pdfOfPictures } from './picture-pdf.ts';

export { pdfOfPictures };

/** The pages of a PDF rendered grey at `dpi` by pdftoppm (which must be installed). */
export function renderPages(pdf: Buffer, dpi: number): GrayImage[] {
  const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-scan-test-'));
  try {
    writeFileSync(path.join(directory, 'input.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', 'input.pdf', 'page'], { cwd: directory });
    return readdirSync(directory)
      .filter((name) => name.endsWith('.pgm'))
      .sort()
      .map((name) => parsePgm(readFileSync(path.join(directory, name)))!);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** `pdf` as a scanner would give it: its pages as pictures at `dpi`, no text. */
export function scanPdf(pdf: Buffer, dpi = 200): Buffer {
  return pdfOfPictures(renderPages(pdf, dpi), dpi);
}

/** `pdf` as pdftoppm writes it as a picture with `args` (e.g. `-r 200 -png`, `-mono -tiff -tiffcompression packbits`): the one file it wrote. */
export function pictureOfPdf(pdf: Buffer, args: readonly string[]): Buffer {
  const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-picture-test-'));
  try {
    writeFileSync(path.join(directory, 'input.pdf'), pdf);
    execFileSync('pdftoppm', [...args, '-singlefile', 'input.pdf', 'picture'], { cwd: directory });
    return readFileSync(path.join(directory, readdirSync(directory).find((name) => name.startsWith('picture.'))!));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Mean difference, pixel by pixel, of two grey pictures over the part both cover. */
export function meanDifference(a: GrayImage, b: GrayImage): number {
  const [width, height] = [Math.min(a.width, b.width), Math.min(a.height, b.height)];
  let sum = 0;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) sum += Math.abs(a.pixels[y * a.width + x]! - b.pixels[y * b.width + x]!);
  return sum / (width * height);
}
