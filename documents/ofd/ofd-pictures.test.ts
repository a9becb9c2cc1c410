import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { defaultImportLimits } from '../import-error.ts';
import { ImportError, importFile } from '../import-file.ts';
import { compareFacts, documentFacts, parseExpectedFacts } from '../layouts/facts.ts';
import { findOcrTools } from '../ocr/read-scanned-pdf.ts';
import { meanDifference, pictureOfPdf, renderPages } from '../ocr/scan-testing.ts';
import { ofdPicturesAsPdf } from './ofd-pictures.ts';
import { writeOfd } from './ofd-testing.ts';

const hasPoppler = existsSync('/usr/bin/pdftoppm');
const tools = await findOcrTools();
const canRead = !('missing' in tools);
const fixtureName = 'office-dept-target-table.pdf';
const fixture = readFileSync(new URL(`../pdf/fixtures/${fixtureName}`, import.meta.url));

/** Our table's page as pdftoppm writes it as a picture (`format`: png, jpeg or tiff) at `dpi`. */
const pictureOfFixture = (format: 'png' | 'jpeg' | 'tiff', dpi: number): Buffer => pictureOfPdf(fixture, ['-r', String(dpi), `-${format}`]);

/**
 * A scanned OFD as archives write it: one A4 page whose only object is an ImageObject filling the
 * page (CTM scaling the unit square to the Boundary), its MultiMedia listed in DocumentRes.xml under
 * BaseLoc "Res", the picture stored without a telling name.
 */
function scannedOfd(picture: Buffer, options: { boundary?: string; ctm?: string | null } = {}): Buffer {
  const ctm = options.ctm === undefined ? ' CTM="210 0 0 297 0 0"' : options.ctm === null ? '' : ` CTM="${options.ctm}"`;
  return writeOfd({
    pages: [{ body: `<ofd:ImageObject ID="3" ResourceID="10" Boundary="${options.boundary ?? '0 0 210 297'}"${ctm}/>` }],
    commonData: '<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>',
    extraParts: [
      {
        name: 'Doc_0/DocumentRes.xml',
        data: '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="10" Type="Image" Format="GBIG"><ofd:MediaFile>media_10</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>',
      },
      { name: 'Doc_0/Res/media_10', data: picture },
    ],
  });
}

describe('ofdPicturesAsPdf', () => {
  it('gives null for an OFD with no picture it reads (none listed, or of a kind not read)', async () => {
    expect(await ofdPicturesAsPdf(writeOfd({ pages: [{ body: '' }] }), defaultImportLimits, 'a.ofd')).toBeNull();
    expect(await ofdPicturesAsPdf(scannedOfd(Buffer.from('BM not a picture read here')), defaultImportLimits, 'a.ofd')).toBeNull();
  });

  it.skipIf(!hasPoppler)('draws each page\'s picture where its Boundary and CTM put it, whatever its kind', async () => {
    const [grey] = renderPages(fixture, 40);
    for (const format of ['png', 'jpeg', 'tiff'] as const) {
      const pdf = await ofdPicturesAsPdf(scannedOfd(pictureOfFixture(format, 40)), defaultImportLimits, '扫描.ofd');
      const [page] = renderPages(pdf!, 40);
      expect(Math.abs(page!.width - grey!.width), format).toBeLessThanOrEqual(1);
      expect(meanDifference(page!, grey!), format).toBeLessThan(15);
    }
    // The picture in the page's lower half: its upper half renders white.
    const half = await ofdPicturesAsPdf(scannedOfd(pictureOfFixture('png', 40), { boundary: '0 148.5 210 148.5', ctm: '210 0 0 148.5 0 0' }), defaultImportLimits, '扫描.ofd');
    const [page] = renderPages(half!, 40);
    const upper = page!.pixels.subarray(0, Math.floor(page!.height / 2) * page!.width);
    expect(upper.every((value) => value > 250)).toBe(true);
    expect(page!.pixels.subarray(Math.ceil(page!.height / 2) * page!.width).some((value) => value < 100)).toBe(true);
  });
});

describe('a scanned OFD through the import', () => {
  it('with a picture of a kind not read: no text, as before', async () => {
    const refusal = await importFile({ bytes: scannedOfd(Buffer.from('BM not a picture read here')), fileName: '扫描.ofd' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportError);
    expect((refusal as ImportError).code).toBe('no-text');
  });

  it.skipIf(!canRead)('is read by OCR as its PDF scan is', { timeout: 120_000 }, async () => {
    const document = await importFile({ bytes: scannedOfd(pictureOfFixture('png', 300)), fileName: '目标表扫描.ofd' });
    expect(document.findings[0]?.code).toBe('ocr-read');
    const expected = JSON.parse(readFileSync(new URL('../pdf/fixtures/office-pdfs.expected.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const want = parseExpectedFacts(expected[fixtureName]);
    const result = compareFacts(want, documentFacts(analyseDocument(document)));
    console.info(`${fixtureName} as a scanned .ofd: ${result.matched} of ${want.size} facts read by OCR`);
    // As the same page as a .png photo at 300 dpi (read-scanned-pdf.test.ts: 39 of 44).
    expect(result.matched).toBeGreaterThanOrEqual(39);
  });
});
