import { describe, expect, it } from 'vitest';
import type { GrayImage } from './gray-image.ts';
import { correctWordByGlyphs } from './glyph-checks.ts';
import type { OcrWord } from './tesseract-tsv.ts';

function blank(width: number, height: number): GrayImage {
  return { width, height, pixels: new Uint8Array(width * height).fill(255) };
}

function fill(image: GrayImage, box: { left: number; top: number; right: number; bottom: number }): void {
  for (let y = box.top; y <= box.bottom; y++) image.pixels.fill(0, y * image.width + box.left, y * image.width + box.right + 1);
}

/** A > drawn 12 pixels wide from x = 2 in rows 2–21 (two strokes meeting at its right), with a bar 3 pixels under it when `isOrEqual`. */
function drawGreater(image: GrayImage, isOrEqual: boolean): void {
  for (let step = 0; step <= 8; step++) {
    fill(image, { left: 2 + step, right: 3 + step, top: 2 + step, bottom: 2 + step });
    fill(image, { left: 2 + step, right: 3 + step, top: 18 - step, bottom: 18 - step });
  }
  if (isOrEqual) fill(image, { left: 2, right: 13, top: 20, bottom: 21 });
}

/** Glyph blots 8 pixels wide, 3 apart from x = 20, rows 2–21; the last one 14 wide when `isLastWide` (a %: rings and slash one run). */
function drawFigures(image: GrayImage, count: number, isLastWide: boolean): void {
  for (let index = 0; index < count; index++) {
    const left = 20 + index * 11;
    fill(image, { left, right: left + (isLastWide && index === count - 1 ? 13 : 7), top: 4, bottom: 21 });
  }
}

const word = (text: string, width: number): OcrWord => ({ page: 1, text, confidence: 90, box: { left: 0, top: 0, width, height: 24 }, line: { left: 0, top: 0, width, height: 24 } });

describe('signs and % put right by their glyphs', () => {
  it('reads a > with a bar across its foot as ≥, and leaves a bare > as read', () => {
    const withBar = blank(80, 24);
    drawGreater(withBar, true);
    drawFigures(withBar, 2, false);
    expect(correctWordByGlyphs(withBar, word('>95', 80))).toBe('≥95');
    const bare = blank(80, 24);
    drawGreater(bare, false);
    drawFigures(bare, 2, false);
    expect(correctWordByGlyphs(bare, word('>95', 80))).toBe('>95');
  });

  it('reads figures ending in 96 as a % where the last glyph is one wide run, and leaves them where each figure stands apart', () => {
    // "100%" read 10096: four glyphs, the last the widest.
    const percent = blank(80, 24);
    drawFigures(percent, 4, true);
    expect(correctWordByGlyphs(percent, { ...word('10096', 80), box: { left: 18, top: 0, width: 62, height: 24 } })).toBe('100%');
    // 10096 written: five figures, five glyphs.
    const figures = blank(80, 24);
    drawFigures(figures, 5, false);
    expect(correctWordByGlyphs(figures, { ...word('10096', 80), box: { left: 18, top: 0, width: 62, height: 24 } })).toBe('10096');
  });
});
