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
