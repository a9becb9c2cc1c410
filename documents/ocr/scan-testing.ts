/**
 * Test helper: a "scanned" PDF made from one of our own tables' PDFs (documents/pdf/fixtures/office-*.pdf):
 * each page rendered to a grey picture by pdftoppm, then written back as a PDF whose pages are only
 * that picture (one image XObject per page, no text), as a scanner writes them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { parsePgm, type GrayImage } from './gray-image.ts';

/** A PDF of `pictures`, one a page, each filling its page at `dpi`. */
export function pdfOfPictures(pictures: readonly GrayImage[], dpi: number): Buffer {
  const objects: Buffer[] = [];
  const pageIds = pictures.map((_, index) => 3 + index * 3);
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pictures.length} >>`));
  pictures.forEach((picture, index) => {
    const [page, contents, image] = [pageIds[index]!, pageIds[index]! + 1, pageIds[index]! + 2];
    const width = (picture.width * 72) / dpi;
    const height = (picture.height * 72) / dpi;
    const drawing = `q ${width.toFixed(2)} 0 0 ${height.toFixed(2)} 0 0 cm /Im1 Do Q`;
    const pixels = deflateSync(picture.pixels);
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width.toFixed(2)} ${height.toFixed(2)}] /Contents ${contents} 0 R /Resources << /XObject << /Im1 ${image} 0 R >> >> >>`));
    objects.push(Buffer.from(`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`));
    objects.push(
      Buffer.concat([
        Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${picture.width} /Height ${picture.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`),
        pixels,
        Buffer.from('\nendstream'),
      ]),
    );
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
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
