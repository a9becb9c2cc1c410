import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { importFile } from '../import-file.ts';
import { turnImage, type GrayImage } from './gray-image.ts';
import { findOcrTools } from './read-scanned-pdf.ts';
import { pdfOfPictures, renderPages } from './scan-testing.ts';

const tools = await findOcrTools();
const canRead = !('missing' in tools);

describe('turning a picture', () => {
  // 3 × 2 pixels numbered row by row: 1 2 3 / 4 5 6.
  const picture: GrayImage = { width: 3, height: 2, pixels: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
  it.each([
    [90, 2, 3, [4, 1, 5, 2, 6, 3]],
    [180, 3, 2, [6, 5, 4, 3, 2, 1]],
    [270, 2, 3, [3, 6, 2, 5, 1, 4]],
  ] as const)('turns it %i degrees clockwise', (degrees, width, height, pixels) => {
    expect(turnImage(picture, degrees)).toEqual({ width, height, pixels: Uint8Array.from(pixels) });
  });

  it('comes back to itself after four quarter turns', () => {
    let turned = picture;
    for (let turn = 0; turn < 4; turn++) turned = turnImage(turned, 90);
    expect(turned).toEqual(picture);
  });
});

describe.skipIf(!canRead)('a table scanned sideways', () => {
  // documents/pdf/fixtures/sideways-self-evaluation.pdf without its /Rotate: the page as the scanner saw it, the
  // table a quarter turn round; rendered at 200 dpi and put back as a PDF of the picture only.
  const printed = readFileSync(new URL('../pdf/fixtures/sideways-self-evaluation.pdf', import.meta.url)).toString('latin1');
  const asScanned = Buffer.from(printed.replace(' /Rotate 90', ' '.repeat(' /Rotate 90'.length)), 'latin1');
  const scan = pdfOfPictures(renderPages(asScanned, 200), 200);

  it('is turned upright by tesseract’s orientation check and read', { timeout: 180_000 }, async () => {
    const document = analyseDocument(await importFile({ fileName: '自评表扫描件.pdf', bytes: scan }));
    expect([document.kind, document.unit, document.project]).toEqual(['self-evaluation', '青禾县公安局', '警用车辆更新']);
    expect(document.goals.flatMap((goal) => goal.indicators).length).toBeGreaterThanOrEqual(4);
  });
});
