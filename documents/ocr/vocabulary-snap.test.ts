import { describe, expect, it } from 'vitest';
import { snapCellText, snapCellsToVocabulary } from './vocabulary-snap.ts';
import type { OcrWord } from './tesseract-tsv.ts';

/** A cell's text as glyphs, each glyph sure (95) but those at the indexes in `unsure` (40). */
const glyphs = (text: string, unsure: readonly number[] = []) => [...text].map((glyph, index) => ({ glyph, confidence: unsure.includes(index) ? 40 : 95 }));

describe('a cell one glyph off a vocabulary word', () => {
  it.each([
    ['完成什', [2], '完成值'],
    ['年度指标伯', [4], '年度指标值'],
    ['实际完戍值', [3], '实际完成值'],
    // A glyph added: a border's speck read beside the header.
    ['指标值丨', [3], '指标值'],
    // The first glyph lost at the cell's edge (five glyphs or more).
    ['会效益指标', [], '社会效益指标'],
  ] as const)('%s (unsure glyphs %j) reads %s', (text, unsure, want) => {
    expect(snapCellText(glyphs(text, unsure))).toBe(want);
  });

  it('leaves a glyph tesseract was sure of, a vocabulary word, a word as near to two, and short cells', () => {
    expect(snapCellText(glyphs('完成什'))).toBeNull();
    expect(snapCellText(glyphs('完成值', [2]))).toBeNull();
    // 项目支出 (a funds label) with an unsure 支: one glyph from 项目产出, but it is a word itself.
    expect(snapCellText(glyphs('项目支出', [2]))).toBeNull();
    expect(snapCellText(glyphs('分伯', [1]))).toBeNull();
    // Two glyphs: the words it lies near (得分, 分值) are too short to snap to.
    expect(snapCellText(glyphs('得分伯', [2]))).toBeNull();
  });

  it('makes a snapped cell\'s words one word over their box', () => {
    const line = { left: 100, top: 50, width: 80, height: 25 };
    const words: OcrWord[] = [
      { page: 1, text: '完成', confidence: 95, box: { left: 100, top: 50, width: 50, height: 25 }, line },
      { page: 1, text: '什', confidence: 53, box: { left: 160, top: 50, width: 20, height: 25 }, line },
      { page: 1, text: '15', confidence: 92, box: { left: 260, top: 50, width: 20, height: 25 }, line },
    ];
    const cells = [
      { left: 90, top: 40, right: 200, bottom: 90 },
      { left: 210, top: 40, right: 300, bottom: 90 },
    ];
    expect(snapCellsToVocabulary(words, cells).map((word) => [word.text, word.box.left, word.box.width])).toEqual([
      ['完成值', 100, 80],
      ['15', 260, 20],
    ]);
  });
});
