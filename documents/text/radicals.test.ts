/**
 * Radical-supplement characters a font maps ordinary characters to (radicals.ts), folded on every route: a PDF's
 * items (normalizePdfText) and a text's lines (normalizeLine, e.g. pdftotext's text of the same PDF).
 */
import { describe, expect, it } from 'vitest';
import { foldRadicals } from './radicals.ts';
import { normalizeLine } from './normalize.ts';
import { normalizePdfText } from '../pdf/read-pdf.ts';

describe('foldRadicals', () => {
  it.each([
    ['部⻔整体', '部门整体'],
    ['⺠警', '民警'],
    ['家⻑滿意度', '家長滿意度'],
    ['家⻓满意度', '家长满意度'],
    ['⻘少年', '青少年'],
    ['⻩河', '黄河'],
    ['⻤', '鬼'],
    ['⽉度', '月度'],
    ['⼈次', '人次'],
    ['⺟婴', '母婴'],
    ['年度指标值', '年度指标值'],
  ])('%s → %s', (written, folded) => {
    expect(foldRadicals(written)).toBe(folded);
    expect(normalizePdfText(written)).toBe(folded);
    expect(normalizeLine(`产出指标\t${written}\t≥95%`)).toBe(`产出指标\t${folded}\t≥95%`);
  });
});
