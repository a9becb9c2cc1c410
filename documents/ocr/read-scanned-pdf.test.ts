/**
 * Scanned PDFs of our own tables read by OCR. Two pages are OCR'd in the whole file (tesseract
 * takes seconds a page): each table's facts read are counted against the table's own, with a floor
 * under which the test fails. Without tesseract (and its chi_sim) or pdftoppm these skip, saying so;
 * the refusals that run no OCR are tested everywhere.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { ImportError, importFile } from '../import-file.ts';
import { compareFacts, documentFacts, parseExpectedFacts } from '../layouts/facts.ts';
import { findOcrTools, forgetScansRead, ocrReadMessage, scansReadAgain } from './read-scanned-pdf.ts';
import { pdfOfPictures, pictureOfPdf, renderPages } from './scan-testing.ts';

const tools = await findOcrTools();
const canRead = !('missing' in tools);
if (!canRead) console.warn(`OCR tests skipped: ${tools.missing} (CI installs tesseract-ocr tesseract-ocr-chi-sim poppler-utils)`);

const expected = JSON.parse(readFileSync(new URL('../pdf/fixtures/office-pdfs.expected.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The fixture's pages as a scanner at 300 dpi gives them: pictures only. */
function scanOf(name: string): Buffer {
  return pdfOfPictures(renderPages(readFileSync(new URL(`../pdf/fixtures/${name}`, import.meta.url)), 300), 300);
}

async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
    return { code: 'no error', message: '' };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { code: error.code, message: error.message };
  }
}

/** A white grey PNG (its chunks' checksums left zero: the reader does not check them). */
function whitePng(width: number, height: number): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 255)])));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A page of white: a scan with nothing on it. */
const whitePage = { width: 200, height: 280, pixels: new Uint8Array(200 * 280).fill(255) };

describe.skipIf(!canRead)('a scanned table is read by OCR, its cells through the borders in its picture', () => {
  // Facts read at the default settings with tesseract 5.3.0 and Debian's chi_sim when this was written
  // (BENCHMARKS.md "ocr"); a drop fails. Another tesseract or model may read otherwise: measure, then set.
  // A black-and-white .tif of the target table (no grey to smooth the strokes), measured as the floors above.
  const tiffFloor = 34;
  const floors: Record<string, number> = {
    'office-dept-target-table.pdf': 43,
    'office-project-self-evaluation.pdf': 45,
  };

  it('each cell read alone (300 dpi, --psm 6, the setting that read the most facts) reads the target table as well', { timeout: 120_000 }, async () => {
    const name = 'office-dept-target-table.pdf';
    const document = await importFile({ bytes: scanOf(name), fileName: name, ocrSettings: { dpi: 300, pageSegmentation: 11, cellSegmentation: 6 } });
    const want = parseExpectedFacts(expected[name]);
    const result = compareFacts(want, documentFacts(analyseDocument(document)));
    console.info(`${name} scanned, each cell read alone: ${result.matched} of ${want.size} facts read by OCR`);
    expect(result.matched).toBeGreaterThanOrEqual(39);
  });

  /** Our table `name` as pdftoppm writes it with `args` (a photo as .png, a scan as .tif), read by importFile as `fileName`: the facts it read. */
  async function readAsPicture(name: string, args: string[], fileName: string) {
    const picture = pictureOfPdf(readFileSync(new URL(`../pdf/fixtures/${name}`, import.meta.url)), args);
    const document = await importFile({ bytes: picture, fileName });
    expect(document.findings[0]?.code).toBe('ocr-read');
    const want = parseExpectedFacts(expected[name]);
    const result = compareFacts(want, documentFacts(analyseDocument(document)));
    console.info(`${name} as ${fileName}: ${result.matched} of ${want.size} facts read by OCR`);
    return result.matched;
  }

  it('a photo of a table as .png reads as its scan does', { timeout: 120_000 }, async () => {
    const name = 'office-dept-target-table.pdf';
    expect(await readAsPicture(name, ['-r', '300', '-png'], '目标表照片.png')).toBeGreaterThanOrEqual(floors[name]!);
  });

  it('a black-and-white scan saved as .tif reads as its PDF scan does', { timeout: 120_000 }, async () => {
    // What an office scanner's "black and white, 200 dpi, TIFF" writes (libtiff through pdftoppm; PackBits: pdftoppm writes no Group 4).
    const matched = await readAsPicture('office-dept-target-table.pdf', ['-r', '200', '-mono', '-tiff', '-tiffcompression', 'packbits'], '目标表扫描.tif');
    expect(matched).toBeGreaterThanOrEqual(tiffFloor);
  });

  it.each(Object.keys(floors))('%s: facts read of the table\'s own, and the review warning', { timeout: 120_000 }, async (name) => {
    const document = await importFile({ bytes: scanOf(name), fileName: name });
    expect(document.findings[0]).toMatchObject({ code: 'ocr-read', severity: 'warning', message: ocrReadMessage });
    const want = parseExpectedFacts(expected[name]);
    const result = compareFacts(want, documentFacts(analyseDocument(document)));
    console.info(`${name} scanned: ${result.matched} of ${want.size} facts read by OCR`);
    expect(result.matched).toBeGreaterThanOrEqual(floors[name]!);
  });

  it('a scan read again (the next table of it saved, a table previewed again) is answered without OCR, alike', { timeout: 120_000 }, async () => {
    const bytes = scanOf('office-project-self-evaluation.pdf');
    forgetScansRead();
    const first = await importFile({ bytes, fileName: '自评表扫描.pdf' });
    const before = scansReadAgain();
    const again = await importFile({ bytes, fileName: '自评表扫描（副本）.pdf', table: 1 });
    expect(scansReadAgain()).toBe(before + 1);
    expect(documentFacts(analyseDocument(again))).toEqual(documentFacts(analyseDocument(first)));
  });
});

describe('a scan past the limits, or with no OCR installed, is refused saying why', () => {
  const scan = pdfOfPictures([whitePage, whitePage], 72);
  afterEach(() => {
    delete process.env.TESSERACT_PATH;
  });

  it.skipIf(!canRead)('more pages than the OCR page limit: the limit is named, nothing is read', async () => {
    const { code, message } = await refusal(importFile({ bytes: scan, fileName: '扫描件.pdf', limits: { maxOcrPages: 1 } }));
    expect(code).toBe('no-text');
    expect(message).toContain('共 2 页，超过文字识别 1 页的上限');
  });

  it.skipIf(!canRead)('past the time budget: the budget is named', async () => {
    const { code, message } = await refusal(importFile({ bytes: scan, fileName: '扫描件.pdf', limits: { maxOcrSeconds: 0 } }));
    expect(code).toBe('no-text');
    expect(message).toContain('识别超过 0 秒的时间上限（已识别 0/2 页）');
  });

  it.skipIf(!canRead)('a scan OCR finds no table in says so', { timeout: 60_000 }, async () => {
    const { code, message } = await refusal(importFile({ bytes: pdfOfPictures([whitePage], 72), fileName: '扫描件.pdf' }));
    expect(code).toBe('no-text');
    expect(message).toContain('文字识别（OCR）后仍找不到');
  });

  it('without tesseract a photo (.png) is refused saying it is a picture and OCR is not installed', async () => {
    process.env.TESSERACT_PATH = '/nonexistent/tesseract';
    const { code, message } = await refusal(importFile({ bytes: whitePng(20, 20), fileName: '照片.png' }));
    expect(code).toBe('no-text');
    expect(message).toMatch(/^“照片\.png”是图片，需要文字识别（OCR）才能读取（本服务器未安装文字识别（OCR）组件 tesseract/);
  });

  it('without tesseract the scan is refused as before, saying OCR is not installed', async () => {
    process.env.TESSERACT_PATH = '/nonexistent/tesseract';
    const { code, message } = await refusal(importFile({ bytes: scan, fileName: '扫描件.pdf' }));
    expect(code).toBe('no-text');
    expect(message).toMatch(/^“扫描件\.pdf”是扫描件.*本服务器未安装文字识别（OCR）组件 tesseract.*请上传原始的 Excel、Word 文件/);
  });
});
